import { describe, expect, it } from 'vitest';
import { canonicalDeclarationContent, canonicalDocumentId, canonicalJson, canonicalPledgeContent } from '../../../../shared/pakta/canonical';
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
});
