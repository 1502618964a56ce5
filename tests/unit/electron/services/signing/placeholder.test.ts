import { describe, expect, it } from 'vitest';
import { ANNOTATION_FLAGS, DEFAULT_BYTE_RANGE_PLACEHOLDER, SIG_FLAGS, SUBFILTER_ADOBE_PKCS7_DETACHED } from '@signpdf/utils';
import { fillLabelSlot, labelSlotPosition, PLACEHOLDER_CONSTANTS } from '../../../../../electron/services/signing/placeholder';

/** The label slot as pdfkit writes it inside the signature dictionary. */
function withSlot(): Buffer {
  return Buffer.from(`<<\n/Type /Sig\n/ZIDeskLabels (${' '.repeat(1536)})\n>>\n%%EOF`, 'latin1');
}

function decoded(pdf: Buffer, key: string): string {
  const hex = new RegExp(`/${key} <feff([0-9a-f]*)>`).exec(pdf.toString('latin1'))?.[1] ?? '';
  return Buffer.from(hex, 'hex').swap16().toString('utf16le');
}

it('uses the placeholder and flags @signpdf looks for', () => {
  expect(PLACEHOLDER_CONSTANTS).toEqual({
    byteRange: DEFAULT_BYTE_RANGE_PLACEHOLDER,
    subFilter: SUBFILTER_ADOBE_PKCS7_DETACHED,
    signaturesExist: SIG_FLAGS.SIGNATURES_EXIST,
    appendOnly: SIG_FLAGS.APPEND_ONLY,
    printAnnotation: ANNOTATION_FLAGS.PRINT,
  });
});

describe('the label slot of a rendered signature placeholder', () => {
  it('is overwritten in place with the labels and the signing time, every other byte where it was', () => {
    const pdf = withSlot();
    const length = pdf.length;
    const at = labelSlotPosition(pdf);
    expect(at).toBeGreaterThan(0);
    fillLabelSlot(pdf, at, { name: 'Inspektorat Kabupaten Serang', reason: 'Pakta Integritas – uji', location: 'Serang', contactInfo: '' }, new Date('2026-03-02T01:02:03Z'));
    expect(pdf.length).toBe(length);
    expect(decoded(pdf, 'Reason')).toBe('Pakta Integritas – uji');
    expect(decoded(pdf, 'Name')).toBe('Inspektorat Kabupaten Serang');
    expect(pdf.toString('latin1')).toContain('/M (D:20260302010203Z)');
    expect(pdf.toString('latin1').endsWith('\n>>\n%%EOF')).toBe(true);
    expect(labelSlotPosition(pdf)).toBe(-1);
  });

  it('shortens a reason too long for the slot instead of moving any byte', () => {
    const pdf = withSlot();
    const length = pdf.length;
    fillLabelSlot(pdf, labelSlotPosition(pdf), { name: 'Inspektorat', reason: 'x'.repeat(2000), location: 'Serang', contactInfo: '' }, new Date());
    expect(pdf.length).toBe(length);
    const reason = decoded(pdf, 'Reason');
    expect(reason.length).toBeGreaterThan(100);
    expect(reason.length).toBeLessThan(2000);
  });

  it('is absent from a PDF not made by our pdfkit path', () => {
    expect(labelSlotPosition(Buffer.from('%PDF-1.7\n1 0 obj\n<< >>\nendobj\n%%EOF'))).toBe(-1);
  });
});
