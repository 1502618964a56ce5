import { emptyReportMeta } from '../../../../shared/reports';
import { defaultProposalLetter } from '../../../../shared/proposal';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../electron/handlers';
import { createDispatcher } from '../../../../electron/handlers/dispatch';
import { contract, listChannels, type ChannelName } from '../../../../shared/contract';
import type { ErrorCode } from '../../../../shared/result';
import {
  TINY_PNG_BASE64,
  expectFail,
  expectOk,
  folderSnapshot,
  masterFile,
  personInput,
  prepareDataDir,
  unitInput,
  useHarness,
  type Harness,
} from './harness';

const harness = useHarness();

const HUGE = 'x'.repeat(1_000_000);
const PROPOSAL_LETTER = defaultProposalLetter({ year: 2022, kota: 'Serang', pemerintahDaerah: 'Pemerintah Kabupaten Serang' });
const UNKNOWN_ID = 'tidak-ada-di-data';
const PATH_IDS = ['../../etc/passwd', 'C:\\Windows', 'x'.repeat(500), '..', '/etc/passwd', '%2e%2e%2f'];

/** `{"__proto__": …}` as JSON.parse (and so the web host) builds it: an own key named __proto__. */
const protoKey: unknown = JSON.parse('{"__proto__":{"polluted":"ya"},"constructor":{"prototype":{"polluted":"ya"}}}');
/** An object whose prototype carries the payload. */
const protoChain = (payload: object): unknown => Object.create(payload) as unknown;

interface HostileCase {
  label: string;
  input: unknown;
  code: ErrorCode;
  /** The code on an empty data folder, when it differs (e.g. CONFLICT: settings not filled in yet). */
  emptyCode?: ErrorCode;
}

const invalid = (label: string, input: unknown): HostileCase => ({ label, input, code: 'INVALID_INPUT' });

/** Wrong shapes every channel must refuse, whatever it expects. */
const GENERIC: HostileCase[] = [
  invalid('null', null),
  invalid('a number', 42),
  invalid('NaN', Number.NaN),
  invalid('a boolean', true),
  invalid('a string', 'units'),
  invalid('a string of 1,000,000 characters', HUGE),
  invalid('an empty array', []),
  invalid('an array of huge strings', [HUGE, HUGE]),
  invalid('an own "__proto__" key', protoKey),
  invalid('a polluted prototype chain', protoChain({ polluted: 'ya' })),
  invalid('a "constructor" key', { constructor: { prototype: { polluted: 'ya' } } }),
];

const validUnit = unitInput();
const validPerson = personInput('unit-tidak-ada');
const validInstitution = {
  pemerintahDaerah: 'Pemerintah Kabupaten Serang',
  namaInspektorat: 'Inspektorat Kabupaten Serang',
  alamat: 'Jl. Contoh No. 1',
  kota: 'Serang',
  inspektur: { nama: 'Drs. Contoh', nip: '197005182005031005', golongan: 'IV/c' },
  kertas: 'F4',
};

const idCases = (make: (id: unknown) => unknown): HostileCase[] => [
  ...PATH_IDS.map((id) => invalid(`id ${JSON.stringify(id.slice(0, 20))}`, make(id))),
  invalid('id as a number', make(42)),
  invalid('id as an object', make({ id: 'abc' })),
  invalid('id of 1,000,000 characters', make(HUGE)),
  { label: 'an unknown id', input: make(UNKNOWN_ID), code: 'NOT_FOUND' },
];

/** Path-like, oversized and wrongly typed worksheet ids: refused by the contract itself. */
const worksheetIdCases = (make: (id: unknown) => unknown): HostileCase[] => [
  ...PATH_IDS.map((id) => invalid(`id ${JSON.stringify(id.slice(0, 20))}`, make(id))),
  invalid('id as a number', make(42)),
  invalid('id of 1,000,000 characters', make(HUGE)),
];

/** Hostile inputs of a new pledge (`pledges:create` and `pledges:print`). */
const PLEDGE_CREATE_CASES: HostileCase[] = [
  invalid('no signer', { year: 2024, date: '2024-01-02', signature: { kind: 'basah' } }),
  invalid('a person id as a path', { signer: { source: 'roster', personId: '../../etc/passwd' }, year: 2024, date: '2024-01-02', signature: { kind: 'basah' } }),
  invalid('a manual name of 500 characters', {
    signer: { source: 'manual', nama: 'N'.repeat(500), jenisAsn: 'NON_ASN', nip: '', golongan: '', jabatan: 'Staf', unitKerja: '' },
    year: 2024,
    date: '2024-01-02',
    signature: { kind: 'basah' },
  }),
  invalid('an invalid manual NIP', {
    signer: { source: 'manual', nama: 'Budi', jenisAsn: 'PNS', nip: '197013182005031005', golongan: 'III/a', jabatan: 'Staf', unitKerja: '' },
    year: 2024,
    date: '2024-01-02',
    signature: { kind: 'basah' },
  }),
  invalid('a date 2024-02-30', { signer: { source: 'roster', personId: UNKNOWN_ID }, year: 2024, date: '2024-02-30', signature: { kind: 'basah' } }),
  invalid('a signature of 3 MB of base64', { signer: { source: 'roster', personId: UNKNOWN_ID }, year: 2024, date: '2024-01-02', signature: { kind: 'digital', pngBase64: 'A'.repeat(3_000_000) } }),
  invalid('an unknown signature kind', { signer: { source: 'roster', personId: UNKNOWN_ID }, year: 2024, date: '2024-01-02', signature: { kind: 'stempel' } }),
  invalid('a witness signature of 3 MB of base64', {
    signer: { source: 'roster', personId: UNKNOWN_ID },
    year: 2024,
    date: '2024-01-02',
    witness: { nama: 'Saksi', nip: '', jabatan: 'Kepala Dinas', signaturePngBase64: 'A'.repeat(3_000_000) },
    signature: { kind: 'basah' },
  }),
  invalid('a witness signature that is not base64', {
    signer: { source: 'roster', personId: UNKNOWN_ID },
    year: 2024,
    date: '2024-01-02',
    witness: { nama: 'Saksi', nip: '', jabatan: 'Kepala Dinas', signaturePngBase64: '<svg onload=alert(1)>' },
    signature: { kind: 'basah' },
  }),
  {
    label: 'an unknown person',
    input: { signer: { source: 'roster', personId: UNKNOWN_ID }, year: 2024, date: '2024-01-02', signature: { kind: 'basah' } },
    code: 'NOT_FOUND',
    emptyCode: 'CONFLICT', // nothing can be printed before the institution is set up
  },
];

