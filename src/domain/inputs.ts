import { tjmBandFor } from './bands'
import {
  billableDays,
  DEFAULT_BENCH_DAYS,
  DEFAULT_OTHER_DAYS,
  DEFAULT_PAID_LEAVE_DAYS,
} from './calendar'
import { ctoFrance, type Dataset } from './dataset'
import { compareGross } from './income'
import {
  MAX_DAYS,
  MAX_EUR_PER_YEAR,
  MAX_EXPERIENCE_YEARS,
  MAX_TJM_EUR_PER_DAY,
  MAX_YEAR,
  MIN_YEAR,
} from './limits'
import { DEFAULT_PORTAGE_FEE_PERCENT, HOUSEHOLD_PARTS } from './social-limits'
import { z } from './zod'

/**
 * Limits of a numeric input: inclusive bounds, whether only whole numbers are allowed, and an
 * optional step the value must be a multiple of.
 */
export type NumberLimits = { min: number; max: number; integer: boolean; step?: number }

/** Limits of every numeric input of the calculator (the dataset schema reads the same ones). */
export const LIMITS = {
  experienceYears: { min: 0, max: MAX_EXPERIENCE_YEARS, integer: false },
  tjmEurPerDay: { min: 0, max: MAX_TJM_EUR_PER_DAY, integer: false },
  billableDays: { min: 0, max: MAX_DAYS, integer: false },
  salaryGrossEurPerYear: { min: 0, max: MAX_EUR_PER_YEAR, integer: false },
  year: { min: MIN_YEAR, max: MAX_YEAR, integer: true },
  paidLeaveDays: { min: 0, max: MAX_DAYS, integer: false },
  benchDays: { min: 0, max: MAX_DAYS, integer: false },
  otherDays: { min: 0, max: MAX_DAYS, integer: false },
  expensesEurPerYear: { min: 0, max: MAX_EUR_PER_YEAR, integer: false },
  /** Fiscal parts of the household (quotient familial) come in halves. */
  householdParts: { ...HOUSEHOLD_PARTS, integer: false },
  portageFeePercent: { min: 0, max: 50, integer: false },
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
  householdParts: bounded(LIMITS.householdParts),
  portageFeePercent: bounded(LIMITS.portageFeePercent),
  microVersementLiberatoire: z.boolean(),
})
export type Inputs = z.infer<typeof InputsSchema>
export type InputKey = keyof Inputs

/** Experience the page opens with, in years. */
export const DEFAULT_EXPERIENCE_YEARS = 0

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
    householdParts: 1,
    portageFeePercent: DEFAULT_PORTAGE_FEE_PERCENT,
    microVersementLiberatoire: false,
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
  const record = raw as Record<string, unknown>
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
    salaryInGlassdoorRange:
      inputs.salaryGrossEurPerYear >= dataset.salary.minEur &&
      inputs.salaryGrossEurPerYear <= dataset.salary.maxEur,
  }
}
export type Results = ReturnType<typeof calculate>
