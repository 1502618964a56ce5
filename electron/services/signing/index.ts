/**
 * Offline verification of generated documents: the installation's Ed25519 key, trusted keys of
 * other installations, codes and QR payloads, and reading a payload back from a PDF.
 */
export {
  createSigningService,
  contentSha256,
  signWithKey,
  verifyWithKeys,
  OWN_ISSUER_LABEL,
  type SigningService,
  type SignedDocument,
  type PublicKeyExport,
  type StoredVerification,
  type VerificationLookup,
  type VerificationResult,
  type VerificationFailure,
  type VerifyOptions,
  type Issuer,
} from './service';
export {
  loadOrCreateKeyPair,
  importTrustedKey,
  listTrustedKeys,
  removeTrustedKey,
  keyFingerprint,
  formatFingerprint,
  parsePublicKeyPem,
  type InstallationKey,
  type TrustedKey,
} from './keys';
export {
  formatCode,
  formatPayload,
  parsePayload,
  parseTypedCode,
  normalizeCode,
  shortDocId,
  PAYLOAD_SEARCH,
  type QrPayload,
  type TypedCode,
} from './codes';
export { extractCodeFromPdf, type PdfVerificationData } from './pdfCode';
