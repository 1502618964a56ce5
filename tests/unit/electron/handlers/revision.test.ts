import { describe, expect, it } from 'vitest';
import { contract, isMutatingChannel, listChannels } from '../../../../shared/contract';
import { expectFail, expectOk, unitInput, useHarness, type Harness } from './harness';

const harness = useHarness();

async function revisionOf(h: Harness): Promise<number> {
  return expectOk(await h.call('app:revision', undefined)).revision;
}

describe('data revision', () => {
  it('is bumped by a successful write, once per call', async () => {
    const h = await harness.open();
    const start = await revisionOf(h);
    const unit = expectOk(await h.call('units:create', unitInput()));
    expect(await revisionOf(h)).toBe(start + 1);
    expectOk(await h.call('units:setActive', { id: unit.id, aktif: false }));
    expectOk(await h.call('app:setUserName', { name: 'Penguji' }));
    expect(await revisionOf(h)).toBe(start + 3);
  });

  it('travels with the answer of a write, so the caller need not ask for it; a read carries none', async () => {
    const h = await harness.open();
    const start = await revisionOf(h);
    const created = await h.call('units:create', unitInput());
    expect(created.ok && created.revision).toBe(start + 1);
    expect(await revisionOf(h)).toBe(start + 1);
    const listed = await h.call('units:list', { includeInactive: true });
    expect(listed.ok && 'revision' in listed).toBe(false);
    const refused = await h.call('units:setActive', { id: 'unit-tidak-ada', aktif: false });
    expect('revision' in refused).toBe(false);
  });

  it('stays the same on reads', async () => {
    const h = await harness.open();
    expectOk(await h.call('units:create', unitInput()));
    const before = await revisionOf(h);
    expectOk(await h.call('units:list', { includeInactive: true }));
    expectOk(await h.call('people:list', undefined));
    expectOk(await h.call('settings:get', undefined));
    expectOk(await h.call('app:status', undefined));
    expectOk(await h.call('worksheets:list', {}));
    expectOk(await h.call('reports:dashboard', { year: 2022 }));
    expect(await revisionOf(h)).toBe(before);
  });

  it('stays the same when a write is refused or its input is invalid', async () => {
    const h = await harness.open();
    const before = await revisionOf(h);
    expectFail(await h.call('units:setActive', { id: 'unit-tidak-ada', aktif: false }), 'NOT_FOUND');
    expectFail(await h.raw('units:create', { nama: '' }), 'INVALID_INPUT');
    expectFail(await h.raw('tidak:ada', {}), 'UNKNOWN_CHANNEL');
    expect(await revisionOf(h)).toBe(before);
  });

  it('classifies every channel of the contract: the reads by their verb, everything else writes', () => {
    const reads = listChannels(contract)
      .map((c) => c.name)
      .filter((name) => !isMutatingChannel(name));
    expect(reads).toEqual(expect.arrayContaining(['app:status', 'app:revision', 'units:list', 'pledges:registry', 'reports:dashboard', 'worksheets:list']));
    for (const write of ['units:create', 'people:importCommit', 'demo:load', 'worksheets:saveAnswers', 'pledges:print', 'pledges:pdf', 'declarations:create', 'exchange:importCommit']) {
      expect(isMutatingChannel(write), write).toBe(true);
    }
    // A read-only entry may name one channel: saving a copy of a document reads, saving settings or a proposal writes.
    expect(isMutatingChannel('documents:save')).toBe(false);
    expect(isMutatingChannel('settings:save')).toBe(true);
    expect(isMutatingChannel('proposal:save')).toBe(true);
  });
});
