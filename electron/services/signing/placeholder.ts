/**
 * The signature placeholder written while a document is made (our pdfkit path, pdf/kit.ts): the
 * signature dictionary with a fixed-size `/Contents` and a `/ByteRange` placeholder, the signature
 * field's widget on the last page and the AcroForm naming it — the same objects
 * `@signpdf/placeholder-plain` appends as an incremental update, written once as ordinary objects
 * of the file. Signing then only fills the ByteRange and splices the CMS in (pdfSignature.ts):
 * no re-parsing or copying of the whole file per added object.
 *
 * Who and why (`/Name`, `/Reason`, `/Location`, `/M`) are known only when signing, after
 * rendering (in a worker, without the settings): the dictionary reserves a run of spaces for them
 * (`/ZIDeskLabels (   …)`), which signing overwrites with the same number of bytes, so no offset
 * of the file moves.
 */

/**
 * @signpdf's names for the placeholder and the flags (DEFAULT_BYTE_RANGE_PLACEHOLDER, SIG_FLAGS,
 * ANNOTATION_FLAGS in @signpdf/utils), repeated here because this module runs in the PDF worker,
 * whose bundle loads only the PDF engine's packages; placeholder.test.ts holds them equal.
 */
export const PLACEHOLDER_CONSTANTS = {
  byteRange: '**********',
  subFilter: 'adbe.pkcs7.detached',
  signaturesExist: 1,
  appendOnly: 2,
  printAnnotation: 4,
} as const;

/** Room for the CMS, in bytes (written hex-encoded): the own certificate needs ~1 KB, an office chain of three RSA certificates ~6 KB. */
export const RENDERED_SIGNATURE_BYTES = 8192;

/** Bytes reserved for the labels, written as UTF-16 hex strings. */
const LABEL_SLOT_BYTES = 1536;

const LABEL_KEY = 'ZIDeskLabels';

/** The slot as pdfkit writes it: `/ZIDeskLabels (` + spaces + `)`. */
const SLOT_OPENING = `/${LABEL_KEY} (`;

/** A pdfkit indirect object (PDFReference): its dictionary, written by `end()`. */
export interface PlaceholderRef {
  data: Record<string, unknown>;
  end(): void;
}

/**
 * The part of pdfkit's PDFDocument the placeholder uses: `ref`, `initForm` and `formAnnotation`
 * (public API), `_font` (initForm needs a current font; none means nothing was drawn) and
 * `_root` — the catalog, whose AcroForm gets `SigFlags` and loses `NeedAppearances` (a reader
 * asked to regenerate appearances may treat a signed file as changed). kit-internals.test.ts names
 * both private members.
 */
export interface PlaceholderDocument {
  _font: unknown;
  _root: PlaceholderRef;
  ref(data: Record<string, unknown>): PlaceholderRef;
  initForm(): unknown;
  formAnnotation(name: string, type: null, x: number, y: number, w: number, h: number, options: Record<string, unknown>): unknown;
}

/**
 * Adds the unsigned signature field to `doc` (on its last page, before `end()`). Returns false
 * when the document has no font yet (nothing drawn): signing then appends the field instead.
 */
export function addSignaturePlaceholder(doc: PlaceholderDocument): boolean {
  if (!doc._font) return false;
  const signature = doc.ref({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: PLACEHOLDER_CONSTANTS.subFilter,
    // pdfkit writes a JS string as a PDF name: /**********, the placeholder @signpdf looks for.
    ByteRange: [0, PLACEHOLDER_CONSTANTS.byteRange, PLACEHOLDER_CONSTANTS.byteRange, PLACEHOLDER_CONSTANTS.byteRange],
    Contents: Buffer.alloc(RENDERED_SIGNATURE_BYTES),
    // pdfkit writes a String object as a PDF string.
    [LABEL_KEY]: new String(' '.repeat(LABEL_SLOT_BYTES)),
    // A PDF name: the space is written as #20.
    Prop_Build: { Filter: { Name: 'Adobe.PPKLite' }, App: { Name: 'ZI#20Desk' } },
  });
  signature.end();
  doc.initForm();
  // A null type: no text/button defaults; the field type is given as FT.
  doc.formAnnotation('Signature1', null, 0, 0, 0, 0, { FT: 'Sig', V: signature, F: PLACEHOLDER_CONSTANTS.printAnnotation });
  const form = doc._root.data.AcroForm as PlaceholderRef | undefined;
  if (!form) throw new Error('pdfkit initForm no longer sets the catalog AcroForm');
  delete form.data.NeedAppearances;
  form.data.SigFlags = PLACEHOLDER_CONSTANTS.signaturesExist | PLACEHOLDER_CONSTANTS.appendOnly;
  return true;
}

/** Where the label slot of a rendered placeholder starts, or -1 (a PDF not made by our pdfkit path). */
export function labelSlotPosition(pdf: Buffer): number {
  // The signature dictionary is written after the pages: search from the end.
  return pdf.lastIndexOf(SLOT_OPENING);
}

/** A PDF text string as UTF-16BE hex with its byte-order mark (any character, nothing to escape). */
function textString(value: string): string {
  return `<${Buffer.from(`\ufeff${value}`, 'utf16le').swap16().toString('hex')}>`;
}

/** PDF date of `at`, UTC. */
function pdfDate(at: Date): string {
  return `(D:${at.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z)`;
}

/** Who and why, written into the reserved slot. */
export interface SlotLabels {
  name: string;
  reason: string;
  location: string;
  contactInfo: string;
}

/**
 * Overwrites the label slot at `position` in place with the labels and the signing time, padded
 * with spaces to the slot's exact length. A reason too long for the slot is shortened.
 */
export function fillLabelSlot(pdf: Buffer, position: number, labels: SlotLabels, signingTime: Date): void {
  const length = SLOT_OPENING.length + LABEL_SLOT_BYTES + 1;
  if (pdf.toString('latin1', position + length - 1, position + length) !== ')') throw new Error('Signature label slot not found');
  const entries = (reason: string) =>
    `/Name ${textString(labels.name)}\n/Reason ${textString(reason)}\n/Location ${textString(labels.location)}\n/ContactInfo ${textString(labels.contactInfo)}\n/M ${pdfDate(signingTime)}`;
  let reason = labels.reason;
  let written = entries(reason);
  while (written.length > length && reason.length > 0) {
    // Four hex digits per character.
    reason = reason.slice(0, reason.length - Math.ceil((written.length - length) / 4));
    written = entries(reason);
  }
  if (written.length > length) throw new Error('Signature labels do not fit their slot');
  pdf.write(written.padEnd(length, ' '), position, length, 'latin1');
}
