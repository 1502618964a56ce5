import type { StoredPledge } from '../../../../../../electron/services/pakta/documents';
import { textKey, toPledgeRecord } from '../../../../../../electron/services/pakta/pledges/records';
import type { SigningService } from '../../../../../../electron/services/signing';
import { canonicalPledgeContent } from '../../../../../../shared/pakta/canonical';
import type { PledgeText } from '../../../../../../shared/pakta/types';
import { PAKTA_ASN_V1, renderTemplateText } from '../../../../../../shared/pakta/templates';

/**
 * A year of `count` pledges signed by `signing`, without going through the service (the
 * integrity tests and benchmark need thousands): fictional employees of Dinas Kependudukan dan
 * Pencatatan Sipil, Pemerintah Kabupaten Serang, sharing one frozen text (as a stored snapshot).
 */
export function signedPledges(signing: Pick<SigningService, 'signDocument'>, year: number, count: number): { text: PledgeText; textRef: string; pledges: StoredPledge[] } {
  const text = Object.freeze(renderTemplateText(PAKTA_ASN_V1, { instansi: 'Pemerintah Kabupaten Serang', tahun: year }));
  const textRef = textKey(text);
  const pledges: StoredPledge[] = [];
  for (let index = 0; index < count; index += 1) {
    const base: StoredPledge = {
      id: `p${index.toString(16).padStart(16, '0')}`,
      year,
      place: 'Serang',
      date: `${year}-01-15`,
      textRef,
      signer: {
        nama: `Pegawai Fiktif ${index}`,
        jenisAsn: 'PNS',
        nip: `19900101201501${String(1000 + (index % 9000)).padStart(4, '0')}`,
        pangkat: 'Penata',
        golongan: 'III/c',
        jabatan: 'Analis Kebijakan',
        unitKerja: 'Dinas Kependudukan dan Pencatatan Sipil',
        instansi: 'Pemerintah Kabupaten Serang',
      },
      witness: null,
      signature: { kind: 'wet', imageSha256: null },
      personId: null,
      unitId: null,
      code: '',
      qrPayload: '',
      createdAt: `${year}-01-15T01:00:00.000Z`,
      createdBy: 'uji',
      printed: [],
      wetSignedAt: null,
      scan: null,
      revoked: null,
    };
    const signed = signing.signDocument(canonicalPledgeContent(toPledgeRecord(base, text)));
    pledges.push({ ...base, code: signed.code, qrPayload: signed.qrPayload });
  }
  return { text, textRef, pledges };
}
