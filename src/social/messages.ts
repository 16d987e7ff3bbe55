// The messages between the page and the social worker: requests (compute, protection, break-even,
// target, net by days, explain), answers and failures, parsed at both ends with the schemas of ./model.ts.
import { expected, finiteNumber, z } from '../domain/zod'
import { ExplainFigureSchema, ExplanationSchema } from './explain-contract'
import {
  BreakEvenShareSchema,
  eurPerYear,
  MAX_NET_BY_DAYS_POINTS,
  NetByDaysResultSchema,
  object,
  ProtectionResultSchema,
  SocialInputsSchema,
  StatusesResultSchema,
  StatusSchema,
  TargetResultSchema,
} from './model'

/**
 * The kinds of request, from the most urgent: figures, what they protect, break-even TJMs,
 * target searches, net-by-days curve; an explanation is asked on demand and runs after the
 * figures and searches.
 */
export const REQUEST_KINDS = [
  'compute',
  'protection',
  'breakEven',
  'target',
  'netByDays',
  'explain',
] as const
const KINDS_TEXT = '"compute", "protection", "breakEven", "target", "netByDays" or "explain"'
const ANSWER_KINDS_TEXT = `"progress", ${KINDS_TEXT}`

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
  /**
   * The statuses a `compute`, `protection` or `breakEven` request is for (absent: every status),
   * when two workers share them (./pool.ts).
   */
  statuses: z.optional(
    z
      .array(StatusSchema, { error: expected('a list of statuses') })
      .check(z.minLength(1, 'must name a status at least')),
  ),
  /**
   * The days of a `netByDays` curve to compute (absent: all of them), when two workers share
   * them (./pool.ts); days not on the curve are left out.
   */
  days: z.optional(
    z
      .array(finiteNumber(), { error: expected('a list of days') })
      .check(
        z.minLength(1, 'must name a day at least'),
        z.maxLength(MAX_NET_BY_DAYS_POINTS, `must name at most ${MAX_NET_BY_DAYS_POINTS} days`),
      ),
  ),
  /**
   * For a `compute`: send each status's figures as soon as they are ready (`progress` answers),
   * before the whole answer; for the page's first compute, the slowest.
   */
  progress: z.optional(z.boolean({ error: expected('true or false') })),
  /** The net after tax sought by a `target` request, in €/year. */
  targetNetEurPerYear: z.optional(eurPerYear()),
  // An explanation ("Comment est-ce calculé ?") names the status and the figure.
  status: z.optional(StatusSchema),
  figure: z.optional(ExplainFigureSchema),
}).check(
  z.superRefine((request, context) => {
    if (request.kind !== 'explain') return
    for (const field of ['status', 'figure'] as const) {
      if (request[field] === undefined) {
        context.addIssue({ code: 'custom', message: 'is missing', path: [field], input: request })
      }
    }
  }),
)
/** A request to the social worker, as sent (defaults optional). */
export type SocialRequestInput = z.input<typeof SocialRequestSchema>
/** A request to the social worker, parsed. */
export type SocialRequest = z.output<typeof SocialRequestSchema>
/** The kinds of request. */
export type SocialRequestKind = SocialRequest['kind']

const elapsedMs = () => z.optional(finiteNumber().check(z.nonnegative('must be zero or more')))

/**
 * How the worker started, in ms, sent with its first compute answer: `timeOriginMs` when it was
 * created (its performance.timeOrigin, since the epoch), `workerStartMs` from its
 * creation to its script running (fetch, compile, parsing the rules), `rulesLoadMs` the rules'
 * parsing alone (when known), `engineBuildMs` building the engine, `firstRequestMs` when it read
 * the page's first request and `answerMs` when the answer was made (from its creation). A record
 * of numbers: the page only passes it on to a performance mark.
 */
export const SocialStartupSchema = z.record(z.string(), finiteNumber())
/** How the worker started; see SocialStartupSchema. */
export type SocialStartup = {
  timeOriginMs: number
  workerStartMs: number
  rulesLoadMs?: number
  engineBuildMs: number
  firstRequestMs?: number
  answerMs: number
}

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
          // The statuses asked for (every status unless the request named some).
          result: StatusesResultSchema,
          elapsedMs: elapsedMs(),
          startup: z.optional(SocialStartupSchema),
        }),
        object({
          id: requestId(),
          ok: z.literal(true),
          // Some statuses' figures of a `compute` asked with `progress`, before its answer.
          kind: z.literal('progress'),
          result: StatusesResultSchema,
        }),
        object({
          id: requestId(),
          ok: z.literal(true),
          kind: z.literal('protection'),
          result: ProtectionResultSchema,
          elapsedMs: elapsedMs(),
        }),
        object({
          id: requestId(),
          ok: z.literal(true),
          kind: z.literal('breakEven'),
          // The statuses asked for (every freelance status unless the request named some).
          result: BreakEvenShareSchema,
          elapsedMs: elapsedMs(),
        }),
        object({
          id: requestId(),
          ok: z.literal(true),
          kind: z.literal('target'),
          result: TargetResultSchema,
          elapsedMs: elapsedMs(),
        }),
        object({
          id: requestId(),
          ok: z.literal(true),
          kind: z.literal('netByDays'),
          result: NetByDaysResultSchema,
          elapsedMs: elapsedMs(),
        }),
        object({
          id: requestId(),
          ok: z.literal(true),
          kind: z.literal('explain'),
          result: ExplanationSchema,
          elapsedMs: elapsedMs(),
        }),
      ],
      { error: expected(`${ANSWER_KINDS_TEXT} in kind`) },
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
