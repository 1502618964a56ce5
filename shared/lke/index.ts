/**
 * The LKE Zona Integritas domain (PermenPANRB 90/2021 as amended by 5/2024): template schema and
 * shipped templates, validation, answers, the scoring engine, predicate thresholds and verdicts,
 * proposal prerequisites and the improvement planner. Pure: runs in main, renderer and tests.
 */
export * from './types';
export { validateTemplate, TEMPLATE_TOTAL_WEIGHT } from './validate';
export {
  templates,
  getTemplate,
  templateOf,
  newestTemplate,
  compareVersions,
  templateForYear,
  templateServesYear,
  templateYearsText,
  templateCitation,
} from './templates/index';
export {
  itemsByCode,
  templateStats,
  walkTemplate,
  childWeights,
  type ItemLocation,
  type TemplateNode,
  type TemplateStats,
} from './structure';
export {
  INDEX_MAX,
  answerSchema,
  answersRecordSchema,
  checkAnswer,
  checkNumberAnswer,
  parseDecimalInput,
  hasAtMostTwoDecimals,
  answerFor,
  type Answer,
  type AnswerOf,
  type Answers,
  type AnswersRecord,
} from './answers';
export {
  scoreWorksheet,
  walkScore,
  indicatorMultiplier,
  type ScoreEntry,
  computePercentage,
  type ScoreFlag,
  type ScoreFlagKind,
  type Completeness,
  type ScoreNode,
  type ItemScore,
  type SubAreaScore,
  type AreaScore,
  type HalfScore,
  type PengungkitScore,
  type IndicatorScore,
  type HasilSubComponentScore,
  type HasilScore,
  type ComponentScore,
  type WorksheetScore,
} from './scoring';
export * from './thresholds';
export * from './verdict';
export * from './proposal';
export * from './regulations';
export * from './prerequisiteRules';
export {
  planImprovements,
  type PlanItem,
  type PlanGroup,
  type ImprovementPlan,
} from './planner';
