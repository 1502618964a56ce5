import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { BundleKind, BundleManifest } from '../../../../../shared/bundles';
import type { InputOf, Contract } from '../../../../../shared/contract';
import type { DeclarationInput } from '../../../../../shared/declarations';
import { createBundleService } from '../../../../../electron/services/bundles';
import type { SigningService } from '../../../../../electron/services/signing';
import { keyFingerprint, rawPublicKey } from '../../../../../electron/services/signing/keys';
import { endorseSuccessor, type KeySuccession } from '../../../../../electron/services/signing/succession';
import type { AuditImport } from '../../../../../electron/services/audit';
import { declarationsSpec, pledgeYearSpec } from '../../../../../electron/services/pakta/documents';
import { receivedDeclarationsSpec, receivedYearSpec } from '../../../../../electron/services/pakta/received';
import { makeSignaturePng } from '../pdf/fixtures';
import { createWorksheet } from '../worksheets/helpers';
import { INSTITUTION, expectFail, expectOk, personInput, unitInput, useHarness, type Harness } from '../../handlers/harness';
import { exportBundle as exportBundleOf, zideskContainer } from './support';

const harnesses = useHarness();
const YEAR = 2022;
type CreateInput = InputOf<Contract['pledges']['create']>;
const SIGNATURE_BASE64 = Buffer.from(makeSignaturePng(3)).toString('base64');

function exportBundle(h: Harness, destination: string, kinds: BundleKind[] = ['master', 'documents'], unitIds: string[] = []): Promise<string> {
  return exportBundleOf(h, destination, { years: [YEAR], kinds, unitIds });
}

function declaration(unitId: string): DeclarationInput {
  return {
    title: 'Pencanangan Pembangunan Zona Integritas Disdukcapil 2022',
    place: 'Serang',
    date: '2022-03-10',
    unitIds: [unitId],
    signatories: [
      { jabatan: 'Bupati Serang', nama: 'Hj. Ratna Fiktif Lestari, S.E.', nip: '' },
      { jabatan: 'Kepala Dinas Kependudukan dan Pencatatan Sipil', nama: 'Ahmad Fiktif, S.STP., M.Si.', nip: '19750210 200212 1 003' },
    ],
    witnesses: [],
  };
}

/**
 * Laptop A (the Inspektorat's) with Disdukcapil, two employees, a wet pledge (printed), a digital
 * pledge with a drawn signature, and a declaration covering the unit; laptop B fresh.
 */
async function laptops() {
  const a = await harnesses.open();
  const b = await harnesses.open();
  expectOk(await a.call('settings:save', INSTITUTION));
  expectOk(await b.call('settings:save', INSTITUTION));
  expectOk(await a.call('app:setUserName', { name: 'Ketua Tim Rahmat' }));
  const unit = expectOk(await a.call('units:create', unitInput({ nama: 'Dinas Kependudukan dan Pencatatan Sipil', singkatan: 'Disdukcapil' })));
  const rina = expectOk(await a.call('people:create', personInput(unit.id, { nama: 'Rina Contoh Fiktif', nip: '19850312 201001 2 004', golongan: 'III/d' })));
  const budi = expectOk(await a.call('people:create', personInput(unit.id, { nama: 'Budi Fiktif Santoso', nip: '19900101 201503 1 002', golongan: 'III/a' })));
  const input = (personId: string, signature: CreateInput['signature']): CreateInput => ({ signer: { source: 'roster', personId }, year: YEAR, date: '2022-06-23', witness: null, signature });
  const wet = expectOk(await a.call('pledges:print', input(rina.id, { kind: 'basah' }))).pledge;
  const digital = expectOk(await a.call('pledges:create', input(budi.id, { kind: 'digital', pngBase64: SIGNATURE_BASE64 })));
  const piagam = expectOk(await a.call('declarations:create', declaration(unit.id)));
  return { a, b, unit, budi, wet, digital, piagam, out: await harnesses.tempDir() };
}

function readZip(bytes: Uint8Array): { manifest: BundleManifest; files: Record<string, Uint8Array> } {
  const files = unzipSync(bytes);
  const manifest = JSON.parse(Buffer.from(files['manifest.json'] as Uint8Array).toString('utf8')) as BundleManifest;
  return { manifest, files };
}

const json = <T>(bytes: Uint8Array | undefined): T => JSON.parse(Buffer.from(bytes as Uint8Array).toString('utf8')) as T;

