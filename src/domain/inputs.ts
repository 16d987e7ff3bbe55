import { CreationDateSchema, DEFAULT_CREATION_DATE } from './acre'
import { tjmBandFor } from './bands'
import {
  billableDays,
  DEFAULT_BENCH_DAYS,
  DEFAULT_OTHER_DAYS,
  DEFAULT_PAID_LEAVE_DAYS,
} from './calendar'
import {
  DEFAULT_CAPITAL_EUR,
  DIVIDENDS_METHODS,
  EURL_IS_PAY_CHOICES,
  MAX_COMPANY_EUR,
  SASU_PAY_CHOICES,
} from './company-pay'
import { ctoFrance, type Dataset } from './dataset'
import { householdFromParts, householdParts, MAX_CHILDREN } from './household'
import { compareGross } from './income'
import {
  MAX_DAYS,
  MAX_EUR_PER_YEAR,
  MAX_EXPERIENCE_YEARS,
  MAX_TJM_EUR_PER_DAY,
  MAX_YEAR,
  MIN_YEAR,
} from './limits'
import { plausibility } from './plausibility'
import { DEFAULT_PORTAGE_FEE_PERCENT } from './social-limits'
import { z } from './zod'

/**
 * Limits of a numeric input: inclusive bounds, whether only whole numbers are allowed, and an
 * optional step the value must be a multiple of.
 */
export type NumberLimits = {
  min: number
  max: number
  integer: boolean
  step?: number
  /** Written without thousands separators in messages (a year). */
  ungrouped?: boolean
}

/** Limits of every numeric input of the calculator (the dataset schema reads the same ones). */
export const LIMITS = {
  experienceYears: { min: 0, max: MAX_EXPERIENCE_YEARS, integer: false },
  tjmEurPerDay: { min: 0, max: MAX_TJM_EUR_PER_DAY, integer: false },
  billableDays: { min: 0, max: MAX_DAYS, integer: false },
  salaryGrossEurPerYear: { min: 0, max: MAX_EUR_PER_YEAR, integer: false },
  year: { min: MIN_YEAR, max: MAX_YEAR, integer: true, ungrouped: true },
  paidLeaveDays: { min: 0, max: MAX_DAYS, integer: false },
  benchDays: { min: 0, max: MAX_DAYS, integer: false },
  otherDays: { min: 0, max: MAX_DAYS, integer: false },
  expensesEurPerYear: { min: 0, max: MAX_EUR_PER_YEAR, integer: false },
  householdChildren: { min: 0, max: MAX_CHILDREN, integer: true },
  spouseIncomeEurPerYear: { min: 0, max: MAX_EUR_PER_YEAR, integer: false },
  referenceTaxIncomeEurPerYear: { min: 0, max: MAX_EUR_PER_YEAR, integer: false },
  portageFeePercent: { min: 0, max: 50, integer: false },
  /** The net a month after income tax the person aims at: up to 400 000 € (5 M€ of turnover). */
  targetNetEurPerMonth: { min: 0, max: 400_000, integer: false },
  /** A company's mission: from half a day to five days a week, in halves. */
  missionDaysPerWeek: { min: 0.5, max: 5, integer: false, step: 0.5 },
  /** A chosen salary (SASU: gross; EURL à l'IS: total pay), in €/year. */
  chosenPayEurPerYear: { min: 0, max: MAX_EUR_PER_YEAR, integer: false },
  capitalEur: { min: 0, max: MAX_COMPANY_EUR, integer: false },
  currentAccountEur: { min: 0, max: MAX_COMPANY_EUR, integer: false },
} as const satisfies Record<string, NumberLimits>

const bounded = ({ min, max, integer, step }: NumberLimits) =>
  (integer ? z.int() : z.number()).check(
    z.minimum(min),
    z.maximum(max),
    ...(step === undefined ? [] : [z.multipleOf(step)]),
  )

/**
 * Everything a person types into the calculator. `tjmEurPerDay` and `billableDays` are null while
 * they follow the band midpoint and the calendar.
 */
