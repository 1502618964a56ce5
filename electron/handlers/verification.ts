import { formatFingerprint } from '../services/signing/keys';
import type { Services } from '../services/container';
import type { DomainHandlers } from './types';

/**
 * The `verification` channels: check a code or a dropped PDF offline, export this
 * installation's public key, trust another installation's key.
 */
export function verificationHandlers(services: Services): DomainHandlers<'verification'> {
  const { signing } = services;
  return {
    verify: async (input) => services.verification.verify(input),
    exportPublicKey: async () => (await signing()).exportPublicKey(),
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
  };
}