describe('bundles carry pledges and declarations ("Pakta & piagam")', () => {
  it('exports the pledges this laptop issued with their texts, blobs and whole status log, and the declarations of the year', async () => {
    const { a, wet, digital, piagam, out } = await laptops();
    const file = await exportBundle(a, out);
    const { manifest, files } = readZip(await fsp.readFile(file));
    expect(manifest.selection.kinds).toEqual(['master', 'documents']);
    expect(manifest.counts).toMatchObject({ pledges: 2, declarations: 1 });
    const names = manifest.entries.map((entry) => entry.name);
    expect(names).toEqual(expect.arrayContaining(['documents/issuer.json', 'documents/pledges-2022.json', 'documents/declarations.json']));
    const year = json<{ year: number; pledges: { id: string; textRef: string; signature: { imageSha256: string | null } }[]; texts: Record<string, unknown>; events: unknown[] }>(files['documents/pledges-2022.json']);
    expect(year.year).toBe(YEAR);
    expect(year.pledges.map((p) => p.id).sort()).toEqual([wet.id, digital.id].sort());
    expect(Object.keys(year.texts)).toEqual([...new Set(year.pledges.map((p) => p.textRef))]);
    expect(Array.isArray(year.events)).toBe(true);
    // The drawn signature travels as a blob.
    const drawn = year.pledges.find((p) => p.id === digital.id)?.signature.imageSha256;
    expect(drawn).toMatch(/^[0-9a-f]{64}$/);
    expect(names).toContain(`blobs/${drawn}`);
    expect(json<{ records: { id: string }[] }>(files['documents/declarations.json']).records.map((r) => r.id)).toEqual([piagam.id]);
    const issuer = json<{ installationId: string; fingerprint: string; certificatePem: string }>(files['documents/issuer.json']);
    expect(issuer).toMatchObject({ installationId: a.services.installation.id, fingerprint: manifest.sender.fingerprint });
    expect(issuer.certificatePem).toContain('BEGIN CERTIFICATE');

    // Without the kind, or for a unit without pledges, nothing of it is written.
    const plain = readZip(await fsp.readFile(await exportBundle(a, out, ['master'])));
    expect(plain.manifest.entries.some((entry) => entry.name.startsWith('documents/'))).toBe(false);
    const other = expectOk(await a.call('units:create', unitInput({ nama: 'Badan Pendapatan Daerah', singkatan: 'Bapenda' })));
    const none = readZip(await fsp.readFile(await exportBundle(a, out, ['documents'], [other.id])));
    expect(none.manifest.entries.some((entry) => entry.name.startsWith('documents/'))).toBe(false);
  });

  it('A → B: new pakta and piagam, then a revocation in a second bundle; the same bundle twice adds nothing; both laptops hash equal', async () => {
    const { a, b, wet, digital, piagam, out } = await laptops();
    const first = await exportBundle(a, out);
    const preview = expectOk(await b.call('bundles:preview', { path: first }));
    expect(preview.documents.state).toBe('valid');
    expect(preview.documents.years).toEqual([{ year: YEAR, pledges: 2, events: 0, log: 'new' }]);
    expect(preview.documents.changes.map((c) => [c.kind, c.change, c.id]).sort()).toEqual(
      [
        ['pakta', 'new', wet.id],
        ['pakta', 'new', digital.id],
        ['piagam', 'new', piagam.id],
      ].sort(),
    );
    expect(preview.documents.changes.find((c) => c.id === wet.id)?.label).toMatch(/^Pakta Integritas 2022 — Rina Contoh Fiktif \(NIP 19850312 201001 2 004\)$/);
    const applied = expectOk(await b.call('bundles:apply', { previewId: preview.previewId, resolutions: {} }));
    expect(applied.documents).toEqual({ pledgesAdded: 2, statusChanges: 0, declarationsAdded: 1, declarationsUpdated: 0, refused: [], skipped: null });
    const stored = (await b.services.storage.open(receivedYearSpec(YEAR))).data.senders[a.services.installation.id];
    expect(stored?.pledges.map((p) => p.id).sort()).toEqual([wet.id, digital.id].sort());
    expect((await b.services.storage.open(receivedDeclarationsSpec)).data.senders[a.services.installation.id]?.records.map((r) => r.id)).toEqual([piagam.id]);
    // Never in B's own year document or its own chain.
    expect((await b.services.storage.open(pledgeYearSpec(YEAR))).data.pledges).toEqual([]);

    // The same bundle twice: nothing new, nothing written.
    const file = path.join(b.dataDir, 'received', `pledges-${YEAR}.json`);
    const bytes = await fsp.readFile(file);
    const again = expectOk(await b.call('bundles:preview', { path: first }));
    expect(again.documents.changes).toEqual([]);
    expect(again.documents.unchanged).toBe(3);
    expect(expectOk(await b.call('bundles:apply', { previewId: again.previewId, resolutions: {} })).documents).toMatchObject({ pledgesAdded: 0, statusChanges: 0, declarationsAdded: 0 });
    expect(await fsp.readFile(file)).toEqual(bytes);

    // A revokes the wet pledge and sends again: B sees the status change with its date and reason.
    expectOk(await a.call('pledges:revoke', { id: wet.id, reason: 'Pegawai pindah tugas' }));
    const second = await exportBundle(a, out);
    const revoked = expectOk(await b.call('bundles:preview', { path: second }));
    expect(revoked.documents.years[0]?.log).toBe('extends');
    expect(revoked.documents.changes).toHaveLength(1);
    expect(revoked.documents.changes[0]).toMatchObject({ kind: 'pakta', change: 'status', id: wet.id });
    expect(revoked.documents.changes[0]?.detail).toMatch(/^Dicabut .+: Pegawai pindah tugas$/);
    expect(expectOk(await b.call('bundles:apply', { previewId: revoked.previewId, resolutions: {} })).documents.statusChanges).toBe(1);
    const afterRevoke = (await b.services.storage.open(receivedYearSpec(YEAR))).data.senders[a.services.installation.id];
    expect(afterRevoke?.pledges.find((p) => p.id === wet.id)?.revoked?.reason).toBe('Pegawai pindah tugas');
    expect(afterRevoke?.events.map((e) => e.kind)).toEqual(['revoked']);

    // The first bundle opened again later is older: it changes nothing.
    const older = expectOk(await b.call('bundles:preview', { path: first }));
    expect(older.documents.years[0]?.log).toBe('older');
    expect(older.documents.changes).toEqual([]);
    expectOk(await b.call('bundles:apply', { previewId: older.previewId, resolutions: {} }));
    expect((await b.services.storage.open(receivedYearSpec(YEAR))).data.senders[a.services.installation.id]?.pledges.find((p) => p.id === wet.id)?.revoked).not.toBeNull();

    // B sends back only what B issued itself: nothing of A's (one source per record).
    const back = readZip(await fsp.readFile(await exportBundle(b, out, ['master', 'documents'])));
    expect(back.manifest.entries.some((entry) => entry.name.startsWith('documents/'))).toBe(false);

    const hashA = expectOk(await a.call('bundles:stateHash', { years: [YEAR], unitIds: [] }));
    const hashB = expectOk(await b.call('bundles:stateHash', { years: [YEAR], unitIds: [] }));
    expect(hashA.hash).toBe(hashB.hash);
  });

  it('refuses a record whose id is one of our own', async () => {
    const { a, b, wet, digital, out } = await laptops();
    const theirs = (await a.services.storage.open(pledgeYearSpec(YEAR))).data;
    const copy = theirs.pledges.find((p) => p.id === digital.id);
    if (!copy) throw new Error('pledge');
    await b.services.signing(); // B's keys exist before the copy lands in its year document.
    await (await b.services.storage.open(pledgeYearSpec(YEAR))).update((draft) => {
      draft.pledges.push(copy);
      draft.texts = { ...theirs.texts };
    });
    const preview = expectOk(await b.call('bundles:preview', { path: await exportBundle(a, out) }));
    expect(preview.documents.refused.map((r) => r.id)).toEqual([digital.id]);
    expect(preview.documents.refused[0]?.reason).toMatch(/sudah dipakai dokumen lain di laptop ini/);
    expect(preview.documents.changes.filter((c) => c.kind === 'pakta').map((c) => c.id)).toEqual([wet.id]);
    const applied = expectOk(await b.call('bundles:apply', { previewId: preview.previewId, resolutions: {} }));
    expect(applied.documents.pledgesAdded).toBe(1);
    expect((await b.services.storage.open(receivedYearSpec(YEAR))).data.senders[a.services.installation.id]?.pledges.map((p) => p.id)).toEqual([wet.id]);
  });

  it('refuses the documents part when the sender rewrote its status history or a log entry was edited, and a changed byte refuses the bundle', async () => {
    const { a, b, wet, out } = await laptops();
    expectOk(await a.call('pledges:markSigned', { id: wet.id, date: '2022-06-24' }));
    expectOk(await a.call('pledges:revoke', { id: wet.id, reason: 'Pegawai pindah tugas' }));
    const first = expectOk(await b.call('bundles:preview', { path: await exportBundle(a, out) }));
    expectOk(await b.call('bundles:apply', { previewId: first.previewId, resolutions: {} }));

    // A log entry edited before the bundle was signed: its signature no longer holds.
    const forged = createBundleService({
      ...a.services,
      pledges: {
        ...a.services.pledges,
        yearDocument: async (year) => {
          const doc = await a.services.pledges.yearDocument(year);
          return { ...doc, data: { ...doc.data, events: (doc.data.events ?? []).map((e) => (e.seq === 1 ? { ...e, by: 'Citra Palsu Fiktif' } : e)) } };
        },
      },
    });
    const { jobId } = forged.startExport({ destination: out, years: [YEAR], unitIds: [], kinds: ['documents'] });
    while (forged.exportStatus(jobId).state === 'running') await new Promise((resolve) => setImmediate(resolve));
    const edited = expectOk(await b.call('bundles:preview', { path: forged.exportStatus(jobId).result?.file as string }));
    expect(edited.documents.state).toBe('refused');
    expect(edited.documents.reason).toMatch(/riwayat status pakta tahun 2022 rusak — catatan riwayat status ke-1 .*tidak ditandatangani dengan kunci pengirim/);

    // A rewrites its history (a copy of its folder from before the revocation, then a reprint).
    await (await a.services.storage.open(pledgeYearSpec(YEAR))).update((draft) => {
      draft.events = (draft.events ?? []).slice(0, 1);
      const pledge = draft.pledges.find((p) => p.id === wet.id);
      if (pledge) pledge.revoked = null;
    });
    expectOk(await a.call('pledges:pdf', { id: wet.id }));
    const rewritten = expectOk(await b.call('bundles:preview', { path: await exportBundle(a, out) }));
    expect(rewritten.documents.state).toBe('refused');
    expect(rewritten.documents.reason).toMatch(/riwayat status pengirim berubah/);
    expect(rewritten.documents.changes).toEqual([]);
    const applied = expectOk(await b.call('bundles:apply', { previewId: rewritten.previewId, resolutions: {} }));
    expect(applied.documents.skipped).toMatch(/riwayat status pengirim berubah/);
    expect((await b.services.storage.open(receivedYearSpec(YEAR))).data.senders[a.services.installation.id]?.pledges.find((p) => p.id === wet.id)?.revoked?.reason).toBe('Pegawai pindah tugas');

    // One byte changed inside the pledges entry: the per-entry SHA-256 refuses the whole bundle.
    const file = await exportBundle(a, out, ['documents']);
    const bytes = new Uint8Array(await fsp.readFile(file));
    const name = Buffer.from('documents/pledges-2022.json');
    const header = Buffer.from(bytes).indexOf(name) - 30;
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const dataStart = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
    bytes[dataStart + 20] = (bytes[dataStart + 20] as number) ^ 0x01;
    const tampered = path.join(out, 'tampered.zidesk');
    await fsp.writeFile(tampered, bytes);
    const refused = await b.call('bundles:preview', { path: tampered });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(['UNSUPPORTED_FILE', 'TOO_LARGE']).toContain(refused.error.code);
    expectFail(await b.call('bundles:preview', { path: path.join(out, 'tidak-ada.zidesk') }), 'NOT_FOUND');
  });

  it('received records count in the registry, coverage, dashboard and declarations list, stay read-only, and verify with the issuer and its status', async () => {
    const { a, b, unit, wet, digital, piagam, out } = await laptops();
    const label = a.services.installation.label();
    const preview = expectOk(await b.call('bundles:preview', { path: await exportBundle(a, out) }));
    expectOk(await b.call('bundles:apply', { previewId: preview.previewId, resolutions: {} }));

    // Registry: matched to B's people by NIP, with the issuer; the coverage and the dashboard count them.
    const registry = expectOk(await b.call('pledges:registry', { unitId: unit.id, year: YEAR }));
    const rows = Object.fromEntries(registry.rows.map((row) => [row.nama, row]));
    expect(rows['Budi Fiktif Santoso']).toMatchObject({ status: 'DIGITAL', pledge: { id: digital.id, issuer: { installationId: a.services.installation.id, label } } });
    expect(rows['Rina Contoh Fiktif']).toMatchObject({ status: 'MENUNGGU', pledge: { id: wet.id } });
    expect(registry.coverage).toMatchObject({ total: 2, signed: 1 });
    expect(expectOk(await b.call('pledges:coverage', { unitId: unit.id, year: YEAR }))).toMatchObject({ total: 2, signed: 1 });
    expect(expectOk(await b.call('reports:dashboard', { year: YEAR })).pledges).toMatchObject({ total: 2, signed: 1 });
    // A's own registry is unchanged in shape: its own pledges carry no issuer.
    expect(expectOk(await a.call('pledges:registry', { unitId: unit.id, year: YEAR })).rows.every((row) => row.pledge?.issuer === undefined)).toBe(true);

    // Read-only here: the issuer revokes, marks and reprints.
    expect(expectFail(await b.call('pledges:revoke', { id: digital.id, reason: 'Percobaan pencabutan' }), 'CONFLICT').message).toMatch(/diterbitkan di .* dan hanya dapat diubah, dicabut, atau dicetak ulang di sana/);
    expectFail(await b.call('pledges:markSigned', { id: wet.id, date: '2022-06-24' }), 'CONFLICT');
    expectFail(await b.call('pledges:pdf', { id: digital.id }), 'CONFLICT');
    expect(expectOk(await b.call('pledges:get', { id: digital.id })).issuer?.label).toBe(label);

    // Declarations: listed with the issuer, read-only.
    const listed = expectOk(await b.call('declarations:list', {})).find((d) => d.id === piagam.id);
    expect(listed?.issuer?.label).toBe(label);
    expect(expectFail(await b.call('declarations:print', { id: piagam.id }), 'CONFLICT').message).toMatch(/Piagam ini diterbitkan di/);
    expect(expectOk(await a.call('declarations:list', {})).every((d) => d.issuer === undefined)).toBe(true);
    // The LHE takes the unit's pencanangan date from the received piagam.
    await createWorksheet(b, unit.id, YEAR);
    expect((await b.services.reports.lheModel(`${unit.id}-${YEAR}`)).pencanangan).toMatchObject({ date: '2022-03-10', source: 'piagam' });

    // Verification: unknown key until the sender is trusted, then "issued elsewhere"; a received revocation revokes.
    expect(expectOk(await b.call('verification:verify', { code: digital.code })).state).toBe('UNKNOWN');
    const trusted = expectOk(await b.call('bundles:preview', { path: await exportBundle(a, out) }));
    expectOk(await b.call('bundles:trustSender', { previewId: trusted.previewId, label: 'Laptop Ketua Tim' }));
    const foreign = expectOk(await b.call('verification:verify', { code: digital.code }));
    expect(foreign.state).toBe('FOREIGN');
    expect(foreign.message).toMatch(/^Diterbitkan instalasi lain: «Laptop Ketua Tim»/);
    expect(foreign.record?.fields).toContainEqual({ label: 'Diterbitkan di', value: label });
    expect(expectOk(await b.call('verification:verify', { code: piagam.code })).state).toBe('FOREIGN');
    expect(expectOk(await b.call('verification:listTrustedCertificates', {})).map((c) => c.label)).toContain('Laptop Ketua Tim');

    expectOk(await a.call('pledges:revoke', { id: digital.id, reason: 'Salah unit kerja' }));
    const revoked = expectOk(await b.call('bundles:preview', { path: await exportBundle(a, out) }));
    expectOk(await b.call('bundles:apply', { previewId: revoked.previewId, resolutions: {} }));
    const after = expectOk(await b.call('verification:verify', { code: digital.code }));
    expect(after.state).toBe('REVOKED');
    expect(after.message).toMatch(/DICABUT olehnya .* Salah unit kerja/);
    const again = expectOk(await b.call('pledges:registry', { unitId: unit.id, year: YEAR }));
    expect(again.revoked.map((p) => [p.id, p.state, p.issuer?.label])).toEqual([[digital.id, 'DICABUT', label]]);
    expect(again.coverage.signed).toBe(0);
  });

  it('trusts the PDF certificate of a sender trusted before its documents came, so a received pakta\'s PDF verifies as issued elsewhere', async () => {
    const { a, b, digital, out } = await laptops();
    const first = expectOk(await b.call('bundles:preview', { path: await exportBundle(a, out, ['master']) }));
    expectOk(await b.call('bundles:trustSender', { previewId: first.previewId, label: 'Laptop Ketua Tim' }));
    expect(expectOk(await b.call('verification:listTrustedCertificates', {}))).toEqual([]);
    const docs = expectOk(await b.call('bundles:preview', { path: await exportBundle(a, out) }));
    expect(docs.sender.trusted).toBe(true);
    expectOk(await b.call('bundles:apply', { previewId: docs.previewId, resolutions: {} }));
    expect(expectOk(await b.call('verification:listTrustedCertificates', {})).map((c) => c.label)).toEqual(['Laptop Ketua Tim']);

    const pdf = expectOk(await a.call('pledges:pdf', { id: digital.id }));
    const bytes = await fsp.readFile((await a.services.documents.resolve(pdf.documentId)).filePath);
    const verified = expectOk(await b.call('verification:verify', { pdfBase64: bytes.toString('base64') }));
    expect(verified.state).toBe('FOREIGN');
    expect(verified.message).toMatch(/^Diterbitkan instalasi lain: «Laptop Ketua Tim»/);
  });
});

