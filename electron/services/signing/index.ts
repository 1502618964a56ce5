/**
 * Offline verification of generated documents: the installation's Ed25519 key, trusted keys of
 * other installations, codes and QR payloads, and reading a payload back from a PDF.
 */
export {
  createSigningService,
  type SigningService,
  type StoredVerification,
  type VerificationLookup,
  type VerificationResult,
} from './service';
export { formatFingerprint } from './keys';
export { extractCodeFromPdf, verificationDataOf } from './pdfCode';
