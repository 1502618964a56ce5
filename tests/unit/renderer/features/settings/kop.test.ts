import { describe, expect, it } from 'vitest';
import type { FontKey, PageCanvas } from '../../../../../electron/services/pdf/canvas';
import { kopSurat } from '../../../../../electron/services/pdf/kop';
import { drawKop, pageBox, type InstitutionHeader } from '../../../../../electron/services/pdf/layout';
import { ptToMm } from '../../../../../shared/documents/kop';
import { KOP_GEOMETRY, PAPER_MM } from '../../../../../renderer/src/features/settings/kop';

/** A canvas that records what the kop draws (text sizes, lines, the logo box). */
function recordingCanvas() {
  const texts: { size: number; text: string }[] = [];
  const lines: { y: number; lineWidth: number }[] = [];
  const images: { width: number; height: number }[] = [];
  const canvas: PageCanvas = {
    addPage: () => undefined,
    measure: (_font: FontKey, size: number, text: string) => text.length * size * 0.5,
    ascent: (_font: FontKey, size: number) => size * 0.8,
    wrap: (_font: FontKey, _size: number, text: string) => [text],
    text: (_font, size, _x, _y, text) => void texts.push({ size, text }),
    line: (_x1, y1, _x2, _y2, options) => void lines.push({ y: y1, lineWidth: options?.lineWidth ?? 1 }),
    rect: () => undefined,
    imageSize: () => ({ width: 300, height: 300 }),
    image: (_bytes, _x, _y, width, height) => void images.push({ width, height }),
    group: (_key, _dx, _dy, draw) => draw(),
    qr: () => undefined,
  };
  return { canvas, texts, lines, images };
}

const header: InstitutionHeader = {
  pemerintahDaerah: 'Pemerintah Kabupaten Serang',
  namaInspektorat: 'Inspektorat Daerah',
  alamat: 'Jl. Veteran No. 1, Serang',
  logo: new Uint8Array([1]),
};

describe('the settings preview draws the kop with the PDF numbers', () => {
  it('uses the page margins of the printed letter', () => {
    for (const paper of ['A4', 'F4'] as const) {
      const page = pageBox(paper);
      expect(KOP_GEOMETRY.marginTopMm).toBeCloseTo(ptToMm(page.top), 6);
      expect(KOP_GEOMETRY.marginLeftMm).toBeCloseTo(ptToMm(page.left), 6);
      expect(KOP_GEOMETRY.marginRightMm).toBeCloseTo(ptToMm(page.right), 6);
      expect(PAPER_MM[paper].width).toBeCloseTo(ptToMm(page.width), 1);
      expect(PAPER_MM[paper].height).toBeCloseTo(ptToMm(page.height), 1);
    }
    expect(KOP_GEOMETRY.marginTopMm).toBeCloseTo(20, 2); // the page standard's default top margin
  });

  it('uses the font sizes, logo box and double rule of the letter PDF', () => {
    const { canvas, texts, lines, images } = recordingCanvas();
    const below = drawKop(canvas, pageBox('A4'), header);
    expect(texts.find((t) => t.text === 'PEMERINTAH KABUPATEN SERANG')?.size).toBe(KOP_GEOMETRY.fontPt.pemerintah);
    expect(texts.find((t) => t.text === 'INSPEKTORAT DAERAH')?.size).toBe(KOP_GEOMETRY.fontPt.instansi);
    expect(texts.find((t) => t.text === header.alamat)?.size).toBe(KOP_GEOMETRY.fontPt.alamat);
    expect(KOP_GEOMETRY.fontPt.alamat).toBe(9.5); // was 10 pt in the preview
    // A square logo fills the box's width: the box is as wide as the preview's.
    expect(ptToMm(images[0]?.width ?? 0)).toBeCloseTo(KOP_GEOMETRY.logoMaxWidthMm, 6);
    const [thick, thin] = lines;
    expect(thick?.lineWidth).toBe(KOP_GEOMETRY.rulePt.thick);
    expect(thin?.lineWidth).toBe(KOP_GEOMETRY.rulePt.thin);
    expect((thin?.y ?? 0) - (thick?.y ?? 0)).toBeCloseTo(KOP_GEOMETRY.rulePt.gap, 6);
    expect(below - (thick?.y ?? 0)).toBeCloseTo(KOP_GEOMETRY.rulePt.below, 6);
  });

  it('the LHE kop (pdfmake) uses the same numbers', () => {
    const { content } = kopSurat(header, 400);
    const [block, rule] = content as unknown as [
      { columns: [{ fit: [number, number] }, { stack: { fontSize: number }[] }] },
      { canvas: { y1: number; lineWidth: number }[] },
    ];
    const [fitWidth, fitHeight] = block.columns[0].fit;
    expect(ptToMm(fitWidth)).toBeCloseTo(KOP_GEOMETRY.logoMaxWidthMm, 6);
    expect(ptToMm(fitHeight)).toBeCloseTo(KOP_GEOMETRY.logoHeightMm, 6);
    expect(block.columns[1].stack.map((line) => line.fontSize)).toEqual([
      KOP_GEOMETRY.fontPt.pemerintah,
      KOP_GEOMETRY.fontPt.instansi,
      KOP_GEOMETRY.fontPt.alamat,
    ]);
    expect(rule.canvas.map((line) => line.lineWidth)).toEqual([KOP_GEOMETRY.rulePt.thick, KOP_GEOMETRY.rulePt.thin]);
    expect((rule.canvas[1]?.y1 ?? 0) - (rule.canvas[0]?.y1 ?? 0)).toBeCloseTo(KOP_GEOMETRY.rulePt.gap, 6);
  });
});
