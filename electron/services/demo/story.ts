import { z } from 'zod';
import { itemsByCode, templateForYear, type Answer, type Template } from '../../../shared/lke';
import type { MasterData } from '../../../shared/masterdata/schemas';
import type { AnswerLayer, WorksheetStatus } from '../../../shared/worksheets';
import type { DocumentsService } from '../documents';
import type { DeclarationService, PledgeService } from '../pakta';
import type { MasterDataService } from '../masterdata';
import type { DocumentSpec, Storage } from '../storage';
import type { WorksheetsService } from '../worksheets';

/**
 * The year the demo tells: Kabupaten Serang's Pencanangan of 23 June 2022, Disdukcapil's final
 * 2021 worksheet, the three 2022 worksheets at different stages and pledges for part of the staff —
 * all built through the services, so it is ordinary data. What it created is recorded in the demo
 * manifest (`demo.json`) so that `demo:remove` takes away exactly that and nothing the user added.
 */

/** What the services the story runs through; a subset of the container's Services. */
export interface DemoDeps {
  storage: Storage;
  master: MasterDataService;
  worksheets: WorksheetsService;
  pledges: PledgeService;
  declarations: DeclarationService;
  /** The generated documents; `demo:remove` takes away those of demo records. */
  documents: Pick<DocumentsService, 'list' | 'remove'>;
  currentUser(): string;
}

const manifestSchema = z.object({
  /** The institution settings as the demo wrote them; removed only while unchanged. */
  institution: z.unknown().nullable(),
  unitIds: z.array(z.string()),
  personIds: z.array(z.string()),
  worksheetIds: z.array(z.string()),
  pledges: z.array(z.object({ id: z.string(), year: z.number().int() })),
  declarationIds: z.array(z.string()),
});
export type DemoManifest = z.infer<typeof manifestSchema>;

export const demoManifestSpec: DocumentSpec<DemoManifest> = {
  name: 'demo',
  schema: manifestSchema,
  version: 1,
  migrations: [],
  empty: () => ({ institution: null, unitIds: [], personIds: [], worksheetIds: [], pledges: [], declarationIds: [] }),
};

/** The manifest of freshly loaded master data. */
export function manifestOf(data: MasterData): DemoManifest {
  return {
    institution: data.institution,
    unitIds: data.units.map((u) => u.id),
    personIds: data.people.map((p) => p.id),
    worksheetIds: [],
    pledges: [],
    declarationIds: [],
  };
}

/** A deterministic 0–1 value per text. */
function hash01(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return ((h >>> 0) % 10_000) / 10_000;
}

/** An answer of roughly the given quality (0–1) for each entered item; `share` of the items only. */
function answersOf(template: Template, quality: number, salt: string, share = 1): { code: string; answer: Answer }[] {
  const changes: { code: string; answer: Answer }[] = [];
  for (const { item } of itemsByCode(template).values()) {
    if (hash01(`${salt}|take|${item.code}`) >= share) continue;
    const roll = hash01(`${salt}|${item.code}`);
    const good = roll < quality;
    let answer: Answer | undefined;
    switch (item.answerType) {
      case 'YA_TIDAK':
        answer = { type: 'YA_TIDAK', value: good ? 'Ya' : 'Tidak' };
        break;
      case 'ABC':
        answer = { type: 'ABC', value: good ? 'A' : roll < quality + 0.2 ? 'B' : 'C' };
        break;
      case 'ABCD':
        answer = { type: 'ABCD', value: good ? 'A' : roll < quality + 0.15 ? 'B' : 'C' };
        break;
      case 'ABCDE':
        answer = { type: 'ABCDE', value: good ? 'A' : roll < quality + 0.1 ? 'B' : 'C' };
        break;
      case 'JUMLAH':
        answer = { type: 'JUMLAH', value: good ? 20 : 10 + Math.round(roll * 9) };
        break;
      case 'INDEKS':
        answer = { type: 'INDEKS', value: Math.round((2.8 + quality) * 100) / 100 };
        break;
      default:
        break;
    }
    if (answer) changes.push({ code: item.code, answer });
  }
  return changes;
}

interface WorksheetSeed {
  unitId: string;
  year: number;
  /** Answer quality per layer; a share below 1 leaves part of the layer open. */
  layers: { layer: AnswerLayer; quality: number; share?: number }[];
  /** The steps taken after answering, in order. */
  steps: WorksheetStatus[];
}

const WORKSHEETS: WorksheetSeed[] = [
  { unitId: 'demo-disdukcapil', year: 2021, layers: [{ layer: 'unit', quality: 0.8 }, { layer: 'tpi', quality: 0.7 }], steps: ['DIAJUKAN', 'DIREVIU_TPI', 'FINAL'] },
  { unitId: 'demo-disdukcapil', year: 2022, layers: [{ layer: 'unit', quality: 0.93 }, { layer: 'tpi', quality: 0.88 }], steps: ['DIAJUKAN', 'DIREVIU_TPI'] },
  { unitId: 'demo-dpmptsp', year: 2022, layers: [{ layer: 'unit', quality: 0.85 }], steps: ['DIAJUKAN'] },
  { unitId: 'demo-bapenda', year: 2022, layers: [{ layer: 'unit', quality: 0.6, share: 0.55 }], steps: [] },
];