/**
 * Hostile input per channel, on top of {@link GENERIC}. Typed by channel name so the compiler asks
 * for a new channel, and checked against listChannels(contract) at run time.
 */
const HOSTILE: Record<ChannelName, HostileCase[]> = {
  'app:status': [],
  'app:setUserName': [
    invalid('a name of 1,000,000 characters', { name: HUGE }),
    invalid('a name of 101 characters', { name: 'n'.repeat(101) }),
    invalid('a blank name', { name: '   ' }),
    invalid('a name as a number', { name: 42 }),
    invalid('a name as an array', { name: ['Budi'] }),
    invalid('no name', {}),
  ],
  'app:dismissNotices': [],
  'app:setActiveYear': [
    invalid('a year as a string', { year: '2022' }),
    invalid('a year before 2000', { year: 1999 }),
    invalid('a year after 2100', { year: 2101 }),
    invalid('a fractional year', { year: 2022.5 }),
    invalid('no year', {}),
  ],
  'app:revision': [],
  'settings:get': [],
  'settings:save': [
    invalid('pemerintahDaerah as a number', { ...validInstitution, pemerintahDaerah: 42 }),
    invalid('namaInspektorat of 1,000,000 characters', { ...validInstitution, namaInspektorat: HUGE }),
    invalid('alamat of 1,000,000 characters', { ...validInstitution, alamat: HUGE }),
    invalid('paper A5', { ...validInstitution, kertas: 'A5' }),
    invalid('inspektur null', { ...validInstitution, inspektur: null }),
    invalid('inspektur NIP with birth month 13', { ...validInstitution, inspektur: { nama: 'X', nip: '197013182005031005', golongan: 'IV/c' } }),
    invalid('inspektur golongan off the list', { ...validInstitution, inspektur: { nama: 'X', nip: '', golongan: 'V/z' } }),
    invalid('inspektur NIP of 1,000,000 characters', { ...validInstitution, inspektur: { nama: 'X', nip: HUGE, golongan: '' } }),
    invalid('no kota', { ...validInstitution, kota: undefined }),
    invalid('a valid institution hidden in the prototype', protoChain(validInstitution)),
  ],
  'settings:setLogo': [
    invalid('data that is not base64', { fileName: 'logo.png', dataBase64: '!!! bukan base64 !!!' }),
    invalid('a data URL instead of base64', { fileName: 'logo.png', dataBase64: `data:image/png;base64,${TINY_PNG_BASE64}` }),
    invalid('data as a number', { fileName: 'logo.png', dataBase64: 42 }),
    invalid('data as an array of bytes', { fileName: 'logo.png', dataBase64: [137, 80, 78, 71] }),
    invalid('empty data', { fileName: 'logo.png', dataBase64: '' }),
    invalid('2 MB of base64', { fileName: 'logo.png', dataBase64: 'A'.repeat(2_800_000) }),
    invalid('a file name of 1,000,000 characters', { fileName: HUGE, dataBase64: TINY_PNG_BASE64 }),
    invalid('a blank file name', { fileName: '  ', dataBase64: TINY_PNG_BASE64 }),
    invalid('no file name', { dataBase64: TINY_PNG_BASE64 }),
    { label: 'text bytes named .png', input: { fileName: 'logo.png', dataBase64: Buffer.from('bukan gambar sama sekali').toString('base64') }, code: 'UNSUPPORTED_FILE' },
  ],
  'settings:removeLogo': [],
  'settings:setLambang': [
    invalid('data that is not base64', { fileName: 'lambang.png', dataBase64: '!!! bukan base64 !!!' }),
    invalid('2 MB of base64', { fileName: 'lambang.png', dataBase64: 'A'.repeat(2_800_000) }),
    invalid('no file name', { dataBase64: TINY_PNG_BASE64 }),
    { label: 'text bytes named .png', input: { fileName: 'lambang.png', dataBase64: Buffer.from('bukan gambar sama sekali').toString('base64') }, code: 'UNSUPPORTED_FILE' },
  ],
  'settings:removeLambang': [],
  'units:list': [
    invalid('includeInactive as text', { includeInactive: 'ya' }),
    invalid('includeInactive as a number', { includeInactive: 1 }),
    invalid('includeInactive of 1,000,000 characters', { includeInactive: HUGE }),
  ],
  'units:create': [
    invalid('nama of 1,000,000 characters', { ...validUnit, nama: HUGE }),
    invalid('nama as a number', { ...validUnit, nama: 42 }),
    invalid('nama blank', { ...validUnit, nama: '' }),
    invalid('unknown jenis', { ...validUnit, jenis: 'DINAS' }),
    invalid('afirmasi as text', { ...validUnit, afirmasi: 'true' }),
    invalid('an invalid head NIP', { ...validUnit, kepalaNip: '197005182005033005' }),
    invalid('a head NIP of 1,000,000 characters', { ...validUnit, kepalaNip: HUGE }),
    invalid('no nama', { ...validUnit, nama: undefined }),
    invalid('a valid unit hidden in the prototype', protoChain(validUnit)),
  ],
  'units:update': [
    ...idCases((id) => ({ id, data: validUnit })),
    invalid('data null', { id: UNKNOWN_ID, data: null }),
    invalid('data with nama as a number', { id: UNKNOWN_ID, data: { ...validUnit, nama: 42 } }),
    invalid('no data', { id: UNKNOWN_ID }),
  ],
  'units:setActive': [
    ...idCases((id) => ({ id, aktif: false })),
    invalid('aktif as text', { id: UNKNOWN_ID, aktif: 'false' }),
    invalid('aktif missing', { id: UNKNOWN_ID }),
  ],
  'people:list': [
    ...PATH_IDS.map((unitId) => invalid(`unitId ${JSON.stringify(unitId.slice(0, 20))}`, { unitId })),
    invalid('a query of 1,000,000 characters', { query: HUGE }),
    invalid('a query of 101 characters', { query: 'q'.repeat(101) }),
    invalid('a query as a number', { query: 42 }),
    invalid('includeInactive as text', { includeInactive: 'ya' }),
  ],
  'people:create': [
    { label: 'an unknown unit', input: validPerson, code: 'NOT_FOUND' },
    ...PATH_IDS.map((unitId) => invalid(`unitId ${JSON.stringify(unitId.slice(0, 20))}`, { ...validPerson, unitId })),
    invalid('nama of 1,000,000 characters', { ...validPerson, nama: HUGE }),
    invalid('nama of 500 characters', { ...validPerson, nama: 'N'.repeat(500) }),
    invalid('nama as a number', { ...validPerson, nama: 42 }),
    invalid('NIP with letters', { ...validPerson, nip: '19850312201001200A' }),
    invalid('NIP as a number', { ...validPerson, nip: 198503122010012000 }),
    invalid('NIP of 1,000,000 characters', { ...validPerson, nip: HUGE }),
    invalid('unknown jenis ASN', { ...validPerson, jenisAsn: 'ASN' }),
    invalid('PPPK golongan XVIII', { ...validPerson, jenisAsn: 'PPPK', nip: '198503122021211001', golongan: 'XVIII' }),
    invalid('non-ASN with golongan', { ...validPerson, jenisAsn: 'NON_ASN', nip: '', golongan: 'III/a' }),
    invalid('a valid person hidden in the prototype', protoChain(validPerson)),
  ],
  'people:update': [
    ...idCases((id) => ({ id, data: validPerson })),
    invalid('data null', { id: UNKNOWN_ID, data: null }),
    invalid('data with an invalid NIP', { id: UNKNOWN_ID, data: { ...validPerson, nip: '197005182005031000' } }),
  ],
  'people:setActive': [
    ...idCases((id) => ({ id, aktif: true })),
    invalid('aktif as a number', { id: UNKNOWN_ID, aktif: 0 }),
  ],
  'people:importPreview': [
    invalid('data that is not base64', { fileName: 'pegawai.csv', dataBase64: '%%%' }),
    invalid('empty data', { fileName: 'pegawai.csv', dataBase64: '' }),
    invalid('data as a number', { fileName: 'pegawai.csv', dataBase64: 7 }),
    invalid('more than 10 MB of base64', { fileName: 'pegawai.csv', dataBase64: 'A'.repeat(14_000_000) }),
    invalid('a file name of 1,000,000 characters', { fileName: HUGE, dataBase64: 'bmFtYQ==' }),
    invalid('a file name as an object', { fileName: { name: 'a.csv' }, dataBase64: 'bmFtYQ==' }),
  ],
  'people:importCommit': [
    ...PATH_IDS.map((previewId) => invalid(`previewId ${JSON.stringify(previewId.slice(0, 20))}`, { previewId })),
    invalid('previewId of 1,000,000 characters', { previewId: HUGE }),
    invalid('previewId as a number', { previewId: 12345678 }),
    invalid('no previewId', {}),
    { label: 'an unknown preview', input: { previewId: '00000000-0000-4000-8000-000000000000' }, code: 'NOT_FOUND' },
  ],
  'demo:load': [invalid('withYear as text', { withYear: 'ya' })],
  'demo:remove': [],
  // LKE channels: only what the contract itself must refuse, whatever the handlers do.
  'worksheets:templates': [],
  'worksheets:list': [
    invalid('year as text', { year: 'dua ribu' }),
    invalid('year 99999', { year: 99_999 }),
    ...PATH_IDS.map((unitId) => invalid(`unitId ${JSON.stringify(unitId.slice(0, 20))}`, { unitId })),
  ],
  'worksheets:get': worksheetIdCases((id) => ({ id })),
  'worksheets:create': [
    ...PATH_IDS.map((unitId) => invalid(`unitId ${JSON.stringify(unitId.slice(0, 20))}`, { unitId, year: 2024 })),
    invalid('year as text', { unitId: 'demo-bapenda', year: '2024; rm -rf /' }),
    invalid('templateId as a path', { unitId: 'demo-bapenda', year: 2024, templateId: '../../etc/passwd' }),
  ],
  'worksheets:saveAnswers': [
    ...worksheetIdCases((id) => ({ id, layer: 'unit', changes: [{ code: 'A.I.1', answer: null }] })),
    invalid('an unknown layer', { id: 'lke-abc-2024', layer: 'admin', changes: [{ code: 'A.I.1', answer: null }] }),
    invalid('no changes', { id: 'lke-abc-2024', layer: 'unit', changes: [] }),
    invalid('10,000 changes', { id: 'lke-abc-2024', layer: 'unit', changes: Array.from({ length: 10_000 }, () => ({ code: 'A.I.1', answer: null })) }),
    invalid('a note of 1,000,000 characters', { id: 'lke-abc-2024', layer: 'unit', changes: [{ code: 'A.I.1', answer: null, note: HUGE }] }),
    invalid('an answer that is a string', { id: 'lke-abc-2024', layer: 'unit', changes: [{ code: 'A.I.1', answer: 'ya' }] }),
  ],
  'worksheets:confirmCarried': worksheetIdCases((id) => ({ id })),
  'worksheets:undoConfirmCarried': [
    ...worksheetIdCases((id) => ({ id, codes: ['A.I.1.i.a'] })),
    invalid('no codes', { id: 'lke-abc-2024', codes: [] }),
    invalid('codes as text', { id: 'lke-abc-2024', codes: 'A.I.1.i.a' }),
  ],
  'worksheets:transition': [
    ...worksheetIdCases((id) => ({ id, to: 'FINAL' })),
    invalid('an unknown status', { id: 'lke-abc-2024', to: '__proto__' }),
  ],
  'worksheets:addEvidenceFile': [
    ...worksheetIdCases((id) => ({ id, code: 'A.I.1', fileName: 'bukti.pdf', dataBase64: 'JVBERi0=' })),
    invalid('data that is not base64', { id: 'lke-abc-2024', code: 'A.I.1', fileName: 'bukti.pdf', dataBase64: '<script>' }),
    invalid('a file name of 1,000,000 characters', { id: 'lke-abc-2024', code: 'A.I.1', fileName: HUGE, dataBase64: 'JVBERi0=' }),
  ],
  'worksheets:addEvidenceReference': [
    ...worksheetIdCases((id) => ({ id, code: 'A.I.1', text: 'SK Tim' })),
    invalid('a reference of 1,000,000 characters', { id: 'lke-abc-2024', code: 'A.I.1', text: HUGE }),
  ],
  'worksheets:removeEvidence': [
    ...worksheetIdCases((id) => ({ id, code: 'A.I.1', evidenceId: 'bukti-0001' })),
    invalid('an evidence id as a path', { id: 'lke-abc-2024', code: 'A.I.1', evidenceId: '../../etc/passwd' }),
  ],
  'worksheets:evidenceBlob': [
    ...worksheetIdCases((id) => ({ id, evidenceId: 'bukti-0001' })),
    invalid('an evidence id as a path', { id: 'lke-abc-2024', evidenceId: 'C:\\Windows' }),
  ],
  'worksheets:setPrerequisites': worksheetIdCases((id) => ({ id, checklist: null })),
  'worksheets:plan': worksheetIdCases((id) => ({ id, layer: 'unit' })),
  'prerequisites:list': [],
  'prerequisites:getYear': [invalid('year as text', { year: '2024' }), invalid('year of 1,000,000 characters', { year: HUGE })],
  'prerequisites:saveYear': [invalid('year as text', { year: '2024' }), invalid('maturitas SPIP 99', { year: 2024, opiniBpk: null, sakip: null, indeksRb: null, maturitasSpip: 99 })],
  // Pakta Integritas channels: refused by the contract, or NOT_FOUND before anything is written.
  'pledgeTemplates:list': [],
  'pledgeTemplates:saveVersion': [
    invalid('templateId as a path', { templateId: '../../etc/passwd', baseVersion: 1, changes: {} }),
    invalid('a point of 1,000,000 characters', { templateId: 'pakta-asn', baseVersion: 1, changes: { points: [HUGE] } }),
    invalid('13 points', { templateId: 'pakta-asn', baseVersion: 1, changes: { points: Array.from({ length: 13 }, () => 'Butir.') } }),
    invalid('baseVersion as text', { templateId: 'pakta-asn', baseVersion: '1', changes: {} }),
    invalid('the meterai option as text', { templateId: 'pakta-asn', baseVersion: 1, changes: { meterai: 'ya' } }),
  ],
  'pledges:create': PLEDGE_CREATE_CASES,
  // The same input: refused before anything is stored or printed.
  'pledges:print': PLEDGE_CREATE_CASES,
  'pledges:get': [...PATH_IDS.map((id) => invalid(`id ${JSON.stringify(id.slice(0, 20))}`, { id })), { label: 'an unknown pledge', input: { id: 'p0000000000000000' }, code: 'NOT_FOUND' }],
  'pledges:pdf': [...PATH_IDS.map((id) => invalid(`id ${JSON.stringify(id.slice(0, 20))}`, { id })), { label: 'an unknown pledge', input: { id: 'p0000000000000000' }, code: 'NOT_FOUND' }],
  'pledges:registry': [invalid('year as text', { year: '2024' }), ...PATH_IDS.map((unitId) => invalid(`unitId ${JSON.stringify(unitId.slice(0, 20))}`, { unitId, year: 2024 }))],
  'pledges:coverage': [invalid('no unit', { year: 2024 }), { label: 'an unknown unit', input: { unitId: UNKNOWN_ID, year: 2024 }, code: 'NOT_FOUND' }],
  'pledges:markSigned': [invalid('a date as a number', { id: 'p0000000000000000', date: 20240102 }), { label: 'an unknown pledge', input: { id: 'p0000000000000000' }, code: 'NOT_FOUND' }],
  'pledges:attachScan': [
    invalid('data that is not base64', { id: 'p0000000000000000', fileName: 'pindaian.pdf', dataBase64: '<script>' }),
    invalid('more than 10 MB of base64', { id: 'p0000000000000000', fileName: 'pindaian.pdf', dataBase64: 'A'.repeat(14_000_000) }),
  ],
  'pledges:revoke': [
    invalid('no reason', { id: 'p0000000000000000', reason: '' }),
    invalid('a reason of 1,000,000 characters', { id: 'p0000000000000000', reason: HUGE }),
    { label: 'an unknown pledge', input: { id: 'p0000000000000000', reason: 'Salah ketik nama' }, code: 'NOT_FOUND' },
  ],
  'pledges:batch': [
    invalid('no units', { unitIds: [], year: 2024, separateFiles: false }),
    invalid('unit ids as paths', { unitIds: PATH_IDS, year: 2024, separateFiles: false }),
    invalid('separateFiles as text', { unitIds: 'all', year: 2024, separateFiles: 'ya' }),
    { label: 'an unknown unit', input: { unitIds: [UNKNOWN_ID], year: 2024, separateFiles: false }, code: 'NOT_FOUND' },
  ],
  'pledges:exportRevocations': [invalid('year as text', { year: '2024' }), invalid('year out of range', { year: 99999 })],
  'pledges:importRevocations': [
    invalid('json as a number', { json: 42 }),
    invalid('a 6 MB list', { json: 'x'.repeat(6_000_000) }),
    { label: 'not JSON', input: { json: '{"format":' }, code: 'INVALID_INPUT' },
    { label: 'JSON of another kind', input: { json: '{"format":"zi-desk-daftar-pencabutan","version":1}' }, code: 'INVALID_INPUT' },
    { label: 'a malformed signature', input: { json: JSON.stringify({ format: 'zi-desk-daftar-pencabutan', version: 1, year: 2024, createdAt: '2024-01-01', entries: [], signature: 'ZID1.x' }) }, code: 'INVALID_INPUT' },
  ],
  'pledges:integrityNotice': [],
  'pledges:batchStatus': [invalid('a job id as a path', { jobId: '../../etc/passwd' }), { label: 'an unknown job', input: { jobId: 'job-0000000000000000' }, code: 'NOT_FOUND' }],
  'pledges:cancel': [invalid('a job id as a number', { jobId: 42 }), { label: 'an unknown job', input: { jobId: 'job-0000000000000000' }, code: 'NOT_FOUND' }],
  'declarations:create': [
    invalid('no signatories', { title: 'Pencanangan', place: 'Serang', date: '2022-06-23', unitIds: [], signatories: [], witnesses: [] }),
    invalid('41 signatories', { title: 'Pencanangan', place: 'Serang', date: '2022-06-23', unitIds: [], signatories: Array.from({ length: 41 }, () => ({ jabatan: 'Camat', nama: 'A', nip: '' })), witnesses: [] }),
    invalid('a signatory NIP with birth month 13', { title: 'Pencanangan', place: 'Serang', date: '2022-06-23', unitIds: [], signatories: [{ jabatan: 'Camat', nama: 'A', nip: '197013182005031005' }], witnesses: [] }),
  ],
  'declarations:update': [invalid('id as a path', { id: '../../etc/passwd', data: null })],
  'declarations:list': [],
  'declarations:get': [invalid('id as a path', { id: '../../etc/passwd' }), { label: 'an unknown declaration', input: { id: 'd0000000000000000' }, code: 'NOT_FOUND' }],
  'declarations:print': [
    invalid('id as a path', { id: 'C:\\Windows' }),
    invalid('neither id nor data', {}),
    invalid('data without signatories', { data: { title: 'Pencanangan', place: 'Serang', date: '2022-06-23', unitIds: [], signatories: [], witnesses: [] } }),
    { label: 'an unknown declaration', input: { id: 'd0000000000000000' }, code: 'NOT_FOUND' },
  ],
  'verification:verify': [
    invalid('an empty code', { code: '  ' }),
    invalid('a code of 1,000,000 characters', { code: HUGE }),
    invalid('a PDF that is not base64', { pdfBase64: '%PDF-1.7 <<>>' }),
  ],
  'verification:exportPublicKey': [],
  'verification:importTrustedKey': [invalid('no label', { pem: '-----BEGIN PUBLIC KEY-----', label: '' }), invalid('a key of 1,000,000 characters', { pem: HUGE, label: 'Lebak' })],
  'verification:listTrustedKeys': [],
  'verification:listTrustedCertificates': [],
  'verification:importTrustedCertificate': [
    invalid('no label', { pem: '-----BEGIN CERTIFICATE-----', label: '' }),
    invalid('a 20,000-character file', { pem: 'A'.repeat(20_000), label: 'Inspektorat Lain' }),
  ],
  'signing:certificate': [],
  'signing:exportKeys': [invalid('a passphrase as a number', { passphrase: 1234567890 }), invalid('a passphrase of 2,000 characters', { passphrase: 'x'.repeat(2000) })],
  'signing:restoreKeys': [
    invalid('no file', { json: '', passphrase: 'frasa sandi panjang' }),
    invalid('a 3 MB file', { json: 'x'.repeat(3_000_000), passphrase: 'frasa sandi panjang' }),
    { label: 'not an export', input: { json: '{"format":"lain"}', passphrase: 'frasa sandi panjang' }, code: 'INVALID_INPUT' },
  ],
  'signing:importCertificate': [
    invalid('data that is not base64', { fileName: 'kantor.p12', dataBase64: '<script>', passphrase: 'x' }),
    invalid('more than 64 KB of base64', { fileName: 'kantor.p12', dataBase64: 'A'.repeat(200_000), passphrase: 'x' }),
    invalid('a passphrase as a number', { fileName: 'kantor.p12', dataBase64: 'MIIB', passphrase: 12345 }),
    invalid('a passphrase of 1,000,000 characters', { fileName: 'kantor.p12', dataBase64: 'MIIB', passphrase: HUGE }),
    { label: 'bytes that are no PKCS#12', input: { fileName: 'kantor.p12', dataBase64: Buffer.from('%PDF-1.7').toString('base64'), passphrase: 'x' }, code: 'UNSUPPORTED_FILE' },
  ],
  'signing:rotateKeys': [],
  'documents:open': [...PATH_IDS.map((id) => invalid(`id ${JSON.stringify(id.slice(0, 20))}`, { id })), { label: 'an unknown document', input: { id: 'dok-0000000000000000' }, code: 'NOT_FOUND' }],
  'documents:save': [...PATH_IDS.map((id) => invalid(`id ${JSON.stringify(id.slice(0, 20))}`, { id })), { label: 'an unknown document', input: { id: 'dok-0000000000000000_3' }, code: 'NOT_FOUND' }],
  'documents:showInFolder': [...PATH_IDS.map((id) => invalid(`id ${JSON.stringify(id.slice(0, 20))}`, { id })), { label: 'an unknown document', input: { id: 'dok-0000000000000000' }, code: 'NOT_FOUND' }],
  'documents:openExternal': [
    invalid('a file: URL', { url: 'file:///C:/Windows/System32/calc.exe' }),
    invalid('a javascript: URL', { url: 'javascript:alert(1)' }),
    invalid('a data: URL', { url: 'data:text/html,<script>alert(1)</script>' }),
    invalid('a UNC path', { url: '\\\\server\\share\\x.exe' }),
    invalid('an ms-settings: URL', { url: 'ms-settings:privacy' }),
    invalid('a URL hiding its host behind credentials', { url: 'https://serangkab.go.id@contoh.test/' }),
    invalid('a URL without a host', { url: 'https://' }),
    invalid('a URL of 1,000,000 characters', { url: `https://contoh.test/${HUGE}` }),
    invalid('a URL as an object', { url: { href: 'https://contoh.test/' } }),
  ],
  'documents:openEvidence': [
    ...worksheetIdCases((id) => ({ id, evidenceId: 'bukti-0001' })),
    invalid('an evidence id as a path', { id: 'lke-abc-2024', evidenceId: '../../etc/passwd' }),
  ],
  // Excel exchange: refused by the contract, or NOT_FOUND before anything is written.
  'exchange:exportWorksheet': worksheetIdCases((id) => ({ id })),
  'exchange:importPreview': [
    ...worksheetIdCases((id) => ({ id, fileName: 'lke.xlsx', dataBase64: 'UEsDBA==' })),
    invalid('data that is not base64', { id: 'lke-abc-2024', fileName: 'lke.xlsx', dataBase64: '<script>' }),
    invalid('more than 10 MB of base64', { id: 'lke-abc-2024', fileName: 'lke.xlsx', dataBase64: 'A'.repeat(14_000_000) }),
    invalid('a file name of 1,000,000 characters', { id: 'lke-abc-2024', fileName: HUGE, dataBase64: 'UEsDBA==' }),
    invalid('the TPN layer', { id: 'lke-abc-2024', fileName: 'lke.xlsx', dataBase64: 'UEsDBA==', layer: 'tpn' }),
  ],
  'exchange:importCommit': [
    invalid('a preview id as a path', { previewId: '../../etc/passwd' }),
    invalid('a preview id as a number', { previewId: 42 }),
    { label: 'an unknown preview', input: { previewId: '00000000-0000-0000-0000-000000000000' }, code: 'NOT_FOUND' },
  ],
  'exchange:exportRecap': [invalid('year as text', { year: '2024' }), invalid('year 99999', { year: 99_999 }), invalid('year of 1,000,000 characters', { year: HUGE })],
  'reports:getMeta': [...worksheetIdCases((id) => ({ id })), { label: 'a worksheet that does not exist', input: { id: 'lke-abc-2024' }, code: 'NOT_FOUND' }],
  'reports:saveMeta': [
    ...worksheetIdCases((id) => ({ id, meta: emptyReportMeta() })),
    invalid('meta missing', { id: 'lke-abc-2024' }),
    invalid('a nomor surat of 1,000,000 characters', { id: 'lke-abc-2024', meta: { ...emptyReportMeta(), nomorSurat: HUGE } }),
    invalid('a control character in the perihal', { id: 'lke-abc-2024', meta: { ...emptyReportMeta(), perihal: 'Laporan\u0000' } }),
    invalid('an impossible date', { id: 'lke-abc-2024', meta: { ...emptyReportMeta(), tanggalSurat: '2022-02-30' } }),
    invalid('a NIP that is not one', { id: 'lke-abc-2024', meta: { ...emptyReportMeta(), ketuaTim: { nama: 'A', nip: '12345' } } }),
    invalid('100 team members', { id: 'lke-abc-2024', meta: { ...emptyReportMeta(), anggota: Array.from({ length: 100 }, () => ({ nama: 'A', nip: '' })) } }),
    invalid('recommendations as a string', { id: 'lke-abc-2024', meta: { ...emptyReportMeta(), rekomendasi: 'semua' } }),
  ],
  'reports:printLhe': [
    ...worksheetIdCases((id) => ({ id })),
    invalid('a nomor surat of 1,000,000 characters', { id: 'lke-abc-2024', meta: { ...emptyReportMeta(), nomorSurat: HUGE } }),
    invalid('meta as a string', { id: 'lke-abc-2024', meta: 'semua' }),
    { label: 'a worksheet that does not exist', input: { id: 'lke-abc-2024' }, code: 'NOT_FOUND' },
    { label: 'metadata for a worksheet that does not exist', input: { id: 'lke-abc-2024', meta: emptyReportMeta() }, code: 'NOT_FOUND' },
  ],
  'reports:recapPdf': [
    invalid('year as text', { year: '2024' }),
    invalid('year 99999', { year: 99_999 }),
    { label: 'a year without worksheets', input: { year: 2030 }, code: 'NOT_FOUND' },
  ],
  'reports:dashboard': [invalid('year as text', { year: '2024' }), invalid('year 1.5', { year: 1.5 }), invalid('no year', {})],
  // Backups: refused by the contract, or NOT_FOUND before anything is written.
  'backups:list': [],
  'backups:create': [],
  'backups:previewRestore': [
    ...PATH_IDS.map((id) => invalid(`snapshot id ${JSON.stringify(id.slice(0, 20))}`, { snapshotId: id })),
    { label: 'an unknown snapshot', input: { snapshotId: '20200101-000000000' }, code: 'NOT_FOUND' },
  ],
  'backups:previewArchive': [
    invalid('an empty path', { path: '  ' }),
    invalid('a path of 1,000,000 characters', { path: HUGE }),
    invalid('a NUL in the path', { path: '/tmp/a\u0000.zip' }),
    { label: 'an archive that does not exist', input: { path: '/tidak-ada/zi-desk/arsip.zip' }, code: 'NOT_FOUND' },
  ],
  'backups:restore': [
    ...PATH_IDS.map((id) => invalid(`snapshot id ${JSON.stringify(id.slice(0, 20))}`, { snapshotId: id })),
    invalid('an import id as a path', { importId: '../../etc/passwd' }),
    invalid('neither snapshot nor archive', { path: '/tmp/a.zip' }),
    { label: 'an unknown snapshot', input: { snapshotId: '20200101-000000000' }, code: 'NOT_FOUND' },
    { label: 'an archive never previewed', input: { importId: 'imp-0000000000000000' }, code: 'NOT_FOUND' },
  ],
  'backups:undoRestore': [{ label: 'nothing to undo', input: {}, code: 'NOT_FOUND' }],
  'backups:exportArchive': [
    invalid('an empty folder', { destination: '' }),
    invalid('a folder of 1,000,000 characters', { destination: HUGE }),
    invalid('a snapshot id as a path', { destination: '/tmp', snapshotId: '../..' }),
    { label: 'a relative folder', input: { destination: 'cadangan' }, code: 'INVALID_INPUT' },
  ],
  // No input: the handler fixes the dialog's title and filters; extra fields are dropped.
  'backups:chooseFolder': [],
  'backups:chooseArchive': [],
  'backups:exportStatus': [invalid('a job id as a path', { jobId: '../../etc/passwd' }), { label: 'an unknown job', input: { jobId: 'exp-0000000000000000' }, code: 'NOT_FOUND' }],
  // The proposal package: refused by the contract, or CONFLICT (nothing chosen for the year) before anything is written.
  'proposal:get': [invalid('year as text', { year: '2022' }), invalid('year 99999', { year: 99_999 }), invalid('no year', {})],
  'proposal:save': [
    invalid('no letter', { year: 2022, units: [] }),
    invalid('units as a string', { year: 2022, units: 'semua', letter: PROPOSAL_LETTER }),
    invalid('a unit id as a path', { year: 2022, units: [{ unitId: '../../etc/passwd', kategori: 'WBK' }], letter: PROPOSAL_LETTER }),
    invalid('an unknown category', { year: 2022, units: [{ unitId: 'demo-bapenda', kategori: 'WBX' }], letter: PROPOSAL_LETTER }),
    invalid('the same unit twice', { year: 2022, units: [{ unitId: 'demo-bapenda', kategori: 'WBK' }, { unitId: 'demo-bapenda', kategori: 'WBBM' }], letter: PROPOSAL_LETTER }),
    invalid('1,000 units', { year: 2022, units: Array.from({ length: 1000 }, (_, i) => ({ unitId: `unit-${i}`, kategori: 'WBK' })), letter: PROPOSAL_LETTER }),
    invalid('a nomor surat of 1,000,000 characters', { year: 2022, units: [], letter: { ...PROPOSAL_LETTER, nomorSurat: HUGE } }),
    invalid('an impossible date', { year: 2022, units: [], letter: { ...PROPOSAL_LETTER, tanggalSurat: '2023-02-30' } }),
    invalid('a NIP that is not one', { year: 2022, units: [], letter: { ...PROPOSAL_LETTER, penandatangan: { ...PROPOSAL_LETTER.penandatangan, nip: '12345' } } }),
    { label: 'a unit without a worksheet of the year', input: { year: 2030, units: [{ unitId: UNKNOWN_ID, kategori: 'WBK' }], letter: PROPOSAL_LETTER }, code: 'CONFLICT' },
  ],
  'proposal:printLetter': [invalid('year as text', { year: '2022' }), { label: 'a year with nothing chosen', input: { year: 2030 }, code: 'CONFLICT' }],
  'proposal:printSptjm': [invalid('year as text', { year: '2022' }), { label: 'a year with nothing chosen', input: { year: 2030 }, code: 'CONFLICT' }],
  'proposal:exportJson': [invalid('year 1.5', { year: 1.5 }), { label: 'a year with nothing chosen', input: { year: 2030 }, code: 'CONFLICT' }],
  'proposal:exportExcel': [invalid('year 1.5', { year: 1.5 }), { label: 'a year with nothing chosen', input: { year: 2030 }, code: 'CONFLICT' }],
  'bundles:export': [
    invalid('an empty folder', { destination: '', years: [2022], unitIds: [], kinds: ['worksheets'] }),
    invalid('a folder of 1,000,000 characters', { destination: HUGE, years: [2022], unitIds: [], kinds: ['worksheets'] }),
    invalid('no year', { destination: '/tmp', years: [], unitIds: [], kinds: ['worksheets'] }),
    invalid('an unknown kind', { destination: '/tmp', years: [2022], unitIds: [], kinds: ['keys'] }),
    invalid('a unit id as a path', { destination: '/tmp', years: [2022], unitIds: ['../..'], kinds: ['worksheets'] }),
    { label: 'a relative folder', input: { destination: 'paket', years: [2022], unitIds: [], kinds: ['worksheets'] }, code: 'INVALID_INPUT' },
  ],
  'bundles:exportStatus': [invalid('a job id as a path', { jobId: '../../etc/passwd' }), { label: 'an unknown job', input: { jobId: 'bnd-0000000000000000' }, code: 'NOT_FOUND' }],
  'bundles:preview': [
    invalid('an empty path', { path: '  ' }),
    invalid('a path of 1,000,000 characters', { path: HUGE }),
    invalid('a NUL in the path', { path: '/tmp/a\u0000.zidesk' }),
    { label: 'a bundle that does not exist', input: { path: '/tidak-ada/zi-desk/paket.zidesk' }, code: 'NOT_FOUND' },
  ],
  'bundles:apply': [
    invalid('a preview id as a path', { previewId: '../../etc/passwd', resolutions: {} }),
    invalid('an unknown side', { previewId: 'prv-0000000000000000', resolutions: { all: 'both' } }),
    invalid('an unknown resolution field', { previewId: 'prv-0000000000000000', resolutions: { __proto__x: 'ours' } }),
    { label: 'an unknown preview', input: { previewId: 'prv-0000000000000000', resolutions: { all: 'ours' } }, code: 'NOT_FOUND' },
  ],
  'bundles:trustSender': [
    invalid('an empty label', { previewId: 'prv-0000000000000000', label: ' ' }),
    { label: 'an unknown preview', input: { previewId: 'prv-0000000000000000', label: 'Laptop Anggota' }, code: 'NOT_FOUND' },
  ],
  'bundles:stateHash': [invalid('a year as text', { years: ['2022'], unitIds: [] }), invalid('a unit id as a path', { years: [2022], unitIds: ['../x'] })],
  // No input: the handler fixes the dialog's title and filters; extra fields are dropped.
  'bundles:chooseFolder': [],
  'bundles:chooseBundle': [],
  'audit:list': [
    invalid('a unit id as a path', { unitId: '../../etc' }),
    invalid('an installation that is no id', { installationId: 'laptop-a' }),
    invalid('a negative page', { offset: -1 }),
    invalid('a page of a million lines', { limit: 1_000_000 }),
    invalid('a kind with punctuation', { kind: 'worksheets:saveAnswers;rm' }),
  ],
  'audit:status': [],
};

