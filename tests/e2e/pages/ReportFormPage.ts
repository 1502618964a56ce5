import { expect, type Locator, type Page } from '@playwright/test';

/** The "Laporan" tab of a worksheet: the LHE metadata form, its recommendations and the LHE PDF. */
export class ReportFormPage {
  constructor(readonly page: Page) {}

  form(): Locator {
    return this.page.getByRole('form', { name: /^Laporan Hasil Evaluasi / });
  }

  /** An input by its exact label ("Nomor surat" is not "Nomor surat tugas"). */
  field(label: string): Locator {
    return this.form().getByLabel(label, { exact: true });
  }

  group(legend: 'Surat pengantar' | 'Dasar penugasan' | 'Tim evaluasi' | 'Rekomendasi'): Locator {
    return this.form().getByRole('group', { name: legend });
  }

  /** Waits for the form (the metadata is loaded from main). */
  async waitLoaded(): Promise<void> {
    await expect(this.form()).toBeVisible({ timeout: 20_000 });
    await expect(this.field('Nomor surat')).toBeEditable();
  }

  /**
   * Types into the fields in order the way an inspector does: the first field is focused, every
   * value replaces what was there (Ctrl+A, type; `null` keeps the suggested value) and Tab moves
   * on; each next field must then have the focus, so the tab order is checked too.
   */
  async typeInOrder(entries: readonly (readonly [label: string, value: string | null])[]): Promise<void> {
    for (const [index, [label, value]] of entries.entries()) {
      const field = this.field(label);
      if (index === 0) await field.focus();
      await expect(field, `focus on ${label}`).toBeFocused();
      if (value !== null) {
        await this.page.keyboard.press('ControlOrMeta+A');
        await this.page.keyboard.type(value);
      }
      await this.page.keyboard.press('Tab');
    }
  }

  /** "Tambah anggota": the new row's name field gets the focus; type the name, Tab, the NIP. */
  async addMember(nama: string, nip: string): Promise<void> {
    const count = await this.memberNames().count();
    await this.form().getByRole('button', { name: 'Tambah anggota' }).click();
    const name = this.field(`Nama anggota ${count + 1}`);
    await expect(name).toBeFocused();
    await this.page.keyboard.type(nama);
    await this.page.keyboard.press('Tab');
    await expect(this.field(`NIP anggota ${count + 1}`)).toBeFocused();
    await this.page.keyboard.type(nip);
  }

  memberNames(): Locator {
    return this.form().getByLabel(/^Nama anggota \d+$/);
  }

  recommendations(): Locator {
    return this.form().getByRole('textbox', { name: /^Rekomendasi \d+$/ });
  }

  suggestions(): Locator {
    return this.form().getByRole('region', { name: 'Saran rekomendasi dari hasil penilaian' });
  }

  /** The suggestion texts still offered. */
  async suggestionTexts(): Promise<string[]> {
    const items = this.suggestions().getByRole('listitem');
    return (await items.locator('span').allTextContents()).map((text) => text.trim());
  }

  status(): Locator {
    return this.form().locator('.ws-report-state');
  }

  /** Ctrl+S from wherever the focus is, then the "Tersimpan" status. */
  async saveWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+S');
    await expect(this.status()).toContainText(/✓ Tersimpan pukul \d{2}\.\d{2}/);
  }

  async save(): Promise<void> {
    await this.form().getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect(this.status()).toContainText('✓ Tersimpan');
  }

  printButton(): Locator {
    return this.form().getByRole('button', { name: /Cetak LHE \(PDF\)|Menyusun PDF…/ });
  }

  /** The result line's link "LHE <file> (<n> halaman)". */
  printedLink(): Locator {
    return this.form().getByRole('link', { name: /^LHE .+ \(\d+ halaman\)$/ });
  }

  blanksNotice(): Locator {
    return this.form().getByRole('note').filter({ hasText: 'Kolom kosong akan dicetak sebagai titik-titik' });
  }
}
