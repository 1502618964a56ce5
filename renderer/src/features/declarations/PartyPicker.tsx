import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Person, Unit } from '../../../../shared/masterdata/schemas';
import { formatNip } from '../../../../shared/format/nip';
import { formatPangkatGolongan } from '../../../../shared/format/pangkat';
import './declarations.css';

/**
 * Picks a signatory or witness from the master data: an ARIA combobox (type to filter by name,
 * jabatan, NIP or unit; arrow keys move through the list; Enter chooses; Escape closes) whose
 * options are the active people grouped by unit. Choosing fills the row's jabatan, name and NIP;
 * outside parties (Ombudsman, MUI, DPRD) are typed into the row's fields instead.
 */

/** Options shown at once; typing narrows the rest. */
const MAX_OPTIONS = 40;

interface PartyPickerProps {
  id: string;
  label: string;
  people: readonly Person[];
  units: readonly Unit[];
  onPick: (person: Person) => void;
}

interface Group {
  unit: string;
  people: Person[];
}

function matches(person: Person, unit: string, words: readonly string[]): boolean {
  const haystack = `${person.nama} ${person.jabatan} ${person.nip} ${unit}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

export function PartyPicker({ id, label, people, units, onPick }: PartyPickerProps) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = `${id}-pilihan`;
  const hintId = useId();
  const unitName = useMemo(() => new Map(units.map((unit) => [unit.id, unit.nama])), [units]);

  // Active people matching every typed word, grouped by unit in unit order, at most MAX_OPTIONS.
  const { groups, flat, more } = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const found = people.filter((person) => person.aktif && matches(person, unitName.get(person.unitId) ?? '', words));
    const shown = found.slice(0, MAX_OPTIONS);
    const byUnit = new Map<string, Group>();
    for (const person of shown) {
      const unit = unitName.get(person.unitId) ?? 'Unit tidak dikenal';
      const group = byUnit.get(unit) ?? { unit, people: [] };
      group.people.push(person);
      byUnit.set(unit, group);
    }
    const ordered = [...byUnit.values()];
    return { groups: ordered, flat: ordered.flatMap((group) => group.people), more: found.length - shown.length };
  }, [people, query, unitName]);

  const choose = (person: Person | undefined): void => {
    if (!person) return;
    onPick(person);
    setQuery('');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(0);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (flat.length === 0 ? 0 : (current + step + flat.length) % flat.length));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      choose(flat[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  const optionId = (index: number): string => `${id}-opsi-${index}`;
  const expanded = open && flat.length > 0;
  const positions = new Map(flat.map((person, at) => [person.id, at]));
  return (
    <div className="field decl-picker">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <div className="decl-picker-box">
        <input
          id={id}
          className="input"
          type="text"
          role="combobox"
          autoComplete="off"
          maxLength={100}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-describedby={hintId}
          aria-activedescendant={expanded ? optionId(active) : undefined}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(query !== '')}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <div id={listId} role="listbox" aria-label={`Pegawai untuk ${label.toLowerCase()}`} className="decl-picker-list" hidden={!expanded}>
          {/* Options exist only while the list is open: closed lists add no labelled groups to the page. */}
          {(expanded ? groups : []).map((group) => (
            <div key={group.unit} role="group" aria-label={group.unit}>
              <div className="decl-picker-group" aria-hidden="true">
                {group.unit}
              </div>
              {group.people.map((person) => {
                const at = positions.get(person.id) ?? 0;
                const pangkat = formatPangkatGolongan(person.jenisAsn, person.golongan);
                return (
                  <div
                    key={person.id}
                    id={optionId(at)}
                    role="option"
                    aria-selected={at === active}
                    className={`decl-picker-option${at === active ? ' is-active' : ''}`}
                    // Chosen on mouse down, before the input's blur closes the list.
                    onMouseDown={(event) => {
                      event.preventDefault();
                      choose(person);
                    }}
                  >
                    <span className="decl-picker-name">{person.nama}</span>
                    <span className="muted small">
                      {person.jabatan}
                      {pangkat ? ` · ${pangkat}` : ''}
                      {person.nip ? ` · NIP ${formatNip(person.nip)}` : ''}
                    </span>
                  </div>
                );
              })}
            </div>
          ))}
        </div>
      </div>
      <p id={hintId} className="field-hint">
        {people.length === 0 ? 'Data pegawai masih kosong: ketik jabatan, nama dan NIP di bawah.' : 'Ketik nama, jabatan, NIP atau unit; pilih dengan panah dan Enter. Pihak luar (Ombudsman, MUI, DPRD): isi langsung di bawah.'}
      </p>
      {expanded && more > 0 ? <p className="muted small decl-picker-more">{more} pegawai lain cocok; ketik lebih lengkap.</p> : null}
    </div>
  );
}
