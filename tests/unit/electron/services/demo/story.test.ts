import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectFail, expectOk, personInput, unitInput, useHarness, type Harness } from '../../handlers/harness';

const harness = useHarness();

async function loadYear(): Promise<Harness> {
  const h = await harness.open();
  expectOk(await h.call('app:setUserName', { name: 'Penguji Contoh' }));
  const loaded = expectOk(await h.call('demo:load', { withYear: true }));
  expect(loaded).toEqual({ units: 13, people: 47, declarations: 1, worksheets: 4, pledges: 7 });
  return h;
}

describe('demo:load with the year', () => {
  it('tells 2021–2022: the Pencanangan, four worksheets at their stages, pledges for part of the staff', async () => {
    const h = await loadYear();
    const [declaration] = expectOk(await h.call('declarations:list', undefined));
    expect(declaration?.date).toBe('2022-06-23');
    expect(declaration?.signatories).toHaveLength(16);
    expect(declaration?.signatories[0]?.jabatan).toBe('Bupati Serang');
    expect(declaration?.signatories.filter((p) => p.jabatan.startsWith('Camat '))).toHaveLength(9);
    expect(declaration?.witnesses.map((p) => p.jabatan)).toEqual(['Wakil Bupati Serang', 'Ketua DPRD Kabupaten Serang', 'Inspektur']);
    expect(declaration?.signatories.filter((p) => p.nip !== '')).toHaveLength(13);

    const list = expectOk(await h.call('worksheets:list', {}));
    expect(list.problems).toEqual([]);
    const status = Object.fromEntries(list.worksheets.map((w) => [`${w.unit.singkatan} ${w.year}`, w.status]));
    expect(status).toEqual({
      'Disdukcapil 2021': 'FINAL',
      'Disdukcapil 2022': 'DIREVIU_TPI',
      'DPMPTSP 2022': 'DIAJUKAN',
      'Bapenda 2022': 'DRAF',
    });
    expect(expectOk(await h.call('reports:dashboard', { year: 2022 })).rows).toHaveLength(3);
    expect(expectOk(await h.call('reports:dashboard', { year: 2021 })).rows).toHaveLength(1);

    const disdukcapil = expectOk(await h.call('pledges:coverage', { unitId: 'demo-disdukcapil', year: 2022 }));
    const dpmptsp = expectOk(await h.call('pledges:coverage', { unitId: 'demo-dpmptsp', year: 2022 }));
    // 4 of 5 (80 %) and 3 of 5 (60 %) pledged; all but the last of each signed on paper.
    expect(disdukcapil).toMatchObject({ total: 5, signed: 3, byStatus: { BASAH: 3, MENUNGGU: 1, BELUM: 1 } });
    expect(dpmptsp).toMatchObject({ total: 5, signed: 2, byStatus: { BASAH: 2, MENUNGGU: 1, BELUM: 2 } });
  });
});

describe('demo:remove', () => {
  it('takes away exactly what the demo made: the store is empty again', async () => {
    const h = await loadYear();
    const removed = expectOk(await h.call('demo:remove', undefined));
    expect(removed).toEqual({
      removed: { units: 13, people: 47, worksheets: 4, pledges: 7, declarations: 1, institution: true },
      kept: { units: 0, people: 0 },
    });
    expect(expectOk(await h.call('app:status', undefined)).isEmpty).toBe(true);
    expect(expectOk(await h.call('worksheets:list', {})).worksheets).toEqual([]);
    expect(expectOk(await h.call('declarations:list', undefined))).toEqual([]);
    expect(expectOk(await h.call('pledges:registry', { year: 2022 })).coverage.total).toBe(0);
    // And the demo can be loaded again.
    expectOk(await h.call('demo:load', { withYear: true }));
  });

  it('keeps what the user added, and the demo unit the user\'s person works in', async () => {
    const h = await loadYear();
    const own = expectOk(await h.call('units:create', unitInput({ nama: 'Dinas Sosial Fiktif' })));
    expectOk(await h.call('people:create', personInput('demo-bapenda')));
    const removed = expectOk(await h.call('demo:remove', undefined));
    expect(removed.kept).toEqual({ units: 1, people: 0 });
    const units = expectOk(await h.call('units:list', { includeInactive: true }));
    expect(units.map((u) => u.id).sort()).toEqual(['demo-bapenda', own.id].sort());
    expect(expectOk(await h.call('people:list', { includeInactive: true }))).toHaveLength(1);
    expect(expectOk(await h.call('app:status', undefined)).isEmpty).toBe(false);
  });

  it('removes the PDFs printed from demo records, and keeps the user\'s', async () => {
    const h = await loadYear();
    const pdfs = async (): Promise<string[]> => (await fsp.readdir(path.join(h.dataDir, 'documents'))).filter((name) => name.endsWith('.pdf')).sort();
    const [declaration] = expectOk(await h.call('declarations:list', undefined));
    expectOk(await h.call('declarations:print', { id: declaration?.id ?? '' }));
    expectOk(await h.call('reports:printLhe', { id: 'demo-disdukcapil-2021' }));
    const unit = expectOk(await h.call('units:create', unitInput({ nama: 'Dinas Sosial Fiktif' })));
    const person = expectOk(await h.call('people:create', personInput(unit.id)));
    const own = expectOk(await h.call('pledges:print', { signer: { source: 'roster', personId: person.id }, year: 2022, date: '2022-06-23', witness: null, signature: { kind: 'basah' } }));
    // The demo's seven printed pledges, the Piagam, the LHE and the user's pledge.
    expect(await pdfs()).toHaveLength(10);
    expectOk(await h.call('demo:remove', undefined));
    expect(await pdfs()).toEqual([`${own.pdf.documentId}.pdf`]);
  });

  it('removes master-only demo data loaded without the year, and refuses when there is none', async () => {
    const h = await harness.open();
    expectFail(await h.call('demo:remove', undefined), 'NOT_FOUND');
    expectOk(await h.call('demo:load', {}));
    expect(expectOk(await h.call('demo:remove', undefined)).removed).toMatchObject({ units: 13, people: 47, worksheets: 0 });
    expect(expectOk(await h.call('app:status', undefined)).isEmpty).toBe(true);
  });
});
