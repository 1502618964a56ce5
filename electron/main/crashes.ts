/**
 * What to do when the main window's renderer process dies (`render-process-gone`): reload it with a
 * message, unless it keeps dying — then stop and say so, instead of a crash loop. Pure, unit-tested.
 */

/** Crashes tolerated within {@link CRASH_WINDOW_MS} before giving up. */
export const MAX_CRASHES = 3;
export const CRASH_WINDOW_MS = 5 * 60_000;

export type CrashAction = 'reload' | 'give-up' | 'ignore';

/** `reason` as Electron reports it: `clean-exit` is no crash (the window was closing). */
export function createCrashPolicy(now: () => number = Date.now): { record(reason: string): CrashAction } {
  const times: number[] = [];
  return {
    record(reason) {
      if (reason === 'clean-exit') return 'ignore';
      const at = now();
      times.push(at);
      while (times.length > 0 && (times[0] ?? at) <= at - CRASH_WINDOW_MS) times.shift();
      return times.length >= MAX_CRASHES ? 'give-up' : 'reload';
    },
  };
}

/** The dialog text after a crash, in Bahasa Indonesia. */
export function crashMessage(action: 'reload' | 'give-up', reason: string): string {
  return action === 'reload'
    ? `Tampilan ZI Desk berhenti tiba-tiba (${reason}) dan dimuat ulang. Data yang sudah tersimpan tetap aman; periksa kembali isian yang belum disimpan.`
    : `Tampilan ZI Desk berhenti ${MAX_CRASHES} kali dalam beberapa menit (${reason}). ZI Desk akan ditutup; data yang sudah tersimpan tetap aman. Mulai ulang komputer lalu buka ZI Desk kembali, dan hubungi pengelola TI bila terulang.`;
}
