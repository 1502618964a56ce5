import { expect, type Page } from '@playwright/test';
import type { SeedClient } from './api';

/**
 * Demo master data, one 2022 worksheet and one wet-ink pledge, then a reload: every screen shows
 * rows, not empty states (for the accessibility check and the guide's screenshots).
 */
export async function seedScreens(api: SeedClient, page: Page, userName: string): Promise<{ unitName: string; worksheetId: string }> {
  await api.app.setUserName({ name: userName });
  await api.demo.load({});
  const [unit] = await api.units.list({});
  const [person] = await api.people.list({});
  if (!unit || !person) throw new Error('demo data without units or people');
  const created = await api.worksheets.create({ unitId: unit.id, year: 2022 });
  await api.pledges.create({ signer: { source: 'roster', personId: person.id }, year: 2022, date: '2022-06-23', signature: { kind: 'basah' } });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return { unitName: unit.nama, worksheetId: created.worksheet.id };
}