const channels = listChannels(contract);

describe('the hostile-input table', () => {
  it('has a row for every channel of the contract and nothing else', () => {
    expect(Object.keys(HOSTILE).sort()).toEqual(channels.map((c) => c.name).sort());
  });
});

async function expectHostileRefused(h: Harness, name: string, state: 'empty' | 'seeded'): Promise<void> {
  const cases = (HOSTILE as Record<string, HostileCase[] | undefined>)[name];
  if (!cases) throw new Error(`channel ${name} has no row in the hostile-input table`);
  const masterBefore = await masterFile(h.dataDir);
  const folderBefore = await folderSnapshot(h.dataDir);
  for (const { label, input, code, emptyCode } of [...GENERIC, ...cases]) {
    const result = await h.raw(name, input);
    expect(result.ok, `${name} accepted ${label}`).toBe(false);
    const error = expectFail(result, state === 'empty' ? (emptyCode ?? code) : code);
    expect(error.message, `${name} / ${label}`).not.toContain('x'.repeat(100));
  }
  expect(await masterFile(h.dataDir)).toEqual(masterBefore);
  expect(await folderSnapshot(h.dataDir)).toEqual(folderBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('every channel refuses hostile input and writes nothing', () => {
  describe('on an empty data folder (master.json absent)', () => {
    let h: Harness;
    beforeEach(async () => {
      h = await harness.open();
    });

    it.each(channels.map((c) => c.name))('%s', async (name) => {
      expect(await masterFile(h.dataDir)).toBeNull();
      await expectHostileRefused(h, name, 'empty');
      expect(await masterFile(h.dataDir)).toBeNull();
    });
  });

  describe('on a data folder with demo data, a logo and a user name', () => {
    // Prepared once; every test opens a fresh copy and proves it wrote nothing.
    let seeded: { dir: string; remove(): Promise<void> };
    let h: Harness;
    beforeAll(async () => {
      seeded = await prepareDataDir(async (dispatch) => {
        expectOk(await dispatch('demo:load', {}));
        expectOk(await dispatch('settings:setLogo', { fileName: 'logo.png', dataBase64: TINY_PNG_BASE64 }));
        expectOk(await dispatch('app:setUserName', { name: 'Penguji' }));
      });
    });
    afterAll(async () => {
      await seeded.remove();
    });
    beforeEach(async () => {
      h = await harness.openCopy(seeded.dir);
    });

    it.each(channels.map((c) => c.name))('%s', async (name) => {
      expect(await masterFile(h.dataDir)).not.toBeNull();
      await expectHostileRefused(h, name, 'seeded');
    });
  });
});

describe('channel names', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness.open();
  });

  const names: unknown[] = [
    'units:destroy',
    'units',
    '',
    ':',
    'UNITS:LIST',
    ' units:list',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'units:__proto__',
    'units:constructor',
    '__proto__:list',
    'constructor:prototype',
    '../../etc/passwd',
    HUGE,
    null,
    undefined,
    42,
    ['units:list'],
    { toString: () => 'units:list' },
  ];

  it.each(names.map((name) => [typeof name === 'string' ? name.slice(0, 40) : String(typeof name), name]))(
    'refuses %j as UNKNOWN_CHANNEL',
    async (_label, name) => {
      const error = expectFail(await h.raw(name, {}), 'UNKNOWN_CHANNEL');
      expect(error.message).toBe('Perintah tidak dikenal.');
      expect(await masterFile(h.dataDir)).toBeNull();
    },
  );
});

