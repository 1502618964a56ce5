import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../../../shared/audit';
import { expectOk, unitInput, useHarness, type Harness } from '../../handlers/harness';

const harnesses = useHarness();

const YA = { type: 'YA_TIDAK', value: 'Ya' } as const;

async function withAnswers(user = 'Siti Rahmawati'): Promise<{ h: Harness; worksheetId: string }> {
  const h = await harnesses.open();
  // The installation's keys, as its first signed document makes them: the head is signed from then on.
  await h.services.signing();
  expectOk(await h.call('app:setUserName', { name: user }));
  const unit = expectOk(await h.call('units:create', unitInput({ nama: 'Badan Pendapatan Daerah', singkatan: 'Bapenda' })));
  const detail = expectOk(await h.call('worksheets:create', { unitId: unit.id, year: 2022 }));
  expectOk(
    await h.call('worksheets:saveAnswers', {
      id: detail.worksheet.id,
      layer: 'tpi',
      changes: [
        { code: 'A.I.1.i.a', answer: YA },
        { code: 'A.I.1.i.b', answer: null },
        { code: 'A.I.2.i.b', answer: null },
      ],
    }),
  );
  return { h, worksheetId: detail.worksheet.id };
}

const chainFolder = (h: Harness): string => path.join(h.dataDir, 'audit', h.services.installation.id);
const segment = (h: Harness): string => path.join(chainFolder(h), 'events-000001.jsonl');

async function eventsOnDisk(h: Harness): Promise<AuditEvent[]> {
  const text = await fsp.readFile(segment(h), 'utf8');
  return text.trim().split('\n').map((line) => JSON.parse(line) as AuditEvent);
}

async function reopen(h: Harness): Promise<Harness> {
  await h.close();
  const again = await harnesses.open(h.dataDir);
  await again.services.audit.verify();
  return again;
}

