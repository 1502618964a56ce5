import { expect, type Locator, type Page } from '@playwright/test';

export type Screen = 'Beranda' | 'Pengaturan instansi' | 'Unit kerja' | 'Pegawai';

/** The frame around every screen: sidebar, first-run name dialog, recovery banner, toasts. */
export class AppShell {
  constructor(readonly page: Page) {}

  navLink(screen: Screen): Locator {
    return this.page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: screen, exact: true });
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async goto(screen: Screen): Promise<void> {
    await this.navLink(screen).click();
    await expect(this.heading()).toHaveText(screen);
  }

  nameDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Selamat datang di ZI Desk' });
  }

  /** Answers the first-run question; the dialog cannot be skipped. */
  async enterUserName(name: string): Promise<void> {
    const dialog = this.nameDialog();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Nama Anda')).toBeFocused();
    await dialog.getByLabel('Nama Anda').fill(name);
    await dialog.getByLabel('Nama Anda').press('Enter');
    await expect(dialog).toBeHidden();
    await expect(this.page.getByText(`Pengguna: ${name}`)).toBeVisible();
  }

  recoveryBanner(): Locator {
    return this.page.getByRole('alert', { name: 'Pemberitahuan pemulihan data' });
  }

  /** The toast region (role=status) containing `text`. */
  toast(text: string | RegExp): Locator {
    return this.page.locator('.toasts').getByText(text);
  }
}