export const InputsSchema = z.object({
  experienceYears: bounded(LIMITS.experienceYears),
  tjmEurPerDay: z.nullable(bounded(LIMITS.tjmEurPerDay)),
  billableDays: z.nullable(bounded(LIMITS.billableDays)),
  salaryGrossEurPerYear: bounded(LIMITS.salaryGrossEurPerYear),
  year: bounded(LIMITS.year),
  alsaceMoselle: z.boolean(),
  paidLeaveDays: bounded(LIMITS.paidLeaveDays),
  benchDays: bounded(LIMITS.benchDays),
  otherDays: bounded(LIMITS.otherDays),
  expensesEurPerYear: bounded(LIMITS.expensesEurPerYear),
  portageFeePercent: bounded(LIMITS.portageFeePercent),
  microVersementLiberatoire: z.boolean(),
  /** The household (quotient familial): married or PACS, dependent children, single parent. */
  householdCouple: z.boolean(),
  householdChildren: bounded(LIMITS.householdChildren),
  householdSingleParent: z.boolean(),
  /** The spouse's taxable income, in €/year (joint return). */
  spouseIncomeEurPerYear: bounded(LIMITS.spouseIncomeEurPerYear),
  /**
   * The household's reference tax income of year N-2 (revenu fiscal de référence), which opens
   * the versement libératoire or not; null while it is taken from the CDI salary simulated.
   */
  referenceTaxIncomeEurPerYear: z.nullable(bounded(LIMITS.referenceTaxIncomeEurPerYear)),
  targetNetEurPerMonth: bounded(LIMITS.targetNetEurPerMonth),
  missionDaysPerWeek: bounded(LIMITS.missionDaysPerWeek),
  // Companies at corporate tax: how the director is paid and how dividends are taxed.
  sasuPay: z.union([z.enum(SASU_PAY_CHOICES), bounded(LIMITS.chosenPayEurPerYear)]),
  eurlIsPay: z.union([z.enum(EURL_IS_PAY_CHOICES), bounded(LIMITS.chosenPayEurPerYear)]),
  dividendsMethod: z.enum(DIVIDENDS_METHODS),
  capitalEur: bounded(LIMITS.capitalEur),
  currentAccountEur: bounded(LIMITS.currentAccountEur),
  /** ACRE asked for, from the creation date (a day of the model's year, YYYY-MM-DD). */
  acre: z.boolean(),
  creationDate: CreationDateSchema,
})
export type Inputs = z.infer<typeof InputsSchema>
export type InputKey = keyof Inputs

/** Whether an input means anything with the others: the creation date only with ACRE. */
export const inputApplies = (key: InputKey, inputs: Inputs): boolean =>
  key !== 'creationDate' || inputs.acre

/**
 * Experience the page opens with, in years: 12, in the dataset's "11-15 ans" band. A CTO has
 * usually led engineers for years before the title; 12 years is a seasoned CTO's, not a newcomer's.
 */
export const DEFAULT_EXPERIENCE_YEARS = 12

/** The target net a month the page opens with: 6 000 € after income tax. */
export const DEFAULT_TARGET_NET_EUR_PER_MONTH = 6000

/** The company's mission the page opens with: full time, five days a week. */
export const DEFAULT_MISSION_DAYS_PER_WEEK = 5

