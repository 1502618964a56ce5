import { z } from 'zod';
import type { AppStatus } from '../app';
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
import { MAX_LOGO_BYTES, MAX_ROSTER_BYTES, base64Bytes, fileNameSchema } from './bytes';
import { channel, type ChannelNameOf, type ClientOf } from './define';

// Zod's own messages (wrong type, too long …) in Bahasa Indonesia, for every consumer of the contract.
z.config(z.locales.id());

export * from './define';
export * from './bytes';

/** The institution as the settings screen shows it, with the logo ready for an <img>. */
export interface InstitutionView extends Institution {
  logoDataUrl: string | null;
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
      z.object({ name: z.string().trim().min(1, 'Nama pengguna wajib diisi.').max(100, 'Nama pengguna paling banyak 100 karakter.') }),
    ),
    dismissNotices: channel<AppStatus>()(empty),
  },
  settings: {
    get: channel<InstitutionView>()(empty),
    save: channel<InstitutionView>()(institutionInputSchema),
    setLogo: channel<InstitutionView>()(z.object({ fileName: fileNameSchema, dataBase64: base64Bytes(MAX_LOGO_BYTES, 'Logo') })),
    removeLogo: channel<InstitutionView>()(empty),
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
  demo: {
    load: channel<{ units: number; people: number }>()(empty),
  },
} as const;

export type Contract = typeof contract;
export type ZiApi = ClientOf<Contract>;
export type ChannelName = ChannelNameOf<Contract>;
