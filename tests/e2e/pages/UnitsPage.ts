import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

export interface UnitData {
  nama: string;
  singkatan?: string;
  jenis?: 'Dinas/Badan/Kantor' | 'Kecamatan' | 'UPT/lainnya';
  kepalaNama?: string;
  kepalaNip?: string;
  kepalaJabatan?: string;
  afirmasi?: boolean;
}

export class UnitsPage {
  readonly shell: AppShell;
  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
  }

  table(): Locator {
    return this.page.getByRole('table', { name: 'Daftar unit kerja' });
  }

  row(nama: string): Locator {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: nama, exact: true }) });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: /unit kerja$/ });
  }

  async openNew(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Tambah unit kerja' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Tambah unit kerja' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async fill(dialog: Locator, unit: UnitData): Promise<void> {
    await dialog.getByLabel('Nama unit kerja', { exact: true }).fill(unit.nama);
    if (unit.singkatan !== undefined) await dialog.getByLabel('Singkatan', { exact: true }).fill(unit.singkatan);
    if (unit.jenis) await dialog.getByLabel('Jenis unit', { exact: true }).selectOption({ label: unit.jenis });
    if (unit.kepalaNama !== undefined) await dialog.getByLabel('Nama kepala unit', { exact: true }).fill(unit.kepalaNama);
    if (unit.kepalaNip !== undefined) await dialog.getByLabel('NIP kepala unit', { exact: true }).fill(unit.kepalaNip);
    if (unit.kepalaJabatan !== undefined) await dialog.getByLabel('Jabatan kepala unit', { exact: true }).fill(unit.kepalaJabatan);
    if (unit.afirmasi !== undefined) await dialog.getByLabel('Unit afirmasi').setChecked(unit.afirmasi);
  }

  /** Adds a unit through the dialog and waits until it is listed. */
  async add(unit: UnitData): Promise<void> {
    const dialog = await this.openNew();
    await this.fill(dialog, unit);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.shell.toast(`Unit kerja ${unit.nama} ditambahkan.`)).toBeVisible();
    await expect(this.row(unit.nama)).toBeVisible();
  }
}
