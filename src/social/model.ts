// The social model's data: the zod schemas of its inputs and of its figures (by status, break-even,
// target, net by days), with the types inferred from them, parsed alike by the page and the worker.
// The messages that carry them are in ./messages.ts. Over 250 lines because every figure's schema
// lives here, in one place.
import { CreationDateSchema } from '../domain/acre'
import { ACRE_STATUS_NAMES } from '../domain/acre-statuses'
import { MAX_CHILDREN } from '../domain/household'
import { annualRevenue, MAX_TJM_EUR_PER_DAY } from '../domain/income'
import {
  DEFAULT_PORTAGE_FEE_PERCENT,
  HOUSEHOLD_PARTS,
  SOCIAL_MODEL_MAX_EUR_PER_YEAR,
} from '../domain/social-limits'
import { expected, finiteNumber, z } from '../domain/zod'
import {
  companyEur,
  DEFAULT_CAPITAL_EUR,
  DividendsMethodSchema,
  EurlIsPaySchema,
  SasuPaySchema,
  SplitCurveSchema,
} from './company-inputs'
import { ProtectionSchema } from './protection-model'

/** Largest euro amount accepted, the page's limit for the social model. */
export const MAX_EUR_PER_YEAR = SOCIAL_MODEL_MAX_EUR_PER_YEAR

/** Largest number of fiscal parts accepted, as on the page. */
export const MAX_HOUSEHOLD_PARTS = HOUSEHOLD_PARTS.max

/** Default portage management fee, as a rate: the page's default percentage. */
export const DEFAULT_PORTAGE_FEE_RATE = DEFAULT_PORTAGE_FEE_PERCENT / 100

/** An object schema whose refusal of a non-object reads "must be an object". */
export const object = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.object(shape, { error: expected('an object') })

/** A yearly amount in €, from 0 to MAX_EUR_PER_YEAR. */
export const eurPerYear = () =>
  finiteNumber().check(
    z.nonnegative('must be zero or more'),
    z.maximum(MAX_EUR_PER_YEAR, `must be at most ${MAX_EUR_PER_YEAR}`),
  )

/** Any finite euro amount (a net can be negative: minimal contributions on a nil turnover). */
const signedEur = () => finiteNumber()

/** A household: married or PACS, dependent children, single parent, the spouse's taxable income. */
export const HouseholdSchema = object({
  couple: z.boolean({ error: expected('true or false') }),
  children: z
    .int({ error: expected('a whole number') })
    .check(
      z.minimum(0, 'must be zero or more'),
      z.maximum(MAX_CHILDREN, `must be at most ${MAX_CHILDREN}`),
    ),
  singleParent: z.boolean({ error: expected('true or false') }),
  spouseIncomeEurPerYear: z._default(eurPerYear(), 0),
})
/** A household, parsed. */
export type Household = z.output<typeof HouseholdSchema>

/**
 * What the page sends the social model: the TJM (taux journalier moyen, €/day) and billable days as
 * the person typed them, yearly expenses of the freelance activity, the CDI gross salary to compare
 * with, the household's fiscal parts (quotient familial), the micro-entreprise's versement
 * libératoire option and the portage company's fee rate.
 */
const SocialInputsFieldsSchema = object({
  tjmEurPerDay: finiteNumber().check(
    z.nonnegative('must be zero or more'),
    z.maximum(MAX_TJM_EUR_PER_DAY, `must be at most ${MAX_TJM_EUR_PER_DAY}`),
  ),
  billableDays: finiteNumber().check(
    z.positive('must be more than zero'),
    z.maximum(366, 'must be at most 366'),
  ),
  expensesEurPerYear: z._default(eurPerYear(), 0),
  cdiGrossEurPerYear: eurPerYear(),
  householdParts: finiteNumber().check(
    z.minimum(HOUSEHOLD_PARTS.min, `must be at least ${HOUSEHOLD_PARTS.min}`),
    z.maximum(MAX_HOUSEHOLD_PARTS, `must be at most ${MAX_HOUSEHOLD_PARTS}`),
    z.multipleOf(HOUSEHOLD_PARTS.step, `must be a multiple of ${HOUSEHOLD_PARTS.step}`),
  ),
  microVersementLiberatoire: z.boolean({ error: expected('true or false') }),
  portageFeeRate: z._default(
    finiteNumber().check(z.minimum(0, 'must be at least 0'), z.maximum(0.5, 'must be at most 0.5')),
    DEFAULT_PORTAGE_FEE_RATE,
  ),
  /**
   * The household as the person describes it; when given, it sets the situation and
   * `householdParts` is only its parts, for reading (without it, parts give a couple from 2 parts).
   */
  household: z.optional(HouseholdSchema),
  /**
   * The household's reference tax income of N-2 (revenu fiscal de référence), which opens the
   * versement libératoire; absent or null, the RFR the CDI salary would give.
   */
  referenceTaxIncomeEurPerYear: z.optional(z.nullable(eurPerYear())),
  // Companies at corporate tax (SASU, EURL à l'IS): see ./company-inputs.ts.
  sasuPay: z._default(SasuPaySchema, 'salaire'),
  eurlIsPay: z._default(EurlIsPaySchema, 'salaire'),
  dividendsMethod: z._default(DividendsMethodSchema, 'pfu'),
  capitalEur: z._default(companyEur(), DEFAULT_CAPITAL_EUR),
  currentAccountEur: z._default(companyEur(), 0),
  /**
   * ACRE: the company's creation date (a day of the model's year, YYYY-MM-DD) when the person
   * asks for it; absent, no ACRE. It applies to the freelance statuses, never to CDI or portage.
   */
  acreCreationDate: z.optional(CreationDateSchema),
})