/** The inputs the page opens with for `year`, the salary at the dataset's Glassdoor mean. */
export function defaultInputs(year: number, dataset: Dataset = ctoFrance): Inputs {
  return {
    experienceYears: DEFAULT_EXPERIENCE_YEARS,
    tjmEurPerDay: null,
    billableDays: null,
    salaryGrossEurPerYear: dataset.salary.meanEur,
    year,
    alsaceMoselle: false,
    paidLeaveDays: DEFAULT_PAID_LEAVE_DAYS,
    benchDays: DEFAULT_BENCH_DAYS,
    otherDays: DEFAULT_OTHER_DAYS,
    expensesEurPerYear: 0,
    portageFeePercent: DEFAULT_PORTAGE_FEE_PERCENT,
    microVersementLiberatoire: false,
    householdCouple: false,
    householdChildren: 0,
    householdSingleParent: false,
    spouseIncomeEurPerYear: 0,
    referenceTaxIncomeEurPerYear: null,
    targetNetEurPerMonth: DEFAULT_TARGET_NET_EUR_PER_MONTH,
    missionDaysPerWeek: DEFAULT_MISSION_DAYS_PER_WEEK,
    sasuPay: 'salaire',
    eurlIsPay: 'salaire',
    dividendsMethod: 'pfu',
    capitalEur: DEFAULT_CAPITAL_EUR,
    currentAccountEur: 0,
    acre: false,
    creationDate: DEFAULT_CREATION_DATE,
  }
}

/** A state saved before the household was described keeps its parts as the equivalent household. */
function legacyHousehold(record: Record<string, unknown>): Record<string, unknown> {
  const parts = record.householdParts
  if (Object.hasOwn(record, 'householdCouple') || typeof parts !== 'number') return record
  if (!(parts >= 1 && parts <= 10 && Number.isInteger(parts * 2))) return record
  const household = householdFromParts(parts)
  return {
    ...record,
    householdCouple: household.couple,
    householdChildren: household.children,
    householdSingleParent: household.singleParent,
  }
}

/**
 * Reads each field of `raw` on its own: valid fields are kept, the others are listed by name,
 * so junk in one field never costs the rest.
 */
export function parseInputsByField(raw: unknown): {
  values: Partial<Inputs>
  rejected: InputKey[]
} {
  const values: Partial<Inputs> = {}
  const rejected: InputKey[] = []
  if (typeof raw !== 'object' || raw === null) return { values, rejected }
  const record = legacyHousehold(raw as Record<string, unknown>)
  for (const key of Object.keys(InputsSchema.shape) as InputKey[]) {
    if (!Object.hasOwn(record, key)) continue
    const parsed = InputsSchema.shape[key].safeParse(record[key])
    if (parsed.success) (values as Record<string, unknown>)[key] = parsed.data
    else rejected.push(key)
  }
  return { values, rejected }
}

/** Everything the page shows, derived from the inputs; every figure finite. */
export function calculate(inputs: Inputs, dataset: Dataset = ctoFrance) {
  const band = tjmBandFor(inputs.experienceYears, dataset)
  const calendar = billableDays({
    year: inputs.year,
    paidLeaveDays: inputs.paidLeaveDays,
    benchDays: inputs.benchDays,
    otherDays: inputs.otherDays,
    alsaceMoselle: inputs.alsaceMoselle,
  })
  const tjmEurPerDay = inputs.tjmEurPerDay ?? band.midpointEurPerDay
  const days = inputs.billableDays ?? calendar.billableDays
  return {
    band,
    calendar,
    tjmEurPerDay,
    tjmFollowsBand: inputs.tjmEurPerDay === null,
    days,
    daysFollowCalendar: inputs.billableDays === null,
    gross: compareGross(tjmEurPerDay, days, inputs.salaryGrossEurPerYear),
    householdParts: householdParts({
      couple: inputs.householdCouple,
      children: inputs.householdChildren,
      singleParent: inputs.householdSingleParent,
    }),
    plausibility: plausibility({
      billableDays: days,
      workingDays: calendar.workingDays,
      tjmEurPerDay,
      bandMaxEurPerDay: band.rate.max,
      salaryGrossEurPerYear: inputs.salaryGrossEurPerYear,
      salaryMaxEurPerYear: dataset.salary.maxEur,
    }),
    salaryInGlassdoorRange:
      inputs.salaryGrossEurPerYear >= dataset.salary.minEur &&
      inputs.salaryGrossEurPerYear <= dataset.salary.maxEur,
  }
}
export type Results = ReturnType<typeof calculate>
