import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

export class SettingsPage {
  readonly shell: AppShell;
  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  preview(): Locator {
    return this.page.getByRole('img', { name: /^Pratinjau kop surat/ });
  }

  logoInput(): Locator {
    return this.page.getByLabel('Berkas logo');
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await expect(this.shell.toast('Pengaturan instansi disimpan.')).toBeVisible();
  }
}