describe('audit trail', () => {
  it('records each change with who, which installation, what and the hashes before and after, chained and signed', async () => {
    const { h, worksheetId } = await withAnswers();
    await h.services.audit.flush();
    const events = await eventsOnDisk(h);
    const save = events.find((event) => event.kind === 'worksheets:saveAnswers');
    expect(save).toMatchObject({ by: 'Siti Rahmawati', inst: h.services.installation.id, doc: `worksheets/${worksheetId}`, op: 'write', summary: { id: worksheetId, layer: 'tpi', changes: 3 } });
    expect(save?.before).toMatch(/^[0-9a-f]{64}$/);
    expect(save?.after).toMatch(/^[0-9a-f]{64}$/);
    expect(save?.after).not.toBe(save?.before);
    // The worksheet's creation wrote the bytes the save then started from.
    const created = events.find((event) => event.kind === 'worksheets:create' && event.doc === `worksheets/${worksheetId}`);
    expect(created?.after).toBe(save?.before);
    // Writes outside a channel (the installation's own record at first start) say so.
    expect(events[0]).toMatchObject({ seq: 1, kind: 'sistem:write', doc: 'installation' });
    events.forEach((event, index) => expect(event.seq).toBe(index + 1));

    const page = expectOk(await h.call('audit:list', { person: 'siti' }));
    expect(page.entries[0]?.text).toBe('Siti Rahmawati mengubah 3 jawaban TPI LKE Bapenda 2022');
    expect(page.entries[0]?.installationLabel).toBe('Siti Rahmawati');
    expect(expectOk(await h.call('audit:list', { kind: 'units' })).entries.map((entry) => entry.text)).toEqual(['Siti Rahmawati menambah unit kerja']);
    expect(expectOk(await h.call('audit:list', { year: 2021 })).total).toBe(0);

    const again = await reopen(h);
    const status = expectOk(await again.call('audit:status', undefined));
    expect(status.broken).toBe(false);
    expect(status.chains[0]).toMatchObject({ state: 'valid', own: true, unsigned: 0, headSeq: events.length });
  });

  it('shows a break when an event is edited, the tail cut off or the signed head removed', async () => {
    const cases: { label: string; tamper: (h: Harness) => Promise<void>; reason: RegExp }[] = [
      {
        label: 'an edited event',
        tamper: async (h) => {
          const text = await fsp.readFile(segment(h), 'utf8');
          await fsp.writeFile(segment(h), text.replace('"by":"Siti Rahmawati"', '"by":"Budi Santoso"'));
        },
        reason: /diubah/,
      },
      {
        label: 'the last event removed',
        tamper: async (h) => {
          const lines = (await fsp.readFile(segment(h), 'utf8')).trim().split('\n');
          await fsp.writeFile(segment(h), `${lines.slice(0, -1).join('\n')}\n`);
        },
        reason: /hilang/,
      },
      { label: 'the head removed', tamper: (h) => fsp.rm(path.join(chainFolder(h), 'head.json')), reason: /hilang/ },
    ];
    for (const { label, tamper, reason } of cases) {
      const { h } = await withAnswers();
      await h.close();
      await tamper(h);
      const again = await harnesses.open(h.dataDir);
      const status = await again.services.audit.verify();
      expect(status.broken, label).toBe(true);
      expect(status.chains[0]?.reason, label).toMatch(reason);
      // Later saves never sign the break away.
      expectOk(await again.call('units:create', unitInput({ nama: 'Dinas Kesehatan', singkatan: 'Dinkes' })));
      await again.close();
      const third = await harnesses.open(h.dataDir);
      expect((await third.services.audit.verify()).broken, label).toBe(true);
    }
  });

  it('takes another installation\'s log once, shows it under its label, and refuses a tampered or diverging one', async () => {
    const { h: a } = await withAnswers('Rina Kusumawati');
    await a.services.installation.setLabel('Laptop Ketua Tim');
    const exported = await a.services.audit.exportEvents();
    expect(exported.head.seq).toBe(exported.events.length);
    const b = await harnesses.open();
    expectOk(await b.call('app:setUserName', { name: 'Andi Pratama' }));

    expect(await b.services.audit.importForeign(exported)).toEqual({ added: exported.events.length });
    expect(await b.services.audit.importForeign(exported)).toEqual({ added: 0 });
    const page = expectOk(await b.call('audit:list', { installationId: a.services.installation.id, kind: 'worksheets' }));
    expect(page.entries[0]).toMatchObject({ by: 'Rina Kusumawati', installationLabel: 'Laptop Ketua Tim', own: false });
    // B does not hold the unit (yet): its id stands in for the name.
    expect(page.entries[0]?.text).toMatch(/^Rina Kusumawati mengubah 3 jawaban TPI LKE [a-z0-9-]+ 2022$/);
    expect(b.services.audit.status().chains.find((chain) => !chain.own)).toMatchObject({ state: 'valid', events: exported.events.length });

    // Later events only (since) join on the ones held.
    expectOk(await a.call('units:create', unitInput({ nama: 'Dinas Kesehatan', singkatan: 'Dinkes' })));
    const more = await a.services.audit.exportEvents({ since: exported.head.seq });
    expect(await b.services.audit.importForeign(more)).toEqual({ added: more.events.length });

    const tampered = { ...more, events: more.events.map((line, i) => (i === 0 ? line.replace('Rina', 'Rini') : line)) };
    await expect(b.services.audit.importForeign(tampered)).rejects.toThrow(/ditolak/);
    const gap = await a.services.audit.exportEvents({ since: 2 });
    const c = await harnesses.open();
    await expect(c.services.audit.importForeign(gap)).rejects.toThrow(/belum pernah diterima/);
    const badHead = { ...exported, head: { ...exported.head, at: '2020-01-01T00:00:00.000Z' } };
    await expect(c.services.audit.importForeign(badHead)).rejects.toThrow(/tanda tangan/i);
    expect((await c.services.audit.verify()).chains.filter((chain) => !chain.own)).toEqual([]);
  });

  it('keeps the log through a restore and its undo, each recorded as one event', async () => {
    const { h } = await withAnswers();
    const snapshot = expectOk(await h.call('backups:create', undefined));
    expectOk(await h.call('units:create', unitInput({ nama: 'Dinas Kesehatan', singkatan: 'Dinkes' })));
    expectOk(await h.call('backups:restore', { snapshotId: snapshot.id }));
    expectOk(await h.call('backups:undoRestore', undefined));
    await h.services.audit.flush();
    const events = await eventsOnDisk(h);
    expect(events.filter((event) => event.doc === '*').map((event) => event.kind)).toEqual(['backups:restore', 'backups:undoRestore']);
    // The restore took the unit back, not its event.
    expect(events.some((event) => event.kind === 'units:create' && event.summary.nama === 'Dinas Kesehatan')).toBe(true);
    const again = await reopen(h);
    expect(again.services.audit.status()).toMatchObject({ broken: false });
  });
});
