/**
 * Minimal Indonesian number formatting for the LKE domain's own messages (decimal comma, dot
 * thousands, DOMAIN §5). Kept local to `shared/lke`; the general formatter lives elsewhere.
 */

/** Tolerance for comparing sums of weights and scores computed in floating point. */
export const EPSILON = 1e-9;

/**
 * Formats a number the Indonesian way for messages: `4.5` → "4,5", `1234.5` → "1.234,5".
 * With `fractionDigits` the decimals are fixed (`formatDecimal(72.5, 2)` → "72,50"); without it
 * at most six decimals are shown and trailing zeros dropped, which hides float noise.
 */
export function formatDecimal(value: number, fractionDigits?: number): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed =
    fractionDigits === undefined
      ? String(Number(value.toFixed(6)))
      : value.toFixed(fractionDigits);
  const negative = fixed.startsWith('-');
  const unsigned = negative ? fixed.slice(1) : fixed;
  const [integerPart = '0', fractionPart] = unsigned.split('.');
  const grouped = integerPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const body = fractionPart === undefined ? grouped : `${grouped},${fractionPart}`;
  return negative && Number(unsigned) !== 0 ? `-${body}` : body;
}
