import { promises as fsp } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { BundlePreview } from '../../../../../shared/bundles';
import { createBundleService } from '../../../../../electron/services/bundles';
import { currentValues, templateRefusal } from '../../../../../electron/services/bundles/plan';
import { worksheetSpec } from '../../../../../electron/services/worksheets/documents';
import { CODES, createWorksheet, save } from '../worksheets/helpers';
import { expectFail, expectOk, personInput, unitInput, useHarness, type Harness } from '../../handlers/harness';
import { exportBundle as exportBundleOf, failedExport, flipMiddleByte, withStickReturning, zideskContainer } from './support';

const harnesses = useHarness();

const YEAR = 2022;

function exportBundle(h: Harness, destination: string, kinds: ('worksheets' | 'master')[] = ['worksheets', 'master'], unitIds: string[] = []): Promise<string> {
  return exportBundleOf(h, destination, { years: [YEAR], kinds, unitIds });
}

function yaTidak(value: 'Ya' | 'Tidak', note: string) {
  return [{ code: CODES.yaTidak, answer: { type: 'YA_TIDAK' as const, value }, note }];
}

/** Laptop A (Ketua Tim) sets up the units and worksheets of 2022 and sends them to laptop B (anggota). */
async function twoLaptops() {
  const a = await harnesses.open();
  const b = await harnesses.open();
  expectOk(await a.call('app:setUserName', { name: 'Ketua Tim Rahmat' }));
  expectOk(await b.call('app:setUserName', { name: 'Anggota Sari' }));
  const units: Record<string, string> = {};
  for (const nama of ['Badan Pendapatan Daerah', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'Dinas Kependudukan dan Pencatatan Sipil']) {
    const unit = expectOk(await a.call('units:create', unitInput({ nama })));
    units[nama.split(' ').at(-1) as string] = unit.id;
    await createWorksheet(a, unit.id, YEAR);
  }
  const out = await harnesses.tempDir();
  const first = await exportBundle(a, out);
  const preview = expectOk(await b.call('bundles:preview', { path: first }));
  expect(preview.worksheets.every((w) => w.isNew)).toBe(true);
  expect(preview.counts.conflicts).toBe(0);
  expectOk(await b.call('bundles:apply', { previewId: preview.previewId, resolutions: {} }));
  return { a, b, out, bapenda: `${units.Daerah}-${YEAR}`, dpmptsp: `${units.Pintu}-${YEAR}`, disdukcapil: `${units.Sipil}-${YEAR}` };
}

function changedKeys(preview: BundlePreview): string[] {
  return [...preview.worksheets.flatMap((w) => w.changes), ...preview.master].map((c) => `${c.group}|${c.key}|${c.kind}`).sort();
}

