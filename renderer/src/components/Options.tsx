import { GOLONGAN_PPPK, PANGKAT_PNS } from '../../../shared/format';
import type { JENIS_ASN, Unit } from '../../../shared/masterdata/schemas';

type JenisAsn = (typeof JENIS_ASN)[number];

/** The `<option>`s of a unit select, by name (inactive ones marked when `markInactive`). */
export function UnitOptions({ units, markInactive = false }: { units: readonly Unit[]; markInactive?: boolean }) {
  return units.map((unit) => (
    <option key={unit.id} value={unit.id}>
      {unit.nama}
      {markInactive && !unit.aktif ? ' (nonaktif)' : ''}
    </option>
  ));
}

/** The ranks of a kind of employee: PNS pangkat/golongan, or PPPK golongan. */
export function GolonganOptions({ jenis }: { jenis: JenisAsn }) {
  return jenis === 'PNS'
    ? PANGKAT_PNS.map((p) => (
        <option key={p.golongan} value={p.golongan}>
          {p.golongan} — {p.pangkat}
        </option>
      ))
    : GOLONGAN_PPPK.map((g) => (
        <option key={g} value={g}>
          Golongan {g}
        </option>
      ));
}