describe('createDispatcher', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness.open();
  });

  it('returns the handler value as ok', async () => {
    const status = expectOk(await h.call('app:status', undefined));
    expect(status).toMatchObject({ version: 'test', host: 'web', isEmpty: true, dataDir: h.dataDir });
  });

  it('passes the parsed input (trimmed, normalised) to the handler', async () => {
    const unit = expectOk(await h.call('units:create', unitInput({ nama: '  Dinas Sosial  ', kepalaNip: '19700518 200503 1 005' })));
    expect(unit).toMatchObject({ nama: 'Dinas Sosial', kepalaNip: '197005182005031005', aktif: true });
  });

  it('strips control and bidi characters from names before they are stored or printed', async () => {
    const unit = expectOk(await h.call('units:create', unitInput({ nama: 'Dinas \u202ESosial\u0000', kepalaNama: '\u2067Drs. Kepala Fiktif\u2069', kepalaNip: '19700518 200503 1 005' })));
    expect(unit).toMatchObject({ nama: 'Dinas Sosial', kepalaNama: 'Drs. Kepala Fiktif' });
    const person = expectOk(await h.call('people:create', personInput(unit.id, { nama: 'Budi\u200F Santoso\u009B Fiktif' })));
    expect(person.nama).toBe('Budi Santoso Fiktif');
  });

  it('lists field issues with their paths, in Indonesian', async () => {
    const error = expectFail(await h.raw('units:create', { ...unitInput(), nama: '', jenis: 'X' }), 'INVALID_INPUT');
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: 'nama', message: 'Nama unit kerja wajib diisi.' },
        { path: 'jenis', message: 'Jenis unit tidak dikenal.' },
      ]),
    );
    expect(error.message).toMatch(/^Nama unit kerja wajib diisi\. \(dan 1 masalah lain\)$/);
  });

  it('caps the issues of a huge wrong input', async () => {
    const error = expectFail(await h.raw('people:create', Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`k${i}`, i]))), 'INVALID_INPUT');
    expect(error.issues?.length ?? 0).toBeGreaterThan(0);
    expect(error.issues?.length ?? 0).toBeLessThanOrEqual(50);
  });

  it('turns an unexpected exception into INTERNAL without leaking it, and logs it', async () => {
    const logged: unknown[] = [];
    const handlers = createHandlers(h.services);
    const broken = {
      ...handlers,
      units: {
        ...handlers.units,
        list: async (): Promise<never> => {
          throw new TypeError("Cannot read properties of undefined (reading 'nama') at /secret/path.ts:1:2");
        },
      },
    };
    const dispatch = createDispatcher(broken, (_message, error) => logged.push(error));
    const error = expectFail(await dispatch('units:list', undefined), 'INTERNAL');
    expect(error.message).toContain('Data tidak diubah');
    expect(error.message).not.toContain('secret');
    expect(logged).toHaveLength(1);
  });

  it('passes an AppFailure through with its code', async () => {
    const error = expectFail(await h.call('units:setActive', { id: 'unit-tidak-ada', aktif: false }), 'NOT_FOUND');
    expect(error.message).toBe('Unit kerja tidak ditemukan. Muat ulang daftar unit.');
  });

  it('refuses to build without a handler for every channel', () => {
    const handlers = createHandlers(h.services) as unknown as Record<string, Record<string, unknown>>;
    const { people: _people, ...rest } = handlers;
    expect(() => createDispatcher(rest as never)).toThrow(/people:list/);
  });

  it('accepts deep but legitimate nesting and refuses absurd nesting', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expectFail(await h.raw('units:list', { includeInactive: false, extra: deep }), 'INVALID_INPUT');
    expect(await masterFile(h.dataDir)).toBeNull();
  });
});

describe('a prototype-polluting input', () => {
  it('does not pollute Object.prototype nor reach the store', async () => {
    const h = await harness.open();
    const unit = expectOk(await h.call('units:create', unitInput()));
    const before = await fsp.readFile(path.join(h.dataDir, 'master.json'), 'utf8');
    const hostile = JSON.parse(
      `{"id":"${unit.id}","data":{"nama":"Baru","singkatan":"","jenis":"KECAMATAN","kepalaNama":"","kepalaNip":"","kepalaJabatan":"","afirmasi":false,"__proto__":{"aktif":false}}}`,
    ) as unknown;
    expectFail(await h.raw('units:update', hostile), 'INVALID_INPUT');
    expect(({} as Record<string, unknown>).aktif).toBeUndefined();
    expect(await fsp.readFile(path.join(h.dataDir, 'master.json'), 'utf8')).toBe(before);
  });
});
