import { describe, expect, it } from 'vitest';
import { declarationPdf } from '../../../../../electron/services/pdf/declaration';
import type { InstitutionHeader } from '../../../../../electron/services/pdf/layout';
import { lhePdf } from '../../../../../electron/services/pdf/lhe';
import { pledgeBatchPdf, pledgePdf, type PledgeDocument } from '../../../../../electron/services/pdf/pledge';
import { recapPdf } from '../../../../../electron/services/pdf/recap';
import type { PaperSize } from '../../../../../shared/format/paper';
import type { DeclarationParty, DeclarationRecord, PledgeRecord } from '../../../../../shared/pakta/types';
import { lheLayoutRules, paktaLayoutRules, piagamLayoutRules, recapLayoutRules } from '../../../../support/documentLayoutRules';
import { checkPdfLayout } from '../../../../support/layoutCheck';
import { makeSignaturePng, rosterName, rosterNip, sampleDeclaration, sampleInstitution, sampleNonAsnPledge, samplePledge, sha256Hex } from './fixtures';
import { lheStressCases } from './lheFixture';
import { recapStressCases } from './recapFixture';

/**
 * The stress corpus of the layout check (tests/support/layoutCheck.ts): every Pakta, Piagam, LHE
 * and recap case on A4 and F4, through the real builders, read back with pdftotext and checked
 * against the keep-together and page-standard rules — long names and titles (200 characters), 40
 * signatories and 20 witnesses, one signatory, every optional field missing, a 500-character kop
 * address; for the LHE one and twenty recommendations, all report metadata missing, a Draf
 * worksheet (lheFixture.ts); for the recap 3, 21 and 70 units, Draf rows, an empty year
 * (recapFixture.ts).
 * Every person is invented; the NIPs are valid-looking fictions.
 */

const PAPERS: readonly PaperSize[] = ['A4', 'F4'];
const signature = makeSignaturePng(31);
const signatureSha = sha256Hex(signature);
const verification = { code: 'ZI-0A1B2C3D-4E5F6071-8293A4B5', qrPayload: 'ZID1.dk-2022-0001.c2hhMjU2LWZpa3RpZg.c2lnbmF0dXJlLWZpa3RpZg.a2V5LWZpa3RpZg' };

/** A string of exactly `length` characters: `base`, then words (the last one stretched to fit), then `tail`. */
function longText(base: string, length: number, tail = ''): string {
  const words = ['Wicaksono', 'Prawiranegara', 'Kusumadilaga', 'Tirtayasa', 'Suryaningrat', 'Hadikusumo'];
  let head = base;
  for (let i = 0; head.length + tail.length < length; i += 1) head += ` ${words[i % words.length] ?? 'Fiktif'}`;
  head = head.slice(0, length - tail.length).trimEnd();
  return `${head.padEnd(length - tail.length, 'a')}${tail}`;
}

const LONG_NAME = longText('Prof. Dr. Ir. H. Raden Mas Bambang', 200, ', S.H., M.Si.');
const LONG_JABATAN = longText('Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Bidang', 200);
const LONG_ADDRESS = longText('Jalan Veteran Nomor 1, Kelurahan Kotabaru, Kecamatan Serang, Kota Serang, Provinsi Banten 42112, Telepon (0254) 200000, Pos-el inspektorat@contoh.go.id, laman inspektorat.contoh.go.id', 500);

function party(i: number, role: string, signed = false): DeclarationParty {
  return {
    jabatan: `${role} ${i + 1} Kabupaten Serang`,
    nama: `${rosterName(i)}, S.E., M.Si.`,
    nip: rosterNip(i),
    ...(i % 3 === 0 ? { pangkat: 'Pembina Utama Muda, IV/c' } : {}),
    signatureSha256: signed ? signatureSha : null,
  };
}

function institution(overrides: Partial<InstitutionHeader> = {}): InstitutionHeader {
  return { ...sampleInstitution(), ...overrides };
}

interface PiagamCase {
  declaration: DeclarationRecord;
  institution: InstitutionHeader;
  eventTitle?: string;
}

