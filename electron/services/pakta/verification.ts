import type { z } from 'zod';
import { VERIFICATION_STATE_LABEL, type PdfSignatureView, type RecordField, type VerificationState, type VerificationView, type VerifiedRecord, type verifyInputSchema } from '../../../shared/documents';
import { formatHariTanggal, formatTanggal, toCalendarDate } from '../../../shared/format/date';
import { formatNip } from '../../../shared/format/nip';
import { canonicalDeclarationContent, canonicalPledgeContent } from '../../../shared/pakta/canonical';
import { pangkatGolonganText, instansiUnitKerjaText } from '../../../shared/pakta/identity';
import { PLEDGE_STATUS_LABEL, SIGNATURE_KIND_LABEL } from '../../../shared/pledges';
import type { BlobStore } from '../files/blobs';
import type { PdfSignatureRead, Sandbox } from '../sandbox';
import type { SigningService, StoredVerification, VerificationLookup, VerificationResult } from '../signing';
import type { StoredDeclaration } from './documents';
import { toDeclarationRecord, type DeclarationService } from './declarations';
import { statusOf, toPledgeRecord, type LocatedPledge, type PledgeService } from './pledges';
import { locateReceivedPledge } from './received';
import type { Storage } from '../storage';

/**
 * *Verifikasi dokumen*: a typed code, a scanned QR payload or a dropped PDF is
 * checked with signing/service.ts against the canonical content recomputed from the *stored*
 * record — so any change of identity, text, place, date, witness or signature in the data folder
 * fails — and a revoked pledge is reported as no longer valid. The stored record is shown either
 * way, so the user sees what the code refers to.
 */

export type VerifyRequest = z.output<typeof verifyInputSchema>;

export interface VerificationService {
  verify(input: VerifyRequest): Promise<VerificationView>;
}

/** Who issued a record received from another installation (null: this installation). */
type Issuer = { installationId: string; label: string } | null;

type Found = { kind: 'pakta'; located: Pick<LocatedPledge, 'stored' | 'text'>; issuer: Issuer } | { kind: 'deklarasi'; stored: StoredDeclaration; issuer: Issuer };

function dateText(date: string): string {
  return toCalendarDate(date) ? formatTanggal(date) : date;
}

function issuerField(issuer: Issuer): RecordField[] {
  return issuer === null ? [] : [{ label: 'Diterbitkan di', value: issuer.label || 'instalasi lain' }];
}

function pledgeFields(located: Pick<LocatedPledge, 'stored' | 'text'>): RecordField[] {
  const { stored, text } = located;
  const { signer, witness } = stored;
  const fields: RecordField[] = [
    { label: 'Nama', value: signer.nama },
    ...(signer.nip ? [{ label: 'NIP', value: formatNip(signer.nip) }] : []),
    ...(pangkatGolonganText(signer) ? [{ label: 'Pangkat/Golongan', value: pangkatGolonganText(signer) }] : []),
    { label: 'Jabatan', value: signer.jabatan },
    { label: 'Instansi/Unit Kerja', value: instansiUnitKerjaText(signer) },
    { label: 'Tahun', value: String(stored.year) },
    { label: 'Tempat dan tanggal', value: `${stored.place}, ${dateText(stored.date)}` },
    { label: 'Saksi', value: witness ? `${witness.nama} (${witness.jabatan})` : '—' },
    { label: 'Tanda tangan', value: SIGNATURE_KIND_LABEL[stored.signature.kind] },
    { label: 'Templat', value: text ? `${text.templateId} versi ${text.templateVersion}` : 'tidak ditemukan' },
    { label: 'Status', value: stored.revoked ? 'Dicabut' : PLEDGE_STATUS_LABEL[statusOf(stored)] },
  ];
  if (stored.revoked) fields.push({ label: 'Alasan pencabutan', value: `${stored.revoked.reason} (${dateText(stored.revoked.at.slice(0, 10))})` });
  return fields;
}

function partyList(parties: readonly { jabatan: string; nama: string }[]): string {
  return parties.length === 0 ? '—' : parties.map((p) => `${p.nama} (${p.jabatan})`).join('; ');
}

