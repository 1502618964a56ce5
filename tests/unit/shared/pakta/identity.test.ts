import { describe, expect, it } from 'vitest';
import { checkPrintedText, identityValue, instansiUnitKerjaText, nipLine, pangkatGolonganText } from '../../../../shared/pakta/identity';
import { samplePledge } from '../../electron/services/pdf/fixtures';

describe('identity printing', () => {
  it.each([
    [{ jenisAsn: 'PNS' as const, pangkat: 'Penata Tingkat I', golongan: 'III/d' }, 'Penata Tingkat I, III/d'],
    [{ jenisAsn: 'PPPK' as const, pangkat: '', golongan: 'IX' }, 'Golongan IX'],
    [{ jenisAsn: 'NON_ASN' as const, pangkat: '', golongan: '' }, ''],
    [{ jenisAsn: 'PNS' as const, pangkat: '', golongan: 'IV/a' }, 'IV/a'],
  ])('pangkat/golongan %o → %s', (signer, text) => {
    expect(pangkatGolonganText(signer)).toBe(text);
  });

  it('groups the NIP and joins unit and instansi', () => {
    const { signer } = samplePledge();
    expect(identityValue('nip', signer)).toBe('19850312 201001 1 004');
    expect(nipLine(signer.nip)).toBe('NIP. 19850312 201001 1 004');
    expect(nipLine('')).toBe('');
    expect(identityValue('nip', { ...signer, nip: '' })).toBe('-');
    expect(instansiUnitKerjaText(signer)).toBe('Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Serang');
  });

  it.each([
    ['', 'Nama wajib diisi.'],
    ['   ', 'Nama wajib diisi.'],
    ['a'.repeat(201), 'Nama paling banyak 200 karakter (terisi 201).'],
    ['a'.repeat(200), undefined],
    ['Budi', undefined],
  ])('checkPrintedText(%j)', (value, message) => {
    expect(checkPrintedText('Nama', value)).toBe(message);
  });
});