/**
 * The social model's inputs: the fields the page sends, plus `turnoverEurPerYear` derived here,
 * in the worker, exactly as the page's revenue is (annualRevenue(tjm, days), to the same float),
 * and at most MAX_EUR_PER_YEAR. The status models read the turnover (their solvers vary it), never
 * TJM × days.
 */
export const SocialInputsSchema = z
  .pipe(
    SocialInputsFieldsSchema,
    z.transform((fields) => ({
      ...fields,
      turnoverEurPerYear: annualRevenue(fields.tjmEurPerDay, fields.billableDays),
    })),
  )
  .check(
    z.refine((inputs) => inputs.turnoverEurPerYear <= MAX_EUR_PER_YEAR, {
      message: `times billableDays (the turnover) must be at most ${MAX_EUR_PER_YEAR}`,
      path: ['tjmEurPerDay'],
    }),
  )
/** Inputs after parsing, defaults filled in. */
export type SocialInputs = z.output<typeof SocialInputsSchema>
/**
 * Inputs as the page sends them (no turnover: the worker derives it); `expensesEurPerYear` and
 * `portageFeeRate` are optional.
 */
export type SocialInputsInput = z.input<typeof SocialInputsSchema>

/** The five ways of working compared: salaried CDI and four freelance statuses. */
export const STATUSES = ['cdi', 'micro', 'eurl', 'eurlIs', 'sasu', 'portage'] as const
/** The status schema: one of STATUSES. */
export const StatusSchema = z.enum(STATUSES, { error: expected(STATUSES.join(', ')) })
/** A way of working: `cdi` (contrat à durée indéterminée, salaried), or a freelance status. */
export type Status = z.infer<typeof StatusSchema>

/** The freelance statuses, whose turnover is the TJM (taux journalier moyen) × billable days. */
export const FREELANCE_STATUSES = ['micro', 'eurl', 'eurlIs', 'sasu', 'portage'] as const
/** A freelance status: every status but the CDI. */
export type FreelanceStatus = (typeof FREELANCE_STATUSES)[number]
/** The statuses whose contributions ACRE lowers (their models set it in modele-social's situation). */
export const ACRE_STATUSES: readonly Status[] = ACRE_STATUS_NAMES

/** Why a status cannot be chosen: turnover above the micro-entreprise ceiling. */
export const INACCESSIBLE_REASONS = ['turnoverAboveCeiling'] as const
/** Why a status cannot be chosen. */
export type InaccessibleReason = (typeof INACCESSIBLE_REASONS)[number]

/**
 * The versement libératoire's eligibility: the household's reference tax income of N-2, whether it
 * was typed or taken from the CDI salary, the household's parts, the ceiling per part, and
 * whether it is open (RFR ÷ parts ≤ ceiling); when not open, the figures are without it.
 */
export const VersementLiberatoireSchema = object({
  open: z.boolean({ error: expected('true or false') }),
  referenceTaxIncomeEurPerYear: signedEur(),
  fromCdi: z.boolean({ error: expected('true or false') }),
  householdParts: finiteNumber(),
  ceilingPerPartEurPerYear: signedEur(),
})
/** The versement libératoire's eligibility; see VersementLiberatoireSchema. */
export type VersementLiberatoire = z.infer<typeof VersementLiberatoireSchema>

/**
 * One status's yearly figures in €: gross salary (CDI) or turnover (freelance), social
 * contributions, net before and after income tax, the income tax, and whether the figures come
 * from the official model (`official: false` for portage, an approximation); micro-entreprise adds
 * its turnover ceiling (and, with the versement libératoire, whether the income exceeds the limit
 * that option requires), CDI and portage the employer's total cost, portage its management fee;
 * any status may add named figures of its own under `extraFigures`.
 */
