import { describe, expect, it } from 'vitest';
import type { CanonicalValue } from '../../../../shared/pakta/canonical';
import { masterInScope } from '../../../../shared/sync';

function value(v: object): { value: CanonicalValue } {
  return { value: v as CanonicalValue };
}

describe('master data in the scope of a selection', () => {
  const records = {
    'unit:bapenda-01': value({ id: 'bapenda-01', nama: 'Badan Pendapatan Daerah' }),
    'unit:dpmptsp-01': value({ id: 'dpmptsp-01', nama: 'Dinas Penanaman Modal dan PTSP' }),
    'person:198503122010012004': value({ nama: 'Rina Contoh', nip: '198503122010012004', unitId: 'bapenda-01' }),
    'person:199001012015032001': value({ nama: 'Wati Contoh', nip: '199001012015032001', unitId: 'dpmptsp-01' }),
  };

  it('keeps the chosen units and the people whose unit is among them', () => {
    expect(Object.keys(masterInScope(records, new Set(['bapenda-01'])))).toEqual(['person:198503122010012004', 'unit:bapenda-01']);
    expect(Object.keys(masterInScope(records, new Set(['kecamatan-cikande'])))).toEqual([]);
  });

  it('keeps everything when no unit is chosen', () => {
    expect(Object.keys(masterInScope(records, null))).toHaveLength(4);
  });
});
