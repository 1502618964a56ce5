import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pledgeBatchPdf,
  pledgeFileName,
  pledgeFiles,
  pledgePdf,
  type PledgeDocument,
  type PledgePdfOptions,
} from '../../../../../electron/services/pdf/pledge';
import { encodePng } from '../../../../../electron/services/pdf/png';
import { renderPdf } from '../../../../../electron/services/pdf/engine';
import { pledgeDocDefinition } from '../../../../../electron/services/pdf/pledgeDocDefinition';
import { createSigningService, type SigningService } from '../../../../../electron/services/signing';
import { canonicalPledgeContent } from '../../../../../shared/pakta/canonical';
import type { PledgeRecord } from '../../../../../shared/pakta/types';
import { AppFailure } from '../../../../../shared/result';
import {
  SAMPLE_NIP_SPACED,
  makeJpeg,
  makeSignaturePng,
  pdfInfo,
  pdfPages,
  pdfText,
  rosterName,
  rosterNip,
  sampleInstitution,
  sampleNonAsnPledge,
  samplePledge,
  sha256Hex,
  withPdfFile,
} from './fixtures';

let dir: string;
let signer: SigningService;
const signature = makeSignaturePng(7);
const options: PledgePdfOptions = { institution: sampleInstitution(), paper: 'A4' };
/** F4: the sample pledge fits one page at the page standard's 12 pt (on A4 it runs to two). */
const optionsF4: PledgePdfOptions = { ...options, paper: 'F4' };

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'zi-pledge-'));
  signer = await createSigningService(dir);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function document(pledge: PledgeRecord, image: Uint8Array | null = pledge.signature.kind === 'wet' ? null : signature): PledgeDocument {
  return { pledge, signatureImage: image, verification: signer.signDocument(canonicalPledgeContent(pledge)) };
}