function declarationFields(stored: StoredDeclaration): RecordField[] {
  return [
    { label: 'Judul', value: stored.title },
    { label: 'Instansi', value: stored.instansi },
    { label: 'Tempat dan tanggal', value: `${stored.place}, ${toCalendarDate(stored.date) ? formatHariTanggal(stored.date) : stored.date}` },
    { label: `Penanda tangan (${stored.signatories.length})`, value: partyList(stored.signatories) },
    { label: `Saksi (${stored.witnesses.length})`, value: partyList(stored.witnesses) },
  ];
}

function storedRecord(found: Found): VerifiedRecord {
  return found.kind === 'pakta'
    ? { kind: 'pakta', title: `Pakta Integritas ${found.located.stored.year}`, source: 'tersimpan', fields: [...pledgeFields(found.located), ...issuerField(found.issuer)] }
    : { kind: 'deklarasi', title: found.stored.title, source: 'tersimpan', fields: [...declarationFields(found.stored), ...issuerField(found.issuer)] };
}

/** A record read from the canonical content a foreign PDF carries (no stored copy here). */
function embeddedRecord(content: string): VerifiedRecord | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const value = parsed as Record<string, unknown>;
  const text = (input: unknown): string => (typeof input === 'string' ? input : typeof input === 'number' ? String(input) : '');
  const object = (input: unknown): Record<string, unknown> => (typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {});
  if (value.kind === 'pakta-integritas') {
    const signer = object(value.signer);
    const nip = text(signer.nip);
    return {
      kind: 'pakta',
      title: `Pakta Integritas ${text(value.year)}`,
      source: 'dokumen',
      fields: [
        { label: 'Nama', value: text(signer.nama) },
        ...(nip ? [{ label: 'NIP', value: formatNip(nip) }] : []),
        { label: 'Jabatan', value: text(signer.jabatan) },
        { label: 'Instansi/Unit Kerja', value: [text(signer.unitKerja), text(signer.instansi)].filter(Boolean).join(', ') },
        { label: 'Tempat dan tanggal', value: `${text(value.place)}, ${dateText(text(value.date))}` },
      ],
    };
  }
  if (value.kind === 'deklarasi-zi') {
    const names = (input: unknown): string =>
      Array.isArray(input) ? input.map((p) => `${text(object(p).nama)} (${text(object(p).jabatan)})`).join('; ') || '—' : '—';
    return {
      kind: 'deklarasi',
      title: 'Piagam Pencanangan',
      source: 'dokumen',
      fields: [
        { label: 'Instansi', value: text(value.instansi) },
        { label: 'Tempat dan tanggal', value: `${text(value.place)}, ${dateText(text(value.date))}` },
        { label: 'Penanda tangan', value: names(value.signatories) },
        { label: 'Saksi', value: names(value.witnesses) },
      ],
    };
  }
  return null;
}

function contentOf(found: Found): StoredVerification {
  if (found.kind === 'deklarasi') {
    return { canonicalContent: canonicalDeclarationContent(toDeclarationRecord(found.stored)), qrPayload: found.stored.qrPayload };
  }
  const { stored, text } = found.located;
  // A missing text (a damaged `textRef`) cannot match any signed digest: verification fails.
  return { canonicalContent: text ? canonicalPledgeContent(toPledgeRecord(stored, text)) : '', qrPayload: stored.qrPayload };
}

/** A verification answer before its state is decided. */
type Draft = Omit<VerificationView, 'state' | 'stateLabel' | 'revoked' | 'pdf' | 'signatureImage' | 'witnessSignatureImage'>;

function withState(
  draft: Draft,
  state: VerificationState,
  extra: Partial<Pick<VerificationView, 'revoked' | 'pdf' | 'signatureImage' | 'witnessSignatureImage'>> = {},
): VerificationView {
  return { ...draft, state, stateLabel: VERIFICATION_STATE_LABEL[state], revoked: null, pdf: null, signatureImage: null, witnessSignatureImage: null, ...extra };
}

function failure(reason: string, message: string, state: VerificationState, pdf: PdfSignatureView | null, record: VerifiedRecord | null = null): VerificationView {
  return withState({ valid: false, status: 'INVALID', reason, message, code: null, docId: null, issuer: null, record }, state, { pdf });
}

