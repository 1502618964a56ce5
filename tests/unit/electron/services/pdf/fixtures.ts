import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { encodePng } from '../../../../../electron/services/pdf/png';
import type { InstitutionHeader } from '../../../../../electron/services/pdf/layout';
import { PIAGAM_PENCANANGAN_V1, renderDeclarationText, renderTemplateText, PAKTA_ASN_V1, PAKTA_NON_ASN_V1 } from '../../../../../shared/pakta/templates';
import type { DeclarationParty, DeclarationRecord, PledgeRecord } from '../../../../../shared/pakta/types';

/**
 * Fixtures for the PDF and signing tests and the benchmark: a drawn logo, drawn signatures,
 * fictional people with valid-looking NIPs, and helpers that read PDFs back with poppler.
 * Every name here is invented.
 */

const run = promisify(execFile);

/** Pixels of an RGBA canvas, drawn by a per-pixel function. */
function paint(width: number, height: number, pixel: (x: number, y: number) => readonly [number, number, number, number]): Uint8Array {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) data.set(pixel(x, y), (y * width + x) * 4);
  }
  return data;
}

/** A made-up regency emblem: a green shield with a gold border and a gold star, transparent around it. */
export function makeLogoPng(): Uint8Array {
  const width = 200;
  const height = 236;
  const star = (x: number, y: number): boolean => {
    const cx = 100;
    const cy = 100;
    const angle = Math.atan2(y - cy, x - cx);
    const r = Math.hypot(x - cx, y - cy);
    const spikes = 0.55 + 0.45 * Math.abs(Math.cos((angle * 5) / 2));
    return r < 48 * spikes;
  };
  const inShield = (x: number, y: number, inset: number): boolean => {
    const left = 8 + inset;
    const right = width - 8 - inset;
    if (x < left || x > right || y < 6 + inset) return false;
    if (y < 150) return true;
    const t = (y - 150) / (height - 6 - inset - 150);
    const half = ((right - left) / 2) * Math.sqrt(Math.max(0, 1 - t * t));
    return Math.abs(x - width / 2) <= half;
  };
  return encodePng(
    width,
    height,
    paint(width, height, (x, y) => {
      if (!inShield(x, y, 0)) return [0, 0, 0, 0];
      if (!inShield(x, y, 9)) return [201, 160, 40, 255];
      if (star(x, y)) return [236, 194, 60, 255];
      if (y > 168 && y < 182) return [255, 255, 255, 255];
      return [22, 110, 60, 255];
    }),
  );
}

function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0xffffffff;
  };
}

const signatures = new Map<string, Uint8Array>();

/** A handwriting-like scribble in dark blue ink on a transparent background; `seed` varies it. */
export function makeSignaturePng(seed = 1, width = 480, height = 180): Uint8Array {
  const key = `${seed}:${width}x${height}`;
  let png = signatures.get(key);
  if (!png) {
    png = drawSignature(seed, width, height);
    signatures.set(key, png);
  }
  return png;
}

function drawSignature(seed: number, width: number, height: number): Uint8Array {
  const random = seeded(seed);
  const points: [number, number][] = [];
  const loops = 7 + Math.floor(random() * 4);
  for (let i = 0; i <= loops * 12; i += 1) {
    const t = i / (loops * 12);
    const x = 30 + t * (width - 80) + Math.sin(t * Math.PI * loops * 2) * 22;
    const y = height * 0.55 - Math.cos(t * Math.PI * loops * 2) * (height * 0.22) * (0.6 + 0.4 * random()) - t * 20;
    points.push([x, y]);
  }
  points.push([width * 0.25, height * 0.8], [width - 30, height * 0.72]);
  const ink = 2.2;
  const distance = (x: number, y: number): number => {
    let best = Infinity;
    for (let i = 1; i < points.length; i += 1) {
      const [ax, ay] = points[i - 1] ?? [0, 0];
      const [bx, by] = points[i] ?? [0, 0];
      if (x < Math.min(ax, bx) - 4 || x > Math.max(ax, bx) + 4 || y < Math.min(ay, by) - 4 || y > Math.max(ay, by) + 4) continue;
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy || 1)));
      best = Math.min(best, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
    }
    return best;
  };
  return encodePng(
    width,
    height,
    paint(width, height, (x, y) => {
      const d = distance(x, y);
      const alpha = d <= ink ? 255 : d <= ink + 1 ? Math.round(255 * (ink + 1 - d)) : 0;
      return [20, 30, 110, alpha];
    }),
  );
}

