/**
 * Names with titles ("Dr. Bambang Rekaan Santoso, S.H., M.H."): a printed name may wrap at the
 * spaces between its parts, never inside its postnominal titles. The titles after the first comma
 * are glued with no-break spaces (U+00A0), which line breakers treat as part of a word, so
 * "S.H., M.H." always stays on one line; the break before the titles stays allowed.
 */

const NBSP = '\u00a0';

/** The name with the spaces between its postnominal titles made non-breaking. */
export function keepTitlesTogether(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  const comma = trimmed.indexOf(', ');
  if (comma < 0) return trimmed;
  const titles = trimmed.slice(comma + 2).split(', ');
  // Only runs of real title tokens ("S.H.", "M.Si.", "Sp.PD.", "Ph.D.") are glued; a comma in the
  // name itself ("Karim, Abdul") keeps its ordinary space.
  if (!titles.every((title) => /^(?:[A-Za-z]{1,4}\.)+$/.test(title))) return trimmed;
  return `${trimmed.slice(0, comma)}, ${titles.join(`,${NBSP}`)}`;
}