/** The failure a PDF signature shows, checked before anything the file says about itself; null when intact. */
function pdfSignatureFailure(signature: PdfSignatureRead | null, pdf: PdfSignatureView | null): VerificationView | null {
  if (!signature) {
    return failure(
      'UNSIGNED',
      'Tidak sah: berkas PDF ini tidak ditandatangani. Setiap dokumen ZI Desk membawa tanda tangan PDF, jadi berkas ini bukan berkas aslinya (misalnya data dokumen yang disalin ke PDF lain). Mintalah berkas aslinya, atau ketik kode yang tercetak pada kertasnya.',
      'UNKNOWN',
      pdf,
    );
  }
  if (signature.count > 1) {
    return failure(
      'MULTIPLE_SIGNATURES',
      `Tidak sah: berkas ini memuat ${signature.count} tanda tangan PDF, sedangkan dokumen ZI Desk hanya ditandatangani sekali. Berkas telah diubah setelah ditandatangani; mintalah berkas aslinya.`,
      'ALTERED',
      pdf,
    );
  }
  if (!signature.signatureValid) {
    return failure('SIGNATURE_MISMATCH', 'Tidak sah: tanda tangan tidak cocok. Tanda tangan PDF tidak dibuat oleh pemilik sertifikat yang tercantum; mintalah berkas aslinya.', 'ALTERED', pdf);
  }
  if (!signature.digestMatches || !signature.coversWholeFile) {
    return failure(
      'MODIFIED_AFTER_SIGNING',
      signature.digestMatches
        ? 'Tidak sah: diubah setelah ditandatangani. Ada bagian yang ditambahkan ke berkas (misalnya halaman atau perubahan) setelah tanda tangan PDF dibuat; mintalah berkas aslinya.'
        : 'Tidak sah: diubah setelah ditandatangani. Isi berkas tidak lagi sama dengan yang ditandatangani; mintalah berkas aslinya.',
      'ALTERED',
      pdf,
    );
  }
  return null;
}

const PER_PAGE_CODES = 'Pada cetakan massal setiap halaman memiliki kodenya sendiri: ketik kode yang tercetak di bagian bawah halaman.';

const UNKNOWN_SIGNER =
  'Tidak sah: penerbit tidak dikenal. Tanda tangan PDF dibuat dengan sertifikat yang bukan milik instalasi ini dan tidak ada dalam daftar sertifikat tepercaya. Bila dokumen memang berasal dari instalasi ZI Desk lain, impor kunci publiknya (berkas itu memuat sertifikatnya) di Verifikasi → Kunci verifikasi.';

/** A data URL of a stored signature image (PNG or JPEG, recognised by its first bytes). */
function dataUrl(bytes: Uint8Array): string {
  const mime = bytes[0] === 0x89 && bytes[1] === 0x50 ? 'image/png' : 'image/jpeg';
  return `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`;
}

