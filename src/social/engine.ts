// The social engine the worker runs: one model per status (./statuses/, listed in ./registry.ts),
// and the answers built over them — every status's figures, the break-even and target turnovers,
// the net-by-days curve, the explanations — with the caches they share. Over 250 lines because
// those answers share the caches; a status's own model is in its file, the turnover search in
// ./turnover-search.ts.
import type Engine from 'publicodes'
import { annualRevenue } from '../domain/income'
import { explanationFor } from './explain'
import type { ExplainFigure, Explanation } from './explain-contract'
import { Lru } from './lru'
import {
  type BreakEvenPoint,
  type BreakEvenResult,
  type BreakEvenShare,
  FREELANCE_STATUSES,
  type FreelanceStatus,
  type NetByDaysPoint,
  type NetByDaysResult,
  netByDaysDaysWithin,
  type ProtectionResult,
  type SocialInputs,
  type SocialResult,
  STATUSES,
  type Status,
  type StatusesResult,
  type StatusResult,
  type TargetPoint,
  type TargetResult,
} from './model'
import type { Protection } from './protection-model'
import { STATUS_MODELS } from './registry'
import {
  acreKey,
  buildPublicodesEngine,
  cents,
  householdKey,
  type RuleName,
  SocialModelError,
} from './rules'
import { type Counter, createSession } from './session'
import type { StatusModel } from './statuses/types'
import { stepper } from './steps'
import { turnoverReaching } from './turnover-search'
import { withProtection } from './with-protection'

export {
  buildPublicodesEngine,
  eurPerYear,
  householdSituation,
  RULES,
  type RuleName,
  SocialModelError,
} from './rules'
export {
  BREAK_EVEN_MAX_TURNOVER_EUR_PER_YEAR,
  BREAK_EVEN_TOLERANCE_EUR_PER_YEAR,
} from './turnover-search'

/** What the social engine counts, for benchmarks and tests. */
export interface SocialEngineStats {
  /** Situations set on publicodes engines: each costs one evaluation of the model (20–60 ms). */
  situations: number
  /** Status results served from the cache. */
  cacheHits: number
}

/** The social model behind a typed API: every status's figures, break-even TJMs, net by days. */
export interface SocialEngine {
  /** The yearly figures of every status for the inputs (parsed beforehand), protection included. */
  compute(inputs: SocialInputs): SocialResult
  /** The same figures without the protection: what the page shows first. */
  nets(inputs: SocialInputs): SocialResult
  /**
   * The figures of some statuses only (a worker's share when two compute the page's), computed in
   * the order given, each handed to `each` as soon as it is ready.
   */
  netsOf(
    inputs: SocialInputs,
    statuses: readonly Status[],
    each?: (status: Status, figures: StatusResult) => void,
  ): StatusesResult
  /**
   * Every status's protection (or that of `statuses`), read at the situations of its figures
   * (computed if need be).
   */
  protection(inputs: SocialInputs, statuses?: readonly Status[]): ProtectionResult
  /** One status's yearly figures for the inputs. */
  computeStatus(status: Status, inputs: SocialInputs): StatusResult
  /** For each freelance status, the TJM at which its net after tax equals the CDI's. */
  breakEven(inputs: SocialInputs): BreakEvenResult
  /** The same for the freelance statuses among `statuses` only (a worker's share, ./pool.ts). */
  breakEvenOf(inputs: SocialInputs, statuses: readonly Status[]): BreakEvenShare
  /**
   * For each freelance status, the turnover, TJM (at the inputs' days) and days (at the inputs'
   * TJM) at which its net after tax reaches `targetNetEurPerYear`: the break-even search with
   * another target, canonical in the same way (the first whole euro of turnover that reaches it).
   */
  target(inputs: SocialInputs, targetNetEurPerYear: number): TargetResult
  /**
   * Every status's net after tax against billable days (NET_BY_DAYS_GRID and the person's own
   * days), the TJM held at the one sent; days whose turnover would pass 10 M€ are left
   * out, the person's own days never.
   */
  netByDays(inputs: SocialInputs, days?: readonly number[]): NetByDaysResult
  /**
   * The same curve in steps of about 20 ms (./steps.ts: a status at a point, or part of one),
   * so that the worker can answer more urgent requests in between; cached points take no step.
   * With `days`, only the curve's points at those days (a worker's share, ./pool.ts).
   */
  netByDaysSteps(
    inputs: SocialInputs,
    days?: readonly number[],
  ): Generator<void, NetByDaysResult, void>
  /**
   * The chain of rules behind one figure of one status, read from the situation its figures came
   * from, on an engine copy of its own (the figures' sessions and caches are untouched).
   */
  explain(inputs: SocialInputs, status: Status, figure: ExplainFigure): Explanation
  /** Counters since creation. */
  stats(): SocialEngineStats
}

