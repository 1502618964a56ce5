import type { MasterData, Person, Unit } from '../../../shared/masterdata/schemas';
import { DEFAULT_PAGE_SETTINGS } from '../../../shared/documents/page';
import { PANGKAT_PNS } from '../../../shared/format';

/**
 * Demo data: the public institutions of Kabupaten Serang (its OPD and kecamatan) with clearly
 * fictional people. Every name carries "Fiktif"-style surnames and every NIP is generated, so no
 * real person's data is ever shipped. Deterministic, so tests can rely on it.
 */

interface UnitSeed {
  id: string;
  nama: string;
  singkatan: string;
  jenis: Unit['jenis'];
  afirmasi: boolean;
  kepalaJabatan: string;
}

const UNIT_SEEDS: UnitSeed[] = [
  { id: 'demo-disdukcapil', nama: 'Dinas Kependudukan dan Pencatatan Sipil', singkatan: 'Disdukcapil', jenis: 'DINAS_BADAN_KANTOR', afirmasi: true, kepalaJabatan: 'Kepala Dinas Kependudukan dan Pencatatan Sipil' },
  { id: 'demo-dpmptsp', nama: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', singkatan: 'DPMPTSP', jenis: 'DINAS_BADAN_KANTOR', afirmasi: true, kepalaJabatan: 'Kepala Dinas Penanaman Modal dan PTSP' },
  { id: 'demo-bapenda', nama: 'Badan Pendapatan Daerah', singkatan: 'Bapenda', jenis: 'DINAS_BADAN_KANTOR', afirmasi: false, kepalaJabatan: 'Kepala Badan Pendapatan Daerah' },
  { id: 'demo-inspektorat', nama: 'Inspektorat Daerah', singkatan: 'Inspektorat', jenis: 'DINAS_BADAN_KANTOR', afirmasi: false, kepalaJabatan: 'Inspektur' },
  ...['Ciruas', 'Kramatwatu', 'Cikande', 'Kragilan', 'Anyar', 'Cinangka', 'Baros', 'Pontang', 'Petir'].map(
    (name): UnitSeed => ({
      id: `demo-kec-${name.toLowerCase()}`,
      nama: `Kecamatan ${name}`,
      singkatan: `Kec. ${name}`,
      jenis: 'KECAMATAN',
      afirmasi: false,
      kepalaJabatan: `Camat ${name}`,
    }),
  ),
];

const GIVEN = ['Ahmad', 'Siti', 'Budi', 'Dewi', 'Eko', 'Fitri', 'Gilang', 'Hana', 'Irfan', 'Juwita', 'Kurnia', 'Lestari', 'Maman', 'Nurul', 'Oki', 'Putri', 'Rudi', 'Sri', 'Taufik', 'Wulan'];
const FAMILY = ['Fiktif', 'Contoh', 'Rekaan', 'Ilustrasi', 'Samaran', 'Percontohan'];
const JABATAN = ['Kepala Bidang', 'Kepala Subbagian Umum', 'Analis Kebijakan', 'Pranata Komputer', 'Pengelola Layanan', 'Penata Laporan Keuangan'];

/** A small deterministic generator (mulberry32) so demo data is identical on every run. */
function random(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A valid-looking fictional NIP PNS: birth date, TMT CPNS 23–30 years later, gender, serial. */
function fictionalNip(next: () => number, gender: 1 | 2): string {
  const year = 1965 + Math.floor(next() * 30);
  const month = 1 + Math.floor(next() * 12);
  const day = 1 + Math.floor(next() * 28);
  const tmtYear = year + 23 + Math.floor(next() * 8);
  const tmtMonth = 1 + Math.floor(next() * 12);
  const serial = 1 + Math.floor(next() * 20);
  return `${year}${pad(month)}${pad(day)}${tmtYear}${pad(tmtMonth)}${gender}${pad(serial, 3)}`;
}

/** A fictional NI PPPK: birth date, TMT year, 2, period 1, gender, serial. */
function fictionalNiPppk(next: () => number, gender: 1 | 2): string {
  const year = 1975 + Math.floor(next() * 25);
  const month = 1 + Math.floor(next() * 12);
  const day = 1 + Math.floor(next() * 28);
  return `${year}${pad(month)}${pad(day)}2021${'2'}1${gender}${pad(1 + Math.floor(next() * 200), 3)}`;
}

/** The Inspektur of the settings, who is also the head of the Inspektorat unit. */
const INSPEKTUR = { nama: 'Drs. Bambang Fiktif Hartono, M.Si.', nip: '197005182005031005', golongan: 'IV/c' } as const;

/** The whole demo master data as of `at` (ISO). */
export function demoMasterData(at: string): MasterData {
  const next = random(20220623);
  const people: Person[] = [];
  const units: Unit[] = UNIT_SEEDS.map((seed, index) => {
    const gender = (index % 2 === 0 ? 1 : 2) as 1 | 2;
    const generatedNip = fictionalNip(next, gender);
    const isInspektorat = seed.id === 'demo-inspektorat';
    const kepalaNama = isInspektorat
      ? INSPEKTUR.nama
      : `${GIVEN[(index * 3) % GIVEN.length] ?? 'Ahmad'} ${FAMILY[index % FAMILY.length] ?? 'Fiktif'}, S.STP., M.Si.`;
    const kepalaNip = isInspektorat ? INSPEKTUR.nip : generatedNip;
    people.push({
      id: `${seed.id}-kepala`,
      nama: kepalaNama,
      jenisAsn: 'PNS',
      nip: kepalaNip,
      golongan: isInspektorat ? INSPEKTUR.golongan : seed.jenis === 'KECAMATAN' ? 'IV/a' : 'IV/c',
      jabatan: seed.kepalaJabatan,
      unitId: seed.id,
      aktif: true,
      dibuat: at,
      diubah: at,
    });
    return {
      id: seed.id,
      nama: seed.nama,
      singkatan: seed.singkatan,
      jenis: seed.jenis,
      kepalaNama,
      kepalaNip,
      kepalaJabatan: seed.kepalaJabatan,
      afirmasi: seed.afirmasi,
      aktif: true,
      dibuat: at,
      diubah: at,
    };
  });

  // Staff: four in each OPD, two in each kecamatan, a few PPPK and non-ASN among them.
  let counter = 0;
  for (const seed of UNIT_SEEDS) {
    const staff = seed.jenis === 'KECAMATAN' ? 2 : 4;
    for (let i = 0; i < staff; i++) {
      counter++;
      const gender = (counter % 2 === 0 ? 2 : 1) as 1 | 2;
      const jenisAsn: Person['jenisAsn'] = counter % 7 === 0 ? 'PPPK' : counter % 11 === 0 ? 'NON_ASN' : 'PNS';
      const nama = `${GIVEN[counter % GIVEN.length] ?? 'Budi'} ${FAMILY[(counter * 5) % FAMILY.length] ?? 'Contoh'}`;
      const pangkat = PANGKAT_PNS[8 + Math.floor(next() * 6)]?.golongan ?? 'III/a';
      people.push({
        id: `${seed.id}-staf-${i + 1}`,
        nama,
        jenisAsn,
        nip: jenisAsn === 'PNS' ? fictionalNip(next, gender) : jenisAsn === 'PPPK' ? fictionalNiPppk(next, gender) : '',
        golongan: jenisAsn === 'PNS' ? pangkat : jenisAsn === 'PPPK' ? 'IX' : '',
        jabatan: JABATAN[counter % JABATAN.length] ?? 'Pengelola Layanan',
        unitId: seed.id,
        aktif: true,
        dibuat: at,
        diubah: at,
      });
    }
  }

  return {
    institution: {
      pemerintahDaerah: 'Pemerintah Kabupaten Serang',
      namaInspektorat: 'Inspektorat Kabupaten Serang',
      alamat: 'Jl. Veteran No. 1 (alamat contoh), Serang, Banten',
      kota: 'Serang',
      inspektur: { ...INSPEKTUR },
      kertas: 'F4',
      margin: { ...DEFAULT_PAGE_SETTINGS.margins },
      huruf: DEFAULT_PAGE_SETTINGS.font,
      alamatPemda: 'Jl. Veteran No. 1 (alamat contoh), Serang, Banten',
      logo: null,
      lambang: null,
    },
    units,
    people,
  };
}