describe('a sender that changed its keys ("Ganti kunci") sends its earlier code keys in the signed manifest', () => {
  const YEARS = [YEAR, YEAR + 1];

  /**
   * Laptop A issues its 2022 pakta and piagam and marks the wet pakta signed (a 2022 status entry)
   * with its first key, keeps the digital pakta's PDF, changes its keys, then issues a 2023 pakta
   * with the new key.
   */
  async function rotated() {
    const setup = await laptops();
    const { a, budi, wet, digital } = setup;
    expectOk(await a.call('pledges:markSigned', { id: wet.id, date: '2022-06-24' }));
    const pdf = expectOk(await a.call('pledges:pdf', { id: digital.id }));
    const oldPdf = await fsp.readFile((await a.services.documents.resolve(pdf.documentId)).filePath);
    const oldKey = (await a.services.signing()).exportPublicKey().fingerprint;
    expectOk(await a.call('signing:rotateKeys', {}));
    const later = expectOk(await a.call('pledges:create', { signer: { source: 'roster', personId: budi.id }, year: YEAR + 1, date: '2023-06-23', witness: null, signature: { kind: 'digital', pngBase64: SIGNATURE_BASE64 } }));
    return { ...setup, oldPdf, oldKey, later };
  }

  /**
   * A's bundle service whose signing service answers other earlier keys, or other key endorsements
   * (what an edited or older sender would write; the manifest is still signed with A's current key).
   */
  function senderWithRetired(
    a: Harness,
    codeKeys: (real: { fingerprint: string; publicKeyPem: string }[]) => { fingerprint: string; publicKeyPem: string }[],
    succession: (real: KeySuccession[]) => KeySuccession[] = (real) => real,
  ) {
    return createBundleService({
      ...a.services,
      signing: async () => {
        const signing = await a.services.signing();
        const retired = signing.retiredPublicKeys();
        const wrapped: SigningService = Object.create(signing) as SigningService;
        wrapped.retiredPublicKeys = () => ({ codeKeys: codeKeys(retired.codeKeys), certificatesPem: retired.certificatesPem });
        wrapped.keySuccession = () => succession(signing.keySuccession());
        return wrapped;
      },
    });
  }

  async function exportWith(service: ReturnType<typeof createBundleService>, out: string): Promise<string> {
    const { jobId } = service.startExport({ destination: out, years: YEARS, unitIds: [], kinds: ['master', 'documents'] });
    while (service.exportStatus(jobId).state === 'running') await new Promise((resolve) => setImmediate(resolve));
    const status = service.exportStatus(jobId);
    if (!status.result) throw new Error(status.error ?? 'export');
    return status.result.file;
  }

  it('B applies both years, and once it trusts A every pakta and piagam verifies as issued by A, the older PDF too', async () => {
    const { a, b, wet, digital, piagam, later, oldPdf, oldKey, out } = await rotated();
    const file = await exportBundleOf(a, out, { years: YEARS, kinds: ['master', 'documents'] });
    const { manifest } = readZip(await fsp.readFile(file));
    expect(manifest.sender.fingerprint).not.toBe(oldKey);
    expect(manifest.sender.retiredKeys?.map((key) => key.fingerprint)).toEqual([oldKey]);
    expect(manifest.sender.retiredCertificates?.length).toBeGreaterThanOrEqual(1);

    // Applied before A is trusted: every record taken, none refused.
    const preview = expectOk(await b.call('bundles:preview', { path: file }));
    expect(preview.documents.state).toBe('valid');
    expect(preview.documents.refused).toEqual([]);
    expect(preview.documents.years.map((y) => [y.year, y.pledges, y.events])).toEqual([
      [YEAR, 2, 1],
      [YEAR + 1, 1, 0],
    ]);
    const applied = expectOk(await b.call('bundles:apply', { previewId: preview.previewId, resolutions: {} }));
    expect(applied.documents).toEqual({ pledgesAdded: 3, statusChanges: 0, declarationsAdded: 1, declarationsUpdated: 0, refused: [], skipped: null });
    expect(expectOk(await b.call('verification:verify', { code: digital.code })).state).toBe('UNKNOWN');

    // Trusted later (from the same bundle): the earlier key that signed what is held comes with the current one.
    const again = expectOk(await b.call('bundles:preview', { path: file }));
    expectOk(await b.call('bundles:trustSender', { previewId: again.previewId, label: 'Laptop Ketua Tim' }));
    const trusted = expectOk(await b.call('verification:listTrustedKeys', {}));
    expect(trusted.map((key) => [key.fingerprint, key.label]).sort()).toEqual([
      [manifest.sender.fingerprint, 'Laptop Ketua Tim'],
      [oldKey, 'Laptop Ketua Tim'],
    ].sort());
    for (const code of [digital.code, wet.code, piagam.code, later.code]) {
      const verified = expectOk(await b.call('verification:verify', { code }));
      expect([code, verified.state]).toEqual([code, 'FOREIGN']);
      expect(verified.message).toMatch(/^Diterbitkan instalasi lain: «Laptop Ketua Tim»/);
    }
    // The 2022 PDF, signed with A's earlier certificate.
    const pdf = expectOk(await b.call('verification:verify', { pdfBase64: oldPdf.toString('base64') }));
    expect(pdf.state).toBe('FOREIGN');
    expect(pdf.message).toMatch(/^Diterbitkan instalasi lain: «Laptop Ketua Tim»/);
  });

  it('refuses the bundle when the list of earlier keys was edited after signing (a key added or removed)', async () => {
    const { a, b, out } = await rotated();
    const bytes = await fsp.readFile(await exportBundleOf(a, out, { years: YEARS, kinds: ['documents'] }));
    const entries = unzipSync(bytes);
    const manifest = json<BundleManifest>(entries['manifest.json']);
    const intruder = generateKeyPairSync('ed25519').publicKey;
    const edits: BundleManifest['sender']['retiredKeys'][] = [
      [],
      [...(manifest.sender.retiredKeys ?? []), { publicKeyPem: intruder.export({ type: 'spki', format: 'pem' }).toString(), fingerprint: keyFingerprint(intruder) }],
    ];
    for (const [index, retiredKeys] of edits.entries()) {
      const edited = { ...manifest, sender: { ...manifest.sender, retiredKeys } };
      const target = path.join(out, `edited-${index}.zidesk`);
      await fsp.writeFile(target, zideskContainer({ ...entries, 'manifest.json': new TextEncoder().encode(JSON.stringify(edited)) }));
      expect(expectFail(await b.call('bundles:preview', { path: target }), 'INVALID_INPUT').message).toMatch(/Tanda tangan paket tidak cocok/);
    }
    // The untouched manifest in the same container reads.
    const same = path.join(out, 'same.zidesk');
    await fsp.writeFile(same, zideskContainer(entries));
    expect(expectOk(await b.call('bundles:preview', { path: same })).documents.state).toBe('valid');
  });

  it('an earlier key that signed nothing, or one that is not the sender\'s, changes nothing', async () => {
    const { a, b, out } = await rotated();
    const preview = expectOk(await b.call('bundles:preview', { path: await exportBundleOf(a, out, { years: YEARS, kinds: ['master', 'documents'] }) }));
    expectOk(await b.call('bundles:trustSender', { previewId: preview.previewId, label: 'Laptop Ketua Tim' }));
    expectOk(await b.call('bundles:apply', { previewId: preview.previewId, resolutions: {} }));
    const trustedBefore = expectOk(await b.call('verification:listTrustedKeys', {}));
    const files = ['received/pledges-2022.json', 'received/pledges-2023.json', 'received/declarations.json'].map((name) => path.join(b.dataDir, name));
    const before = await Promise.all(files.map((name) => fsp.readFile(name)));

    // A signed bundle whose list also names a key that signed nothing, and B's own key.
    const unused = generateKeyPairSync('ed25519').publicKey;
    const bKey = (await b.services.signing()).exportPublicKey();
    const extra = [
      { publicKeyPem: unused.export({ type: 'spki', format: 'pem' }).toString(), fingerprint: keyFingerprint(unused) },
      { publicKeyPem: bKey.pem, fingerprint: bKey.fingerprint },
    ];
    const file = await exportWith(senderWithRetired(a, (real) => [...real, ...extra]), out);
    expect(readZip(await fsp.readFile(file)).manifest.sender.retiredKeys).toHaveLength(3);
    const next = expectOk(await b.call('bundles:preview', { path: file }));
    expect(next.documents).toMatchObject({ state: 'valid', changes: [], refused: [], unchanged: 4 });
    expect(expectOk(await b.call('bundles:apply', { previewId: next.previewId, resolutions: {} })).documents).toEqual({ pledgesAdded: 0, statusChanges: 0, declarationsAdded: 0, declarationsUpdated: 0, refused: [], skipped: null });
    expect(await Promise.all(files.map((name) => fsp.readFile(name)))).toEqual(before);
    expect(expectOk(await b.call('verification:listTrustedKeys', {}))).toEqual(trustedBefore);
  });

  it('never takes as the sender\'s earlier key one known here as another installation\'s', async () => {
    const { a, b, out } = await laptops();
    // Laptop C sends B its 2022 pakta: B knows C's key from C's records.
    const c = await harnesses.open();
    expectOk(await c.call('settings:save', INSTITUTION));
    const unit = expectOk(await c.call('units:create', unitInput({ nama: 'Badan Pendapatan Daerah', singkatan: 'Bapenda' })));
    const dewi = expectOk(await c.call('people:create', personInput(unit.id, { nama: 'Dewi Fiktif Anggraini', nip: '19880515 201101 2 003', golongan: 'III/c' })));
    expectOk(await c.call('pledges:create', { signer: { source: 'roster', personId: dewi.id }, year: YEAR, date: '2022-06-23', witness: null, signature: { kind: 'digital', pngBase64: SIGNATURE_BASE64 } }));
    const theirs = expectOk(await c.call('declarations:create', { ...declaration(unit.id), title: 'Pencanangan Pembangunan Zona Integritas Bapenda 2023', date: '2023-02-01' }));
    const fromC = expectOk(await b.call('bundles:preview', { path: await exportBundleOf(c, out, { years: [YEAR], kinds: ['documents'] }) }));
    expectOk(await b.call('bundles:apply', { previewId: fromC.previewId, resolutions: {} }));

    // A passes C's 2023 piagam off as its own, naming C's key as one of its earlier keys.
    const record = (await c.services.storage.open(declarationsSpec)).data.records.find((r) => r.id === theirs.id);
    if (!record) throw new Error('piagam');
    await (await a.services.storage.open(declarationsSpec)).update((draft) => {
      draft.records.push(record);
    });
    const cKey = (await c.services.signing()).exportPublicKey();
    const service = senderWithRetired(a, () => [{ publicKeyPem: cKey.pem, fingerprint: cKey.fingerprint }]);
    const { jobId } = service.startExport({ destination: out, years: [YEAR + 1], unitIds: [], kinds: ['documents'] });
    while (service.exportStatus(jobId).state === 'running') await new Promise((resolve) => setImmediate(resolve));
    const preview = expectOk(await b.call('bundles:preview', { path: service.exportStatus(jobId).result?.file as string }));
    expect(preview.documents.changes).toEqual([]);
    expect(preview.documents.refused.map((r) => [r.id, r.reason])).toEqual([[theirs.id, 'isi piagam tidak cocok dengan tanda tangan digital penerbitnya.']]);
  });

  it('a bundle without the list reads as before: a sender that never changed keys writes none, and a changed sender\'s older records are refused with the same reason', async () => {
    const plain = await laptops();
    const { manifest } = readZip(await fsp.readFile(await exportBundle(plain.a, plain.out)));
    expect(manifest.sender).not.toHaveProperty('retiredKeys');
    expect(manifest.sender).not.toHaveProperty('retiredCertificates');

    // What an older ZI Desk sent after "Ganti kunci": the 2022 log is refused as before, the rest applies.
    const { a, b, unit, out } = await rotated();
    const file = await exportWith(senderWithRetired(a, () => []), out);
    expect(readZip(await fsp.readFile(file)).manifest.sender).not.toHaveProperty('retiredKeys');
    const preview = expectOk(await b.call('bundles:preview', { path: file }));
    expect(preview.documents.state).toBe('refused');
    expect(preview.documents.reason).toMatch(/riwayat status pakta tahun 2022 rusak — catatan riwayat status ke-1 .*tidak ditandatangani dengan kunci pengirim \(telah diubah, atau kunci pengirim telah diganti\)/);
    const applied = expectOk(await b.call('bundles:apply', { previewId: preview.previewId, resolutions: {} }));
    expect(applied.documents.skipped).toMatch(/kunci pengirim telah diganti/);
    expect(applied.unitsChanged).toBe(1);
    expect(expectOk(await b.call('units:list', {})).map((u) => u.id)).toContain(unit.id);
    expect((await b.services.storage.open(receivedYearSpec(YEAR))).data.senders).toEqual({});
  });

  // ------------------------------------------------------------ endorsed keys

  /** The endorsement with one character of its signature changed (still well-formed). */
  const flipped = (link: KeySuccession): KeySuccession => ({ ...link, signature: `${link.signature.slice(0, 10)}${link.signature[10] === 'A' ? 'B' : 'A'}${link.signature.slice(11)}` });

  const CHANGED_KEY = /kunci instalasi pengirim berbeda dengan kunci riwayat yang diterima sebelumnya\./;

  /** B applies A's data induk and audit log (no pakta held from A), then A changes its keys and issues a 2023 pakta. */
  async function logHeldThenRotated() {
    const setup = await laptops();
    const { a, b, budi, out } = setup;
    const first = expectOk(await b.call('bundles:preview', { path: await exportBundle(a, out, ['master']) }));
    expect(expectOk(await b.call('bundles:apply', { previewId: first.previewId, resolutions: {} })).auditAdded).toBeGreaterThan(0);
    const oldKey = (await a.services.signing()).fingerprint;
    expectOk(await a.call('signing:rotateKeys', {}));
    const later = expectOk(await a.call('pledges:create', { signer: { source: 'roster', personId: budi.id }, year: YEAR + 1, date: '2023-06-23', witness: null, signature: { kind: 'digital', pngBase64: SIGNATURE_BASE64 } }));
    return { ...setup, oldKey, later };
  }

  it('A sends B its pakta and audit log, changes keys and sends again: B follows the endorsed key, the log goes on, older and newer pakta verify as A\'s', async () => {
    const { a, b, out, wet, digital, piagam, budi } = await laptops();
    const first = expectOk(await b.call('bundles:preview', { path: await exportBundle(a, out) }));
    const held = expectOk(await b.call('bundles:apply', { previewId: first.previewId, resolutions: {} })).auditAdded;
    expect(held).toBeGreaterThan(0);
    const oldKey = (await a.services.signing()).exportPublicKey();
    expectOk(await a.call('signing:rotateKeys', {}));
    const later = expectOk(await a.call('pledges:create', { signer: { source: 'roster', personId: budi.id }, year: YEAR + 1, date: '2023-06-23', witness: null, signature: { kind: 'digital', pngBase64: SIGNATURE_BASE64 } }));

    const file = await exportBundleOf(a, out, { years: YEARS, kinds: ['master', 'documents'] });
    const { manifest, files } = readZip(await fsp.readFile(file));
    const [link] = manifest.sender.keySuccession ?? [];
    expect(manifest.sender.keySuccession).toHaveLength(1);
    expect(link?.from).toBe(rawPublicKey(createPublicKey(oldKey.pem)).toString('base64url'));
    expect(link?.to).toBe(rawPublicKey(createPublicKey(manifest.sender.publicKeyPem)).toString('base64url'));
    // The log's head is signed with the new key: B held it under the old one.
    expect(json<AuditImport>(files['audit.json']).head.publicKey.trim()).toBe(manifest.sender.publicKeyPem.trim());

    const preview = expectOk(await b.call('bundles:preview', { path: file }));
    expect(preview.audit).toMatchObject({ state: 'valid', reason: null });
    expect(preview.audit.added).toBeGreaterThan(0);
    expect(preview.documents).toMatchObject({ state: 'valid', refused: [] });
    expectOk(await b.call('bundles:trustSender', { previewId: preview.previewId, label: 'Laptop Ketua Tim' }));
    const applied = expectOk(await b.call('bundles:apply', { previewId: preview.previewId, resolutions: {} }));
    expect(applied.auditAdded).toBe(preview.audit.added);
    expect(applied.documents).toEqual({ pledgesAdded: 1, statusChanges: 0, declarationsAdded: 0, declarationsUpdated: 0, refused: [], skipped: null });
    const fromA = a.services.installation.id;
    const status = await b.services.audit.verify();
    expect(status.broken).toBe(false);
    expect(status.chains.find((chain) => chain.installationId === fromA)).toMatchObject({ state: 'valid', events: held + applied.auditAdded });
    for (const code of [digital.code, wet.code, piagam.code, later.code]) {
      const verified = expectOk(await b.call('verification:verify', { code }));
      expect([code, verified.state]).toEqual([code, 'FOREIGN']);
      expect(verified.message).toMatch(/^Diterbitkan instalasi lain: «Laptop Ketua Tim»/);
    }

    // The log goes on under the new key: the next bundle after another change adds to it.
    expectOk(await a.call('pledges:markSigned', { id: wet.id, date: '2022-06-24' }));
    const next = expectOk(await b.call('bundles:preview', { path: await exportBundleOf(a, out, { years: YEARS, kinds: ['master', 'documents'] }) }));
    expect(next.audit).toMatchObject({ state: 'valid', reason: null });
    const more = expectOk(await b.call('bundles:apply', { previewId: next.previewId, resolutions: {} }));
    expect(more.auditAdded).toBeGreaterThan(0);
    expect(more.documents).toMatchObject({ statusChanges: 1, refused: [], skipped: null });
    expect((await b.services.audit.verify()).chains.find((chain) => chain.installationId === fromA)).toMatchObject({ state: 'valid', events: held + applied.auditAdded + more.auditAdded });
  });

  it('an endorsement with a flipped byte: the earlier key is not A\'s (its records refused one by one) and the changed audit key is refused as before', async () => {
    const { a, b, out, wet, digital, piagam, later } = await logHeldThenRotated();
    const file = await exportWith(senderWithRetired(a, (real) => real, (real) => real.map(flipped)), out);
    expect(readZip(await fsp.readFile(file)).manifest.sender.keySuccession).toHaveLength(1);
    const preview = expectOk(await b.call('bundles:preview', { path: file }));
    expect(preview.audit.state).toBe('broken');
    expect(preview.audit.reason).toMatch(CHANGED_KEY);
    expect(preview.documents.state).toBe('valid');
    expect(preview.documents.refused.map((r) => r.id).sort()).toEqual([wet.id, digital.id, piagam.id].sort());
    expect(preview.documents.changes.map((c) => c.id)).toEqual([later.id]);
    expect(expectFail(await b.call('bundles:apply', { previewId: preview.previewId, resolutions: {} }), 'INVALID_INPUT').message).toMatch(CHANGED_KEY);

    // The same bundle with the endorsement as A signed it: every record taken, the log followed.
    const genuine = expectOk(await b.call('bundles:preview', { path: await exportWith(senderWithRetired(a, (real) => real), out) }));
    expect(genuine.audit.state).toBe('valid');
    expect(genuine.documents).toMatchObject({ state: 'valid', refused: [] });
    expect(genuine.documents.changes).toHaveLength(4);
  });

  it('a bundle naming a third installation\'s key as A\'s earlier key, without that key\'s endorsement, gets none of its records taken', async () => {
    const { a, b, out } = await rotated();
    // Laptop C, unknown to B, issued a 2023 piagam; A passes it off as its own.
    const c = await harnesses.open();
    expectOk(await c.call('settings:save', INSTITUTION));
    const unit = expectOk(await c.call('units:create', unitInput({ nama: 'Badan Pendapatan Daerah', singkatan: 'Bapenda' })));
    const theirs = expectOk(await c.call('declarations:create', { ...declaration(unit.id), title: 'Pencanangan Pembangunan Zona Integritas Bapenda 2023', date: '2023-02-01' }));
    const record = (await c.services.storage.open(declarationsSpec)).data.records.find((r) => r.id === theirs.id);
    if (!record) throw new Error('piagam');
    await (await a.services.storage.open(declarationsSpec)).update((draft) => {
      draft.records.push(record);
    });
    const cKey = (await c.services.signing()).exportPublicKey();
    // Its claim: C's key in the list, with an "endorsement" of A's key that C never signed.
    const forger = generateKeyPairSync('ed25519');
    const aKey = createPublicKey((await a.services.signing()).exportPublicKey().pem);
    const forged = { ...endorseSuccessor(forger, aKey, a.services.installation.id, new Date()), from: rawPublicKey(createPublicKey(cKey.pem)).toString('base64url') };
    const file = await exportWith(senderWithRetired(a, (real) => [...real, { publicKeyPem: cKey.pem, fingerprint: cKey.fingerprint }], (real) => [...real, forged]), out);
    expect(readZip(await fsp.readFile(file)).manifest.sender.retiredKeys).toHaveLength(2);
    const preview = expectOk(await b.call('bundles:preview', { path: file }));
    expect(preview.documents.state).toBe('valid');
    expect(preview.documents.refused.map((r) => [r.id, r.reason])).toEqual([[theirs.id, 'isi piagam tidak cocok dengan tanda tangan digital penerbitnya.']]);
    expect(preview.documents.changes.map((change) => change.id)).not.toContain(theirs.id);
    expectOk(await b.call('bundles:trustSender', { previewId: preview.previewId, label: 'Laptop Ketua Tim' }));
    expect(expectOk(await b.call('verification:listTrustedKeys', {})).map((key) => key.fingerprint)).not.toContain(cKey.fingerprint);
  });

  it('an earlier key B already holds A\'s records under counts as A\'s even where no endorsement names it (a key changed before endorsements existed)', async () => {
    const { a, b, out, wet, digital } = await laptops();
    expectOk(await a.call('pledges:markSigned', { id: wet.id, date: '2022-06-24' }));
    const first = expectOk(await b.call('bundles:preview', { path: await exportBundle(a, out) }));
    expectOk(await b.call('bundles:apply', { previewId: first.previewId, resolutions: {} }));
    expectOk(await a.call('signing:rotateKeys', {}));
    expectOk(await a.call('pledges:revoke', { id: digital.id, reason: 'Pegawai pindah tugas ke luar Kabupaten Serang.' }));
    // Endorsements present but none valid: the 2022 log, begun under the earlier key, still reads with the key held from A.
    const file = await exportWith(senderWithRetired(a, (real) => real, (real) => real.map(flipped)), out);
    const preview = expectOk(await b.call('bundles:preview', { path: file }));
    expect(preview.documents).toMatchObject({ state: 'valid', refused: [] });
    expect(preview.documents.changes.map((change) => [change.id, change.change])).toEqual([[digital.id, 'status']]);
    // A receiver holding nothing from A does not take that key from the same bundle.
    const c = await harnesses.open();
    expectOk(await c.call('settings:save', INSTITUTION));
    expect(expectOk(await c.call('bundles:preview', { path: file })).documents.state).toBe('refused');
  });

  it('two changes of keys: a chain of two endorsements leads from the first key to the current one', async () => {
    const { a, b, out, wet, digital, piagam, budi, unit } = await laptops();
    const first = expectOk(await b.call('bundles:preview', { path: await exportBundle(a, out) }));
    expectOk(await b.call('bundles:apply', { previewId: first.previewId, resolutions: {} }));
    expectOk(await a.call('signing:rotateKeys', {}));
    const middle = expectOk(await a.call('pledges:create', { signer: { source: 'roster', personId: budi.id }, year: YEAR + 1, date: '2023-06-23', witness: null, signature: { kind: 'digital', pngBase64: SIGNATURE_BASE64 } }));
    expectOk(await a.call('signing:rotateKeys', {}));
    const sari = expectOk(await a.call('people:create', personInput(unit.id, { nama: 'Sari Fiktif Wulandari', nip: '19920707 201801 2 001', golongan: 'III/b' })));
    const latest = expectOk(await a.call('pledges:create', { signer: { source: 'roster', personId: sari.id }, year: YEAR + 1, date: '2023-06-24', witness: null, signature: { kind: 'digital', pngBase64: SIGNATURE_BASE64 } }));
    const file = await exportBundleOf(a, out, { years: YEARS, kinds: ['master', 'documents'] });
    const { manifest } = readZip(await fsp.readFile(file));
    expect(manifest.sender.keySuccession).toHaveLength(2);
    expect(manifest.sender.retiredKeys).toHaveLength(2);
    // B held the log under the first key; C receives A for the first time.
    const c = await harnesses.open();
    expectOk(await c.call('settings:save', INSTITUTION));
    for (const receiver of [b, c]) {
      const preview = expectOk(await receiver.call('bundles:preview', { path: file }));
      expect(preview.audit).toMatchObject({ state: 'valid', reason: null });
      expect(preview.documents).toMatchObject({ state: 'valid', refused: [] });
      expectOk(await receiver.call('bundles:trustSender', { previewId: preview.previewId, label: 'Laptop Ketua Tim' }));
      expect(expectOk(await receiver.call('bundles:apply', { previewId: preview.previewId, resolutions: {} })).documents.refused).toEqual([]);
      for (const code of [digital.code, wet.code, piagam.code, middle.code, latest.code]) expect([code, expectOk(await receiver.call('verification:verify', { code })).state]).toEqual([code, 'FOREIGN']);
      expect((await receiver.services.audit.verify()).broken).toBe(false);
    }
  });

  it('refuses the bundle when the endorsements were edited after signing', async () => {
    const { a, b, out } = await rotated();
    const entries = unzipSync(await fsp.readFile(await exportBundleOf(a, out, { years: YEARS, kinds: ['documents'] })));
    const manifest = json<BundleManifest>(entries['manifest.json']);
    const links = manifest.sender.keySuccession ?? [];
    expect(links).toHaveLength(1);
    const { keySuccession: _dropped, ...without } = manifest.sender;
    for (const [index, sender] of [without, { ...manifest.sender, keySuccession: links.map(flipped) }, { ...manifest.sender, keySuccession: [...links, ...links] }].entries()) {
      const target = path.join(out, `succession-${index}.zidesk`);
      await fsp.writeFile(target, zideskContainer({ ...entries, 'manifest.json': new TextEncoder().encode(JSON.stringify({ ...manifest, sender })) }));
      expect(expectFail(await b.call('bundles:preview', { path: target }), 'INVALID_INPUT').message).toMatch(/Tanda tangan paket tidak cocok/);
    }
  });

  it('a bundle without endorsements (a sender that changed keys before they existed) reads as before: its earlier keys count, its changed audit key is refused', async () => {
    const { a, b, out, later } = await logHeldThenRotated();
    const file = await exportWith(senderWithRetired(a, (real) => real, () => []), out);
    const { manifest } = readZip(await fsp.readFile(file));
    expect(manifest.sender).not.toHaveProperty('keySuccession');
    expect(manifest.sender.retiredKeys).toHaveLength(1);
    const preview = expectOk(await b.call('bundles:preview', { path: file }));
    expect(preview.documents).toMatchObject({ state: 'valid', refused: [] });
    expect(preview.documents.changes.map((change) => change.id)).toContain(later.id);
    expect(preview.audit.state).toBe('broken');
    expect(preview.audit.reason).toMatch(CHANGED_KEY);
  });
});