export function createVerificationService(deps: {
  signing: () => Promise<SigningService>;
  pledges: PledgeService;
  declarations: DeclarationService;
  /** Where dropped PDFs are read (the parsing sandbox). */
  sandbox: Sandbox;
  /** The stored signature images (pledges' drawn or uploaded signatures). */
  blobs?: Pick<BlobStore, 'get'>;
  /** Where pledges received from other installations are stored (pakta/received.ts). */
  storage?: Storage;
}): VerificationService {
  const { pledges, declarations } = deps;

  // Our own records first, then those received in bundles from other installations.
  const receivedPledge = async (query: { id?: string; code?: string }): Promise<Found | null> => {
    const received = deps.storage ? await locateReceivedPledge(deps.storage, query) : null;
    return received ? { kind: 'pakta', located: { stored: received.stored, text: received.text }, issuer: received.issuer } : null;
  };
  const declaration = (query: { id?: string; code?: string }): Found | null => {
    const stored = declarations.find(query);
    if (stored) return { kind: 'deklarasi', stored, issuer: null };
    const received = declarations.findReceived(query);
    return received ? { kind: 'deklarasi', stored: received.stored, issuer: received.issuer } : null;
  };

  const findById = async (docId: string): Promise<Found | null> => {
    if (docId.startsWith('p')) {
      const located = await pledges.locate(docId);
      return located ? { kind: 'pakta', located, issuer: null } : receivedPledge({ id: docId });
    }
    return declaration({ id: docId });
  };

  const findByCode = async (code: string): Promise<Found | null> => {
    const located = await pledges.locateByCode(code);
    if (located) return { kind: 'pakta', located, issuer: null };
    return (await receivedPledge({ code })) ?? declaration({ code });
  };

  const signatureImageOf = async (found: Found | null, whose: 'signer' | 'witness' = 'signer'): Promise<string | null> => {
    const stored = found?.kind === 'pakta' ? found.located.stored : null;
    const hash = whose === 'signer' ? stored?.signature.imageSha256 : stored?.witness?.signatureSha256;
    if (!hash || !deps.blobs) return null;
    try {
      return dataUrl(await deps.blobs.get(hash));
    } catch {
      return null;
    }
  };

  return {
    async verify(input) {
      const signing = await deps.signing();
      const seen: { found: Found | null } = { found: null };
      const lookup: VerificationLookup = async (query) => {
        const found = query.docId !== undefined ? await findById(query.docId) : await findByCode(query.code);
        seen.found ??= found;
        return found ? contentOf(found) : null;
      };
      let result: VerificationResult;
      let embedded: string | null = null;
      let pdf: PdfSignatureView | null = null;
      if ('code' in input) {
        result = await signing.verifyCode(input.code, lookup);
      } else if ('imageBase64' in input) {
        const { text } = await deps.sandbox.readQrFromImage(new Uint8Array(Buffer.from(input.imageBase64, 'base64')));
        if (text === null) {
          return failure(
            'NO_QR',
            'QR tidak ditemukan pada gambar ini. Foto atau pindai ulang kode QR di bagian bawah pakta dengan jelas dan tegak lurus, atau ketik kode yang tercetak di bawahnya.',
            'UNKNOWN',
            null,
          );
        }
        result = await signing.verifyCode(text, lookup);
      } else {
        const bytes = new Uint8Array(Buffer.from(input.pdfBase64, 'base64'));
        const read = await deps.sandbox.readPdfForVerification(bytes);
        const { signature } = read;
        // The PDF signature over the bytes first; the record the file carries counts only after it.
        const owner = signature ? signing.certificateOwner(signature.signer.fingerprint256) : null;
        pdf = signature
          ? {
              signer: signature.signer,
              signingTime: signature.signingTime,
              pageCount: read.pageCount,
              signatureCount: signature.count,
              certificate: owner ?? 'other',
              intact: signature.count === 1 && signature.signatureValid && signature.digestMatches && signature.coversWholeFile,
            }
          : null;
        // Loaded with the first PDF checked (the signing libraries stay out of start-up).
        const { verificationDataOf } = await import('../signing/pdfCode');
        const data = verificationDataOf(read);
        // An unsigned PDF without any code is simply not a ZI Desk document (NO_CODE below).
        const broken = signature || data ? pdfSignatureFailure(signature, pdf) : null;
        if (broken) return broken;
        if (!data) {
          return failure(
            'NO_CODE',
            !signature
              ? `PDF ini tidak memuat kode verifikasi ZI Desk untuk satu dokumen. ${PER_PAGE_CODES}`
              : owner
                ? `Tanda tangan PDF sah dan dibuat oleh instalasi ini, tetapi PDF ini tidak memuat kode verifikasi untuk satu dokumen. ${PER_PAGE_CODES}`
                : UNKNOWN_SIGNER,
            'UNKNOWN',
            pdf,
          );
        }
        embedded = data.embeddedContent;
        result = await signing.verifyCode(data.qrPayload, lookup, { embeddedContent: data.embeddedContent });
        // A certificate not ours is accepted only for a record whose code comes from a trusted key of
        // another installation: our own code under someone else's certificate is a re-signed copy.
        if (!owner && result.status !== 'INVALID' && result.issuer.own) return failure('UNKNOWN_SIGNER', UNKNOWN_SIGNER, 'UNKNOWN', pdf);
        // Another installation's document counts only under a certificate trusted here (with its key's file or alone).
        if (!owner && result.status !== 'INVALID' && signature && signing.trustedCertificateLabel(signature.signer.fingerprint256) === null) {
          return failure('UNKNOWN_SIGNER', UNKNOWN_SIGNER, 'UNKNOWN', pdf);
        }
      }
      // The lookup may not have run (malformed code, unknown key): find the record for display.
      const docId = result.docId;
      const shown: Found | null = seen.found ?? (docId !== null ? await findById(docId) : null);
      const record = shown ? storedRecord(shown) : embedded ? embeddedRecord(embedded) : null;
      const issuer = result.status === 'INVALID' ? null : { label: result.issuer.label, fingerprint: result.issuer.fingerprint, own: result.issuer.own };
      const draft: Draft = {
        valid: result.valid,
        status: result.status,
        reason: result.status === 'INVALID' ? result.reason : null,
        message: result.message,
        code: result.status === 'INVALID' ? null : result.code,
        docId,
        issuer,
        record,
      };
      const extra = { pdf, signatureImage: await signatureImageOf(shown), witnessSignatureImage: await signatureImageOf(shown, 'witness') };
      if (result.status === 'INVALID') {
        const altered = result.reason === 'CONTENT_MISMATCH' || result.reason === 'BAD_SIGNATURE';
        return withState(draft, altered ? 'ALTERED' : 'UNKNOWN', extra);
      }
      if (!result.issuer.own) {
        // A revocation list imported from the issuing installation revokes its code here too, and so
        // does a revocation received with the pledge in a bundle (the issuer's latest status).
        const imported = await pledges.importedRevocation(result.code);
        const received = shown?.kind === 'pakta' && shown.issuer !== null ? shown.located.stored.revoked : null;
        const revokedElsewhere = imported
          ? { label: imported.issuerLabel, at: imported.revokedAt, reason: imported.reason }
          : received
            ? { label: result.issuer.label, at: received.at, reason: received.reason }
            : null;
        if (revokedElsewhere) {
          return withState(
            {
              ...draft,
              valid: false,
              status: 'REVOKED',
              reason: 'REVOKED',
              message: `Dokumen ini diterbitkan instalasi lain: «${revokedElsewhere.label}», dan telah DICABUT olehnya pada ${dateText(revokedElsewhere.at.slice(0, 10))} dengan alasan: ${revokedElsewhere.reason}. Dokumen tidak berlaku lagi.`,
            },
            'REVOKED',
            { ...extra, revoked: { at: revokedElsewhere.at, reason: revokedElsewhere.reason } },
          );
        }
        // A trusted key's label never reads as this installation's own: the state names it as another's.
        return withState({ ...draft, message: `Diterbitkan instalasi lain: «${result.issuer.label}». ${result.message}` }, 'FOREIGN', extra);
      }
      if (result.status === 'SIGNATURE_ONLY') return withState(draft, 'UNKNOWN', extra);
      if (shown?.kind === 'pakta') {
        const { stored } = shown.located;
        if (stored.revoked) {
          return withState(
            {
              ...draft,
              valid: false,
              status: 'REVOKED',
              reason: 'REVOKED',
              message: `Kode dan isi dokumen cocok, tetapi pakta ini telah DICABUT pada ${dateText(stored.revoked.at.slice(0, 10))} dengan alasan: ${stored.revoked.reason}. Dokumen tidak berlaku lagi.`,
            },
            'REVOKED',
            { ...extra, revoked: { at: stored.revoked.at, reason: stored.revoked.reason } },
          );
        }
        if (statusOf(stored) === 'MENUNGGU') {
          return withState(
            {
              ...draft,
              message:
                'Kode asli dan isi dokumen cocok, tetapi pakta ini dicetak untuk tanda tangan basah dan BELUM ditandai sudah ditandatangani. Ini belum bukti bahwa pakta telah ditandatangani: cocokkan dengan kertas bertanda tangan, lalu tandai sudah ditandatangani di daftar pakta.',
            },
            'AWAITING_SIGNATURE',
            extra,
          );
        }
      }
      return withState(draft, 'SIGNED', extra);
    },
  };
}
