import { z } from 'zod';
import { formatNip } from '../../../../../shared/format';
import { MAX_RECOMMENDATIONS, reportMetaSchema, type ReportMeta, type TeamMember } from '../../../../../shared/reports/meta';

/**
 * The report-metadata form of the "Laporan" tab, kept pure so it can be tested without a DOM.
 * The form edits the contract's `reportMetaSchema` with one difference: a recommendation is an
 * object (`{ text }`) because react-hook-form's field arrays key their rows by object.
 */

/** The shared schema of one recommendation (same limits and messages as main checks). */
const recommendationText = reportMetaSchema.shape.rekomendasi.in.element;

/** The form's schema: the contract's, with recommendations as `{ text }` rows; outputs a ReportMeta. */
export const reportFormSchema = reportMetaSchema
  .extend({
    rekomendasi: z
      .array(z.object({ text: recommendationText }))
      .max(MAX_RECOMMENDATIONS, `Rekomendasi paling banyak ${MAX_RECOMMENDATIONS} butir.`),
  })
  .transform(
    (values): ReportMeta => ({
      ...values,
      // Blank rows are dropped, as main does when it stores the list.
      rekomendasi: values.rekomendasi.map((entry) => entry.text).filter((text) => text !== ''),
    }),
  );

/** What the inputs hold. */
export type ReportFormValues = z.input<typeof reportFormSchema>;

function member(value: TeamMember): { nama: string; nip: string } {
  return { nama: value.nama, nip: formatNip(value.nip) };
}

/** Stored metadata → the form's values (NIPs spaced for reading, recommendations as rows). */
export function toFormValues(meta: ReportMeta): ReportFormValues {
  return {
    ...meta,
    pengendaliTeknis: member(meta.pengendaliTeknis),
    ketuaTim: member(meta.ketuaTim),
    anggota: meta.anggota.map(member),
    rekomendasi: meta.rekomendasi.map((text) => ({ text })),
  };
}

function comparable(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id-ID');
}

/**
 * The suggestions not in the list yet (compared without case and extra spaces), in their order.
 * @example pendingSuggestions(['A', 'B'], ['  a ']) // ['B']
 */
export function pendingSuggestions(suggestions: readonly string[], current: readonly string[]): string[] {
  const present = new Set(current.map(comparable));
  const pending: string[] = [];
  for (const suggestion of suggestions) {
    const key = comparable(suggestion);
    if (key === '' || present.has(key)) continue;
    present.add(key);
    pending.push(suggestion);
  }
  return pending;
}

/**
 * How many of `pending` still fit under MAX_RECOMMENDATIONS when `count` rows exist; blank rows
 * count too (the inspector may still be typing in them).
 */
export function roomForRecommendations(count: number): number {
  return Math.max(0, MAX_RECOMMENDATIONS - count);
}
