import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  SIGNED_PLEDGE_TEXT_FIELDS,
  canonicalDeclarationContent,
  canonicalDocumentId,
  canonicalJson,
  canonicalPledgeContent,
  pledgeTextCanonicalJson,
} from '../../../../shared/pakta/canonical';
import type { PledgeText } from '../../../../shared/pakta/types';
import { textKey } from '../../../../electron/services/pakta/pledges';
import { sampleDeclaration, samplePledge } from '../../electron/services/pdf/fixtures';
import { PLEDGE_MUTATIONS } from './mutations';

const SHA = 'a'.repeat(64);

describe('canonicalJson', () => {
  it('sorts keys at every level and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [true, null, 'x'], c: 'é' } })).toBe('{"a":{"c":"é","d":[true,null,"x"]},"b":1}');
  });

  it('is independent of key order', () => {
    expect(canonicalJson({ x: 1, y: { p: 1, q: 2 } })).toBe(canonicalJson({ y: { q: 2, p: 1 }, x: 1 }));
  });

  it('refuses values JSON cannot carry exactly', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ a: undefined as unknown as null })).toThrow(TypeError);
  });
});

describe('canonicalPledgeContent', () => {
  const pledge = samplePledge({}, SHA);

  it('is stable and names the document', () => {
    const content = canonicalPledgeContent(pledge);
    expect(canonicalPledgeContent(structuredClone(pledge))).toBe(content);
    expect(canonicalDocumentId(content)).toBe('pk-2022-0001');
    expect(JSON.parse(content)).toMatchObject({
      kind: 'pakta-integritas',
      format: 1,
      template: { id: 'pakta-asn', version: 1 },
      signer: { nama: 'Budi Santoso Fiktif, S.Kom.', nip: '198503122010011004' },
      signature: { kind: 'drawn', imageSha256: SHA },
      date: '2022-06-23',
      place: 'Serang',
      year: 2022,
    });
  });

  it('ignores bookkeeping fields storage may add to a record', () => {
    const withExtra = { ...pledge, revokedAt: '2023-01-01', printedCount: 3 };
    expect(canonicalPledgeContent(withExtra)).toBe(canonicalPledgeContent(pledge));
  });

  it.each(PLEDGE_MUTATIONS)('changes when %s changes by one byte', (_field, change) => {
    expect(canonicalPledgeContent(change(pledge))).not.toBe(canonicalPledgeContent(pledge));
  });

  it("signs the witness's drawn signature only when there is one", () => {
    const witness = pledge.witness;
    if (!witness) throw new Error('the sample pledge has a witness');
    const drawn = { ...pledge, witness: { ...witness, signatureSha256: 'b'.repeat(64) } };
    expect(JSON.parse(canonicalPledgeContent(drawn)).witness).toEqual({ nama: witness.nama, nip: witness.nip, jabatan: witness.jabatan, signatureSha256: 'b'.repeat(64) });
    expect(canonicalPledgeContent(drawn)).not.toBe(canonicalPledgeContent(pledge));
    expect(canonicalPledgeContent({ ...drawn, witness: { ...witness, signatureSha256: 'c'.repeat(64) } })).not.toBe(canonicalPledgeContent(drawn));
    // A record without the field (every record made before it) keeps its content and its code.
    expect(JSON.parse(canonicalPledgeContent(pledge)).witness).not.toHaveProperty('signatureSha256');
  });
});

describe('one signed field list for the canonical content and the stored text key', () => {
  const pledge = samplePledge({}, SHA);
  const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

  it('keeps the bytes of codes already printed and of text keys already stored', () => {
    expect(sha256(canonicalPledgeContent(pledge))).toBe('07e03c293da1ea2ce6de12e9837b0e550a0cb08874e25af5953807414050b130');
    expect(textKey(pledge.text)).toBe('1ee0688f5ec4f70ef55dcb42de3507045308dcde58df6c6c134fa4f384e7e94e');
    expect(textKey(pledge.text)).toBe(sha256(pledgeTextCanonicalJson(pledge.text)));
  });

  it('lists every wording field of a pledge', () => {
    const fields = Object.keys(pledge.text).filter((key) => key !== 'templateId' && key !== 'templateVersion');
    expect([...SIGNED_PLEDGE_TEXT_FIELDS].sort()).toEqual(fields.sort());
  });

  // A field of the list changed by one byte must change both outputs: the code's content and the key.
  const changed = (text: PledgeText, field: (typeof SIGNED_PLEDGE_TEXT_FIELDS)[number]): PledgeText => {
    const value = text[field];
    if (typeof value === 'boolean') return { ...text, [field]: !value };
    if (typeof value === 'string') return { ...text, [field]: `${value}.` };
    if (field === 'points') return { ...text, points: [...text.points, 'tambahan'] };
    return { ...text, identityRows: text.identityRows.map((row, i) => (i === 0 ? { ...row, label: `${row.label}.` } : row)) };
  };
  it.each(SIGNED_PLEDGE_TEXT_FIELDS)('%s is in the canonical content and in the text key', (field) => {
    const text = changed(pledge.text, field);
    expect(JSON.parse(canonicalPledgeContent(pledge)).text).toHaveProperty(field);
    expect(JSON.parse(pledgeTextCanonicalJson(pledge.text))).toHaveProperty(field);
    expect(canonicalPledgeContent({ ...pledge, text })).not.toBe(canonicalPledgeContent(pledge));
    expect(textKey(text)).not.toBe(textKey(pledge.text));
  });
});

describe('canonicalDeclarationContent', () => {
  it('covers every signatory and witness', () => {
    const declaration = sampleDeclaration();
    const content = canonicalDeclarationContent(declaration);
    const parsed = JSON.parse(content) as { signatories: unknown[]; witnesses: unknown[]; kind: string };
    expect(parsed.kind).toBe('deklarasi-zi');
    expect(parsed.signatories).toHaveLength(8);
    expect(parsed.witnesses).toHaveLength(3);
    const changed = { ...declaration, witnesses: declaration.witnesses.map((w, i) => (i === 2 ? { ...w, nip: w.nip.replace(/8$/, '9') } : w)) };
    expect(canonicalDeclarationContent(changed)).not.toBe(content);
  });

  it('signs a pangkat line when there is one, and leaves records without it as they were', () => {
    const declaration = sampleDeclaration();
    const content = canonicalDeclarationContent(declaration);
    const party = JSON.parse(content).signatories[2] as Record<string, unknown>;
    expect(Object.keys(party).sort()).toEqual(['jabatan', 'nama', 'nip', 'signatureSha256']);
    expect(canonicalDeclarationContent({ ...declaration, signatories: declaration.signatories.map((p) => ({ ...p, pangkat: '' })) })).toBe(content);
    const ranked = { ...declaration, signatories: declaration.signatories.map((p, i) => (i === 2 ? { ...p, pangkat: 'Pembina Utama Madya, IV/d' } : p)) };
    expect(canonicalDeclarationContent(ranked)).not.toBe(content);
    expect(canonicalDeclarationContent(ranked)).toContain('"pangkat":"Pembina Utama Madya, IV/d"');
  });
});