export const StatusResultSchema = object({
  grossOrTurnoverEurPerYear: signedEur(),
  contributionsEurPerYear: signedEur(),
  netBeforeTaxEurPerYear: signedEur(),
  incomeTaxEurPerYear: signedEur(),
  netAfterTaxEurPerYear: signedEur(),
  official: z.boolean({ error: expected('true or false') }),
  employerCostEurPerYear: z.optional(signedEur()),
  managementFeeEurPerYear: z.optional(signedEur()),
  ceilingEurPerYear: z.optional(signedEur()),
  ceilingExceeded: z.optional(z.boolean({ error: expected('true or false') })),
  versementLiberatoireThresholdExceeded: z.optional(
    z.boolean({ error: expected('true or false') }),
  ),
  /** Figures a status adds of its own (e.g. dividends, company tax), by name, in €/year. */
  extraFigures: z.optional(z.record(z.string(), signedEur())),
  /**
   * Whether the status can be chosen at these figures (absent: yes); `false` with the reason,
   * e.g. the micro-entreprise above its turnover ceiling. A status not accessible is no answer
   * to "which status is best".
   */
  accessible: z.optional(z.boolean({ error: expected('true or false') })),
  inaccessibleReason: z.optional(
    z.enum(INACCESSIBLE_REASONS, { error: expected(INACCESSIBLE_REASONS.join(', ')) }),
  ),
  /** Salaried statuses: the gross salary, and the employee's and employer's contributions. */
  grossSalaryEurPerYear: z.optional(signedEur()),
  employeeContributionsEurPerYear: z.optional(signedEur()),
  employerContributionsEurPerYear: z.optional(signedEur()),
  /** Salaried statuses: the company health cover and provident scheme (both shares, included). */
  healthAndProvidentEurPerYear: z.optional(signedEur()),
  /**
   * Salary paid out of a budget (SASU, portage): what the budget could not pay, where the employer
   * cost jumps over it (the 2026 reduction stops at 3 SMIC), in €/year.
   */
  unspentBudgetEurPerYear: z.optional(signedEur()),
  /** Micro-entreprise, when the versement libératoire is asked: whether it is open and why. */
  versementLiberatoire: z.optional(VersementLiberatoireSchema),
  /** Companies at corporate tax: the net after tax against the salary paid (./company-inputs.ts). */
  splitCurve: z.optional(SplitCurveSchema),
  /** What the contributions buy (pension, sick pay, …), for a compute; absent if not read. */
  protection: z.optional(ProtectionSchema),
})
/** One status's yearly figures; see StatusResultSchema. */
export type StatusResult = z.infer<typeof StatusResultSchema>

/** The figures of every status for one set of inputs. */
export const SocialResultSchema = object({
  results: object({
    cdi: StatusResultSchema,
    micro: StatusResultSchema,
    eurl: StatusResultSchema,
    eurlIs: StatusResultSchema,
    sasu: StatusResultSchema,
    portage: StatusResultSchema,
  }),
})
/** The figures of every status for one set of inputs. */
export type SocialResult = z.infer<typeof SocialResultSchema>

/**
 * The figures of some statuses: a worker's share when the page's statuses are computed by two
 * workers at once (./pool.ts), merged into a SocialResult on the page.
 */
export const StatusesResultSchema = object({
  results: z.partialRecord(StatusSchema, StatusResultSchema),
})
/** Some statuses' figures; see StatusesResultSchema. */
export type StatusesResult = z.infer<typeof StatusesResultSchema>

/**
 * What each status's contributions buy, for one set of inputs: asked after the net figures (it
 * costs a third of a compute), so that they never wait for it. A status whose protection cannot be
 * read is absent; its column says why.
 */
export const ProtectionResultSchema = object({
  results: z.partialRecord(StatusSchema, ProtectionSchema),
})
/** Every status's social protection; see ProtectionResultSchema. */
export type ProtectionResult = z.infer<typeof ProtectionResultSchema>

const nullableEur = () => z.nullable(finiteNumber().check(z.nonnegative('must be zero or more')))

/** Where a freelance status's net after tax meets the CDI's: TJM in €/day and turnover in €/year. */
export const BreakEvenPointSchema = object({
  tjmEurPerDay: nullableEur(),
  turnoverEurPerYear: nullableEur(),
})
/** A break-even point; both fields are null when none lies between 0 and 5 M€ of turnover. */
export type BreakEvenPoint = z.infer<typeof BreakEvenPointSchema>

