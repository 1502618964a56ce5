import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

export interface PersonData {
  nama: string;
  jenis: 'PNS' | 'PPPK' | 'Non-ASN';
  nip?: string;
  /** Option text, e.g. "III/b — Penata Muda Tingkat I" or "Golongan IX". */
  golongan?: string;
  jabatan: string;
  /** Unit name as listed in the select. */
  unit: string;
}

export class PeoplePage {
  readonly shell: AppShell;
  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
  }

  table(): Locator {
    return this.page.getByRole('table', { name: 'Daftar pegawai' });
  }

  row(nama: string): Locator {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: nama, exact: true }) });
  }

  count(): Locator {
    return this.page.getByText(/^\d+ pegawai$/);
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Cari pegawai').fill(text);
  }

  async filterUnit(label: string): Promise<void> {
    await this.page.getByLabel('Saring menurut unit kerja').selectOption({ label });
  }

  async openNew(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Tambah pegawai' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Tambah pegawai' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Nama', { exact: true })).toBeFocused();
    return dialog;
  }

  /** Fills the person form; the NIP field's label follows the jenis (NIP / NI PPPK). */
  async fill(dialog: Locator, person: PersonData): Promise<void> {
    await dialog.getByLabel('Nama', { exact: true }).fill(person.nama);
    await dialog.getByRole('radio', { name: person.jenis, exact: true }).check();
    if (person.nip !== undefined) {
      await dialog.getByLabel(person.jenis === 'PPPK' ? 'NI PPPK' : 'NIP', { exact: true }).fill(person.nip);
    }
    if (person.golongan !== undefined) {
      await dialog.getByLabel(person.jenis === 'PPPK' ? 'Golongan PPPK' : 'Pangkat/golongan', { exact: true }).selectOption({ label: person.golongan });
    }
    await dialog.getByLabel('Jabatan', { exact: true }).fill(person.jabatan);
    await dialog.getByLabel('Unit kerja', { exact: true }).selectOption({ label: person.unit });
  }

  nipInput(dialog: Locator): Locator {
    return dialog.getByLabel('NIP', { exact: true });
  }

  /** The message printed under a field (its accessible description includes it). */
  fieldError(dialog: Locator, fieldId: string): Locator {
    return dialog.locator(`#${fieldId}-error`);
  }
}
