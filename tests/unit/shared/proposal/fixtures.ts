import type { Answer, InstansiYearRecord, UnitChecklist } from '../../../../shared/lke';
import { emptyUnitChecklist, emptyWorksheetItem, summarizeWorksheet, type Worksheet, type WorksheetUnitRef } from '../../../../shared/worksheets';
import type { CandidateInput } from '../../../../shared/proposal';
import { shippedTemplate, shippedThresholds } from '../lke/fixtures';

/** A worksheet of the shipped template with the given unit and TPI answers (pure, never stored). */
export function worksheetOf(input: {
  unitId: string;
  year: number;
  unit: Record<string, Answer>;
  tpi?: Record<string, Answer>;
  prerequisites?: UnitChecklist;
}): Worksheet {
  const template = shippedTemplate();
  const items: Worksheet['items'] = {};
  const codes = new Set([...Object.keys(input.unit), ...Object.keys(input.tpi ?? {})]);
  for (const code of codes) {
    const item = emptyWorksheetItem();
    item.unit.answer = input.unit[code] ?? null;
    item.tpi.answer = input.tpi?.[code] ?? null;
    items[code] = item;
  }
  return {
    id: `${input.unitId}-${input.year}`,
    unitId: input.unitId,
    unitName: input.unitId,
    year: input.year,
    templateId: template.id,
    templateVersion: template.version,
    status: 'DIREVIU_TPI',
    changedAfterReview: false,
    reviewedAt: null,
    carriedFromYear: null,
    createdAt: '2022-03-01T00:00:00.000Z',
    createdBy: 'Siti Penguji Fiktif',
    updatedAt: '2022-03-01T00:00:00.000Z',
    updatedBy: 'Siti Penguji Fiktif',
    items,
    statusHistory: [],
    prerequisites: input.prerequisites ?? emptyUnitChecklist(),
    tanggalUsulan: null,
  };
}

/** A unit reference of the master data. */
export function unitRef(id: string, nama: string, afirmasi = false): WorksheetUnitRef {
  return { id, nama, singkatan: '', afirmasi, aktif: true };
}

/** The eligibility input of a worksheet, as the service builds it. */
export function candidateInput(worksheet: Worksheet, unit: WorksheetUnitRef, instansi: InstansiYearRecord | null = null): CandidateInput {
  const { proposal } = summarizeWorksheet({ worksheet, template: shippedTemplate(), thresholds: shippedThresholds(), unit, instansi });
  return { worksheetId: worksheet.id, unit, proposal };
}
