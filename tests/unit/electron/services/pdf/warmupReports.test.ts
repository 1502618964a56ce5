import { describe, expect, it } from 'vitest';
import { renderPdf, type DocDefinition } from '../../../../../electron/services/pdf/engine';
import { lhePdf } from '../../../../../electron/services/pdf/lhe';
import { recapPdf } from '../../../../../electron/services/pdf/recap';
import { warmUpLhe, warmUpLheModel, warmUpRecap, warmUpRecapModel } from '../../../../../electron/services/pdf/warmup';
import { pdfText } from './fixtures';

const creationDate = new Date('2026-01-02T03:04:05Z');

describe('report warm-ups of the PDF worker', () => {
  it('build a whole LHE and a recap from the newest LKE with the real model code', async () => {
    const lhe = await lhePdf(warmUpLheModel(), { creationDate });
    expect(lhe.pages).toBeGreaterThan(2);
    expect(await pdfText(lhe.bytes)).toContain('Dinas Contoh Satu');
    const recap = await recapPdf(warmUpRecapModel(), { creationDate });
    expect(await pdfText(recap.bytes)).toContain('Badan Contoh Tiga');
  });

  it('resolve with the time they took and never throw', async () => {
    expect(await warmUpLhe({ fontsDir: '/tidak/ada' })).toBeGreaterThanOrEqual(0);
    expect(await warmUpRecap()).toBeGreaterThan(0);
  });
});

describe('words shaped once per face for every pdfmake document', () => {
  const justified: DocDefinition = {
    info: { creationDate },
    content: [
      { text: 'Laporan Hasil Evaluasi Zona Integritas menuju Wilayah Bebas dari Korupsi pada Dinas Kependudukan dan Pencatatan Sipil Kabupaten Serang. '.repeat(6), alignment: 'justify' },
      { text: 'Rekomendasi: memperkuat area Manajemen Perubahan', bold: true },
    ],
  };

  it('leaves every document byte for byte as if it were the first (justified lines adjust copies, never the shared runs)', async () => {
    const first = await renderPdf(justified);
    await lhePdf(warmUpLheModel(), { creationDate });
    await renderPdf({ ...justified, content: [{ text: 'Kata lain yang berbeda sama sekali, rata kiri-kanan. '.repeat(8), alignment: 'justify' }] });
    const again = await renderPdf(justified);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
  });
});
