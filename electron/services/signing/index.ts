/**
 * Signatures of generated documents: the PDF signature on every file (PAdES, the installation's
 * certificate or an imported PKCS#12), the Ed25519 verification codes and QR payloads, the keys in
 * sealed custody, trusted keys of other installations, and reading a payload back from a PDF.
 */
export {
  createSigningService,
  type SigningCertificate,
  type SigningService,
  type SigningServiceOptions,
  type StoredVerification,
  type VerificationLookup,
  type VerificationResult,
} from './service';
export { formatFingerprint } from './keys';
export { createKeyCustody, MIN_PASSPHRASE_LENGTH, type KeyCustody, type KeyExportFile, type KeyRestoreResult } from './custody';
export { extractCodeFromPdf, verificationDataOf } from './pdfCode';
export { type CertificateInfo } from './certificate';
export { createPdfSignatureHook } from './pdfHook';
export { checkPdfSignature, type PdfSignatureCheck } from './pdfSignatureCheck';
export { MAX_PKCS12_BYTES, readPkcs12 } from './pkcs12';
export { type DocumentIdentity } from './keystore';
export { defaultKeyProtector, machineKeyProtector, passphraseKeyProtector, safeStorageKeyProtector, type KeyProtector, type SafeStorageLike } from './protector';
