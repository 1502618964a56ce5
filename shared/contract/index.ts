import { z } from 'zod';
import {
  archiveFileInputSchema,
  exportArchiveInputSchema,
  exportStatusInputSchema,
  restoreInputSchema,
  snapshotRefInputSchema,
  type BackupsOverview,
  type ChosenPath,
  type ExportJobStatus,
  type RestorePreview,
  type RestoreResult,
  type SnapshotView,
} from '../backups';
import type { AppStatus, DataRevision } from '../app';
import {
  bundleApplyInputSchema,
  bundleExportInputSchema,
  bundleJobInputSchema,
  bundlePreviewInputSchema,
  bundleStateHashInputSchema,
  bundleTrustInputSchema,
  type BundleApplyResult,
  type BundleExportStatus,
  type BundlePreview,
  type BundleStateHash,
} from '../bundles';
import { auditListInputSchema, type AuditPage, type AuditStatusView } from '../audit';
import type { DemoLoaded, DemoRemoved } from '../demo';
import type { ImportPreview } from '../masterdata/import';
import {
  idSchema,
  institutionInputSchema,
  personInputSchema,
  unitInputSchema,
  type Institution,
  type Person,
  type Unit,
} from '../masterdata/schemas';
import type { InstansiYearRecord } from '../lke';
import { safeText, yearSchema } from '../schemas/common';
import {
  addEvidenceFileInputSchema,
  addEvidenceReferenceInputSchema,
  confirmCarriedInputSchema,
  undoConfirmCarriedInputSchema,
  evidenceBlobInputSchema,
  planInputSchema,
  prerequisitesSaveInputSchema,
  prerequisitesYearInputSchema,
  removeEvidenceInputSchema,
  saveAnswersInputSchema,
  setPrerequisitesInputSchema,
  transitionInputSchema,
  worksheetCreateInputSchema,
  worksheetRefInputSchema,
  worksheetsListInputSchema,
  type EvidenceBlob,
  type TemplateInfo,
  type WorksheetDetail,
  type WorksheetList,
  type WorksheetPlan,
} from '../worksheets';
import {
  declarationInputSchema,
  declarationPrintInputSchema,
  declarationRefInputSchema,
  declarationUpdateInputSchema,
  type DeclarationView,
  type PrintedDeclaration,
} from '../declarations';
import {
  documentOpenInputSchema,
  importTrustedKeyInputSchema,
  importTrustedCertificateInputSchema,
  type GeneratedPdf,
  verifyInputSchema,
  type OpenDocumentResult,
  type PublicKeyView,
  type TrustedKeyView,
  type TrustedCertificateView,
  type VerificationView,
} from '../documents';
import {
  batchJobInputSchema,
  pledgeAttachScanInputSchema,
  pledgeBatchInputSchema,
  pledgeCoverageInputSchema,
  pledgeCreateInputSchema,
  pledgeMarkSignedInputSchema,
  pledgeRefInputSchema,
  pledgeRegistryInputSchema,
  pledgeRevokeInputSchema,
  pledgeRevocationExportInputSchema,
  pledgeRevocationImportInputSchema,
  templateSaveInputSchema,
  type BatchStarted,
  type BatchStatus,
  type IntegrityNotice,
  type PledgeCoverage,
  type PledgeRegistry,
  type PledgeTemplateView,
  type PledgeView,
  type PrintedPledge,
  type RevocationImportResult,
  type RevocationListExport,
} from '../pledges';
import {
  exchangeExportRecapInputSchema,
  exchangeExportWorksheetInputSchema,
  exchangeImportCommitInputSchema,
  exchangeImportPreviewInputSchema,
  type ExchangeFile,
  type ExchangeImportPreview,
  type ExchangeImportResult,
} from '../exchange';
import {
  reportPrintLheInputSchema,
  reportRefInputSchema,
  reportSaveMetaInputSchema,
  reportYearInputSchema,
  type DashboardView,
  type PrintedLhe,
  type ReportMetaView,
} from '../reports';
import { proposalSaveInputSchema, proposalYearInputSchema, type ProposalFile, type ProposalView } from '../proposal';
import { MAX_LOGO_BYTES, MAX_ROSTER_BYTES } from '../limits';
import { base64Bytes, fileNameSchema } from '../schemas/bytes';
import { openExternalInputSchema, type OpenExternalResult, type SaveDocumentResult, type ShowInFolderResult } from '../documents/open';
import { exportKeysInputSchema, importCertificateInputSchema, restoreKeysInputSchema, type KeyExportView, type KeyRestoreView, type SigningCertificateView } from '../signing';
import { channel, type ChannelNameOf, type ClientOf } from './define';

// Zod's own messages (wrong type, too long …) in Bahasa Indonesia, for every consumer of the contract.
z.config(z.locales.id());