/** SHA-256 hex of bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The kop of a fictional Inspektorat. */
export function sampleInstitution(logo: Uint8Array | null = makeLogoPng()): InstitutionHeader {
  return {
    pemerintahDaerah: 'Pemerintah Kabupaten Serang',
    namaInspektorat: 'Inspektorat Daerah',
    alamat: 'Jalan Veteran Nomor 1, Kota Serang, Banten 42111 – Telepon (0254) 000000 – Pos-el inspektorat@contoh.go.id',
    logo,
  };
}

/** NIP 1985-03-12, TMT 2010-01, male, serial 004 (fictional). */
export const SAMPLE_NIP = '198503122010011004';
export const SAMPLE_NIP_SPACED = '19850312 201001 1 004';
export const WITNESS_NIP = '197005182005031005';

/** A stored PNS pledge with a witness; override anything. */
export function samplePledge(overrides: Partial<PledgeRecord> = {}, signatureSha256: string | null = null): PledgeRecord {
  const instansi = 'Pemerintah Kabupaten Serang';
  return {
    id: 'pk-2022-0001',
    year: 2022,
    place: 'Serang',
    date: '2022-06-23',
    text: renderTemplateText(PAKTA_ASN_V1, { instansi }),
    signer: {
      nama: 'Budi Santoso Fiktif, S.Kom.',
      jenisAsn: 'PNS',
      nip: SAMPLE_NIP,
      pangkat: 'Penata Tingkat I',
      golongan: 'III/d',
      jabatan: 'Kepala Seksi Pelayanan Administrasi Kependudukan',
      unitKerja: 'Dinas Kependudukan dan Pencatatan Sipil',
      instansi,
    },
    witness: {
      nama: 'Drs. Hendra Wijaya Fiktif, M.Si.',
      nip: WITNESS_NIP,
      jabatan: 'Kepala Dinas Kependudukan dan Pencatatan Sipil',
    },
    signature: signatureSha256 ? { kind: 'drawn', imageSha256: signatureSha256 } : { kind: 'wet', imageSha256: null },
    ...overrides,
  };
}

/** A non-ASN pledge (no NIP, no pangkat), without a witness, signed by hand. */
export function sampleNonAsnPledge(): PledgeRecord {
  const instansi = 'Pemerintah Kabupaten Serang';
  return {
    id: 'pk-2022-0002',
    year: 2022,
    place: 'Serang',
    date: '2022-06-23',
    text: renderTemplateText(PAKTA_NON_ASN_V1, { instansi }),
    signer: {
      nama: 'Siti Rahmawati Fiktif',
      jenisAsn: 'NON_ASN',
      nip: '',
      pangkat: '',
      golongan: '',
      jabatan: 'Pramu Bakti',
      unitKerja: 'Kecamatan Ciruas',
      instansi,
    },
    witness: null,
    signature: { kind: 'wet', imageSha256: null },
  };
}

/** A valid-looking NIP for person `i` of a generated roster (fictional). */
export function rosterNip(i: number): string {
  const year = 1970 + (i % 30);
  const month = String(1 + (i % 12)).padStart(2, '0');
  const day = String(1 + (i % 28)).padStart(2, '0');
  const tmt = `${year + 24}${String(1 + ((i + 3) % 12)).padStart(2, '0')}`;
  return `${year}${month}${day}${tmt}${1 + (i % 2)}${String(1 + (i % 999)).padStart(3, '0')}`;
}

const FIRST = ['Agus', 'Dewi', 'Rudi', 'Sri', 'Andi', 'Rina', 'Yusuf', 'Lestari', 'Hadi', 'Nur'];
const LAST = ['Fiktif', 'Contoh', 'Rekaan', 'Samaran', 'Khayal'];

/** A fictional name for person `i`. */
export function rosterName(i: number): string {
  return `${FIRST[i % FIRST.length] ?? 'Agus'} ${['Pratama', 'Wulandari', 'Hidayat', 'Kusuma', 'Saputra'][i % 5] ?? ''} ${LAST[i % LAST.length] ?? 'Fiktif'} ${i + 1}`;
}

