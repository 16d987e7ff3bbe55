import {
  DEFAULT_PORTAGE_FEE_PERCENT,
  HOUSEHOLD_PARTS,
  SOCIAL_MODEL_MAX_EUR_PER_YEAR,
} from '../domain/social-limits'
import { expected, finiteNumber, z } from '../domain/zod'

/** Largest euro amount accepted, the page's limit for the social model. */
export const MAX_EUR_PER_YEAR = SOCIAL_MODEL_MAX_EUR_PER_YEAR

/** Largest number of fiscal parts accepted, as on the page. */
export const MAX_HOUSEHOLD_PARTS = HOUSEHOLD_PARTS.max

/** Default portage management fee, as a rate: the page's default percentage. */
export const DEFAULT_PORTAGE_FEE_RATE = DEFAULT_PORTAGE_FEE_PERCENT / 100

/** An object schema whose refusal of a non-object reads "must be an object". */
const object = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.object(shape, { error: expected('an object') })

const eurPerYear = () =>
  finiteNumber().check(
    z.nonnegative('must be zero or more'),
    z.maximum(MAX_EUR_PER_YEAR, `must be at most ${MAX_EUR_PER_YEAR}`),
  )

/** Any finite euro amount (a net can be negative: minimal contributions on a nil turnover). */
const signedEur = () => finiteNumber()

/**
 * What the social model needs: yearly turnover and expenses of the freelance activity, billable
 * days, the CDI gross salary to compare with, the household's fiscal parts (quotient familial),
 * the micro-entreprise's versement libératoire option and the portage company's fee rate.
 */
export const SocialInputsSchema = object({
  turnoverEurPerYear: eurPerYear(),
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
})
/** Inputs after parsing, defaults filled in. */
export type SocialInputs = z.output<typeof SocialInputsSchema>
/** Inputs as a caller may write them: `expensesEurPerYear` and `portageFeeRate` are optional. */
export type SocialInputsInput = z.input<typeof SocialInputsSchema>

/** The five ways of working compared: salaried CDI and four freelance statuses. */
export const STATUSES = ['cdi', 'micro', 'eurl', 'sasu', 'portage'] as const
/** The status schema: one of STATUSES. */
export const StatusSchema = z.enum(STATUSES, { error: expected(STATUSES.join(', ')) })
/** A way of working: `cdi` (contrat à durée indéterminée, salaried), or a freelance status. */
export type Status = z.infer<typeof StatusSchema>

/** The freelance statuses, whose turnover is the TJM (taux journalier moyen) × billable days. */
export const FREELANCE_STATUSES = ['micro', 'eurl', 'sasu', 'portage'] as const
/** A freelance status: every status but the CDI. */
export type FreelanceStatus = (typeof FREELANCE_STATUSES)[number]

/**
 * One status's yearly figures in €: gross salary (CDI) or turnover (freelance), social
 * contributions, net before and after income tax, the income tax, and whether the figures come
 * from the official model (`official: false` for portage, an approximation); micro-entreprise adds
 * its turnover ceiling (and, with the versement libératoire, whether the income exceeds the limit
 * that option requires), CDI and portage the employer's total cost, portage its management fee.
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
})
/** One status's yearly figures; see StatusResultSchema. */
export type StatusResult = z.infer<typeof StatusResultSchema>

/** The figures of every status for one set of inputs. */
export const SocialResultSchema = object({
  results: object({
    cdi: StatusResultSchema,
    micro: StatusResultSchema,
    eurl: StatusResultSchema,
    sasu: StatusResultSchema,
    portage: StatusResultSchema,
  }),
})
/** The figures of every status for one set of inputs. */
export type SocialResult = z.infer<typeof SocialResultSchema>

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
    sasu: BreakEvenPointSchema,
    portage: BreakEvenPointSchema,
  }),
})
/** For each freelance status, the TJM at which its net after tax equals the CDI's. */
export type BreakEvenResult = z.infer<typeof BreakEvenResultSchema>

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

/** The kinds of request, from the most urgent: figures, break-even TJMs, net-by-days curve. */
export const REQUEST_KINDS = ['compute', 'breakEven', 'netByDays'] as const
const KINDS_TEXT = '"compute", "breakEven" or "netByDays"'

const requestId = () =>
  z.int({ error: expected('a whole number') }).check(z.nonnegative('must be zero or more'))

/**
 * A request to the social worker: compute every status, find the break-even TJMs, or trace every
 * status's net after tax against billable days.
 */
export const SocialRequestSchema = object({
  id: requestId(),
  kind: z.enum(REQUEST_KINDS, { error: expected(KINDS_TEXT) }),
  inputs: SocialInputsSchema,
})
/** A request to the social worker, as sent (defaults optional). */
export type SocialRequestInput = z.input<typeof SocialRequestSchema>
/** A request to the social worker, parsed. */
export type SocialRequest = z.output<typeof SocialRequestSchema>
/** The three kinds of request. */
export type SocialRequestKind = SocialRequest['kind']

const elapsedMs = () => z.optional(finiteNumber().check(z.nonnegative('must be zero or more')))

/** The social worker's answer: the result of the request `id`, or the reason it failed. */
export const SocialResponseSchema = z.discriminatedUnion(
  'ok',
  [
    z.discriminatedUnion(
      'kind',
      [
        object({
          id: requestId(),
          ok: z.literal(true),
          kind: z.literal('compute'),
          result: SocialResultSchema,
          elapsedMs: elapsedMs(),
        }),
        object({
          id: requestId(),
          ok: z.literal(true),
          kind: z.literal('breakEven'),
          result: BreakEvenResultSchema,
          elapsedMs: elapsedMs(),
        }),
        object({
          id: requestId(),
          ok: z.literal(true),
          kind: z.literal('netByDays'),
          result: NetByDaysResultSchema,
          elapsedMs: elapsedMs(),
        }),
      ],
      { error: expected(`${KINDS_TEXT} in kind`) },
    ),
    object({
      id: z.nullable(requestId()),
      ok: z.literal(false),
      error: z.string({ error: expected('a text') }),
    }),
  ],
  { error: expected('an answer with ok true or false') },
)
/** The social worker's answer. */
export type SocialResponse = z.infer<typeof SocialResponseSchema>

/** Parses a value with a schema, or throws an Error listing each bad path ("→ at inputs.x"). */
export function parseOrThrow<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  what: string,
): z.output<S> {
  const parsed = schema.safeParse(value)
  if (!parsed.success) throw new Error(`${what}: ${z.prettifyError(parsed.error)}`)
  return parsed.data
}

/** The error of an answer to a request that a newer one replaced before it ran or ended. */
export const SUPERSEDED = 'superseded by a newer request'