/** For each freelance status, the TJM at which its net after tax equals the CDI's. */
export const BreakEvenResultSchema = object({
  cdiNetAfterTaxEurPerYear: signedEur(),
  statuses: object({
    micro: BreakEvenPointSchema,
    eurl: BreakEvenPointSchema,
    eurlIs: BreakEvenPointSchema,
    sasu: BreakEvenPointSchema,
    portage: BreakEvenPointSchema,
  }),
})
/** For each freelance status, the TJM at which its net after tax equals the CDI's. */
export type BreakEvenResult = z.infer<typeof BreakEvenResultSchema>

/** The break-even TJMs of some freelance statuses: a worker's share (./pool.ts). */
export const BreakEvenShareSchema = object({
  cdiNetAfterTaxEurPerYear: signedEur(),
  statuses: z.partialRecord(StatusSchema, BreakEvenPointSchema),
})
/** Some freelance statuses' break-even TJMs; see BreakEvenShareSchema. */
export type BreakEvenShare = z.infer<typeof BreakEvenShareSchema>

/**
 * Where a freelance status's net after tax reaches a target: the turnover in €/year, the TJM at
 * the inputs' billable days, the billable days at the inputs' TJM, and whether that turnover is
 * beyond the status's ceiling (micro-entreprise); null fields when no turnover up to 5 M€ reaches it.
 */
export const TargetPointSchema = object({
  turnoverEurPerYear: nullableEur(),
  tjmEurPerDay: nullableEur(),
  daysAtTjm: nullableEur(),
  ceilingExceeded: z.optional(z.boolean({ error: expected('true or false') })),
})
/** One status's answer to a target net; see TargetPointSchema. */
export type TargetPoint = z.infer<typeof TargetPointSchema>

/** For each freelance status, what it takes to reach a target net after tax. */
export const TargetResultSchema = object({
  targetNetEurPerYear: signedEur(),
  statuses: object(
    Object.fromEntries(FREELANCE_STATUSES.map((s) => [s, TargetPointSchema])) as Record<
      FreelanceStatus,
      typeof TargetPointSchema
    >,
  ),
})
/** For each freelance status, what it takes to reach a target net after tax. */
export type TargetResult = z.infer<typeof TargetResultSchema>

/** Billable days at which net-by-days curves are evaluated: 100 to 260 by 20 (9 points). */
export const NET_BY_DAYS_GRID = [100, 120, 140, 160, 180, 200, 220, 240, 260] as const

/** Most points of a net-by-days curve: the grid and the person's own days. */
export const MAX_NET_BY_DAYS_POINTS = NET_BY_DAYS_GRID.length + 1

/** The days of a net-by-days curve: the grid plus the person's own days when not on it, sorted. */
export function netByDaysDays(billableDays: number): number[] {
  const grid: number[] = [...NET_BY_DAYS_GRID]
  return grid.includes(billableDays) ? grid : [...grid, billableDays].sort((a, b) => a - b)
}

/**
 * The days of the curve the model computes at a TJM: netByDaysDays without those whose turnover
 * (TJM × days) is beyond the model's domain, MAX_EUR_PER_YEAR; the person's own days always (the
 * inputs' checks keep their turnover within it).
 */
export function netByDaysDaysWithin(tjmEurPerDay: number, billableDays: number): number[] {
  return netByDaysDays(billableDays).filter(
    (days) => days === billableDays || tjmEurPerDay * days <= MAX_EUR_PER_YEAR,
  )
}

/**
 * Every status's net after tax in €/year at one number of billable days, the TJM (taux journalier
 * moyen) held: freelance turnover is TJM × days; the CDI does not depend on the days.
 */
export const NetByDaysPointSchema = object({
  days: finiteNumber().check(
    z.positive('must be more than zero'),
    z.maximum(366, 'must be at most 366'),
  ),
  turnoverEurPerYear: finiteNumber().check(z.nonnegative('must be zero or more')),
  cdi: signedEur(),
  micro: signedEur(),
  eurl: signedEur(),
  eurlIs: signedEur(),
  sasu: signedEur(),
  portage: signedEur(),
})
/** One point of a net-by-days curve; see NetByDaysPointSchema. */
export type NetByDaysPoint = z.infer<typeof NetByDaysPointSchema>

/** Net after tax against billable days, per status, at the TJM implied by the inputs. */
export const NetByDaysResultSchema = object({
  tjmEurPerDay: finiteNumber().check(z.nonnegative('must be zero or more')),
  points: z
    .array(NetByDaysPointSchema, { error: expected('a list') })
    .check(
      z.minLength(1, 'must hold at least one point'),
      z.maxLength(MAX_NET_BY_DAYS_POINTS, `must hold at most ${MAX_NET_BY_DAYS_POINTS} points`),
    ),
})
/** Net after tax against billable days, per status; see NetByDaysResultSchema. */
export type NetByDaysResult = z.infer<typeof NetByDaysResultSchema>
