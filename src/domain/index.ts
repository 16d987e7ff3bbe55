export {
  CREATION_DATES,
  type CreationDateProblem,
  CreationDateSchema,
  DEFAULT_CREATION_DATE,
  MODEL_YEAR,
  modelDate,
  readCreationDate,
} from './acre'
export {
  allBands,
  MAX_EXPERIENCE_YEARS,
  type TjmBand,
  tjmBandFor,
} from './bands'
export {
  type BillableDays,
  type BillableDaysOptions,
  billableDays,
  DEFAULT_BENCH_DAYS,
  DEFAULT_OTHER_DAYS,
  DEFAULT_PAID_LEAVE_DAYS,
  type Deduction,
  FORFAIT_JOURS_DAYS_PER_YEAR,
  type Holiday,
  MAX_DAYS,
  MAX_YEAR,
  MIN_YEAR,
  type WorkingDays,
  workingDays,
} from './calendar'
// The chart series and the company's view are used only by lazy chunks, which import them from
// their modules (./chart-data.ts, ./company.ts): re-exported here, they would load with the page.
export type { BandBar, ComparisonBar, RevenueRow } from './chart-data'
export type { CompanyInputs, CompanyView } from './company'
export { CSV_BOM, type CsvTable, csvCell, csvNumber, csvText, toCsv } from './csv'
export {
  type BandData,
  ctoFrance,
  type Dataset,
  DatasetError,
  type DatasetReading,
  DatasetSchema,
  parseDataset,
  type Range,
  readDataset,
} from './dataset'
export type { DatasetWords } from './dataset-words'
export {
  formatEur,
  formatEurCents,
  formatEurPrecise,
  formatNumber,
  formatPercent,
  getNumberLocale,
  NO_FIGURE,
  type NumberLocale,
  setNumberLocale,
} from './format'
export {
  type HouseholdDescription,
  householdFromParts,
  householdParts,
  MAX_CHILDREN,
} from './household'
export {
  annualRevenue,
  breakEvenTjm,
  compareGross,
  daysNeeded,
  type GrossComparison,
  MAX_EUR_PER_YEAR,
  MAX_TJM_EUR_PER_DAY,
} from './income'
export {
  calculate,
  DEFAULT_MISSION_DAYS_PER_WEEK,
  DEFAULT_TARGET_NET_EUR_PER_MONTH,
  defaultInputs,
  type InputKey,
  type Inputs,
  InputsSchema,
  inputApplies,
  LIMITS,
  type NumberLimits,
  parseInputsByField,
  type Results,
} from './inputs'
export {
  MAX_BANDS,
  MAX_LABEL_LENGTH,
  MAX_TEXT_LENGTH,
} from './limits'
export { type NumberReading, readNumber, writeNumber } from './number-text'
export { IMPLAUSIBLE_FACTOR, type Plausibility, plausibility } from './plausibility'
export {
  DEFAULT_PORTAGE_FEE_PERCENT,
  HOUSEHOLD_PARTS,
  SOCIAL_MODEL_MAX_EUR_PER_YEAR,
} from './social-limits'
export { z } from './zod'