/** Writes bytes to a fresh temp folder and runs a poppler tool on them; returns stdout. */
export async function withPdfFile<T>(bytes: Uint8Array, use: (file: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'zi-pdf-test-'));
  const file = path.join(dir, 'doc.pdf');
  try {
    await writeFile(file, bytes);
    return await use(file, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Text of a PDF as `pdftotext -layout` reads it. */
export async function pdfText(bytes: Uint8Array, options: { layout?: boolean } = {}): Promise<string> {
  return withPdfFile(bytes, async (file) => {
    const args = options.layout === false ? [file, '-'] : ['-layout', file, '-'];
    const { stdout } = await run('pdftotext', args, { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  });
}

/** `pdfinfo` output of a PDF. */
export async function pdfInfo(bytes: Uint8Array): Promise<string> {
  return withPdfFile(bytes, async (file) => {
    const { stdout } = await run('pdfinfo', [file]);
    return stdout;
  });
}

/** Text of each page, split on form feeds. */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const text = await pdfText(bytes);
  return text.split('\f').filter((page) => page.trim() !== '');
}

/**
 * A seed ceremony with invented people: Kabupaten Serang, Kamis 23 Juni 2022; eight
 * signatories (Bupati, Ombudsman RI Perwakilan Banten, Sekda, three OPD heads, Ketua MUI) and three
 * witnesses (Wakil Bupati, Ketua DPRD, Inspektur).
 */
export function sampleDeclaration(signatureSha256: string | null = null): DeclarationRecord {
  const instansi = 'Pemerintah Kabupaten Serang';
  const party = (jabatan: string, nama: string, nip = '', signed = false): DeclarationParty => ({
    jabatan,
    nama,
    nip,
    signatureSha256: signed ? signatureSha256 : null,
  });
  return {
    id: 'dk-2022-0001',
    instansi,
    place: 'Serang',
    date: '2022-06-23',
    text: renderDeclarationText(PIAGAM_PENCANANGAN_V1, { instansi, tempat: 'Serang', tanggal: '2022-06-23' }),
    signatories: [
      party('Bupati Serang', 'Hj. Ratna Kusumawati Fiktif, S.E., M.M.', '', true),
      party('Kepala Perwakilan Ombudsman RI Provinsi Banten', 'Dr. Bambang Rekaan Santoso, S.H., M.H.'),
      party('Sekretaris Daerah Kabupaten Serang', 'Drs. Ahmad Fiktif Suryadi, M.Si.', '196805121990031007'),
      party('Kepala Dinas Kependudukan dan Pencatatan Sipil', 'Drs. Hendra Wijaya Fiktif, M.Si.', WITNESS_NIP),
      party('Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'Ir. Siti Nurhaliza Contoh, M.T.', '197203152000032004'),
      party('Direktur RSUD dr. Drajat Prawiranegara', 'dr. Yusuf Samaran Hakim, Sp.PD.', '197511202005011003'),
      party('Ketua Majelis Ulama Indonesia Kabupaten Serang', 'K.H. Abdul Karim Khayal'),
      party('Kepala Badan Pendapatan Daerah', 'Rina Marlina Fiktif, S.E., M.Ak.', '198001012005022001'),
    ],
    witnesses: [
      party('Wakil Bupati Serang', 'Pandji Rekaan Tirtayasa, S.Sos.'),
      party('Ketua Dewan Perwakilan Rakyat Daerah Kabupaten Serang', 'H. Ulum Contoh Miftahul, S.H.'),
      party('Inspektur Kabupaten Serang', 'Drs. Bayu Fiktif Prasetyo, M.M.', '196907071994031008'),
    ],
  };
}

/** A real JPEG (a signature PNG drawn into a PDF, rasterised by poppler). */
export async function makeJpeg(): Promise<Uint8Array> {
  const { KitCanvas } = await import('../../../../../electron/services/pdf/kit');
  const { loadFontBytes } = await import('../../../../../electron/services/pdf/fonts');
  const canvas = new KitCanvas({ fonts: loadFontBytes(), info: { title: 'jpeg' } });
  canvas.addPage(240, 90);
  canvas.rect(0, 0, 240, 90, { fill: [1, 1, 1], stroke: false });
  canvas.image(makeSignaturePng(9), 0, 0, 240, 90);
  const pdf = await canvas.finish();
  return withPdfFile(pdf, async (file, dir) => {
    await run('pdftoppm', ['-jpeg', '-r', '144', '-singlefile', file, path.join(dir, 'page')]);
    const { readFile } = await import('node:fs/promises');
    return new Uint8Array(await readFile(path.join(dir, 'page.jpg')));
  });
}
