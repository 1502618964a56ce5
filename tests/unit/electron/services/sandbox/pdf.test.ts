import { describe, expect, it } from 'vitest';
import { readPdfForVerification } from '../../../../../electron/services/sandbox/pdf';

/** A payload of the right shape (codes.ts PAYLOAD_SEARCH); its signature is not checked here. */
const PAYLOAD = `ZID1.pk-2022-0001.${'A'.repeat(43)}.${'B'.repeat(86)}.0123456789abcdef`;
const pdf = (body: string): Uint8Array => new Uint8Array(Buffer.from(`%PDF-1.4\n${body}\n%%EOF`, 'latin1'));
const content = Buffer.from('{"kind":"pakta-integritas"}').toString('base64url');

describe('readPdfForVerification', () => {
  it('reads Keywords and ZIDeskContent written directly or as indirect objects, the last one winning', () => {
    expect(readPdfForVerification(pdf(`1 0 obj << /Keywords (${PAYLOAD}) /ZIDeskContent (${content}) >> endobj`))).toEqual({
      qrPayload: PAYLOAD,
      content: '{"kind":"pakta-integritas"}',
    });
    const indirect = pdf(`3 0 obj (old) endobj\n3 0 obj\n(${PAYLOAD})\nendobj\n4 0 obj <${Buffer.from(content).toString('hex')}> endobj\ntrailer << /Info << /Keywords 3 0 R /ZIDeskContent 4 0 R >> >>`);
    expect(readPdfForVerification(indirect)).toEqual({ qrPayload: PAYLOAD, content: '{"kind":"pakta-integritas"}' });
  });

  it('decodes escapes and UTF-16 text strings', () => {
    const utf16 = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(PAYLOAD, 'utf16le').swap16()]).toString('latin1').replace(/[()\\]/g, (c) => `\\${c}`);
    expect(readPdfForVerification(pdf(`<< /Keywords (${utf16}) >>`)).qrPayload).toBe(PAYLOAD);
    expect(readPdfForVerification(pdf(`<< /Keywords (a\\(b\\) \\101 ${PAYLOAD}) >>`)).qrPayload).toBe(PAYLOAD);
  });

  it('finds a payload left as plain bytes, and nothing in a PDF without one', () => {
    expect(readPdfForVerification(pdf(`5 0 obj (${PAYLOAD}) endobj`))).toEqual({ qrPayload: PAYLOAD, content: null });
    expect(readPdfForVerification(pdf('<< /Keywords (Pakta Integritas) >>'))).toEqual({ qrPayload: null, content: null });
  });

  it('reads hostile Info entries in one pass: 176 KB of Keywords references, unclosed strings, digit runs', () => {
    const references = pdf(`${'/Keywords 1 0 R '.repeat(11_000)}\n1 0 obj 7 endobj`);
    expect(references.length).toBeGreaterThan(176_000);
    expect(readPdfForVerification(references)).toEqual({ qrPayload: null, content: null });
    expect(readPdfForVerification(pdf('/Keywords('.repeat(20_000)))).toEqual({ qrPayload: null, content: null });
    expect(readPdfForVerification(pdf(`${'9'.repeat(200_000)} obj /Keywords ${'9'.repeat(200_000)}`))).toEqual({ qrPayload: null, content: null });
  });

  it('refuses a file that is not a PDF, and one over the size limit before reading it', () => {
    expect(() => readPdfForVerification(new TextEncoder().encode('hello'))).toThrow('bukan PDF');
    expect(() => readPdfForVerification(new Uint8Array(10 * 1024 * 1024 + 1))).toThrow(/maksimal 10 MB/);
  });
});
