/**
 * Indonesian numbers: decimal comma and dot thousands ("81,26", "1.234,5"). Values are stored at
 * full precision and only formatted for display (DOMAIN.md §5).
 */

/** Formats with a fixed number of decimals: formatAngka(81.2583) → "81,26"; 1234.5 → "1.234,50". */
export function formatAngka(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return '–';
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return fraction ? `${sign}${grouped},${fraction}` : `${sign}${grouped}`;
}

/** A percentage with two decimals: 0.8125 → "81,25%". */
export function formatPersen(ratio: number, decimals = 2): string {
  return `${formatAngka(ratio * 100, decimals)}%`;
}

/**
 * Reads a number typed by a person, accepting both separators: "3,6", "3.6", "1.234,5", "1,234.5",
 * "1234". Returns undefined for anything that is not a plain number (text, "1,2,3", "3,6abc").
 * A single separator followed by exactly three digits and nothing else ("1.234") is read as a
 * thousands group, the Indonesian habit.
 */
export function parseAngka(input: string): number | undefined {
  const text = input.trim().replace(/\s+/g, '');
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
  const value = Number(normalized);
  return Number.isFinite(value) ? sign * value : undefined;
}

function isGrouped(text: string, sep: string): boolean {
  if (!text.includes(sep)) return /^\d+$/.test(text);
  const groups = text.split(sep);
  const [first, ...others] = groups;
  return first !== undefined && /^\d{1,3}$/.test(first) && others.every((g) => /^\d{3}$/.test(g));
}