const seed = sampleDeclaration(signatureSha);
const PIAGAM_CASES: Record<string, PiagamCase> = {
  'the seed ceremony (8 signatories, 3 witnesses)': { declaration: seed, institution: institution(), eventTitle: 'Pencanangan Pembangunan Zona Integritas Kabupaten Serang Tahun 2022' },
  'long names and titles (200 characters)': {
    declaration: {
      ...seed,
      signatories: seed.signatories.map((p, i) => (i % 2 === 0 ? { ...p, nama: LONG_NAME, jabatan: LONG_JABATAN } : p)),
      witnesses: seed.witnesses.map((p) => ({ ...p, nama: LONG_NAME })),
    },
    institution: institution(),
    eventTitle: longText('Pencanangan Pembangunan Zona Integritas menuju WBK dan WBBM', 200),
  },
  '40 signatories and 20 witnesses': {
    declaration: {
      ...seed,
      signatories: [seed.signatories[0] as DeclarationParty, ...Array.from({ length: 39 }, (_, i) => party(i, 'Kepala Perangkat Daerah', i % 5 === 0))],
      witnesses: Array.from({ length: 20 }, (_, i) => party(i + 50, 'Tokoh Masyarakat')),
    },
    institution: institution(),
  },
  'one signatory, no witness': { declaration: { ...seed, signatories: seed.signatories.slice(0, 1), witnesses: [] }, institution: institution() },
  'every optional field missing': {
    declaration: {
      ...seed,
      text: { ...seed.text, closing: '' },
      signatories: seed.signatories.map((p) => ({ ...p, nip: '', signatureSha256: null })),
      witnesses: seed.witnesses.map((p) => ({ ...p, nip: '', signatureSha256: null })),
    },
    institution: institution({ alamat: '', logo: null }),
  },
  'a 500-character kop address': { declaration: seed, institution: institution({ alamat: LONG_ADDRESS }) },
};

describe.each(PAPERS)('layout corpus on %s', (paper) => {
  it.each(Object.entries(PIAGAM_CASES))('Piagam: %s', async (_name, { declaration, institution: header, eventTitle }) => {
    const bytes = await declarationPdf(
      { declaration, signatureImages: { [signatureSha]: signature }, verification, ...(eventTitle ? { eventTitle } : {}) },
      { institution: header, paper },
    );
    expect(await checkPdfLayout(bytes, piagamLayoutRules(declaration.text, header.alamat))).toEqual([]);
  });

  const pledge = samplePledge({}, signatureSha);
  const PAKTA_CASES: Record<string, { pledges: PledgeRecord[]; institution: InstitutionHeader }> = {
    'a drawn-signature pledge with a witness': { pledges: [pledge], institution: institution() },
    'long names and titles (200 characters)': {
      pledges: [samplePledge({ signer: { ...pledge.signer, nama: LONG_NAME, jabatan: LONG_JABATAN, unitKerja: longText('Dinas Kependudukan dan Pencatatan Sipil', 200) }, witness: { nama: LONG_NAME, nip: pledge.witness?.nip ?? '', jabatan: LONG_JABATAN } })],
      institution: institution(),
    },
    'every optional field missing': { pledges: [sampleNonAsnPledge()], institution: institution({ alamat: '', logo: null }) },
    'a 500-character kop address': { pledges: [pledge], institution: institution({ alamat: LONG_ADDRESS }) },
    'a batch of ordinary and long pledges': {
      pledges: [pledge, sampleNonAsnPledge(), samplePledge({ id: 'pk-2022-0003', signer: { ...pledge.signer, nama: LONG_NAME } })],
      institution: institution(),
    },
  };

  it.each(Object.entries(PAKTA_CASES))('Pakta: %s', async (_name, { pledges, institution: header }) => {
    const documents: PledgeDocument[] = pledges.map((record) => ({ pledge: record, signatureImage: record.signature.kind === 'wet' ? null : signature, verification }));
    const options = { institution: header, paper };
    const bytes = documents.length === 1 ? await pledgePdf(documents[0] as PledgeDocument, options) : await pledgeBatchPdf(documents, options);
    expect(await checkPdfLayout(bytes, paktaLayoutRules(pledge.text.title, header.alamat))).toEqual([]);
  });

  it.each(lheStressCases())('LHE: %s', async (_name, model) => {
    const { bytes } = await lhePdf({ ...model, paper });
    expect(await checkPdfLayout(bytes, lheLayoutRules(model.institution.alamat))).toEqual([]);
  });

  it.each(recapStressCases())('Rekapitulasi: %s', async (_name, model) => {
    const { bytes } = await recapPdf({ ...model, paper });
    expect(await checkPdfLayout(bytes, recapLayoutRules(model.institution.alamat))).toEqual([]);
  });
});
