import { formatFingerprint } from '../services/signing/keys';
import type { Services } from '../services/container';
import type { DomainHandlers } from './types';
import type { TrustedCertificateView } from '../../shared/documents';

function certificateView(trusted: { fingerprint256: string; label: string; subject: string; importedAt: string }): TrustedCertificateView {
  return { fingerprint256: trusted.fingerprint256, label: trusted.label, subject: trusted.subject, importedAt: trusted.importedAt };
}

/**
 * The `verification` channels: check a code or a dropped PDF offline, export this
 * installation's public key, trust another installation's key.
 */
export function verificationHandlers(services: Services): DomainHandlers<'verification'> {
  const { signing } = services;
  return {
    verify: async (input) => services.verification.verify(input),
    exportPublicKey: async () => {
      const { certificatePem, ...exported } = (await signing()).exportPublicKey();
      // The file holds the code key, then the PDF certificate: importing it trusts both.
      return { ...exported, pem: `${exported.pem.trimEnd()}\n${certificatePem.trimEnd()}\n` };
    },
    importTrustedKey: async ({ pem, label }) => {
      const trusted = await (await signing()).importTrustedKey(pem, label);
      return { fingerprint: trusted.fingerprint, fingerprintDisplay: formatFingerprint(trusted.fingerprint), label: trusted.label, importedAt: trusted.importedAt };
    },
    listTrustedKeys: async () =>
      (await (await signing()).listTrustedKeys()).map((key) => ({
        fingerprint: key.fingerprint,
        fingerprintDisplay: formatFingerprint(key.fingerprint),
        label: key.label,
        importedAt: key.importedAt,
      })),
    importTrustedCertificate: async ({ pem, label }) => certificateView(await (await signing()).importTrustedCertificate(pem, label)),
    listTrustedCertificates: async () => (await (await signing()).listTrustedCertificates()).map(certificateView),
  };
}