/** Options of createSocialEngine; the clock is a test's to set. */
export interface SocialEngineOptions {
  /** A clock in milliseconds (default: performance.now), for the curve's steps. */
  now?: () => number
}

/**
 * Creates the social engine over one publicodes engine (built here unless given): one model per
 * status from the registry, each on its own shallow copy, results cached by the inputs each
 * status depends on. Every figure is canonical: solvers seeded from earlier solutions settle on
 * the grid point next to the crossing (./settle.ts), so no answer depends on what came before.
 */
export function createSocialEngine(
  base: Engine<RuleName> = buildPublicodesEngine(),
  options: SocialEngineOptions = {},
): SocialEngine {
  const counter: Counter = { situations: 0 }
  const inSteps = stepper(counter, options.now ?? (() => performance.now()))
  let cacheHits = 0
  const results = new Lru<StatusResult>(500)
  const starts = new Lru<number>(500)
  const breakEvens = new Lru<{ turnoverEurPerYear: number | null }>(200)
  const cached = (key: string, make: () => StatusResult): StatusResult => {
    const hit = results.get(key)
    if (hit !== undefined) {
      cacheHits += 1
      return hit
    }
    const made = make()
    results.set(key, made)
    return made
  }
  const models = Object.fromEntries(
    STATUSES.map((status) => [
      status,
      STATUS_MODELS[status]({
        session: createSession(base, counter),
        newSession: () => createSession(base, counter),
        cached,
        starts,
      }),
    ]),
  ) as Record<Status, StatusModel>

  const computeStatus = (status: Status, inputs: SocialInputs): StatusResult =>
    models[status].compute(inputs)
  // A status whose protection cannot be read keeps its net figures; its column says why.
  const protectionOf = (status: Status, inputs: SocialInputs): Protection | undefined => {
    try {
      return models[status].protection?.(inputs)
    } catch (error) {
      if (error instanceof SocialModelError) return undefined
      throw error
    }
  }
  const cdiNetOf = (inputs: SocialInputs) => computeStatus('cdi', inputs).netAfterTaxEurPerYear

  // The turnover at which a status's net reaches a target (./turnover-search.ts), on the figures
  // the page shows for that turnover.
  const turnoverFor = (status: FreelanceStatus, inputs: SocialInputs, targetNet: number) => {
    const search = models[status].breakEven?.search(inputs, targetNet)
    if (search === undefined) return null
    const netAtTurnover = (turnover: number) =>
      computeStatus(status, { ...inputs, turnoverEurPerYear: turnover }).netAfterTaxEurPerYear
    return turnoverReaching(search, netAtTurnover, targetNet)
  }

  // The turnover at which a status's net reaches a target, cached like break-evens: it depends
  // on the target, parts, expenses and the status's own options, not on turnover nor days.
  const cachedTurnoverFor = (
    status: FreelanceStatus,
    inputs: SocialInputs,
    targetNet: number,
    what: string,
  ): number | null => {
    const key = [
      what,
      status,
      householdKey(inputs),
      // The micro-entreprise's key, the most detailed: with ACRE, the creation date.
      acreKey(inputs, 'micro'),
      cents(inputs.expensesEurPerYear),
      models[status].breakEven?.key(inputs) ?? '',
    ].join('|')
    const hit = breakEvens.get(key)
    if (hit !== undefined) {
      cacheHits += 1
      return hit.turnoverEurPerYear
    }
    const turnover = turnoverFor(status, inputs, targetNet)
    const made = { turnoverEurPerYear: turnover === null ? null : cents(turnover) }
    breakEvens.set(key, made)
    return made.turnoverEurPerYear
  }

  // Net by days: every point is computeStatus at TJM × days, so each reuses the result cache (the
  // person's own days are the compute just made) and seeds the solvers' curves for the next one.
  function* netByDaysSteps(
    inputs: SocialInputs,
    only?: readonly number[],
  ): Generator<void, NetByDaysResult, void> {
    const own = inputs.billableDays
    const tjm = inputs.tjmEurPerDay
    const cdiNet = cdiNetOf(inputs)
    const points: NetByDaysPoint[] = []
    for (const days of netByDaysDaysWithin(tjm, own)) {
      if (only !== undefined && !only.includes(days)) continue
      const turnover = days === own ? inputs.turnoverEurPerYear : cents(annualRevenue(tjm, days))
      const at: SocialInputs = { ...inputs, turnoverEurPerYear: turnover, billableDays: days }
      const nets = {} as Record<FreelanceStatus, number>
      for (const status of FREELANCE_STATUSES) {
        nets[status] = (yield* inSteps(() => computeStatus(status, at))).netAfterTaxEurPerYear
      }
      points.push({ days, turnoverEurPerYear: turnover, cdi: cdiNet, ...nets })
    }
    return { tjmEurPerDay: tjm, points }
  }

  const netsOf = (
    inputs: SocialInputs,
    statuses: readonly Status[],
    each?: (status: Status, figures: StatusResult) => void,
  ): StatusesResult => ({
    results: Object.fromEntries(
      statuses.map((status) => {
        const figures = computeStatus(status, inputs)
        each?.(status, figures)
        return [status, figures]
      }),
    ),
  })
  const nets = (inputs: SocialInputs): SocialResult => netsOf(inputs, STATUSES) as SocialResult
  const protection = (
    inputs: SocialInputs,
    statuses: readonly Status[] = STATUSES,
  ): ProtectionResult => {
    const results: ProtectionResult['results'] = {}
    for (const status of statuses) {
      const read = protectionOf(status, inputs)
      if (read !== undefined) results[status] = read
    }
    return { results }
  }

  const breakEvenOf = (inputs: SocialInputs, among: readonly Status[]): BreakEvenShare => {
    const cdiNet = cdiNetOf(inputs)
    // The break-even turnover depends on the CDI's gross, not on the turnover nor the days.
    const point = (status: FreelanceStatus): BreakEvenPoint => {
      const turnover = cachedTurnoverFor(
        status,
        inputs,
        cdiNet,
        `cdi ${cents(inputs.cdiGrossEurPerYear)}`,
      )
      return {
        turnoverEurPerYear: turnover,
        tjmEurPerDay: turnover === null ? null : turnover / inputs.billableDays,
      }
    }
    const statuses = FREELANCE_STATUSES.filter((s) => among.includes(s))
    return {
      cdiNetAfterTaxEurPerYear: cdiNet,
      statuses: Object.fromEntries(statuses.map((s) => [s, point(s)])),
    }
  }

  return {
    compute(inputs) {
      // What the contributions buy, read after every net figure, at the same situations.
      const figures = nets(inputs)
      return withProtection(figures, protection(inputs))
    },
    nets,
    netsOf,
    protection,
    computeStatus,
    breakEven: (inputs) => breakEvenOf(inputs, FREELANCE_STATUSES) as BreakEvenResult,
    breakEvenOf,
    target(inputs, targetNetEurPerYear) {
      const tjm = inputs.turnoverEurPerYear / inputs.billableDays
      const point = (status: FreelanceStatus): TargetPoint => {
        const turnover = cachedTurnoverFor(
          status,
          inputs,
          targetNetEurPerYear,
          `target ${cents(targetNetEurPerYear)}`,
        )
        if (turnover === null) {
          return { turnoverEurPerYear: null, tjmEurPerDay: null, daysAtTjm: null }
        }
        const at = computeStatus(status, { ...inputs, turnoverEurPerYear: turnover })
        return {
          turnoverEurPerYear: turnover,
          tjmEurPerDay: turnover / inputs.billableDays,
          daysAtTjm: tjm > 0 ? turnover / tjm : null,
          ...(at.ceilingExceeded === undefined ? {} : { ceilingExceeded: at.ceilingExceeded }),
        }
      }
      const statuses = Object.fromEntries(FREELANCE_STATUSES.map((s) => [s, point(s)]))
      return {
        targetNetEurPerYear,
        statuses: statuses as TargetResult['statuses'],
      }
    },
    netByDays(inputs, days) {
      const steps = netByDaysSteps(inputs, days)
      for (;;) {
        const step = steps.next()
        if (step.done) return step.value
      }
    },
    netByDaysSteps,
    explain(inputs, status, figure) {
      const situation = models[status].situation?.(inputs)
      if (situation === undefined) {
        throw new SocialModelError(`the ${status} status has no situation to explain`)
      }
      return explanationFor(base, status, figure, situation)
    },
    stats: () => ({ situations: counter.situations, cacheHits }),
  }
}