describe('bundles between two laptops', () => {
  it('previews exactly the changes and one conflict both ways, converges after resolving, and a second apply changes nothing', async () => {
    const { a, b, out, bapenda, dpmptsp, disdukcapil } = await twoLaptops();
    await save(a, bapenda, 'tpi', yaTidak('Ya', 'Dokumen SK tim lengkap'));
    await save(b, dpmptsp, 'tpi', yaTidak('Tidak', 'SK belum ditandatangani'));
    await save(a, disdukcapil, 'tpi', yaTidak('Ya', 'menurut Ketua Tim'));
    await save(b, disdukcapil, 'tpi', yaTidak('Tidak', 'menurut Anggota'));

    const fromA = await exportBundle(a, out);
    const onB = expectOk(await b.call('bundles:preview', { path: fromA }));
    expect(onB.sender).toMatchObject({ trusted: false, own: false });
    expect(changedKeys(onB)).toEqual([
      `${bapenda}|${CODES.yaTidak}/tpi|new`,
      `${disdukcapil}|${CODES.yaTidak}/tpi|conflict`,
    ].sort());
    const conflict = onB.worksheets.find((w) => w.id === disdukcapil)?.changes[0];
    expect(conflict?.ours).toMatchObject({ by: 'Anggota Sari', where: 'laptop ini' });
    expect(conflict?.ours?.text).toContain('menurut Anggota');
    expect(conflict?.theirs).toMatchObject({ by: 'Ketua Tim Rahmat' });
    expectFail(await b.call('bundles:apply', { previewId: onB.previewId, resolutions: {} }), 'CONFLICT');
    // The anggota keeps the Ketua Tim's answer for that item.
    const applied = expectOk(await b.call('bundles:apply', { previewId: onB.previewId, resolutions: { records: { [`${disdukcapil}|${CODES.yaTidak}/tpi`]: 'theirs' } } }));
    expect(applied).toMatchObject({ worksheetsChanged: 2, worksheetsAdded: 0 });

    const fromB = await exportBundle(b, out);
    const onA = expectOk(await a.call('bundles:preview', { path: fromB }));
    // B's resolution picked A's value: no conflict comes back, only B's own change.
    expect(changedKeys(onA)).toEqual([`${dpmptsp}|${CODES.yaTidak}/tpi|new`]);
    expectOk(await a.call('bundles:apply', { previewId: onA.previewId, resolutions: {} }));

    const hashA = expectOk(await a.call('bundles:stateHash', { years: [YEAR], unitIds: [] }));
    const hashB = expectOk(await b.call('bundles:stateHash', { years: [YEAR], unitIds: [] }));
    expect(hashA.worksheets).toBe(3);
    expect(hashA.hash).toBe(hashB.hash);
    const onBAgain = await b.services.worksheets.get(disdukcapil);
    expect(onBAgain.worksheet.items[CODES.yaTidak]?.tpi.note).toBe('menurut Ketua Tim');

    // The same bundle twice changes nothing.
    const again = expectOk(await a.call('bundles:preview', { path: fromB }));
    expect(changedKeys(again)).toEqual([]);
    const before = await fsp.readFile(path.join(a.dataDir, 'worksheets', `${dpmptsp}.json`));
    const second = expectOk(await a.call('bundles:apply', { previewId: again.previewId, resolutions: {} }));
    expect(second).toMatchObject({ worksheetsChanged: 0, worksheetsAdded: 0, recordsChanged: 0 });
    expect(await fsp.readFile(path.join(a.dataDir, 'worksheets', `${dpmptsp}.json`))).toEqual(before);
    expect(second.stateHash).toBe(hashA.hash);
  });

  it("hashes a selection's worksheets with the master data its units depend on, whatever else each laptop holds", async () => {
    const { a, b, out, bapenda, dpmptsp } = await twoLaptops();
    const unitId = bapenda.slice(0, -5);
    // Master data outside the selection differs: a unit only B has, a person only A has elsewhere.
    const cikande = expectOk(await b.call('units:create', unitInput({ nama: 'Kecamatan Cikande', singkatan: 'Kec. Cikande', jenis: 'KECAMATAN' })));
    expectOk(await b.call('people:create', personInput(cikande.id, { nama: 'Dedi Contoh', nip: '198702142011011002' })));
    expectOk(await a.call('people:create', personInput(dpmptsp.slice(0, -5), { nama: 'Wati Contoh', nip: '199001012015032001', golongan: 'III/a' })));
    // Inside it: answers on both laptops and a person of the unit created on A.
    expectOk(await a.call('people:create', personInput(unitId)));
    await save(a, bapenda, 'tpi', yaTidak('Ya', 'lengkap'));
    await save(b, bapenda, 'unit', yaTidak('Ya', 'diisi unit'));
    const fromA = expectOk(await b.call('bundles:preview', { path: await exportBundle(a, out, ['worksheets', 'master'], [unitId]) }));
    const onB = expectOk(await b.call('bundles:apply', { previewId: fromA.previewId, resolutions: {} }));
    const fromB = expectOk(await a.call('bundles:preview', { path: await exportBundle(b, out, ['worksheets', 'master'], [unitId]) }));
    const onA = expectOk(await a.call('bundles:apply', { previewId: fromB.previewId, resolutions: {} }));
    const selected = { years: [YEAR], unitIds: [unitId] };
    const hashA = expectOk(await a.call('bundles:stateHash', selected));
    expect(hashA).toEqual(expectOk(await b.call('bundles:stateHash', selected)));
    expect(hashA.worksheets).toBe(1);
    // The apply result is the hash of the bundle's selection: B held everything after the first bundle.
    expect(onA.stateHash).toBe(hashA.hash);
    expect(onB.stateHash).toBe(hashA.hash);
    // The whole-data hash still tells the laptops apart.
    const whole = { years: [YEAR], unitIds: [] };
    expect(expectOk(await a.call('bundles:stateHash', whole)).hash).not.toBe(expectOk(await b.call('bundles:stateHash', whole)).hash);
  });

  it('shows an untrusted sender as such until trusted, and merges into a Final worksheet only when asked', async () => {
    const { a, b, out, bapenda } = await twoLaptops();
    await save(a, bapenda, 'tpi', yaTidak('Ya', 'lengkap'));
    const doc = await b.services.storage.open(worksheetSpec(bapenda));
    await doc.update((draft) => {
      if (draft.worksheet) draft.worksheet.status = 'FINAL';
    });
    const file = await exportBundle(a, out, ['worksheets']);
    const preview = expectOk(await b.call('bundles:preview', { path: file }));
    expect(preview.sender.trusted).toBe(false);
    expect(preview.needsFinalConfirmation).toBe(true);
    const trusted = expectOk(await b.call('bundles:trustSender', { previewId: preview.previewId, label: 'Laptop Ketua Tim' }));
    expect(trusted.sender.trusted).toBe(true);
    expect(expectOk(await b.call('verification:listTrustedKeys', {})).map((key) => key.label)).toContain('Laptop Ketua Tim');
    expectFail(await b.call('bundles:apply', { previewId: preview.previewId, resolutions: { all: 'theirs' } }), 'CONFLICT');
    expect((await b.services.worksheets.get(bapenda)).worksheet.items[CODES.yaTidak]?.tpi.answer).toBeNull();
    expectOk(await b.call('bundles:apply', { previewId: preview.previewId, resolutions: { all: 'theirs' }, allowFinal: true }));
    expect((await b.services.worksheets.get(bapenda)).worksheet.items[CODES.yaTidak]?.tpi.note).toBe('lengkap');
  });

  it('refuses a changed byte, a truncated or re-zipped bundle, a newer format, a zip bomb and a file over 500 MB, changing nothing', async () => {
    const { a, b, out } = await twoLaptops();
    const file = await exportBundle(a, out);
    const bytes = await fsp.readFile(file);
    const write = async (name: string, content: Uint8Array): Promise<string> => {
      const target = path.join(out, name);
      await fsp.writeFile(target, content);
      return target;
    };
    const refused = async (target: string, code: 'INVALID_INPUT' | 'UNSUPPORTED_FILE' | 'TOO_LARGE', text: RegExp): Promise<void> => {
      const error = expectFail(await b.call('bundles:preview', { path: target }), code);
      expect(error.message).toMatch(text);
    };
    // One byte of a stored JSON entry's compressed data, then the manifest's own bytes.
    const entries = unzipSync(bytes);
    const manifestText = new TextDecoder().decode(entries['manifest.json']);
    const flipped = Uint8Array.from(bytes);
    flipped[Math.floor(bytes.length / 2)] = (flipped[Math.floor(bytes.length / 2)] ?? 0) ^ 1;
    const changed = await b.call('bundles:preview', { path: await write('byte.zidesk', flipped) });
    expect(changed.ok).toBe(false);
    if (!changed.ok) expect(changed.error.message).toMatch(/diubah/);
    await refused(await write('cut.zidesk', bytes.subarray(0, bytes.length - 100)), 'UNSUPPORTED_FILE', /tidak utuh/);
    // Unpacked and zipped again by another tool: same files, another container.
    await refused(await write('rezip.zidesk', zipSync(entries, { level: 9 })), 'UNSUPPORTED_FILE', /dikemas ulang/);
    const newer = { ...entries, 'manifest.json': new TextEncoder().encode(manifestText.replace('"formatVersion":1', '"formatVersion":2')) };
    await refused(await write('newer.zidesk', zipSync(newer)), 'UNSUPPORTED_FILE', /versi yang lebih baru/);
    // A signature that no longer matches: a manifest field changed, the container rebuilt the ZI Desk way.
    const forged = manifestText.replace('"label":"', '"label":"Palsu ');
    const forgedZip = zideskContainer({ ...entries, 'manifest.json': new TextEncoder().encode(forged) });
    // The untouched entries, repacked the ZI Desk way, still read: the container check is not what refuses the forgery.
    expectOk(await b.call('bundles:preview', { path: await write('same.zidesk', zideskContainer(entries)) }));
    await refused(await write('forged.zidesk', forgedZip), 'INVALID_INPUT', /Tanda tangan paket tidak cocok/);
    const bomb = zipSync({ 'manifest.json': [new Uint8Array(60 * 1024 * 1024).fill(32), { level: 9 }] } as never);
    await refused(await write('bomb.zidesk', bomb), 'TOO_LARGE', /wajar/);
    const huge = path.join(out, 'huge.zidesk');
    await (await fsp.open(huge, 'w')).close();
    await fsp.truncate(huge, 501 * 1024 * 1024);
    await refused(huge, 'TOO_LARGE', /terlalu besar/);
    await refused(await write('junk.zidesk', new TextEncoder().encode('bukan zip')), 'UNSUPPORTED_FILE', /tidak utuh/);
  });

  it('merges people by NIP, keeping local ids, and flags the same person under two NIPs', async () => {
    const { a, b, out, bapenda } = await twoLaptops();
    const unitId = bapenda.slice(0, -5);
    const rina = expectOk(await a.call('people:create', personInput(unitId)));
    expectOk(await a.call('people:create', personInput(unitId, { nama: 'Budi Santoso', nip: '197904152006041003' })));
    const onB = expectOk(await b.call('people:create', personInput(unitId, { nama: 'Budi Santoso, S.E.', nip: '197904152006041011' })));
    const file = await exportBundle(a, out, ['master']);
    const preview = expectOk(await b.call('bundles:preview', { path: file }));
    expect(preview.twoNips).toEqual([{ nama: 'Budi Santoso', unitId, ourNip: '197904152006041011', theirNip: '197904152006041003' }]);
    expect(preview.master.map((change) => `${change.key}|${change.kind}`).sort()).toEqual(['person:197904152006041003|new', `person:${rina.nip}|new`]);
    expectOk(await b.call('bundles:apply', { previewId: preview.previewId, resolutions: {} }));
    expectOk(await a.call('people:update', { id: rina.id, data: personInput(unitId, { jabatan: 'Auditor Ahli Muda' }) }));
    const next = expectOk(await b.call('bundles:preview', { path: await exportBundle(a, out, ['master']) }));
    expect(next.master.map((change) => `${change.key}|${change.kind}`)).toEqual([`person:${rina.nip}|theirs`]);
    expectOk(await b.call('bundles:apply', { previewId: next.previewId, resolutions: {} }));
    const people = b.services.master.data().people;
    expect(people.filter((person) => person.nip === rina.nip).map((person) => person.jabatan)).toEqual(['Auditor Ahli Muda']);
    expect(people.find((person) => person.id === onB.id)?.nip).toBe('197904152006041011');
  });

  it('carries people without a NIP under their record id; one who later gets a NIP stays one person', async () => {
    const { a, b, out, bapenda } = await twoLaptops();
    const unitId = bapenda.slice(0, -5);
    const honorer = { nama: 'Sutini Contoh', jenisAsn: 'NON_ASN' as const, nip: '', golongan: '', jabatan: 'Pengadministrasi Umum' };
    const sutini = expectOk(await a.call('people:create', personInput(unitId, honorer)));
    const joko = expectOk(await a.call('people:create', personInput(unitId, { ...honorer, nama: 'Joko Contoh' })));
    const first = expectOk(await b.call('bundles:preview', { path: await exportBundle(a, out, ['master']) }));
    expect(first.master.map((change) => `${change.key}|${change.kind}|${change.label}`).sort()).toEqual(
      [`pid:${sutini.id}|new|Pegawai Sutini Contoh (tanpa NIP)`, `pid:${joko.id}|new|Pegawai Joko Contoh (tanpa NIP)`].sort(),
    );
    expectOk(await b.call('bundles:apply', { previewId: first.previewId, resolutions: {} }));
    expect(b.services.master.data().people.filter((person) => person.nama === 'Sutini Contoh').map((person) => [person.id, person.nip])).toEqual([[sutini.id, '']]);

    // Appointed PPPK on A while B corrects her position: one person, a conflict only on what both changed.
    const nip = '199001012023211001';
    const jokoNip = '198805052023211002';
    expectOk(await a.call('people:update', { id: sutini.id, data: personInput(unitId, { ...honorer, jenisAsn: 'PPPK', nip, golongan: 'IX' }) }));
    expectOk(await a.call('people:update', { id: joko.id, data: personInput(unitId, { ...honorer, nama: 'Joko Contoh', jenisAsn: 'PPPK', nip: jokoNip, golongan: 'V' }) }));
    expectOk(await b.call('people:update', { id: sutini.id, data: personInput(unitId, { ...honorer, jabatan: 'Pengelola Keuangan' }) }));
    const onB = expectOk(await b.call('bundles:preview', { path: await exportBundle(a, out, ['master']) }));
    expect(onB.master.map((change) => `${change.key}|${change.kind}`).sort()).toEqual([`person:${jokoNip}|theirs`, `person:${nip}|conflict`]);
    expectOk(await b.call('bundles:apply', { previewId: onB.previewId, resolutions: { all: 'ours' } }));
    // B kept its own position, and the NIP (identity, not a choice) stays.
    expect(b.services.master.data().people.filter((person) => person.nama === 'Sutini Contoh').map((person) => [person.id, person.nip, person.jabatan])).toEqual([[sutini.id, nip, 'Pengelola Keuangan']]);
    expect(b.services.master.data().people.filter((person) => person.nama === 'Joko Contoh').map((person) => [person.id, person.nip])).toEqual([[joko.id, jokoNip]]);

    const onA = expectOk(await a.call('bundles:preview', { path: await exportBundle(b, out, ['master']) }));
    // B's resolution comes back as B's value, seen after A's: taken without a second conflict.
    expect(onA.master.map((change) => `${change.key}|${change.kind}`)).toEqual([`person:${nip}|theirs`]);
    expectOk(await a.call('bundles:apply', { previewId: onA.previewId, resolutions: {} }));
    expect(a.services.master.data().people.filter((person) => person.nama === 'Sutini Contoh').map((person) => [person.id, person.nip, person.jabatan])).toEqual([[sutini.id, nip, 'Pengelola Keuangan']]);
    const whole = { years: [YEAR], unitIds: [] };
    expect(expectOk(await a.call('bundles:stateHash', whole)).hash).toBe(expectOk(await b.call('bundles:stateHash', whole)).hash);
  });

  it('flags a unit created on both laptops under two ids as maybe the same unit, merging nothing', async () => {
    const a = await harnesses.open();
    const b = await harnesses.open();
    const onA = expectOk(await a.call('units:create', unitInput({ nama: 'Dinas Kependudukan dan Pencatatan Sipil', singkatan: 'Disdukcapil' })));
    const onB = expectOk(await b.call('units:create', unitInput({ nama: 'Dinas Kependudukan & Pencatatan Sipil.', singkatan: 'Disdukcapil' })));
    const other = expectOk(await b.call('units:create', unitInput({ nama: 'Badan Pendapatan Daerah', singkatan: 'Bapenda' })));
    expectOk(await a.call('units:create', unitInput({ nama: 'Dinas Kesehatan', singkatan: 'Dinkes' })));
    const preview = expectOk(await b.call('bundles:preview', { path: await exportBundle(a, await harnesses.tempDir(), ['master']) }));
    expect(preview.sameUnits).toEqual([{ ourId: onB.id, ourNama: onB.nama, theirId: onA.id, theirNama: onA.nama, match: 'nama' }]);
    expect(preview.master.filter((change) => change.key.startsWith('unit:')).map((change) => `${change.key}|${change.kind}`)).toContain(`unit:${onA.id}|new`);
    expectOk(await b.call('bundles:apply', { previewId: preview.previewId, resolutions: {} }));
    // Both kept, each under its own id: Dinas Kesehatan, the two Disdukcapil, Bapenda.
    const units = b.services.master.data().units.map((unit) => unit.id);
    expect(units).toHaveLength(4);
    expect(units).toEqual(expect.arrayContaining([onA.id, onB.id, other.id]));
  });

  it("carries the sender's audit log: B's change shows on A under B's name and installation, once", async () => {
    const { a, b, out, bapenda } = await twoLaptops();
    expectOk(await b.call('app:setUserName', { name: 'Budi Anggota Fiktif' }));
    await save(b, bapenda, 'tpi', yaTidak('Ya', 'diperiksa Budi'));
    const file = await exportBundle(b, out);
    const fromB = { installationId: b.services.installation.id };
    const preview = expectOk(await a.call('bundles:preview', { path: file }));
    expect(preview.hasAudit).toBe(true);
    expect(preview.audit).toMatchObject({ state: 'valid', reason: null });
    expect(preview.audit.events).toBeGreaterThan(0);
    expect(preview.audit.added).toBe(preview.audit.events);
    // A preview stores nothing.
    expect((await a.services.audit.list(fromB)).total).toBe(0);
    const applied = expectOk(await a.call('bundles:apply', { previewId: preview.previewId, resolutions: {} }));
    expect(applied.auditAdded).toBe(preview.audit.events);
    const page = await a.services.audit.list({ ...fromB, person: 'Budi' });
    expect(page.entries.find((entry) => entry.document.includes(bapenda))).toMatchObject({
      by: 'Budi Anggota Fiktif',
      installationId: b.services.installation.id,
      installationLabel: b.services.installation.label(),
      own: false,
    });
    const total = (await a.services.audit.list(fromB)).total;
    expect(total).toBe(preview.audit.events);
    expect((await a.services.audit.verify()).broken).toBe(false);

    // The same bundle again adds nothing to the log.
    const again = expectOk(await a.call('bundles:preview', { path: file }));
    expect(again.audit).toMatchObject({ state: 'valid', added: 0 });
    expect(expectOk(await a.call('bundles:apply', { previewId: again.previewId, resolutions: {} })).auditAdded).toBe(0);
    expect((await a.services.audit.list(fromB)).total).toBe(total);
    // Sent back to its own installation: nothing to add to the log.
    const own = expectOk(await b.call('bundles:preview', { path: file }));
    expect(own.audit).toMatchObject({ state: 'own', added: 0 });
    expect(expectOk(await b.call('bundles:apply', { previewId: own.previewId, resolutions: {} })).auditAdded).toBe(0);
  });

  it('refuses a bundle whose audit entry changed by one byte, and one whose signed log has a broken chain, changing nothing', async () => {
    const { a, b, out, bapenda } = await twoLaptops();
    expectOk(await b.call('app:setUserName', { name: 'Budi Anggota Fiktif' }));
    await save(b, bapenda, 'tpi', yaTidak('Ya', 'diperiksa Budi'));
    const entries = unzipSync(await fsp.readFile(await exportBundle(b, out)));
    const original = entries['audit.json'] ?? new Uint8Array();
    // One hex digit of a recorded hash changed, chosen so the entry packs to the same size (else
    // the container check, not the entry's hash, would refuse it).
    const packedSize = (bytes: Uint8Array): number => zlib.deflateRawSync(bytes, { level: 6 }).byteLength;
    const digits = [...new TextDecoder().decode(original).matchAll(/[0-9a-f]{64}/g)].map((match) => (match.index ?? 0) + 10);
    let log: Uint8Array | undefined;
    for (const at of digits) {
      for (const digit of '0123456789abcdef') {
        const changed = Uint8Array.from(original);
        changed[at] = digit.charCodeAt(0);
        if (changed[at] !== original[at] && packedSize(changed) === packedSize(original)) log ??= changed;
      }
    }
    if (log === undefined) throw new Error('no same-size edit found');
    const edited = path.join(out, 'audit-edited.zidesk');
    await fsp.writeFile(edited, zideskContainer({ ...entries, 'audit.json': log }));
    expect(expectFail(await a.call('bundles:preview', { path: edited }), 'UNSUPPORTED_FILE').message).toMatch(/telah diubah setelah dibuat/);

    // A log edited before signing (its chain no longer holds) in a bundle B signs as usual.
    const bundles = createBundleService({
      ...b.services,
      audit: {
        ...b.services.audit,
        exportEvents: async () => {
          const exported = await b.services.audit.exportEvents();
          return { ...exported, events: exported.events.map((line) => line.replace('Budi Anggota Fiktif', 'Citra Palsu Fiktif')) };
        },
      },
    });
    const { jobId } = bundles.startExport({ destination: out, years: [YEAR], unitIds: [], kinds: ['worksheets'] });
    while (bundles.exportStatus(jobId).state === 'running') await new Promise((resolve) => setImmediate(resolve));
    const broken = bundles.exportStatus(jobId).result?.file as string;
    const preview = expectOk(await a.call('bundles:preview', { path: broken }));
    expect(preview.audit.state).toBe('broken');
    expect(preview.audit.reason).toMatch(/Riwayat audit dari .* ditolak: .*tidak dapat diterapkan/);
    expect(preview.worksheets.find((w) => w.id === bapenda)?.changes).toHaveLength(1);
    const refused = expectFail(await a.call('bundles:apply', { previewId: preview.previewId, resolutions: {} }), 'INVALID_INPUT');
    expect(refused.message).toMatch(/Tidak ada data yang diubah/);
    expect((await a.services.worksheets.get(bapenda)).worksheet.items[CODES.yaTidak]?.tpi.answer).toBeNull();
    expect((await a.services.audit.list({ installationId: b.services.installation.id })).total).toBe(0);
  });

  it('reads a written bundle back before naming it: garbage on the stick fails the job with the reason and leaves no file', async () => {
    const { a } = await twoLaptops();
    const out = await harnesses.tempDir();
    const damage = (mangle: (bytes: Buffer) => Buffer): Promise<string> =>
      withStickReturning(mangle, () => failedExport(a, out, { years: [YEAR], kinds: ['worksheets', 'master'] }));
    const flipped = await damage(flipMiddleByte);
    expect(flipped).toMatch(/tidak terbaca kembali dengan benar: .*rusak.*Berkas itu telah dihapus/);
    expect(await damage((bytes) => bytes.subarray(0, bytes.length - 200))).toMatch(/terbaca .*seharusnya/);
    expect(await damage((bytes) => Buffer.alloc(bytes.length, 0))).toMatch(/tidak terbaca kembali/);
    expect(await fsp.readdir(out)).toEqual([]);
    // Read back whole, it is named and opens on the other laptop.
    const file = await exportBundle(a, out);
    expect(await fsp.readdir(out)).toEqual([path.basename(file)]);
  });

  it('reuses our refreshed stamps only while both snapshots are the same: a change after a preview is in the next preview and in the apply', async () => {
    const { a, b, out, bapenda } = await twoLaptops();
    await save(a, bapenda, 'tpi', yaTidak('Ya', 'dari Ketua Tim'));
    const file = await exportBundle(a, out);
    const first = expectOk(await b.call('bundles:preview', { path: file }));
    expect(changedKeys(first)).toEqual([`${bapenda}|${CODES.yaTidak}/tpi|new`]);
    // B answers the same item after previewing: the apply of that preview sees the conflict.
    await save(b, bapenda, 'tpi', yaTidak('Tidak', 'dari Anggota'));
    expectFail(await b.call('bundles:apply', { previewId: first.previewId, resolutions: {} }), 'CONFLICT');
    const second = expectOk(await b.call('bundles:preview', { path: file }));
    expect(changedKeys(second)).toEqual([`${bapenda}|${CODES.yaTidak}/tpi|conflict`]);
    expectOk(await b.call('bundles:apply', { previewId: second.previewId, resolutions: { all: 'ours' } }));
    expect((await b.services.worksheets.get(bapenda)).worksheet.items[CODES.yaTidak]?.tpi.note).toBe('dari Anggota');
    expect(changedKeys(expectOk(await b.call('bundles:preview', { path: file })))).toEqual([]);
  });

  it('computes the values of a frozen worksheet once, and of one that may change every time', async () => {
    const { b, bapenda } = await twoLaptops();
    const stored = (await b.services.storage.open(worksheetSpec(bapenda))).data.worksheet;
    if (stored === null) throw new Error('no worksheet');
    expect(Object.isFrozen(stored)).toBe(true);
    expect(currentValues(stored)).toBe(currentValues(stored));
    const copy = structuredClone(stored);
    expect(currentValues(copy)).not.toBe(currentValues(copy));
    expect(currentValues(copy)).toEqual(currentValues(stored));
  });

  it('refuses a worksheet of another template version', () => {
    const worksheet = { templateId: 'lke-zi-90-2021', templateVersion: '1', unitName: 'Bapenda', year: 2022 } as never;
    expect(templateRefusal({ ...(worksheet as object), templateVersion: '2' } as never, worksheet)).toMatch(/versi templat berbeda/);
    expect(templateRefusal(null, { ...(worksheet as object), templateId: 'lke-masa-depan' } as never)).toMatch(/tidak tersedia/);
  });
});
