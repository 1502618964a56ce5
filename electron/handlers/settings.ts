import type { InstitutionView } from '../../shared/contract';
import { MAX_LOGO_BYTES, MAX_LOGO_SIDE_PX, formatFileSize } from '../../shared/limits';
import type { Institution } from '../../shared/masterdata/schemas';
import { AppFailure } from '../../shared/result';
import type { Services } from '../services/container';
import { sniffImage } from '../services/images';
import type { DomainHandlers } from './types';

async function dataUrl(services: Services, ref: Institution['logo']): Promise<string | null> {
  if (!ref) return null;
  try {
    const bytes = await services.blobs.get(ref.hash);
    return `data:${ref.mimeType};base64,${Buffer.from(bytes).toString('base64')}`;
  } catch {
    return null; // a missing blob shows as "no image"; the reference stays for a later fix
  }
}

async function view(services: Services, institution: Institution): Promise<InstitutionView> {
  return { ...institution, logoDataUrl: await dataUrl(services, institution.logo), lambangDataUrl: await dataUrl(services, institution.lambang) };
}

/**
 * A kop image (logo or regency emblem) checked as the logo always was — PNG/JPEG by its bytes,
 * within the size limits, decoded once in the parsing sandbox — and stored as a blob.
 */
async function storeKopImage(services: Services, dataBase64: string): Promise<NonNullable<Institution['logo']>> {
  const bytes = Buffer.from(dataBase64, 'base64');
  if (bytes.length === 0) throw new AppFailure('INVALID_INPUT', 'Berkas logo kosong.');
  if (bytes.length > MAX_LOGO_BYTES) throw new AppFailure('TOO_LARGE', `Logo terlalu besar (maksimal ${formatFileSize(MAX_LOGO_BYTES)}).`);
  const info = sniffImage(bytes);
  if (!info) throw new AppFailure('UNSUPPORTED_FILE', 'Logo harus berupa gambar PNG atau JPEG.');
  if (info.width === 0 || info.height === 0 || info.width > MAX_LOGO_SIDE_PX || info.height > MAX_LOGO_SIDE_PX) {
    throw new AppFailure('UNSUPPORTED_FILE', `Ukuran logo ${info.width} × ${info.height} piksel tidak didukung (maksimal ${MAX_LOGO_SIDE_PX} piksel per sisi).`);
  }
  // Decoded once now, in the parsing sandbox: a logo that cannot be printed is refused at upload.
  await services.sandbox.checkLogo(bytes);
  const ref = await services.blobs.put(bytes);
  return { hash: ref.hash, mimeType: info.mimeType, size: bytes.length };
}

export function settingsHandlers(services: Services): DomainHandlers<'settings'> {
  return {
    get: async () => view(services, services.master.data().institution),
    save: async (input) => view(services, await services.master.saveInstitution(input)),
    setLogo: async ({ dataBase64 }) => view(services, await services.master.setLogo(await storeKopImage(services, dataBase64))),
    removeLogo: async () => view(services, await services.master.setLogo(null)),
    setLambang: async ({ dataBase64 }) => view(services, await services.master.setLambang(await storeKopImage(services, dataBase64))),
    removeLambang: async () => view(services, await services.master.setLambang(null)),
  };
}
