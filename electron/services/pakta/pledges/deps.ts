import type { DocumentsService } from '../../documents';
import type { BlobStore } from '../../files';
import type { MasterDataService } from '../../masterdata';
import type { PdfRenderer } from '../../pdf/renderer';
import type { Sandbox } from '../../sandbox';
import type { SigningService } from '../../signing';
import type { Storage } from '../../storage';
import type { PledgeTemplateService } from '../templates';

/** What the pledge service needs from the composition root. */
export interface PaktaDeps {
  storage: Storage;
  blobs: BlobStore;
  master: MasterDataService;
  now: () => Date;
  signing: () => Promise<SigningService>;
  documents: DocumentsService;
  templates: PledgeTemplateService;
  /** Where uploaded signature images are checked and cleaned (the parsing sandbox). */
  sandbox: Sandbox;
  /** Fonts folder for the PDF engine (packaged app, tests); default: resources/fonts. */
  fontsDir?: string;
  /** The app's PDF renderer (its worker thread). */
  pdf: PdfRenderer;
}
