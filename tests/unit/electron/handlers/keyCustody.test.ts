import { rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectFail, expectOk, useHarness } from './harness';
import { printedPledge } from './printedPledge';

const harnesses = useHarness();
const PASSPHRASE = 'Kunci Inspektorat Serang 2026';

describe('key custody across computers: Ekspor kunci… / Pulihkan kunci…', () => {
  it('exports the keys under a passphrase; after keys/ is lost they are restored and issuing resumes with the same key', async () => {
    const h = await harnesses.open();
    const { pledge } = await printedPledge(h);
    expect(expectFail(await h.call('signing:exportKeys', { passphrase: 'pendek' }), 'INVALID_INPUT').message).toMatch(/paling sedikit 10 karakter/);
    const exported = expectOk(await h.call('signing:exportKeys', { passphrase: PASSPHRASE }));
    expect(exported.fileName).toMatch(/^zi-desk-kunci-[0-9a-f]{16}-\d{4}-\d{2}-\d{2}\.json$/);
    // No key in the clear: the private keys are inside the passphrase-encrypted part only.
    expect(exported.json).not.toMatch(/PRIVATE KEY|MC4CAQAw/);
    const fingerprint = (await h.services.signing()).fingerprint;
    await h.close();
    await rm(path.join(h.dataDir, 'keys'), { recursive: true });

    const reopened = await harnesses.open(h.dataDir);
    const missing = expectFail(await reopened.call('pledges:pdf', { id: pledge.id }), 'STORAGE_ERROR');
    expect(missing.message).toContain('"Pulihkan kunci…"');
    const wrong = expectFail(await reopened.call('signing:restoreKeys', { json: exported.json, passphrase: 'frasa sandi yang lain' }), 'INVALID_INPUT');
    expect(wrong.message).toMatch(/^Frasa sandi salah, atau berkas ekspor kunci rusak/);
    const corrupt = exported.json.replace(/"sealed": "(.{40})/, '"sealed": "$1x');
    expect(expectFail(await reopened.call('signing:restoreKeys', { json: corrupt, passphrase: PASSPHRASE }), 'INVALID_INPUT').message).toMatch(/Frasa sandi salah|bukan ekspor kunci/);
    expect(expectFail(await reopened.call('signing:restoreKeys', { json: '{"format":"zi-desk-ekspor-kunci"}', passphrase: PASSPHRASE }), 'INVALID_INPUT').message).toMatch(/bukan ekspor kunci ZI Desk/);

    const restored = expectOk(await reopened.call('signing:restoreKeys', { json: exported.json, passphrase: PASSPHRASE }));
    expect(restored.files).toBeGreaterThanOrEqual(4);
    expect((await reopened.services.signing()).fingerprint).toBe(fingerprint);
    expectOk(await reopened.call('pledges:pdf', { id: pledge.id }));
    expect(expectOk(await reopened.call('verification:verify', { code: pledge.code })).state).toBe('SIGNED');
  });

  it('restores onto another PC that has issued nothing, and refuses other keys over an installation that has issued documents', async () => {
    const issuer = await harnesses.open();
    await printedPledge(issuer);
    const exported = expectOk(await issuer.call('signing:exportKeys', { passphrase: PASSPHRASE }));
    const fresh = await harnesses.open();
    expectOk(await fresh.call('signing:certificate', undefined));
    expectOk(await fresh.call('signing:restoreKeys', { json: exported.json, passphrase: PASSPHRASE }));
    expect((await fresh.services.signing()).fingerprint).toBe((await issuer.services.signing()).fingerprint);

    const busy = await harnesses.open();
    await printedPledge(busy);
    const refused = expectFail(await busy.call('signing:restoreKeys', { json: exported.json, passphrase: PASSPHRASE }), 'CONFLICT');
    expect(refused.message).toMatch(/sudah menerbitkan dokumen dengan kuncinya sendiri/);
  });
});
