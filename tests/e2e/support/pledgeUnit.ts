import type { SeedClient } from './api';

/**
 * The institution (Kabupaten Serang, F4) and one fictional unit with its head and one PNS employee,
 * for the pledge registry specs; `label` tells the specs' data apart ("Registri", "Riwayat").
 */
export async function seedPledgeUnit(api: SeedClient, label: string) {
  await api.settings.save({
    pemerintahDaerah: 'Pemerintah Kabupaten Serang',
    namaInspektorat: 'Inspektorat Kabupaten Serang',
    alamat: 'Jl. Contoh No. 1, Serang',
    kota: 'Serang',
    inspektur: { nama: 'Drs. Contoh Inspektur Fiktif', nip: '197005182005031005', golongan: 'IV/c' },
    kertas: 'F4',
  });
  const unit = await api.units.create({
    nama: `Dinas Uji ${label} Fiktif`,
    singkatan: 'DURF',
    jenis: 'DINAS_BADAN_KANTOR',
    kepalaNama: `Drs. Kepala ${label} Fiktif`,
    kepalaNip: '19700518 200503 1 005',
    kepalaJabatan: 'Kepala Dinas',
    afirmasi: false,
  });
  const rina = await api.people.create({ nama: `Rina ${label} Fiktif`, jenisAsn: 'PNS', nip: '19850312 201001 2 004', golongan: 'III/d', jabatan: 'Analis', unitId: unit.id });
  return { unit, rina };
}
