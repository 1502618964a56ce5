/**
 * What the user reads when the parsing sandbox refuses a file: what happened, that nothing was
 * saved, what to do next.
 */

const NEXT_STEP = 'Tidak ada data yang disimpan. Periksa berkasnya, simpan ulang dari aplikasi asalnya, lalu unggah kembali.';

/** A parser failed on the file (broken structure, unexpected content). */
export const UNREADABLE_MESSAGE = `Berkas terlalu besar atau rusak sehingga tidak dapat dibaca. ${NEXT_STEP}`;

/** The worker thread hit its heap limit. */
export const OUT_OF_MEMORY_MESSAGE = `Berkas terlalu besar atau rusak: membacanya melampaui batas memori pemeriksaan berkas. ${NEXT_STEP}`;

/** The worker thread ran past its time limit and was stopped. */
export function timeLimitMessage(seconds: number): string {
  return `Berkas terlalu besar atau rusak: membacanya melampaui batas waktu pemeriksaan berkas (${seconds} detik). ${NEXT_STEP}`;
}

/** The worker thread stopped for another reason, or sent something that is not what was asked. */
export const SANDBOX_BROKEN_MESSAGE = 'Pemeriksa berkas berhenti tiba-tiba. Tidak ada data yang disimpan. Coba lagi; jika berulang, mulai ulang aplikasi.';
