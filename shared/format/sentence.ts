/**
 * Ends a sentence with a full stop unless its last word already brings one: a name that ends in an
 * academic title ("Siti Rahmawati, S.E.") or an abbreviation closes the sentence itself, so
 * "oleh Siti Rahmawati, S.E." never becomes "…S.E..". Trailing spaces are dropped first.
 */
export function endSentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
