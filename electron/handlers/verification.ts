import { formatFingerprint } from '../services/signing';
import type { Services } from '../services/container';
import { paktaServicesFor } from '../services/pakta';
import type { DomainHandlers } from './types';

/**
 * The `verification` channels (issue 4 item 4): check a code or a dropped PDF offline, export this
 * installation's public key, trust another installation's key.
 */
export function verificationHandlers(services: Services): DomainHandlers<'verification'> {
  const pakta = () => paktaServicesFor(services);
  return {
    verify: async (input) => (await pakta()).verification.verify(input),
    exportPublicKey: async () => (await (await pakta()).signing()).exportPublicKey(),
    importTrustedKey: async ({ pem, label }) => {
      const trusted = await (await (await pakta()).signing()).importTrustedKey(pem, label);
      return { fingerprint: trusted.fingerprint, fingerprintDisplay: formatFingerprint(trusted.fingerprint), label: trusted.label, importedAt: trusted.importedAt };
    },
    listTrustedKeys: async () =>
      (await (await (await pakta()).signing()).listTrustedKeys()).map((key) => ({
        fingerprint: key.fingerprint,
        fingerprintDisplay: formatFingerprint(key.fingerprint),
        label: key.label,
        importedAt: key.importedAt,
      })),
  };
}