/** Whitespace-insensitive text, so wrapped and justified lines compare as sentences. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

describe('one pledge', () => {
  it('prints the identity, the seven points, the date, the signature blocks and the code', async () => {
    const doc = document(samplePledge({}, sha256Hex(signature)));
    const bytes = await pledgePdf(doc, options);
    const text = flat(await pdfText(bytes, { layout: false }));
    expect(text).toContain('PEMERINTAH KABUPATEN SERANG');
    expect(text).toContain('INSPEKTORAT DAERAH');
    expect(text).toContain('PAKTA INTEGRITAS');
    expect(text).toContain('Saya yang bertanda tangan di bawah ini:');
    expect(text).toContain('Budi Santoso Fiktif, S.Kom.');
    expect(text).toContain(SAMPLE_NIP_SPACED);
    expect(text).toContain(`NIP. ${SAMPLE_NIP_SPACED}`);
    expect(text).toContain('Penata Tingkat I, III/d');
    expect(text).toContain('Kepala Seksi Pelayanan Administrasi Kependudukan');
    expect(text).toContain('Serang, 23 Juni 2022');
    for (const point of doc.pledge.text.points) expect(text).toContain(point);
    expect(text).toContain(doc.pledge.text.leadIn);
    expect(text).toContain('Pembuat Pernyataan');
    // A drawn signature never sits on an empty meterai box (DOMAIN §6): no box on this pledge.
    expect(text).not.toContain('METERAI');
    // The pangkat line under the name, besides the identity row.
    expect(text.split('Penata Tingkat I, III/d')).toHaveLength(3);
    expect(text).toContain('Menyaksikan');
    expect(text).toContain('Drs. Hendra Wijaya Fiktif, M.Si.');
    expect(text).toContain('NIP. 19700518 200503 1 005');
    expect(text).toContain(`Kode verifikasi: ${doc.verification.code}`);
    const info = await pdfInfo(bytes);
    // The page standard's 12 pt body and margins: on A4 the pledge continues on a second page.
    expect(info).toMatch(/Pages:\s+2\n/);
    expect(info).toContain('Page size:       595.28 x 841.89 pts');
    expect(info).toContain(`Keywords:        ${doc.verification.qrPayload}`);
  });

  it('prints the meterai box only for wet signing, and no pangkat line for a non-ASN signer', async () => {
    const wet = flat(await pdfText(await pledgePdf(document(samplePledge({ signature: { kind: 'wet', imageSha256: null } })), options), { layout: false }));
    expect(wet).toContain('METERAI 10.000');
    const nonAsn = flat(await pdfText(await pledgePdf(document(sampleNonAsnPledge()), options), { layout: false }));
    expect(nonAsn).not.toMatch(/Penata|Golongan/);
  });

  it('keeps the numbered points in order', async () => {
    const doc = document(samplePledge());
    const text = flat(await pdfText(await pledgePdf(doc, options), { layout: false }));
    const positions = doc.pledge.text.points.map((point) => text.indexOf(point));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (let n = 1; n <= 7; n += 1) expect(text).toContain(`${n}. ${doc.pledge.text.points[n - 1]?.slice(0, 20) ?? ''}`);
  });

  it.each([
    ['A4', '595.28 x 841.89 pts', 2],
    ['F4', '609.45 x 935.43 pts', 1],
  ] as const)('prints on %s paper', async (paper, size, pages) => {
    const info = await pdfInfo(await pledgePdf(document(samplePledge()), { ...options, paper }));
    expect(info).toContain(`Page size:       ${size}`);
    expect(info).toMatch(new RegExp(`Pages:\\s+${pages}\\n`));
  });

  it('prints no NIP and no pangkat for a non-ASN signer, and no witness block without a witness', async () => {
    const text = await pdfText(await pledgePdf(document(sampleNonAsnPledge()), options));
    expect(text).toContain('Siti Rahmawati Fiktif');
    expect(text).toContain('Pramu Bakti');
    expect(text).not.toMatch(/\bNIP\b/);
    expect(text).not.toContain('Pangkat/Golongan');
    expect(text).not.toContain('Menyaksikan');
    expect(text).toContain('Pembuat Pernyataan');
  });

  it('still fits two pages with 200-character names, jabatan and unit, in 12 pt', async () => {
    const long = (prefix: string): string => `${prefix} ${'Panjang '.repeat(40)}`.slice(0, 200).trim();
    const pledge = samplePledge({
      signer: { ...samplePledge().signer, nama: long('Nama'), jabatan: long('Jabatan'), unitKerja: long('Unit') },
      witness: { nama: long('Saksi'), nip: '197005182005031005', jabatan: long('Atasan') },
    });
    const bytes = await pledgePdf(document(pledge), options);
    expect(await pdfInfo(bytes)).toMatch(/Pages:\s+2\n/);
    expect(flat(await pdfText(bytes, { layout: false }))).toContain('Kode verifikasi');
  });

  it('accepts a JPEG signature', async () => {
    const jpeg = await makeJpeg();
    const bytes = await pledgePdf(document(samplePledge({ signature: { kind: 'uploaded', imageSha256: sha256Hex(jpeg) } }), jpeg), options);
    expect(Buffer.from(bytes).toString('latin1')).toContain('/DCTDecode');
    expect(await pdfInfo(bytes)).toMatch(/Pages:\s+2\n/);
  });

  it('leaves the signature space blank for a wet signature', async () => {
    const pledge = samplePledge();
    expect(pledge.signature.kind).toBe('wet');
    const bytes = await pledgePdf(document(pledge), options);
    expect(Buffer.from(bytes).toString('latin1')).not.toContain('/ZImg2');
  });
});

describe('batch', () => {
  const people = (count: number): PledgeDocument[] =>
    Array.from({ length: count }, (_, i) => {
      const image = i % 3 === 0 ? null : makeSignaturePng(100 + (i % 4));
      const pledge = samplePledge(
        { id: `pk-2022-${String(i + 1).padStart(4, '0')}`, signer: { ...samplePledge().signer, nama: rosterName(i), nip: rosterNip(i) } },
        image ? sha256Hex(image) : null,
      );
      return document(pledge, image);
    });

  it('prints every page of a batch in the same 12 pt type, a long name wrapping instead of shrinking', async () => {
    const docs = people(3);
    const long = samplePledge({
      id: 'pk-2022-0099',
      signer: { ...samplePledge().signer, nama: `${'Nama Sangat Panjang Fiktif '.repeat(7).trim()}`.slice(0, 200), jabatan: 'Jabatan Panjang Fiktif '.repeat(9).trim().slice(0, 200), unitKerja: 'Unit Kerja Panjang Fiktif '.repeat(8).trim().slice(0, 200) },
    });
    const all = [...docs, document(long)];
    const wordHeights = async (bytes: Uint8Array, word: string): Promise<number[]> =>
      withPdfFile(bytes, async (file) => {
        const { stdout } = await promisify(execFile)('pdftotext', ['-bbox', file, '-']);
        return [...stdout.matchAll(new RegExp(`<word xMin="[\\d.]+" yMin="([\\d.]+)" xMax="[\\d.]+" yMax="([\\d.]+)">${word}</word>`, 'g'))].map(
          (m) => Math.round((Number(m[2]) - Number(m[1])) * 100) / 100,
        );
      });
    const alone = await wordHeights(await pledgeBatchPdf(docs, optionsF4), 'Demikian');
    const longAlone = await wordHeights(await pledgePdf(document(long), optionsF4), 'Demikian');
    // The long pledge keeps the body size of the others (never shrunk to fit)…
    expect(longAlone[0]).toBe(alone[0]);
    // …and in one batch every pledge's body is in that one size.
    const merged = await wordHeights(await pledgeBatchPdf(all, optionsF4), 'Demikian');
    expect(merged).toHaveLength(4);
    expect(new Set(merged).size).toBe(1);
    const pages = (await pdfPages(await pledgePdf(document(long), optionsF4))).map(flat).join(' ');
    expect(pages).toContain('Nama Sangat Panjang Fiktif Nama Sangat Panjang Fiktif');
  });

  it('merges 30 pledges into 30 pages, in order, each with its own code', async () => {
    const docs = people(30);
    const progress: number[] = [];
    const bytes = await pledgeBatchPdf(docs, optionsF4, (done, total) => {
      expect(total).toBe(30);
      progress.push(done);
    });
    expect(await pdfInfo(bytes)).toMatch(/Pages:\s+30\n/);
    expect(progress.at(-1)).toBe(30);
    const pages = await pdfPages(bytes);
    expect(pages).toHaveLength(30);
    pages.forEach((page, i) => {
      const doc = docs[i];
      expect(page).toContain(doc?.pledge.signer.nama);
      expect(page).toContain(`Kode verifikasi: ${doc?.verification.code ?? ''}`);
    });
  });

  it('prints the full text of every pledge when one of them runs to a second page', async () => {
    const long = `${'Nama Sangat Panjang '.repeat(12)}`.slice(0, 200).trim();
    const overfull = samplePledge({
      id: 'pk-2022-5000',
      signer: { ...samplePledge().signer, nama: long, jabatan: long, unitKerja: long },
      witness: { nama: long, nip: '197005182005031005', jabatan: long },
    });
    const docs = [document(overfull), document(samplePledge({ id: 'pk-2022-5001' })), document(samplePledge({ id: 'pk-2022-5002' }))];
    const pages = await pdfPages(await pledgeBatchPdf(docs, optionsF4));
    expect(pages).toHaveLength(4);
    const perPledge = [pages.slice(0, 2).join(' '), pages[2] ?? '', pages[3] ?? ''];
    for (const page of perPledge) {
      const text = flat(page);
      for (const point of samplePledge().text.points) expect(text).toContain(point.slice(0, 40));
      expect(text).toContain('PAKTA INTEGRITAS');
      expect(text).toContain('Demikian Pakta Integritas');
    }
  });

  it('embeds an identical signature once', async () => {
    const image = makeSignaturePng(55);
    const docs = [0, 1, 2, 3].map((i) => document(samplePledge({ id: `pk-2022-10${i}0` }, sha256Hex(image)), image));
    const raw = Buffer.from(await pledgeBatchPdf(docs, options)).toString('latin1');
    // Logo + one signature, each an image with a soft mask.
    expect(raw.match(/\/SMask/g)).toHaveLength(2);
  });

  it('stops when cancelled and returns nothing', async () => {
    const controller = new AbortController();
    const run = pledgeBatchPdf(people(60), options, (done) => {
      if (done >= 20) controller.abort();
    }, controller.signal);
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  it('refuses an empty batch', async () => {
    await expect(pledgeBatchPdf([], options)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('names the faulty pledge of a batch', async () => {
    const docs = people(5);
    const bad = docs[3];
    if (!bad) throw new Error('fixture');
    docs[3] = { ...bad, pledge: { ...bad.pledge, signer: { ...bad.pledge.signer, nama: '' } } };
    await expect(pledgeBatchPdf(docs, options)).rejects.toThrow('Pakta ke-4');
  });

  it('makes one file per person with Windows-safe, unique names', async () => {
    const docs = people(3);
    const twin = docs[0];
    if (!twin) throw new Error('fixture');
    docs.push({ ...twin, pledge: { ...twin.pledge, id: 'pk-2022-9999' } });
    const files = await pledgeFiles(docs, optionsF4);
    expect(files.map((f) => f.fileName)).toEqual([
      `${rosterNip(0)}_${rosterName(0)}.pdf`,
      `${rosterNip(1)}_${rosterName(1)}.pdf`,
      `${rosterNip(2)}_${rosterName(2)}.pdf`,
      `${rosterNip(0)}_${rosterName(0)} (2).pdf`,
    ]);
    const text = await pdfText(files[1]?.bytes ?? new Uint8Array());
    expect(text).toContain(rosterName(1));
    expect(await pdfInfo(files[2]?.bytes ?? new Uint8Array())).toMatch(/Pages:\s+1\n/);
  });
});

describe('pdfmake reference rendering (benchmark path b)', () => {
  it('renders the same pledges through pdfmake, one per page', async () => {
    const docs = [document(samplePledge({}, sha256Hex(signature))), document(sampleNonAsnPledge())];
    const bytes = await renderPdf(pledgeDocDefinition(docs, optionsF4));
    expect(await pdfInfo(bytes)).toMatch(/Pages:\s+2\n/);
    const pages = await pdfPages(bytes);
    expect(flat(pages[0] ?? '')).toContain('Budi Santoso Fiktif, S.Kom.');
    expect(flat(pages[0] ?? '')).toContain(docs[0]?.verification.code ?? '-');
    expect(flat(pages[1] ?? '')).toContain('Siti Rahmawati Fiktif');
  });
});

describe('file names', () => {
  it.each([
    [{ nama: 'Budi Santoso, S.Kom.', nip: '198503122010011004' }, '198503122010011004_Budi Santoso, S.Kom.pdf'],
    [{ nama: 'A/B: "C" <D>|E?*', nip: '' }, 'A B C D E.pdf'],
    [{ nama: 'CON', nip: '' }, '_CON.pdf'],
    // Windows reserves a device name before any extension too.
    [{ nama: 'Aux. Pratama', nip: '' }, '_Aux. Pratama.pdf'],
    [{ nama: 'Nul', nip: '198503122010011004' }, '198503122010011004_Nul.pdf'],
    [{ nama: '   ', nip: '' }, 'Tanpa Nama.pdf'],
    [{ nama: 'x'.repeat(300), nip: '198503122010011004' }, `198503122010011004_${'x'.repeat(97)}.pdf`],
  ])('%o → %s', (signer, name) => {
    expect(pledgeFileName(samplePledge({ signer: { ...samplePledge().signer, ...signer } }))).toBe(name);
  });
});

describe('bad input', () => {
  const withImage = (image: Uint8Array, sha = sha256Hex(image)): PledgeDocument => document(samplePledge({}, sha), image);
  const pngHeader = (width: number, height: number): Uint8Array => {
    const png = encodePng(1, 1, new Uint8Array([0, 0, 0, 255]), 4);
    const view = new DataView(png.buffer, png.byteOffset);
    view.setUint32(16, width);
    view.setUint32(20, height);
    return png;
  };

  it.each([
    ['a text file', new TextEncoder().encode('bukan gambar sama sekali'), 'UNSUPPORTED_FILE', 'PNG atau JPEG'],
    ['a PDF', new TextEncoder().encode('%PDF-1.7 ...'), 'UNSUPPORTED_FILE', 'PNG atau JPEG'],
    ['over 2 MB', (() => { const big = new Uint8Array(2 * 1024 * 1024 + 1); big.set(pngHeader(100, 100)); return big; })(), 'TOO_LARGE', 'maksimal 2 MB'],
    ['12,000 px wide', pngHeader(12_000, 100), 'TOO_LARGE', '10.000 piksel'],
    ['12,000 px tall', pngHeader(100, 12_000), 'TOO_LARGE', '10.000 piksel'],
    ['empty', new Uint8Array(0), 'UNSUPPORTED_FILE', 'kosong'],
  ])('refuses a signature that is %s', async (_name, image, code, message) => {
    const run = pledgePdf(withImage(image), options);
    await expect(run).rejects.toBeInstanceOf(AppFailure);
    await expect(pledgePdf(withImage(image), options)).rejects.toMatchObject({ code });
    await expect(pledgePdf(withImage(image), options)).rejects.toThrow(message);
  });

  it('refuses a signature image that is not the recorded one', async () => {
    await expect(pledgePdf(withImage(signature, 'f'.repeat(64)), options)).rejects.toThrow('tidak sama dengan yang tercatat');
  });

  it('refuses a digital signature without an image', async () => {
    await expect(pledgePdf(withImage(signature), { ...options }).then(() => pledgePdf({ ...withImage(signature), signatureImage: null }, options))).rejects.toThrow('Gambar tanda tangan belum ada');
  });

  it.each([
    ['an empty name', { nama: '' }, 'Nama penanda tangan wajib diisi.'],
    ['a 201-character name', { nama: 'a'.repeat(201) }, 'Nama penanda tangan paling banyak 200 karakter'],
    ['a 500-character name', { nama: 'a'.repeat(500) }, 'paling banyak 200 karakter (terisi 500)'],
    ['an empty jabatan', { jabatan: ' ' }, 'Jabatan penanda tangan wajib diisi.'],
  ])('refuses %s', async (_name, change, message) => {
    const pledge = samplePledge({ signer: { ...samplePledge().signer, ...change } });
    await expect(pledgePdf(document(pledge), options)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(pledgePdf(document(pledge), options)).rejects.toThrow(message);
  });

  it('refuses an empty witness name and a broken date', async () => {
    const base = samplePledge();
    await expect(pledgePdf(document({ ...base, witness: { nama: '', nip: '', jabatan: 'Kepala' } }), options)).rejects.toThrow('Nama saksi wajib diisi.');
    await expect(pledgePdf(document({ ...base, date: '2022-02-30' }), options)).rejects.toThrow('Tanggal penandatanganan tidak valid');
  });

  it('refuses a logo that is not an image', async () => {
    await expect(pledgePdf(document(samplePledge()), { ...options, institution: sampleInstitution(new TextEncoder().encode('logo')) })).rejects.toThrow('Logo harus berupa gambar PNG atau JPEG');
  });
});