/** Pledges of 2022: four of Disdukcapil's five people (80 %), three of DPMPTSP's five (60 %). */
const PLEDGED: { unitId: string; count: number }[] = [
  { unitId: 'demo-disdukcapil', count: 4 },
  { unitId: 'demo-dpmptsp', count: 3 },
];

const PLEDGE_DATE = '2022-06-23';

/** A fictional Sekda, with a valid-looking fictional NIP (born 12 April 1968, CPNS March 1994). */
const SEKDA = { jabatan: 'Sekretaris Daerah Kabupaten Serang', nama: 'Ir. Hendra Fiktif Wiratama, M.T.', nip: '196804121994031007' };

function headOf(master: MasterData, unitId: string): { nama: string; nip: string; jabatan: string } {
  const unit = master.units.find((u) => u.id === unitId);
  if (!unit) throw new Error(`demo unit ${unitId} missing`);
  return { nama: unit.kepalaNama, nip: unit.kepalaNip, jabatan: unit.kepalaJabatan };
}

/** The Pencanangan of 23 June 2022: parties as the Piagam lists them; no NIP for officials who are not ASN. */
function declarationOf(master: MasterData) {
  const kecamatan = master.units.filter((u) => u.jenis === 'KECAMATAN');
  const party = (jabatan: string, nama: string, nip = '') => ({ jabatan, nama, nip });
  const head = (unitId: string) => {
    const h = headOf(master, unitId);
    return party(h.jabatan, h.nama, h.nip);
  };
  return {
    title: 'Pencanangan Pembangunan Zona Integritas menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani',
    place: 'Serang',
    date: PLEDGE_DATE,
    unitIds: ['demo-disdukcapil', 'demo-dpmptsp', 'demo-bapenda', ...kecamatan.map((u) => u.id)],
    signatories: [
      party('Bupati Serang', 'Hj. Ratna Fiktif Kusumawati, S.E.'),
      party('Kepala Perwakilan Ombudsman RI Provinsi Banten', 'Drs. Yusuf Fiktif Ramadhan'),
      party(SEKDA.jabatan, SEKDA.nama, SEKDA.nip),
      head('demo-disdukcapil'),
      head('demo-dpmptsp'),
      head('demo-bapenda'),
      ...kecamatan.map((u) => head(u.id)),
      party('Ketua Majelis Ulama Indonesia Kabupaten Serang', 'K.H. Abdul Fiktif Somad'),
    ],
    witnesses: [
      party('Wakil Bupati Serang', 'H. Dedi Fiktif Pratama, S.H.'),
      party('Ketua DPRD Kabupaten Serang', 'H. Agus Fiktif Wijaya, S.Sos.'),
      head('demo-inspektorat'),
    ],
  };
}

/** Counts of what the story added. */
export interface StoryCounts {
  declarations: number;
  worksheets: number;
  pledges: number;
}

/**
 * Adds the year to freshly loaded demo master data, recording every id in `manifest` as it goes (so
 * a failure halfway still leaves a manifest that removes what was made).
 */
export async function addDemoStory(deps: DemoDeps, manifest: DemoManifest): Promise<StoryCounts> {
  const by = deps.currentUser();
  const master = deps.master.data();

  const declaration = await deps.declarations.create(declarationOf(master), by);
  manifest.declarationIds.push(declaration.id);

  for (const seed of WORKSHEETS) {
    // Each round on the template of its year (2021–2022: PermenPANRB 90/2021).
    const template = templateForYear(seed.year);
    if (!template.ok) throw new Error(template.error.message);
    const created = await deps.worksheets.create({ unitId: seed.unitId, year: seed.year, templateId: template.value.id });
    const id = created.worksheet.id;
    manifest.worksheetIds.push(id);
    for (const { layer, quality, share } of seed.layers) {
      await deps.worksheets.saveAnswers(id, layer, answersOf(template.value, quality, `${id}|${layer}`, share));
    }
    for (const step of seed.steps) await deps.worksheets.transition(id, step);
  }

  for (const { unitId, count } of PLEDGED) {
    const head = headOf(master, unitId);
    const people = master.people.filter((p) => p.unitId === unitId && p.aktif).slice(0, count);
    for (const [index, person] of people.entries()) {
      const isHead = person.nip === head.nip;
      // Printed (as the registry expects before a wet signature is recorded), then signed on paper.
      const { pledge } = await deps.pledges.print(
        {
          signer: { source: 'roster', personId: person.id },
          year: 2022,
          place: 'Serang',
          date: PLEDGE_DATE,
          witness: isHead ? null : head,
          signature: { kind: 'basah' },
        },
        by,
      );
      manifest.pledges.push({ id: pledge.id, year: pledge.year });
      // All but the last one came back signed on paper.
      if (index < people.length - 1) await deps.pledges.markSigned(pledge.id, PLEDGE_DATE);
    }
  }
  return { declarations: manifest.declarationIds.length, worksheets: manifest.worksheetIds.length, pledges: manifest.pledges.length };
}

