import { answerOperations, type AnswerOperations } from './answers';
import { createOperations, type CreateOperations } from './create';
import { evidenceOperations, type EvidenceOperations } from './evidence';
import { listOperations, type ListOperations } from './list';
import { prerequisiteOperations, type PrerequisiteOperations, type PrerequisitesService } from './prerequisites';
import { createWorksheetRepo, type WorksheetsDeps } from './repo';
import { workflowOperations, type WorkflowOperations } from './workflow';

/**
 * LKE worksheets: one document per unit-year, three answer layers with history, evidence in the
 * blob store, the workflow and the proposal checklist. Every method returns freshly derived
 * scores; nothing derived is stored. Each group of operations lives in its own module over one
 * repository (repo.ts).
 */
export interface WorksheetsService
  extends ListOperations,
    CreateOperations,
    AnswerOperations,
    WorkflowOperations,
    EvidenceOperations,
    PrerequisiteOperations {}

/** Creates the worksheets service. Cheap: documents are opened on first use and cached by storage. */
export function createWorksheetsService(deps: WorksheetsDeps, prerequisites: PrerequisitesService): WorksheetsService {
  const repo = createWorksheetRepo(deps, prerequisites);
  return {
    ...listOperations(repo),
    ...createOperations(repo),
    ...answerOperations(repo),
    ...workflowOperations(repo),
    ...evidenceOperations(repo),
    ...prerequisiteOperations(repo),
  };
}

