import { X509Certificate, createHash, randomBytes, webcrypto, type KeyObject } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { CertificateView } from '../../../shared/signing';

/**
 * X.509 certificates for PDF signatures: the installation's own self-signed certificate, built
 * with pkijs over Node's WebCrypto (no hand-written ASN.1), and a plain description of any
 * certificate through Node's `X509Certificate`.
 */

const engine = new pkijs.CryptoEngine({ name: 'node-webcrypto', crypto: webcrypto as unknown as Crypto });

/** The pkijs engine over Node's WebCrypto, shared by certificate and CMS building. */
export function cryptoEngine(): pkijs.CryptoEngine {
  return engine;
}

const OID = {
  commonName: '2.5.4.3',
  organization: '2.5.4.10',
  country: '2.5.4.6',
  /** RFC 9336 id-kp-documentSigning. */
  documentSigning: '1.3.6.1.5.5.7.3.36',
  /** id-kp-emailProtection: what Adobe Reader accepts for signing when documentSigning is unknown. */
  emailProtection: '1.3.6.1.5.5.7.3.4',
} as const;

/** What a person sees about a certificate (settings, verification): the contract's view. */
export type CertificateInfo = CertificateView;

/** Subject and issuer as one line ("CN=…, O=…"), from Node's multi-line form. */
function distinguishedName(multiLine: string): string {
  return multiLine.split('\n').filter((line) => line !== '').join(', ');
}

function keyTypeOf(certificate: X509Certificate): string {
  const key = certificate.publicKey;
  const details = key.asymmetricKeyDetails ?? {};
  if (key.asymmetricKeyType === 'ec') return `EC ${details.namedCurve === 'prime256v1' ? 'P-256' : (details.namedCurve ?? '')}`.trim();
  if (key.asymmetricKeyType === 'rsa') return `RSA ${details.modulusLength ?? ''}`.trim();
  return key.asymmetricKeyType ?? 'tidak dikenal';
}

/** Describes a certificate (DER or PEM). */
export function describeCertificate(certificate: X509Certificate): CertificateInfo {
  return {
    subject: distinguishedName(certificate.subject),
    issuer: distinguishedName(certificate.issuer),
    validFrom: new Date(certificate.validFrom).toISOString(),
    validTo: new Date(certificate.validTo).toISOString(),
    fingerprint256: certificate.fingerprint256,
    serialNumber: certificate.serialNumber,
    keyType: keyTypeOf(certificate),
  };
}

/** SHA-256 of a certificate's DER, lowercase hex (the file names of kept certificates). */
export function certificateSha256(certificate: X509Certificate): string {
  return createHash('sha256').update(certificate.raw).digest('hex');
}

/** Splits a PEM bundle into certificates, in order. */
export function parseCertificateChain(pem: string): X509Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  return blocks.map((block) => new X509Certificate(block));
}

/** PEM of certificates, leaf first. */
export function certificateChainPem(chain: readonly X509Certificate[]): string {
  return chain.map((certificate) => certificate.toString().trim()).join('\n') + '\n';
}

/** A Name of three RDNs (C, O, CN), each its own SET (pkijs would put them in one multi-valued RDN). */
function name(commonName: string, organization: string): pkijs.RelativeDistinguishedNames {
  const rdn = (type: string, value: asn1js.PrintableString | asn1js.Utf8String): asn1js.Set =>
    new asn1js.Set({ value: [new pkijs.AttributeTypeAndValue({ type, value }).toSchema()] });
  const sequence = new asn1js.Sequence({
    value: [
      rdn(OID.country, new asn1js.PrintableString({ value: 'ID' })),
      rdn(OID.organization, new asn1js.Utf8String({ value: organization })),
      rdn(OID.commonName, new asn1js.Utf8String({ value: commonName })),
    ],
  });
  return pkijs.RelativeDistinguishedNames.fromBER(sequence.toBER(false));
}

/** The subject of the installation's certificate: CN "ZI Desk – <Inspektorat>", O = the Inspektorat. */
export function installationSubject(inspektorat: string): { commonName: string; organization: string } {
  const organization = inspektorat.trim() === '' ? 'Inspektorat' : inspektorat.trim();
  return { commonName: `ZI Desk – ${organization}`.slice(0, 64), organization: organization.slice(0, 64) };
}

/**
 * A self-signed certificate for `key` (ECDSA P-256 or RSA), valid `years` from `now`, for signing
 * documents (key usage digitalSignature + nonRepudiation; extended usage documentSigning and
 * emailProtection, which common readers accept for signatures).
 */
export async function createSelfSignedCertificate(options: {
  privateKey: KeyObject;
  publicKey: KeyObject;
  inspektorat: string;
  now: Date;
  years?: number;
}): Promise<X509Certificate> {
  const { commonName, organization } = installationSubject(options.inspektorat);
  const certificate = new pkijs.Certificate();
  certificate.version = 2;
  const serial = randomBytes(16);
  // Positive and minimally encoded (DER): the first byte is neither 0 nor has its high bit set.
  serial[0] = ((serial[0] ?? 0) & 0x7f) | 0x40;
  certificate.serialNumber = new asn1js.Integer({ valueHex: serial });
  certificate.subject = name(commonName, organization);
  certificate.issuer = name(commonName, organization);
  const notBefore = new Date(options.now.getTime() - 60 * 60 * 1000);
  const notAfter = new Date(options.now);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + (options.years ?? 10));
  certificate.notBefore.value = notBefore;
  certificate.notAfter.value = notAfter;

  const keyUsage = new asn1js.BitString({ valueHex: new Uint8Array([0b1100_0000]).buffer, unusedBits: 6 });
  certificate.extensions = [
    new pkijs.Extension({ extnID: pkijs.id_BasicConstraints, critical: true, extnValue: new pkijs.BasicConstraints({ cA: false }).toSchema().toBER(false), parsedValue: new pkijs.BasicConstraints({ cA: false }) }),
    new pkijs.Extension({ extnID: pkijs.id_KeyUsage, critical: true, extnValue: keyUsage.toBER(false) }),
    new pkijs.Extension({
      extnID: pkijs.id_ExtKeyUsage,
      critical: false,
      extnValue: new pkijs.ExtKeyUsage({ keyPurposes: [OID.documentSigning, OID.emailProtection] }).toSchema().toBER(false),
    }),
  ];

  const algorithm =
    options.privateKey.asymmetricKeyType === 'ec'
      ? { name: 'ECDSA', namedCurve: 'P-256' }
      : { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  const subtle = webcrypto.subtle;
  const pkcs8 = options.privateKey.export({ type: 'pkcs8', format: 'der' });
  const spki = options.publicKey.export({ type: 'spki', format: 'der' });
  const privateCryptoKey = await subtle.importKey('pkcs8', pkcs8, algorithm, false, ['sign']);
  const publicCryptoKey = await subtle.importKey('spki', spki, algorithm, true, ['verify']);
  await certificate.subjectPublicKeyInfo.importKey(publicCryptoKey as unknown as CryptoKey, engine);
  await certificate.sign(privateCryptoKey as unknown as CryptoKey, 'SHA-256', engine);
  return new X509Certificate(Buffer.from(certificate.toSchema().toBER(false)));
}
