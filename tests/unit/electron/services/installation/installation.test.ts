import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useHarness } from '../../handlers/harness';

describe('installation identity', () => {
  const harness = useHarness();

  it('makes one id at first start, keeps it across starts, and renews it on request', async () => {
    const first = await harness.open();
    const id = first.services.installation.id;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const onDisk = JSON.parse(readFileSync(path.join(first.dataDir, 'installation.json'), 'utf8')) as { data: { id: string } } | { id: string };
    expect(JSON.stringify(onDisk)).toContain(id);
    await first.close();

    const again = await harness.open(first.dataDir);
    expect(again.services.installation.id).toBe(id);
    await again.services.installation.renew();
    expect(again.services.installation.id).not.toBe(id);
  });

  it('reads as the user name until given its own label', async () => {
    const h = await harness.open();
    await h.services.preferences.update((draft) => {
      draft.userName = 'Rina Kusumawati';
    });
    expect(h.services.installation.label()).toBe('Rina Kusumawati');
    await h.services.installation.setLabel('  Laptop Ketua Tim ');
    expect(h.services.installation.label()).toBe('Laptop Ketua Tim');
  });
});
