import { describe, expect, it } from 'vitest';
import {
  PAKTA_ASN_V1,
  PAKTA_NON_ASN_V1,
  PIAGAM_PENCANANGAN_V1,
  findPledgeTemplate,
  nextTemplateVersion,
  pledgeTemplateFor,
  pledgeTemplateSchema,
  renderDeclarationText,
  renderTemplateText,
  unknownPlaceholders,
} from '../../../../shared/pakta/templates';
import { AppFailure } from '../../../../shared/result';

const INSTANSI = 'Pemerintah Kabupaten Serang';

/** Every string inside a value, for "no placeholder left" checks. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

describe('pledge templates', () => {
  it('has the seven points of DOMAIN.md §4 in order', () => {
    // One distinctive idea per point, in the order the domain brief lists them.
    const ideas = [/korupsi, kolusi, dan nepotisme.*tercela/, /suap, gratifikasi, hadiah/, /terbuka, jujur, objektif, dan dapat dipertanggungjawabkan/, /benturan kepentingan/, /teladan.*menaati peraturan.*bawahan dan rekan kerja/, /pelanggaran integritas.*kerahasiaan identitas saksi/, /konsekuensi/];
    expect(PAKTA_ASN_V1.points).toHaveLength(7);
    ideas.forEach((idea, index) => expect(PAKTA_ASN_V1.points[index]).toMatch(idea));
  });

  it('renders the lead-in with {instansi} and keeps no placeholder anywhere', () => {
    const text = renderTemplateText(PAKTA_ASN_V1, { instansi: INSTANSI });
    expect(text.title).toBe('PAKTA INTEGRITAS');
    expect(text.opening).toBe('Saya yang bertanda tangan di bawah ini:');
    expect(text.leadIn).toContain('di lingkungan Pemerintah Kabupaten Serang, dengan ini saya menyatakan');
    expect(allStrings(text).join(' ')).not.toMatch(/[{}]/);
    expect(text).toMatchObject({ templateId: 'pakta-asn', templateVersion: 1, showNip: true, signerCaption: 'Pembuat Pernyataan', witnessCaption: 'Menyaksikan' });
  });

  it.each([
    ['ASN', PAKTA_ASN_V1, ['Nama', 'NIP', 'Pangkat/Golongan', 'Jabatan', 'Instansi/Unit Kerja'], true],
    ['non-ASN', PAKTA_NON_ASN_V1, ['Nama', 'Jabatan', 'Instansi/Unit Kerja'], false],
  ])('%s variant prints the right identity rows', (_name, template, labels, showNip) => {
    const text = renderTemplateText(template, { instansi: INSTANSI });
    expect(text.identityRows.map((row) => row.label)).toEqual(labels);
    expect(text.showNip).toBe(showNip);
    expect(text.points).toEqual(renderTemplateText(PAKTA_ASN_V1, { instansi: INSTANSI }).points);
  });

  it('picks the template by kind of signer and by id/version', () => {
    expect(pledgeTemplateFor('PNS').id).toBe('pakta-asn');
    expect(pledgeTemplateFor('PPPK').id).toBe('pakta-asn');
    expect(pledgeTemplateFor('NON_ASN').id).toBe('pakta-non-asn');
    const v2 = nextTemplateVersion(PAKTA_ASN_V1, { closing: 'Demikian, dengan sadar dan tanpa paksaan.' });
    expect(v2).toMatchObject({ id: 'pakta-asn', version: 2 });
    expect(findPledgeTemplate('pakta-asn', undefined, [PAKTA_ASN_V1, v2])?.version).toBe(2);
    expect(findPledgeTemplate('pakta-asn', 1, [PAKTA_ASN_V1, v2])).toBe(PAKTA_ASN_V1);
    expect(findPledgeTemplate('tidak-ada')).toBeUndefined();
  });

  it('a signed text keeps its wording when the template gets a new version', () => {
    const signed = renderTemplateText(PAKTA_ASN_V1, { instansi: INSTANSI });
    const v2 = nextTemplateVersion(PAKTA_ASN_V1, { points: ['Satu butir baru.'] });
    expect(renderTemplateText(v2, { instansi: INSTANSI }).points).toEqual(['Satu butir baru.']);
    expect(signed.points).toHaveLength(7);
  });

  it('refuses a placeholder without a value', () => {
    const template = nextTemplateVersion(PAKTA_ASN_V1, { leadIn: 'Di {unitKerja} saya menyatakan:' });
    expect(() => renderTemplateText(template, { instansi: INSTANSI })).toThrow(AppFailure);
    expect(renderTemplateText(template, { instansi: INSTANSI, unitKerja: 'Kecamatan Ciruas' }).leadIn).toBe('Di Kecamatan Ciruas saya menyatakan:');
    expect(unknownPlaceholders('a {instansi} b {nama}')).toEqual(['nama']);
  });

  it('validates edited templates with Indonesian messages', () => {
    expect(pledgeTemplateSchema.safeParse(PAKTA_ASN_V1).success).toBe(true);
    expect(pledgeTemplateSchema.safeParse(PAKTA_NON_ASN_V1).success).toBe(true);
    const bad = pledgeTemplateSchema.safeParse({ ...PAKTA_ASN_V1, title: '', leadIn: 'Untuk {kantor}' });
    expect(bad.success).toBe(false);
    const messages = bad.error?.issues.map((issue) => issue.message).join(' ');
    expect(messages).toContain('Judul wajib diisi.');
    expect(messages).toContain('isian {…} yang tidak dikenal');
  });
});

describe('declaration template', () => {
  it('writes the date in words and the instansi in capitals in the title', () => {
    const text = renderDeclarationText(PIAGAM_PENCANANGAN_V1, { instansi: INSTANSI, tempat: 'Serang', tanggal: '2022-06-23' });
    expect(text.opening).toContain(
      'Pada hari ini Kamis tanggal dua puluh tiga bulan Juni tahun dua ribu dua puluh dua, bertempat di Serang',
    );
    expect(text.title.at(-1)).toBe('DI LINGKUNGAN PEMERINTAH KABUPATEN SERANG');
    expect(text.title[0]).toBe('PIAGAM PENCANANGAN');
    expect(allStrings(text).join(' ')).not.toMatch(/[{}]/);
  });
});
