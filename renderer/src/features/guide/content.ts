import type { PageName } from '../../lib/route';

/** One key (or key combination) and what it does. */
export interface Shortcut {
  keys: string;
  action: string;
}

/** The user's guide of one screen: what it is for, the usual steps, the keys that work there. */
export interface ScreenGuide {
  title: string;
  purpose: string;
  steps: string[];
  keys: Shortcut[];
}

/** Keys that work on every screen. */
export const GLOBAL_SHORTCUTS: Shortcut[] = [
  { keys: '?', action: 'Membuka daftar tombol pintas ini (tidak saat mengetik di kolom isian).' },
  { keys: 'Tab / Shift+Tab', action: 'Pindah ke tombol atau kolom berikutnya / sebelumnya.' },
  { keys: 'Enter', action: 'Menjalankan tombol yang sedang difokus; di formulir: menyimpan.' },
  { keys: 'Esc', action: 'Menutup dialog; fokus kembali ke tombol yang membukanya.' },
  { keys: 'Tab pertama', action: '"Langsung ke isi": melompati menu samping.' },
];

/**
 * Keys of the worksheet table (the rule set of features/worksheets/model/keyboard.ts): a focused
 * question row takes one key per answer.
 */
export const WORKSHEET_SHORTCUTS: Shortcut[] = [
  { keys: 'A–E', action: 'Memilih jawaban huruf pada butir yang difokus.' },
  { keys: 'Y / T', action: 'Menjawab Ya / Tidak.' },
  { keys: '0–9 , .', action: 'Mulai mengetik angka pada butir jumlah atau indeks.' },
  { keys: '↑ / ↓, Tab / Shift+Tab', action: 'Pindah ke butir berikutnya / sebelumnya.' },
  { keys: 'Home / End', action: 'Ke butir pertama / terakhir.' },
  { keys: 'Enter', action: 'Membuka rincian butir dengan kolom catatan difokus.' },
  { keys: 'Spasi', action: 'Membuka atau menutup rincian butir (kriteria, bukti dukung, riwayat).' },
  { keys: 'Del / Backspace', action: 'Menghapus jawaban pada lapisan yang aktif.' },
  { keys: 'K', action: 'Mengonfirmasi jawaban yang dibawa dari tahun lalu.' },
  { keys: 'Esc', action: 'Di kolom angka: membatalkan ketikan; di catatan: kembali ke baris butir.' },
  { keys: 'Ctrl+S', action: 'Tab Laporan: menyimpan metadata laporan.' },
];

