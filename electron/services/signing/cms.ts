import { createHash, sign, type KeyObject, type X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

/**
 * CMS SignedData for PDF signatures (PAdES baseline B, `adbe.pkcs7.detached`): detached content,
 * SHA-256, signed attributes content-type, signing-time, message-digest and signingCertificateV2
 * (RFC 5035), the signer's certificate chain included. The structure is built with pkijs; the
 * signature itself is made with Node's native crypto over the DER of the signed attributes, so a
 * key stays a `KeyObject` decrypted in memory and each signature costs well under a millisecond.
 */

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  sha256WithRsa: '1.2.840.113549.1.1.11',
} as const;

/** A key and its certificate chain (leaf first), ready to sign. */
export interface SigningIdentity {
  privateKey: KeyObject;
  chain: readonly X509Certificate[];
}

/**
 * What a signature needs from its identity, prepared once per leaf certificate: its
 * IssuerAndSerialNumber and the `certificates [0]` set, both already DER-encoded, and the members
 * every signature repeats (the content-type and signing-certificate attributes with the
 * certificate's SHA-256, the algorithm identifiers, the encapsulated content info). Encoded parts
 * go into each structure as asn1js `RawData`, written as they are: re-encoding a decoded
 * certificate tree on every signature cost milliseconds per document.
 */
interface PreparedIdentity {
  sid: Uint8Array;
  certificates: Uint8Array;
  /** The members that are the same in every signature of this certificate, each encoded once. */
  constant: {
    contentType: pkijs.Attribute;
    signingCertificateV2: pkijs.Attribute;
    sha256: pkijs.AlgorithmIdentifier;
    encapContentInfo: pkijs.EncapsulatedContentInfo;
    ecdsaWithSha256: pkijs.AlgorithmIdentifier;
    sha256WithRsa: pkijs.AlgorithmIdentifier;
  };
}

const prepared = new WeakMap<X509Certificate, PreparedIdentity>();

function prepare(leaf: X509Certificate, chain: readonly X509Certificate[]): PreparedIdentity {
  let found = prepared.get(leaf);
  if (!found) {
    const parsed = pkijs.Certificate.fromBER(new Uint8Array(leaf.raw));
    const sid = new pkijs.IssuerAndSerialNumber({ issuer: parsed.issuer, serialNumber: parsed.serialNumber });
    // certificates [0] IMPLICIT CertificateSet.
    const certificates = new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 0 }, value: chain.map((item) => encoded(new Uint8Array(item.raw))) });
    const certHash = createHash('sha256').update(leaf.raw).digest();
    // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }; ESSCertIDv2 with the
    // default hash algorithm (SHA-256) omitted, as RFC 5035 asks.
    const signingCertificateV2 = new asn1js.Sequence({
      value: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: certHash })] })] })],
    });
    found = {
      sid: new Uint8Array(sid.toSchema().toBER(false)),
      certificates: new Uint8Array(certificates.toBER(false)),
      constant: {
        contentType: once(attribute(OID.contentType, new asn1js.ObjectIdentifier({ value: OID.data }))),
        signingCertificateV2: once(attribute(OID.signingCertificateV2, signingCertificateV2)),
        sha256: once(new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 })),
        encapContentInfo: once(new pkijs.EncapsulatedContentInfo({ eContentType: OID.data })),
        ecdsaWithSha256: once(new pkijs.AlgorithmIdentifier({ algorithmId: OID.ecdsaWithSha256 })),
        sha256WithRsa: once(new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256WithRsa, algorithmParams: new asn1js.Null() })),
      },
    };
    prepared.set(leaf, found);
  }
  return found;
}

/** An already encoded element, decoded once by asn1js so it can sit inside a structure. */
function encoded(der: Uint8Array): asn1js.AsnType {
  const { result, offset } = asn1js.fromBER(der);
  if (offset === -1) throw new Error('Invalid DER');
  return result;
}

/**
 * An already encoded element written as it is. asn1js's RawData returns its bytes, but a
 * constructed block hands its children a writer to write into; this one does both.
 */
class EncodedBlock extends asn1js.RawData {
  override toBER(sizeOnly?: boolean, writer?: { write(buffer: ArrayBuffer): void }): ArrayBuffer {
    const bytes = super.toBER(sizeOnly);
    if (!writer) return bytes;
    writer.write(bytes);
    return new ArrayBuffer(0);
  }
}

function raw(der: Uint8Array): asn1js.AsnType {
  return new EncodedBlock({ data: der }) as unknown as asn1js.AsnType;
}

function attribute(type: string, value: asn1js.AsnType): pkijs.Attribute {
  return new pkijs.Attribute({ type, values: [value] });
}

/**
 * A pkijs structure encoded once by the library and written as those bytes in every later
 * signature: its `toSchema` returns the DER as it is (see {@link EncodedBlock}). Most of a
 * signature's cost was asn1js re-encoding the members that never change (~0.4 ms a file).
 */
function once<T extends { toSchema(): asn1js.AsnType }>(structure: T): T {
  const der = new Uint8Array(structure.toSchema().toBER(false));
  const fixed = Object.create(structure) as T;
  fixed.toSchema = () => raw(der);
  return fixed;
}

/** DER of a detached CMS SignedData over `content` (the PDF bytes outside the signature, whole or in parts). */
export function buildDetachedCms(content: Uint8Array | readonly Uint8Array[], identity: SigningIdentity, signingTime: Date): Buffer {
  const [leaf] = identity.chain;
  if (!leaf) throw new Error('A signing identity needs a certificate');
  const { sid, certificates, constant } = prepare(leaf, identity.chain);
  const hash = createHash('sha256');
  for (const part of content instanceof Uint8Array ? [content] : content) hash.update(part);
  const digest = hash.digest();
  const signedAttrs = new pkijs.SignedAndUnsignedAttributes({
    type: 0,
    attributes: [
      constant.contentType,
      attribute(OID.signingTime, new asn1js.UTCTime({ valueDate: signingTime })),
      attribute(OID.messageDigest, new asn1js.OctetString({ valueHex: digest })),
      constant.signingCertificateV2,
    ],
  });
  // The signature covers the DER of the attributes as a SET (RFC 5652 §5.4): the [0] IMPLICIT
  // tag of their place in SignerInfo is replaced by the universal SET tag.
  const toBeSigned = new Uint8Array(signedAttrs.toSchema().toBER(false));
  toBeSigned[0] = 0x31;
  const ec = identity.privateKey.asymmetricKeyType === 'ec';
  const signature = sign('sha256', toBeSigned, ec ? { key: identity.privateKey, dsaEncoding: 'der' } : identity.privateKey);

  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: raw(sid),
    digestAlgorithm: constant.sha256,
    signedAttrs,
    signatureAlgorithm: ec ? constant.ecdsaWithSha256 : constant.sha256WithRsa,
    signature: new asn1js.OctetString({ valueHex: signature }),
  });
  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [constant.sha256],
    encapContentInfo: constant.encapContentInfo,
    signerInfos: [signerInfo],
  });
  const schema = signedData.toSchema(true);
  // certificates [0] IMPLICIT CertificateSet, after version, digestAlgorithms and encapContentInfo.
  schema.valueBlock.value.splice(3, 0, raw(certificates));
  const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: schema });
  return Buffer.from(contentInfo.toSchema().toBER(false));
}
