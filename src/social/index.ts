// The social model's public API. It never imports ./engine: publicodes and the rules (≈ 126 KB
// gzipped) stay in the worker's chunk.
export {
  createSocialClient,
  type Progress,
  type SocialClient,
  type SocialWorkerClient,
  StaleError,
  type WorkerLike,
} from './client'
export {
  type SocialPageInputs,
  type SocialRequestPlan,
  socialRequestFor,
} from './contract'
export {
  EXPLAIN_FIGURES,
  type ExplainFigure,
  type Explanation,
  type ExplanationStep,
} from './explain-contract'
export {
  REQUEST_KINDS,
  type SocialRequest,
  type SocialRequestInput,
  SocialRequestSchema,
  type SocialResponse,
  SocialResponseSchema,
} from './messages'
export {
  ACRE_STATUSES,
  type BreakEvenPoint,
  BreakEvenPointSchema,
  type BreakEvenResult,
  BreakEvenResultSchema,
  DEFAULT_PORTAGE_FEE_RATE,
  FREELANCE_STATUSES,
  type FreelanceStatus,
  type Household,
  HouseholdSchema,
  INACCESSIBLE_REASONS,
  type InaccessibleReason,
  MAX_EUR_PER_YEAR,
  MAX_HOUSEHOLD_PARTS,
  MAX_NET_BY_DAYS_POINTS,
  NET_BY_DAYS_GRID,
  type NetByDaysPoint,
  NetByDaysPointSchema,
  type NetByDaysResult,
  NetByDaysResultSchema,
  netByDaysDays,
  type ProtectionResult,
  ProtectionResultSchema,
  type SocialInputs,
  type SocialInputsInput,
  SocialInputsSchema,
  type SocialResult,
  SocialResultSchema,
  STATUSES,
  type Status,
  type StatusesResult,
  type StatusResult,
  StatusResultSchema,
  StatusSchema,
  type TargetPoint,
  TargetPointSchema,
  type TargetResult,
  TargetResultSchema,
  type VersementLiberatoire,
} from './model'
export { createPageSocialClient, createSocialPool, POOL_SHARES } from './pool'
export {
  PROTECTION_SCHEMES,
  type Protection,
  type ProtectionFigure,
  ProtectionSchema,
} from './protection-model'
export {
  hasUnemploymentInsurance,
  type ProtectionTradeOff,
  protectionTradeOff,
  supplementaryPensionEurPerYear,
} from './protection-reading'
export {
  type BreakdownBar,
  type CeilingSplitRow,
  type NetByDaysFigures,
  type NetByDaysRow,
  netBreakdownSeries,
  netByDaysSeries,
  type StatusFigures,
  splitAtCeiling,
} from './series'
export {
  type Caveat,
  type Exclusion,
  exclusionOf,
  NEAR_CEILING_SHARE,
  type Verdict,
  verdictFor,
} from './verdict'
export { protectionOf, withProtection } from './with-protection'
