// The social model's public API. It never imports ./engine: publicodes and the rules (≈ 126 KB
// gzipped) stay in the worker's chunk.
export { createSocialClient, type SocialClient, StaleError, type WorkerLike } from './client'
export {
  type BreakEvenPoint,
  BreakEvenPointSchema,
  type BreakEvenResult,
  BreakEvenResultSchema,
  DEFAULT_PORTAGE_FEE_RATE,
  FREELANCE_STATUSES,
  type FreelanceStatus,
  MAX_EUR_PER_YEAR,
  MAX_HOUSEHOLD_PARTS,
  MAX_NET_BY_DAYS_POINTS,
  NET_BY_DAYS_GRID,
  type NetByDaysPoint,
  NetByDaysPointSchema,
  type NetByDaysResult,
  NetByDaysResultSchema,
  netByDaysDays,
  REQUEST_KINDS,
  type SocialInputs,
  type SocialInputsInput,
  SocialInputsSchema,
  type SocialRequest,
  type SocialRequestInput,
  SocialRequestSchema,
  type SocialResponse,
  SocialResponseSchema,
  type SocialResult,
  SocialResultSchema,
  STATUSES,
  type Status,
  type StatusResult,
  StatusResultSchema,
  StatusSchema,
} from './model'

import type { Status } from './model'

/** Each status's name on the page, in French. */
export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  cdi: 'CDI (cadre)',
  micro: 'Micro-entreprise (BNC)',
  eurl: "EI / EURL à l'IR",
  sasu: 'SASU (président)',
  portage: 'Portage salarial',
}
