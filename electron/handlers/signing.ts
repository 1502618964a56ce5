import type { SigningCertificateView } from '../../shared/signing';
import type { Services } from '../services/container';
import type { SigningCertificate, SigningService } from '../services/signing';
import { formatFingerprint } from '../services/signing/keys';
import type { DomainHandlers } from './types';

/** The `signing` channels: the certificate that signs PDFs, importing a PKCS#12, "Ganti kunci". */
export function signingHandlers(services: Services): DomainHandlers<'signing'> {
  const view = (service: SigningService, certificate: SigningCertificate): SigningCertificateView => ({
    ...certificate,
    codeKeyFingerprint: formatFingerprint(service.fingerprint),
  });
  return {
    certificate: async () => {
      const service = await services.signing();
      return view(service, service.certificate());
    },
    importCertificate: async ({ dataBase64, passphrase }) => {
      // The file is read before the keys are opened: a refused file changes nothing in the data folder.
      // node-forge is loaded with the first certificate import, not at start-up.
      const { readPkcs12 } = await import('../services/signing/pkcs12');
      const identity = readPkcs12(new Uint8Array(Buffer.from(dataBase64, 'base64')), passphrase, services.now());
      const service = await services.signing();
      return view(service, await service.useIdentity(identity));
    },
    rotateKeys: async () => {
      const service = await services.signing();
      return view(service, await service.rotateKeys());
    },
    exportKeys: async ({ passphrase }) => services.keyCustody.exportKeys(passphrase),
    restoreKeys: async ({ json, passphrase }) => services.keyCustody.restoreKeys(json, passphrase),
  };
}
