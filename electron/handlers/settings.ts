import type { InstitutionView } from '../../shared/contract';
import { MAX_LOGO_BYTES, MAX_LOGO_SIDE_PX, formatFileSize } from '../../shared/limits';
import type { Institution } from '../../shared/masterdata/schemas';
import { AppFailure } from '../../shared/result';
import type { Services } from '../services/container';
import { sniffImage } from '../services/images';
import type { DomainHandlers } from './types';

async function view(services: Services, institution: Institution): Promise<InstitutionView> {
  let logoDataUrl: string | null = null;
  if (institution.logo) {
    try {
      const bytes = await services.blobs.get(institution.logo.hash);
      logoDataUrl = `data:${institution.logo.mimeType};base64,${Buffer.from(bytes).toString('base64')}`;
    } catch {
      logoDataUrl = null; // a missing blob shows as "no logo"; the reference stays for a later fix
    }
  }
  return { ...institution, logoDataUrl };
}

export function settingsHandlers(services: Services): DomainHandlers<'settings'> {
  return {
    get: async () => view(services, services.master.data().institution),
    save: async (input) => view(services, await services.master.saveInstitution(input)),
    setLogo: async ({ dataBase64 }) => {
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
      return view(services, await services.master.setLogo({ hash: ref.hash, mimeType: info.mimeType, size: bytes.length }));
    },
    removeLogo: async () => view(services, await services.master.setLogo(null)),
  };
}