/** The "Panduan" of every screen, in the order of the main menu. */
export const GUIDE: Record<PageName, ScreenGuide> = {
  beranda: {
    title: 'Beranda',
    purpose: 'Titik awal: ringkasan data master dan langkah berikutnya yang perlu dikerjakan.',
    steps: [
      'Lihat jumlah unit kerja dan pegawai yang sudah tercatat.',
      'Pada pemakaian pertama, pilih "Muat data contoh" untuk mencoba aplikasi, atau mulai dari Pengaturan instansi.',
      'Ikuti tautan langkah berikutnya ke layar yang dituju.',
    ],
    keys: [],
  },
  pengaturan: {
    title: 'Pengaturan instansi',
    purpose: 'Data instansi yang dicetak pada setiap dokumen: kop surat, logo, pejabat penanda tangan, kota dan ukuran kertas.',
    steps: [
      'Isi nama pemerintah daerah dan Inspektorat, alamat, serta kota.',
      'Unggah logo; pratinjau kop menunjukkan hasil cetaknya.',
      'Isi nama, NIP dan jabatan Inspektur, pilih kertas A4 atau F4, lalu Simpan.',
    ],
    keys: [{ keys: 'Enter', action: 'Menyimpan formulir dari kolom isian mana pun.' }],
  },
  'unit-kerja': {
    title: 'Unit kerja',
    purpose: 'Daftar unit kerja yang membangun Zona Integritas, dengan kepala unitnya.',
    steps: [
      'Pilih "Tambah unit kerja", isi nama, singkatan, jenis dan kepala unit, lalu Simpan.',
      'Ubah data lewat tombol "Ubah" pada barisnya.',
      'Unit yang tidak lagi dievaluasi dinonaktifkan (tidak dihapus); centang "Tampilkan unit nonaktif" untuk melihatnya.',
    ],
    keys: [{ keys: 'Enter', action: 'Di dialog: menyimpan. Konfirmasi dibuka dengan fokus pada "Batal".' }],
  },
  pegawai: {
    title: 'Pegawai',
    purpose: 'Daftar pegawai (nama, NIP, pangkat/golongan, jabatan, unit kerja) yang menandatangani pakta.',
    steps: [
      'Tambah pegawai satu per satu, atau buka tab "Impor" untuk memuat daftar dari berkas .xlsx/.csv.',
      'Pada impor, periksa pratinjau: hanya baris yang valid yang diimpor, alasan penolakan ditulis per baris.',
      'Cari pegawai dengan nama, NIP atau jabatan.',
    ],
    keys: [{ keys: 'Enter', action: 'Di dialog: menyimpan.' }],
  },
  'lembar-kerja': {
    title: 'Lembar Kerja (LKE)',
    purpose:
      'Lembar Kerja Evaluasi Zona Integritas per unit per tahun: penilaian mandiri unit dan reviu TPI berdampingan, dengan nilai yang dihitung seperti lembar kerja resmi.',
    steps: [
      'Pilih "Buat lembar kerja", pilih unit kerja dan tahun (boleh mulai dari jawaban tahun lalu).',
      'Buka LKE, pilih lapisan (Unit atau TPI), lalu jawab butir demi butir dengan papan ketik.',
      'Saring "Belum diisi" untuk melihat butir yang tersisa; panel nilai diperbarui saat mengetik.',
      'Unduh Excel untuk diisi di luar aplikasi, lalu impor kembali dengan pratinjau.',
      'Ajukan, reviu TPI, lalu finalkan; cetak Laporan Hasil Evaluasi dari tab Laporan.',
    ],
    keys: WORKSHEET_SHORTCUTS,
  },
  pakta: {
    title: 'Pakta Integritas',
    purpose: 'Membuat, mencetak dan mendaftar Pakta Integritas pegawai, satu per satu atau massal.',
    steps: [
      'Tab "Buat pakta": cari pegawai, periksa tahun dan tanggal, pilih cara tanda tangan, lalu "Buat & cetak".',
      'Tab "Daftar & cakupan": lihat siapa yang sudah dan belum menandatangani per unit dan tahun.',
      'Tab "Cetak massal": cetak pakta untuk banyak pegawai sekaligus.',
      'Tab "Templat": ubah butir pakta untuk tahun berikutnya.',
    ],
    keys: [
      { keys: 'Tab', action: 'Dari kolom "Cari pegawai" ke hasil pencarian; Enter memilih pegawai.' },
    ],
  },
  pencanangan: {
    title: 'Pencanangan',
    purpose: 'Piagam Pencanangan Pembangunan Zona Integritas: para penanda tangan, saksi dan cetakannya.',
    steps: [
      'Pilih "Pencanangan baru", isi judul, tempat dan tanggal.',
      'Pilih para pejabat penanda tangan dan saksi.',
      'Cetak piagam; kode verifikasi tercetak pada dokumen.',
    ],
    keys: [],
  },
  verifikasi: {
    title: 'Verifikasi dokumen',
    purpose: 'Memeriksa keaslian dokumen yang dicetak ZI Desk dari kode verifikasinya, serta status pakta (berlaku, dicabut, diganti).',
    steps: [
      'Ketik atau tempel kode verifikasi yang tercetak pada dokumen.',
      'Baca hasilnya: siapa, kapan, dan apakah dokumen masih berlaku.',
    ],
    keys: [{ keys: 'Enter', action: 'Memeriksa kode yang diketik.' }],
  },
  laporan: {
    title: 'Laporan & Dasbor',
    purpose: 'Dasbor tahunan dan rekapitulasi untuk Bupati: peringkat unit, peta panas area, perbandingan antartahun.',
    steps: [
      'Pilih tahun evaluasi.',
      'Baca ringkasan dan grafik; buka LKE suatu unit dari tabelnya.',
      'Cetak rekapitulasi (PDF) atau unduh rekap Excel.',
    ],
    keys: [],
  },
  usulan: {
    title: 'Usulan ke KemenPANRB',
    purpose: 'Paket usulan evaluasi Zona Integritas tahun terpilih: unit kerja yang diusulkan, Surat Pengajuan Evaluasi dan SPTJM untuk ditandatangani Bupati, serta data LKE untuk PortalRB.',
    steps: [
      'Pilih tahun evaluasi. Unit yang layak (nilai TPI dan prasyarat terpenuhi, atau melalui afirmasi) dapat dicentang; unit lain ditampilkan dengan alasannya.',
      'Isi nomor, tanggal dan data penanda tangan surat, lalu pilih "Simpan usulan". Nomor atau tanggal yang dikosongkan dicetak sebagai titik-titik.',
      'Cetak Surat Pengajuan Evaluasi dan SPTJM, lalu unduh data PortalRB (.json) dan Excel pengusulan (.xlsx).',
      'Batas waktu dan hal yang belum selesai juga ditampilkan pada Laporan & Dasbor.',
    ],
    keys: [],
  },
  cadangan: {
    title: 'Cadangan & Pemulihan',
    purpose: 'Cadangan seluruh data (unit kerja, pegawai, LKE, pakta, pencanangan, lampiran, kunci tanda tangan): melihat, membuat, mengekspor ke flashdisk, dan memulihkan.',
    steps: [
      'Cadangan harian dibuat otomatis setelah perubahan data pertama setiap hari; pilih "Buat cadangan sekarang" sebelum pekerjaan besar.',
      'Untuk menyimpan di luar komputer, tulis folder tujuan (misalnya flashdisk) lalu pilih "Ekspor arsip"; tunggu sampai keutuhan arsip selesai diperiksa.',
      'Untuk memulihkan, pilih "Pulihkan" pada baris cadangan atau periksa berkas arsip; baca perubahan yang ditampilkan, lalu pilih "Pulihkan sekarang".',
      'Bila hasilnya bukan yang diharapkan, pilih "Batalkan pemulihan": data kembali seperti sebelum dipulihkan.',
    ],
    keys: [{ keys: 'Enter', action: 'Di kolom folder atau berkas arsip: menjalankan ekspor atau pemeriksaan arsip.' }],
  },
  rekan: {
    title: 'Kirim & Terima dari Rekan',
    purpose: 'Bertukar LKE (jawaban, catatan, bukti, riwayat) dan data induk dengan laptop anggota tim lain lewat berkas .zidesk bertanda tangan, tanpa menimpa pekerjaan satu sama lain.',
    steps: [
      'Untuk mengirim: pilih tahun, unit kerja (kosongkan untuk semua), dan jenis data; tulis folder tujuan (misalnya flashdisk), lalu pilih "Kirim ke rekan". Nama berkas yang ditulis ditampilkan setelah selesai.',
      'Untuk menerima: tulis lokasi berkas .zidesk lalu pilih "Periksa berkas". Bila pengirim belum dikenal, cocokkan sidik kuncinya dengan rekan lalu pilih "Percayai pengirim ini".',
      'Baca data baru, perubahan, dan konflik. Untuk setiap konflik pilih "Milik saya" atau "Milik rekan" per butir, per LKE, atau untuk semua konflik sekaligus.',
      'Pilih "Terapkan": semua perubahan digabungkan sekaligus atau tidak sama sekali. Kode keadaan data yang sama di kedua laptop berarti datanya sudah sama.',
    ],
    keys: [
      { keys: 'Enter', action: 'Di kolom folder atau berkas: menjalankan pengiriman atau pemeriksaan berkas.' },
      { keys: 'Panah', action: 'Di pilihan konflik: berpindah antara "Milik saya" dan "Milik rekan".' },
    ],
  },
  riwayat: {
    title: 'Riwayat & audit',
    purpose: 'Setiap perubahan data tercatat: siapa, kapan, di laptop mana, dan apa yang diubah. Catatan dirantai dan ditandatangani, sehingga perubahan di luar ZI Desk terlihat.',
    steps: [
      'Saring menurut orang, unit kerja, tahun, jenis perubahan, atau instalasi (laptop) untuk menemukan perubahan tertentu.',
      'Periksa keutuhan riwayat di atas daftar: bila tertulis RUSAK, jangan ubah folder audit dan hubungi pengelola aplikasi.',
    ],
    keys: [],
  },
};
