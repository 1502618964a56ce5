import { formatTanggal, toCalendarDate } from '../../../../shared/format/date';
import { proposalCategoryLabels, proposalSaveInputSchema, type ProposalCandidate, type ProposalCategory, type ProposalLetter, type ProposalView } from '../../../../shared/proposal';

/** The form of the proposal screen: the chosen units (id → category) and the letter fields. */
export interface ProposalForm {
  chosen: Record<string, ProposalCategory>;
  letter: ProposalLetter;
}

/** The form's starting point from what main stored (or offers). */
export function formOf(view: ProposalView): ProposalForm {
  const chosen: Record<string, ProposalCategory> = {};
  for (const unit of view.units) chosen[unit.unitId] = unit.kategori;
  return { chosen, letter: structuredClone(view.letter) };
}

/** The `proposal:save` input of a form (units in the order of the list). */
export function saveInput(year: number, form: ProposalForm, candidates: readonly ProposalCandidate[]) {
  const order = new Map(candidates.map((candidate, index) => [candidate.unitId, index]));
  const units = Object.entries(form.chosen)
    .map(([unitId, kategori]) => ({ unitId, kategori }))
    .sort((a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0));
  return { year, units, letter: form.letter };
}

/** Field issues of the form by input id ("proposal-nomorSurat", "proposal-penandatangan-nip"). */
export function formIssues(year: number, form: ProposalForm, candidates: readonly ProposalCandidate[]): { fieldId: string; message: string }[] {
  const parsed = proposalSaveInputSchema.safeParse(saveInput(year, form, candidates));
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const path = issue.path.filter((part) => part !== 'letter').map(String);
    return { fieldId: path[0] === 'units' ? 'proposal-units' : `proposal-${path.join('-')}`, message: issue.message };
  });
}

/** "Layak diusulkan", "Layak melalui afirmasi" or "Belum layak", with the badge class. */
export function eligibilityBadge(candidate: ProposalCandidate): { label: string; className: string } {
  if (!candidate.eligible) return { label: 'Belum layak', className: 'badge badge-error' };
  if (candidate.melaluiAfirmasi) return { label: 'Layak melalui afirmasi', className: 'badge badge-info' };
  return { label: 'Layak diusulkan', className: 'badge badge-ok' };
}

/** "Menuju WBK". */
export function categoryLabel(category: ProposalCategory): string {
  return proposalCategoryLabels[category];
}

/** "31 Mei 2022 (12 hari lagi)", "… (hari ini)", "… (lewat 3 hari)". */
export function deadlineLine(deadline: string, daysLeft: number): string {
  const date = toCalendarDate(deadline) ? formatTanggal(deadline) : deadline;
  if (daysLeft > 0) return `${date} (${daysLeft} hari lagi)`;
  if (daysLeft === 0) return `${date} (hari ini)`;
  return `${date} (lewat ${-daysLeft} hari)`;
}

/** The address of the screen for a year. */
export function proposalHref(year?: number): string {
  return year === undefined ? '#/usulan' : `#/usulan?tahun=${year}`;
}
