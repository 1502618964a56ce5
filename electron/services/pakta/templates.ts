import { DEFAULT_PLEDGE_KOP } from '../../../shared/documents/kop';
import type { z } from 'zod';
import { PLEDGE_TEMPLATES, nextTemplateVersion, pledgeTemplateFor, pledgeTemplateSchema } from '../../../shared/pakta/templates';
import type { JenisAsn } from '../../../shared/format/nip';
import type { PledgeTemplate } from '../../../shared/pakta/types';
import type { PledgeTemplateView, templateSaveInputSchema } from '../../../shared/pledges';
import { AppFailure } from '../../../shared/result';
import type { Storage, StoredDocument } from '../storage';
import { templatesSpec, type StoredTemplate, type TemplatesDocument } from './documents';

/**
 * Pledge templates as versioned data: the shipped versions are code
 * (shared/pakta/templates.ts); every edit is stored as a new version in `pledge-templates`. New
 * pledges use the newest version for their kind of signer; signed pledges keep the text they were
 * rendered with, whatever happens here later.
 */
export interface PledgeTemplateService {
  /** Every version, shipped and edited, newest first within each template id. */
  list(): PledgeTemplateView[];
  /** Every version as plain templates (for lookups). */
  all(): PledgeTemplate[];
  /** The newest template for a kind of signer. */
  forSigner(jenisAsn: JenisAsn): PledgeTemplate;
  saveVersion(input: z.output<typeof templateSaveInputSchema>, by: string): Promise<PledgeTemplateView>;
}

function toTemplate(stored: StoredTemplate): PledgeTemplate {
  const { createdAt: _createdAt, createdBy: _createdBy, ...template } = stored;
  return template;
}

/** The editable wording in a fixed order, to tell a real change from a save without edits. */
function wordingKey(template: Pick<PledgeTemplate, 'name' | 'title' | 'opening' | 'leadIn' | 'points' | 'closing' | 'signerCaption' | 'witnessCaption' | 'meterai' | 'kop'>): string {
  const { name, title, opening, leadIn, points, closing, signerCaption, witnessCaption } = template;
  return JSON.stringify([name, title, opening, leadIn, [...points], closing, signerCaption, witnessCaption, template.meterai !== false, template.kop ?? DEFAULT_PLEDGE_KOP]);
}

export async function createPledgeTemplateService(storage: Storage, now: () => Date): Promise<PledgeTemplateService> {
  const doc: StoredDocument<TemplatesDocument> = await storage.open(templatesSpec);

  const all = (): PledgeTemplate[] => [...PLEDGE_TEMPLATES, ...doc.data.versions.map(toTemplate)];

  const newestVersion = (id: string): number => Math.max(0, ...all().filter((t) => t.id === id).map((t) => t.version));

  const view = (template: PledgeTemplate): PledgeTemplateView => {
    const stored = doc.data.versions.find((t) => t.id === template.id && t.version === template.version);
    return {
      ...template,
      builtIn: stored === undefined,
      newest: template.version === newestVersion(template.id),
      createdAt: stored?.createdAt ?? null,
      createdBy: stored?.createdBy ?? null,
    };
  };

  return {
    all,
    list: () =>
      all()
        .map(view)
        .sort((a, b) => a.id.localeCompare(b.id) || b.version - a.version),
    forSigner: (jenisAsn) => pledgeTemplateFor(jenisAsn, all()),

    async saveVersion(input, by) {
      const base = all().find((t) => t.id === input.templateId && t.version === input.baseVersion);
      if (!base) throw new AppFailure('NOT_FOUND', 'Templat tidak ditemukan. Muat ulang daftar templat.');
      if (input.baseVersion !== newestVersion(input.templateId)) {
        throw new AppFailure('CONFLICT', 'Templat ini sudah diubah di tempat lain (ada versi yang lebih baru). Muat ulang lalu ulangi perubahan.');
      }
      const changes = Object.fromEntries(Object.entries(input.changes).filter(([, value]) => value !== undefined));
      const next = nextTemplateVersion(base, changes);
      const parsed = pledgeTemplateSchema.safeParse(next);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new AppFailure('INVALID_INPUT', issue?.message ?? 'Templat tidak valid.', parsed.error.issues.slice(0, 20).map((i) => ({ path: `changes.${i.path.map(String).join('.')}`, message: i.message })));
      }
      if (wordingKey(base) === wordingKey(parsed.data)) throw new AppFailure('INVALID_INPUT', 'Tidak ada perubahan pada templat; versi baru tidak dibuat.');
      const stored: StoredTemplate = { ...parsed.data, createdAt: now().toISOString(), createdBy: by };
      await doc.update((draft) => {
        if (draft.versions.some((t) => t.id === stored.id && t.version === stored.version)) {
          throw new AppFailure('CONFLICT', 'Versi templat ini baru saja disimpan di tempat lain. Muat ulang daftar templat.');
        }
        draft.versions.push(stored);
      });
      return view(toTemplate(stored));
    },
  };
}
