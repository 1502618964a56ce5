import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { ImportPreview } from '../../shared/masterdata/import';
import type { personInputSchema } from '../../shared/masterdata/schemas';
import { AppFailure } from '../../shared/result';
import type { Services } from '../services/container';
import { parseRoster, validateRoster } from '../services/roster';
import type { DomainHandlers } from './types';

type ParsedPerson = z.output<typeof personInputSchema>;

/** How long a preview can wait for confirmation before it must be uploaded again. */
const PREVIEW_TTL_MS = 30 * 60 * 1000;
const MAX_PENDING_PREVIEWS = 5;

export function peopleHandlers(services: Services): DomainHandlers<'people'> {
  const { master } = services;
  const previews = new Map<string, { valid: ParsedPerson[]; createdAt: number; rosterStamp: string }>();

  /** What a preview was checked against: units and people, not settings or the logo. */
  function rosterStamp(): string {
    const { units, people } = master.data();
    return JSON.stringify([units, people]);
  }

  function prune(): void {
    const now = services.now().getTime();
    for (const [id, preview] of previews) if (now - preview.createdAt > PREVIEW_TTL_MS) previews.delete(id);
    while (previews.size >= MAX_PENDING_PREVIEWS) {
      const oldest = previews.keys().next().value;
      if (oldest === undefined) break;
      previews.delete(oldest);
    }
  }

  return {
    list: async (input) => master.listPeople(input ?? {}),
    create: async (input) => master.createPerson(input),
    update: async ({ id, data }) => master.updatePerson(id, data),
    setActive: async ({ id, aktif }) => master.setPersonActive(id, aktif),

    importPreview: async ({ fileName, dataBase64 }): Promise<ImportPreview> => {
      const bytes = Buffer.from(dataBase64, 'base64');
      if (bytes.length === 0) throw new AppFailure('INVALID_INPUT', 'Berkas kosong.');
      const parsed = await parseRoster(fileName, bytes);
      const { rows, valid } = validateRoster(parsed, master.data());
      prune();
      const previewId = randomUUID();
      if (parsed.fileErrors.length === 0 && valid.length > 0) {
        previews.set(previewId, { valid, createdAt: services.now().getTime(), rosterStamp: rosterStamp() });
      }
      return {
        previewId,
        fileName,
        rows,
        validCount: valid.length,
        invalidCount: rows.length - valid.length,
        fileErrors: parsed.fileErrors,
      };
    },

    importCommit: async ({ previewId }) => {
      const preview = previews.get(previewId);
      if (!preview) {
        throw new AppFailure('NOT_FOUND', 'Pratinjau impor tidak ditemukan atau sudah kedaluwarsa. Unggah berkas sekali lagi.');
      }
      // Settings or logo saves do not matter; a changed roster or unit list does.
      if (preview.rosterStamp !== rosterStamp()) {
        previews.delete(previewId);
        throw new AppFailure('CONFLICT', 'Data pegawai berubah sejak pratinjau dibuat. Unggah berkas sekali lagi agar diperiksa ulang.');
      }
      const imported = await master.addPeople(preview.valid);
      previews.delete(previewId);
      return { imported };
    },
  };
}