export * from './define';
export * from './revision';
export * from '../schemas/bytes';

/** The institution as the settings screen shows it, with the logo ready for an <img>. */
export interface InstitutionView extends Institution {
  logoDataUrl: string | null;
  /** The regency emblem of the Pemerintah Kabupaten kop, ready for an <img>. */
  lambangDataUrl: string | null;
}

const empty = z.object({}).optional();

/**
 * The IPC contract: every channel between renderer and main, declared once. Handlers, the preload
 * bridge and the renderer's client are all typed from this object.
 */
export const contract = {
  app: {
    status: channel<AppStatus>()(empty),
    setUserName: channel<AppStatus>()(
      z.object({ name: safeText().trim().min(1, 'Nama pengguna wajib diisi.').max(100, 'Nama pengguna paling banyak 100 karakter.') }),
    ),
    dismissNotices: channel<AppStatus>()(empty),
    /** The active evaluation year of the app's header; `null` follows the calendar year again. */
    setActiveYear: channel<AppStatus>()(z.object({ year: yearSchema.nullable() })),
    /** The data revision: changes after every successful write, so screens know when to reload. */
    revision: channel<DataRevision>()(empty),
  },
  settings: {
    get: channel<InstitutionView>()(empty),
    save: channel<InstitutionView>()(institutionInputSchema),
    setLogo: channel<InstitutionView>()(z.object({ fileName: fileNameSchema, dataBase64: base64Bytes(MAX_LOGO_BYTES, 'Logo') })),
    removeLogo: channel<InstitutionView>()(empty),
    /** The regency emblem of the Pemerintah Kabupaten kop (same checks as the logo). */
    setLambang: channel<InstitutionView>()(z.object({ fileName: fileNameSchema, dataBase64: base64Bytes(MAX_LOGO_BYTES, 'Logo') })),
    removeLambang: channel<InstitutionView>()(empty),
  },
  units: {
    list: channel<Unit[]>()(z.object({ includeInactive: z.boolean().optional() }).optional()),
    create: channel<Unit>()(unitInputSchema),
    update: channel<Unit>()(z.object({ id: idSchema, data: unitInputSchema })),
    setActive: channel<Unit>()(z.object({ id: idSchema, aktif: z.boolean() })),
  },
  people: {
    list: channel<Person[]>()(
      z
        .object({
          unitId: idSchema.optional(),
          query: z.string().max(100, 'Kata kunci pencarian paling banyak 100 karakter.').optional(),
          includeInactive: z.boolean().optional(),
        })
        .optional(),
    ),
    create: channel<Person>()(personInputSchema),
    update: channel<Person>()(z.object({ id: idSchema, data: personInputSchema })),
    setActive: channel<Person>()(z.object({ id: idSchema, aktif: z.boolean() })),
    importPreview: channel<ImportPreview>()(
      z.object({ fileName: fileNameSchema, dataBase64: base64Bytes(MAX_ROSTER_BYTES, 'Berkas daftar pegawai') }),
    ),
    importCommit: channel<{ imported: number }>()(z.object({ previewId: z.string().regex(/^[a-z0-9-]{8,64}$/, 'Pratinjau tidak dikenal.') })),
  },
  /** Demo data of Kabupaten Serang: master data, and with `withYear` the 2021–2022 story; removed in one step. */
  demo: {
    load: channel<DemoLoaded>()(
      z.object({ withYear: z.boolean({ error: 'Pilihan tahun contoh harus ya atau tidak.' }).optional() }).optional(),
    ),
    remove: channel<DemoRemoved>()(empty),
  },
  /** LKE worksheets, one per unit per year. Inputs and views: shared/worksheets. */
  worksheets: {
    templates: channel<TemplateInfo[]>()(empty),
    list: channel<WorksheetList>()(worksheetsListInputSchema),
    get: channel<WorksheetDetail>()(worksheetRefInputSchema),
    create: channel<WorksheetDetail>()(worksheetCreateInputSchema),
    saveAnswers: channel<WorksheetDetail>()(saveAnswersInputSchema),
    confirmCarried: channel<WorksheetDetail>()(confirmCarriedInputSchema),
    undoConfirmCarried: channel<WorksheetDetail>()(undoConfirmCarriedInputSchema),
    transition: channel<WorksheetDetail>()(transitionInputSchema),
    addEvidenceFile: channel<WorksheetDetail>()(addEvidenceFileInputSchema),
    addEvidenceReference: channel<WorksheetDetail>()(addEvidenceReferenceInputSchema),
    removeEvidence: channel<WorksheetDetail>()(removeEvidenceInputSchema),
    evidenceBlob: channel<EvidenceBlob>()(evidenceBlobInputSchema),
    setPrerequisites: channel<WorksheetDetail>()(setPrerequisitesInputSchema),
    plan: channel<WorksheetPlan>()(planInputSchema),
  },
  /** Instansi-level proposal prerequisites per year (PermenPANRB 5/2024). */
  prerequisites: {
    list: channel<InstansiYearRecord[]>()(empty),
    getYear: channel<InstansiYearRecord | null>()(prerequisitesYearInputSchema),
    saveYear: channel<InstansiYearRecord>()(prerequisitesSaveInputSchema),
  },
  /** Pakta Integritas templates, versioned. */
  pledgeTemplates: {
    list: channel<PledgeTemplateView[]>()(empty),
    saveVersion: channel<PledgeTemplateView>()(templateSaveInputSchema),
  },
  /** Pakta Integritas: one pledge, its PDF, registry and coverage, batch printing. */
  pledges: {
    create: channel<PledgeView>()(pledgeCreateInputSchema),
    get: channel<PledgeView>()(pledgeRefInputSchema),
    /** Creates the pledge (or reuses the identical one already stored), renders, stores and returns its PDF. */
    print: channel<PrintedPledge>()(pledgeCreateInputSchema),
    /** Prints a stored pledge again. */
    pdf: channel<GeneratedPdf>()(pledgeRefInputSchema),
    registry: channel<PledgeRegistry>()(pledgeRegistryInputSchema),
    coverage: channel<PledgeCoverage>()(pledgeCoverageInputSchema),
    markSigned: channel<PledgeView>()(pledgeMarkSignedInputSchema),
    attachScan: channel<PledgeView>()(pledgeAttachScanInputSchema),
    revoke: channel<PledgeView>()(pledgeRevokeInputSchema),
    /** The signed list of a year's revoked codes, for other installations. */
    exportRevocations: channel<RevocationListExport>()(pledgeRevocationExportInputSchema),
    /** Imports a signed revocation list (this installation's or a trusted key's). */
    importRevocations: channel<RevocationImportResult>()(pledgeRevocationImportInputSchema),
    /** Years whose status log is broken or whose pledges are not intact (the notice on every screen). */
    integrityNotice: channel<IntegrityNotice>()(empty),
    batch: channel<BatchStarted>()(pledgeBatchInputSchema),
    batchStatus: channel<BatchStatus>()(batchJobInputSchema),
    cancel: channel<BatchStatus>()(batchJobInputSchema),
  },
  /** Pencanangan / Deklarasi events and their Piagam PDF. */
  declarations: {
    create: channel<DeclarationView>()(declarationInputSchema),
    update: channel<DeclarationView>()(declarationUpdateInputSchema),
    list: channel<DeclarationView[]>()(empty),
    get: channel<DeclarationView>()(declarationRefInputSchema),
    print: channel<PrintedDeclaration>()(declarationPrintInputSchema),
  },
  /** Offline verification of generated documents and the installation's keys. */
  verification: {
    verify: channel<VerificationView>()(verifyInputSchema),
    exportPublicKey: channel<PublicKeyView>()(empty),
    importTrustedKey: channel<TrustedKeyView>()(importTrustedKeyInputSchema),
    listTrustedKeys: channel<TrustedKeyView[]>()(empty),
    /** Trusts another installation's PDF-signing certificate (its public key file carries it too). */
    importTrustedCertificate: channel<TrustedCertificateView>()(importTrustedCertificateInputSchema),
    listTrustedCertificates: channel<TrustedCertificateView[]>()(empty),
  },
  /** The certificate that signs generated PDFs and the installation's keys. Inputs and views: shared/signing. */
  signing: {
    certificate: channel<SigningCertificateView>()(empty),
    importCertificate: channel<SigningCertificateView>()(importCertificateInputSchema),
    rotateKeys: channel<SigningCertificateView>()(empty),
    /** "Ekspor kunci…": every key of the installation in one file encrypted with a passphrase (scrypt). */
    exportKeys: channel<KeyExportView>()(exportKeysInputSchema),
    /** "Pulihkan kunci…": writes the keys of an exported file (another PC, or keys/ lost). */
    restoreKeys: channel<KeyRestoreView>()(restoreKeysInputSchema),
  },
  /** Generated documents through the native port. */
  documents: {
    open: channel<OpenDocumentResult>()(documentOpenInputSchema),
    /** "Simpan salinan…": a save dialog with the document's real name, or a download in the browser. */
    save: channel<SaveDocumentResult>()(documentOpenInputSchema),
    /** "Tampilkan di folder": the file in Explorer (Electron only). */
    showInFolder: channel<ShowInFolderResult>()(documentOpenInputSchema),
    /** An http(s) address, after the renderer asked for confirmation; main checks the scheme again. */
    openExternal: channel<OpenExternalResult>()(openExternalInputSchema),
    /** An evidence file of a worksheet in the preview (Electron); the browser opens the bytes itself. */
    openEvidence: channel<OpenDocumentResult>()(evidenceBlobInputSchema),
  },
  /** Excel exchange of LKE worksheets and the annual recap. Inputs and views: shared/exchange. */
  exchange: {
    exportWorksheet: channel<ExchangeFile>()(exchangeExportWorksheetInputSchema),
    importPreview: channel<ExchangeImportPreview>()(exchangeImportPreviewInputSchema),
    importCommit: channel<ExchangeImportResult>()(exchangeImportCommitInputSchema),
    exportRecap: channel<ExchangeFile>()(exchangeExportRecapInputSchema),
  },
  /** Laporan Hasil Evaluasi, annual recap and the yearly dashboard. Inputs and views: shared/reports. */
  reports: {
    getMeta: channel<ReportMetaView>()(reportRefInputSchema),
    saveMeta: channel<ReportMetaView>()(reportSaveMetaInputSchema),
    printLhe: channel<PrintedLhe>()(reportPrintLheInputSchema),
    recapPdf: channel<GeneratedPdf>()(reportYearInputSchema),
    dashboard: channel<DashboardView>()(reportYearInputSchema),
  },
  /** Whole-folder backups: snapshots, restore with preview and undo, archives. Inputs and views: shared/backups. */
  backups: {
    list: channel<BackupsOverview>()(empty),
    create: channel<SnapshotView>()(empty),
    previewRestore: channel<RestorePreview>()(snapshotRefInputSchema),
    /** Reads and checks an archive file (a path on this computer) and previews restoring it. */
    previewArchive: channel<RestorePreview>()(archiveFileInputSchema),
    restore: channel<RestoreResult>()(restoreInputSchema),
    undoRestore: channel<RestoreResult>()(empty),
    /** Starts writing an archive into a folder on this computer; poll `exportStatus`. */
    exportArchive: channel<{ jobId: string }>()(exportArchiveInputSchema),
    exportStatus: channel<ExportJobStatus>()(exportStatusInputSchema),
    /** Electron: the archive's destination folder from a native dialog; `path: null` when cancelled or on the web host. */
    chooseFolder: channel<ChosenPath>()(empty),
    /** Electron: an archive file (.zip) from a native dialog; `path: null` when cancelled or on the web host. */
    chooseArchive: channel<ChosenPath>()(empty),
  },
  /** The proposal package to KemenPANRB for a year: choice, letters, PortalRB data. Inputs and views: shared/proposal. */
  proposal: {
    get: channel<ProposalView>()(proposalYearInputSchema),
    save: channel<ProposalView>()(proposalSaveInputSchema),
    printLetter: channel<GeneratedPdf>()(proposalYearInputSchema),
    printSptjm: channel<GeneratedPdf>()(proposalYearInputSchema),
    exportJson: channel<ProposalFile>()(proposalYearInputSchema),
    exportExcel: channel<ProposalFile>()(proposalYearInputSchema),
  },
  /** Bundles between installations (.zidesk): send a selection, preview and apply one received. Inputs and views: shared/bundles. */
  bundles: {
    /** Starts writing a bundle into a folder on this computer; poll `exportStatus`. */
    export: channel<{ jobId: string }>()(bundleExportInputSchema),
    exportStatus: channel<BundleExportStatus>()(bundleJobInputSchema),
    /** Reads and checks a received bundle (a path on this computer) and previews merging it. */
    preview: channel<BundlePreview>()(bundlePreviewInputSchema),
    /** Applies a previewed bundle with the person's resolutions, all or nothing. */
    apply: channel<BundleApplyResult>()(bundleApplyInputSchema),
    /** Trusts the sender's key of a previewed bundle (the trusted-keys store of signing). */
    trustSender: channel<BundlePreview>()(bundleTrustInputSchema),
    /** The canonical hash of a selection: equal on installations holding the same data. */
    stateHash: channel<BundleStateHash>()(bundleStateHashInputSchema),
    /** Electron: the destination folder from a native dialog; `path: null` when cancelled or on the web host. */
    chooseFolder: channel<ChosenPath>()(empty),
    /** Electron: a received .zidesk file from a native dialog; `path: null` when cancelled or on the web host. */
    chooseBundle: channel<ChosenPath>()(empty),
  },
  /** The audit trail: every change of stored data, this installation's and other installations'. Views: shared/audit. */
  audit: {
    /** Newest first, filtered by person, unit, year, kind and installation, one page at a time. */
    list: channel<AuditPage>()(auditListInputSchema),
    /** Each installation's log: events, signed head, valid or broken with the reason. */
    status: channel<AuditStatusView>()(empty),
  },
} as const;

export type Contract = typeof contract;
export type ZiApi = ClientOf<Contract>;
export type ChannelName = ChannelNameOf<Contract>;
