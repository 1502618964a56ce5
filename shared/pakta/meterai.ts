/**
 * The meterai box of a wet-signed pledge (DOMAIN §6: a meterai tempel 10.000 is stuck under part of
 * a wet signature; a digital document takes an e-Meterai instead, and a drawn signature never sits
 * on an empty meterai box).
 *
 * Size [L]: about 40 × 24 mm, the commonly measured size of the 2021 meterai tempel 10.000 design.
 * Neither DOMAIN.md nor a regulation text we hold states it (UU 10/2020 and the DJP announcements
 * describe its features, not its size), so it is kept here as one named value to correct.
 */
export const METERAI_TEMPEL_MM = { width: 40, height: 24 } as const;

/** Whether a pledge signed this way gets a meterai box: only wet signing, never a drawn or scanned signature. */
export function needsMeteraiBox(signatureKind: 'drawn' | 'uploaded' | 'wet'): boolean {
  return signatureKind === 'wet';
}

/**
 * Whether a wet-signed pledge whose wording came from template `templateId` version `version`
 * prints the meterai box: as that template version says (absent or unknown: yes).
 */
export function templateAsksMeterai(
  templates: readonly { id: string; version: number; meterai?: boolean | undefined }[],
  templateId: string,
  version: number,
): boolean {
  return templates.find((template) => template.id === templateId && template.version === version)?.meterai !== false;
}
