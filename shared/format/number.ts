/**
 * Indonesian numbers (DOMAIN.md §5): decimal comma and dot thousands ("81,26", "1.234,5"); both
 * separators are accepted on input; values are stored at full precision and only formatted for
 * display. The one parser and the formatters of the whole app: shared/lke, the worksheet screen,
 * the Excel import and the forms all read and write numbers through this module.
 */

/** Groups the integer digits by three with dots and writes the fraction after a comma. */
function indonesian(fixed: string, value: number): string {
  const negative = fixed.startsWith('-');
  const unsigned = negative ? fixed.slice(1) : fixed;
  const [whole = '0', fraction] = unsigned.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = value < 0 && Number(unsigned) !== 0 ? '-' : '';
  return fraction ? `${sign}${grouped},${fraction}` : `${sign}${grouped}`;
}

/** Formats with a fixed number of decimals: formatAngka(81.2583) → "81,26"; 1234.5 → "1.234,50". */
export function formatAngka(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return '–';
  return indonesian(value.toFixed(decimals), value);
}

/**
 * Formats with the decimals the value has, at most six and without trailing zeros (which hides
 * float noise), for messages and answers: 4.5 → "4,5", 1234.5 → "1.234,5", 3.6 → "3,6".
 */
export function formatDecimal(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return indonesian(String(Number(value.toFixed(6))), value);
}

/** A percentage with two decimals: 0.8125 → "81,25%". */
export function formatPersen(ratio: number, decimals = 2): string {
  return `${formatAngka(ratio * 100, decimals)}%`;
}

/**
 * Reads a number typed by a person, accepting both separators (DOMAIN §5): "3,6", "3.6",
 * "1.234,5", "1,234.5", "1234", " 12 ". Returns undefined for anything that is not a plain
 * number ("", "-", "1e3", "1,2,3", "3,6abc", "3 6").
 * - With both separators, the last one is the decimal mark and the other groups thousands.
 * - A single comma is the decimal mark ("1,234" → 1,234).
 * - A single dot followed by exactly three digits after a group of one to three digits (not "0")
 *   is a thousands mark, the Indonesian habit: "1.234" → 1234; any other single dot is a decimal
 *   mark ("3.5", "12.34", "0.234", "1234.567").
 * - A separator repeated in groups of three groups thousands ("1.234.567"); a space may group
 *   thousands too ("1 234,5").
 */
export function parseAngka(input: string): number | undefined {
  let text = input.trim();
  if (/\s/.test(text)) {
    if (!/^[-+]?\d{1,3}(?:\s\d{3})+(?:[.,]\d+)?$/.test(text)) return undefined;
    text = text.replace(/\s/g, '');
  }
  if (!/^[-+]?[\d.,]+$/.test(text) || !/\d/.test(text)) return undefined;
  const sign = text.startsWith('-') ? -1 : 1;
  const body = text.replace(/^[-+]/, '');
  const lastComma = body.lastIndexOf(',');
  const lastDot = body.lastIndexOf('.');
  let normalized: string;
  if (lastComma >= 0 && lastDot >= 0) {
    const decimalSep = lastComma > lastDot ? ',' : '.';
    const thousandSep = decimalSep === ',' ? '.' : ',';
    const [intPart = '', fracPart = '', ...rest] = body.split(decimalSep);
    if (rest.length > 0 || !isGrouped(intPart, thousandSep) || fracPart.includes(thousandSep)) return undefined;
    normalized = `${intPart.split(thousandSep).join('')}.${fracPart}`;
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const parts = body.split(sep);
    if (parts.length === 2 && !(parts[1]?.length === 3 && sep === '.' && (parts[0]?.length ?? 0) <= 3 && parts[0] !== '0')) {
      normalized = `${parts[0] ?? ''}.${parts[1] ?? ''}`;
    } else if (isGrouped(body, sep)) {
      normalized = parts.join('');
    } else {
      return undefined;
    }
  } else {
    normalized = body;
  }
  if (normalized.startsWith('.') || normalized.endsWith('.')) return undefined;
  const value = sign * Number(normalized);
  if (!Number.isFinite(value)) return undefined;
  return value === 0 ? 0 : value;
}

function isGrouped(text: string, sep: string): boolean {
  if (!text.includes(sep)) return /^\d+$/.test(text);
  const groups = text.split(sep);
  const [first, ...others] = groups;
  return first !== undefined && /^\d{1,3}$/.test(first) && others.every((g) => /^\d{3}$/.test(g));
}
