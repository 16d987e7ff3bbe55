// Two social workers answering together: each computes a share of the statuses' figures and
// protection on its own thread, so that after an input change every status is updated in about
// the time of the slower share instead of the sum; each also searches its share's break-even TJMs
// and computes half the net-by-days curve's points. Target searches and explanations go to the
// first worker alone.

import type { z } from '../domain/zod'
import {
  createSocialClient,
  type SocialClient,
  type SocialWorkerClient,
  StaleError,
} from './client'
import { parseOrThrow } from './messages'
import {
  BreakEvenResultSchema,
  NetByDaysResultSchema,
  netByDaysDays,
  type ProtectionResult,
  type SocialInputsInput,
  SocialResultSchema,
  STATUSES,
  type Status,
} from './model'
import { takeSocialWorker } from './worker-start'

/**
 * The statuses each worker computes, by their share of a TJM change in the model (Node,
 * `npm run bench:social`, 2026-11-28, median per change): micro 35 ms, EI / EURL 95 ms, SASU
 * 60 ms and the CDI (its salary unchanged, so cached) on the first worker; EURL à l'IS 101 ms and
 * portage 88 ms on the second. The SASU and the EURL à l'IS, whose optimal splits are the slowest
 * figures of all, are on different workers.
 */
export const POOL_SHARES: readonly [readonly Status[], readonly Status[]] = [
  ['cdi', 'micro', 'eurl', 'sasu'],
  ['eurlIs', 'portage'],
]

/** The kinds of request the pool shares between its workers. */
type SharedKind = 'compute' | 'protection' | 'breakEven' | 'netByDays'

/**
 * A social client over two workers' clients: `compute` and `protection` ask each for its share
 * (POOL_SHARES) at once and merge the answers (a missing status fails, as from one worker), so
 * does `breakEven`, and `netByDays` every other point of the curve; the rest is the first
 * worker's. A StaleError from either rejects the whole request as stale.
 *
 * The second worker starts only after the first has answered figures, break-evens or a curve (so
 * that two engine builds never share the processor with the page's start-up), with its share's
 * protection at those inputs, which builds its engine and fills its caches. Until that answer the
 * first worker computes figures and protection alone (the second would make them wait for its
 * engine), while break-evens and curves, which take seconds, are shared at once: the second's
 * part waits behind its warm-up as the first does its own.
 *
 * The second worker's part of a request that fails (a worker that crashed, stopped answering or
 * failed its warm-up) is asked of the first, once the first has answered its own part, unless a
 * newer request of its kind was made meanwhile (then it ends as stale: the page has moved on). It
 * costs time, never the answer. If the first answers it, the second is given up, and the first
 * answers alone until `dispose` ("Réessayer"), which stops both and starts that over; if the
 * first fails too, the inputs are at fault, and the error is the answer.
 */
export function createSocialPool(
  [first, second]: readonly [SocialWorkerClient, SocialWorkerClient],
  shares: readonly [readonly Status[], readonly Status[]] = POOL_SHARES,
): SocialClient {
  const covered = new Set([...shares[0], ...shares[1]])
  if (STATUSES.some((status) => !covered.has(status))) {
    throw new Error('the pool shares must cover every status')
  }
  // The second worker: not started, building its engine, answering its share, or failed.
  let secondState: 'idle' | 'warming' | 'ready' | 'failed' = 'idle'
  // Counts disposals: an answer to a warm-up sent before the last one is ignored.
  let generation = 0
  const warm = (inputs: SocialInputsInput) => {
    if (secondState !== 'idle') return
    secondState = 'warming'
    const sent = generation
    second.protection(inputs, shares[1]).then(
      () => {
        if (sent === generation) secondState = 'ready'
      },
      () => {
        if (sent === generation) secondState = 'failed'
      },
    )
  }
  const warmAfter =
    <R>(inputs: SocialInputsInput) =>
    (result: R): R => {
      warm(inputs)
      return result
    }
  // The latest request of each kind the pool was asked, by number: every shared kind's method
  // takes its turn first, whichever workers answer it.
  const latest = new Map<SharedKind, number>()
  let asked = 0
  const turn = (kind: SharedKind): readonly [SharedKind, number] => {
    asked += 1
    latest.set(kind, asked)
    return [kind, asked]
  }
  // Both workers' parts of one `request` (its kind and turn), the first's asked with `own`, the
  // second's with `theirs`. A worker replaces a waiting request of a kind by a newer one, and a new
  // curve ends the curve under way (./serve.ts), so a part the second fails is asked of the first
  // only once the first has answered its own part, and only if no newer request of its kind was
  // made: sent before either, it would end the other as stale, and its figures would never come.
  const inBoth = <A>(
    [kind, mine]: readonly [SharedKind, number],
    own: Promise<A>,
    theirs: (client: SocialWorkerClient) => Promise<A>,
  ): readonly [Promise<A>, Promise<A>] => {
    const sent = generation
    const other = theirs(second).catch((error: unknown) => {
      if (error instanceof StaleError) throw error
      return own
        .then(() => {
          if (latest.get(kind) !== mine) throw new StaleError(`a newer ${kind} was asked`)
          return theirs(first)
        })
        .then((answer) => {
          if (sent === generation) secondState = 'failed'
          return answer
        })
    })
    return [own, other]
  }
  // Long requests are shared as soon as the second worker has started.
  const sharesLong = () => secondState === 'warming' || secondState === 'ready'
  // Both workers' answers at once, merged into one that the full contract accepts.
  const merged = <A, S extends z.ZodMiniType>(
    asks: readonly [Promise<A>, Promise<A>],
    merge: (a: A, b: A) => unknown,
    schema: S,
  ): Promise<z.output<S>> =>
    Promise.all(asks).then(([a, b]) =>
      parseOrThrow(schema, merge(a, b), 'The social workers’ answers'),
    )
  const byStatus = <A extends { results: object }>(a: A, b: A) => ({
    results: { ...a.results, ...b.results },
  })
  return {
    compute: (inputs: SocialInputsInput) => {
      const request = turn('compute')
      if (secondState !== 'ready') return first.compute(inputs).then(warmAfter(inputs))
      return merged(
        inBoth(request, first.nets(inputs, shares[0]), (c) => c.nets(inputs, shares[1])),
        byStatus,
        SocialResultSchema,
      )
    },
    protection: (inputs: SocialInputsInput): Promise<ProtectionResult> => {
      const request = turn('protection')
      if (secondState !== 'ready') return first.protection(inputs)
      // Partial by contract (a status may have none), each answer checked by its client.
      return Promise.all(
        inBoth(request, first.protection(inputs, shares[0]), (c) =>
          c.protection(inputs, shares[1]),
        ),
      ).then(([a, b]) => byStatus(a, b))
    },
    breakEven: (inputs) => {
      const request = turn('breakEven')
      if (!sharesLong()) return first.breakEven(inputs).then(warmAfter(inputs))
      // Each worker searches its share's break-evens.
      return merged(
        inBoth(request, first.breakEvens(inputs, shares[0]), (c) =>
          c.breakEvens(inputs, shares[1]),
        ),
        (a, b) => ({ ...a, statuses: { ...a.statuses, ...b.statuses } }),
        BreakEvenResultSchema,
      )
    },
    target: (inputs, targetNetEurPerYear) => first.target(inputs, targetNetEurPerYear),
    netByDays: (inputs) => {
      const request = turn('netByDays')
      if (!sharesLong()) return first.netByDays(inputs).then(warmAfter(inputs))
      // Every other point to each worker: both compute half the curve at once.
      const days = netByDaysDays(inputs.billableDays)
      const [even, odd] = [0, 1].map((half) => days.filter((_, i) => i % 2 === half))
      return merged(
        inBoth(request, first.netByDays(inputs, even), (c) => c.netByDays(inputs, odd)),
        (a, b) => ({ ...a, points: [...a.points, ...b.points].sort((p, q) => p.days - q.days) }),
        NetByDaysResultSchema,
      )
    },
    explain: (inputs, status, figure) => first.explain(inputs, status, figure),
    start() {
      first.start?.()
    },
    dispose() {
      secondState = 'idle'
      generation += 1
      first.dispose()
      second.dispose()
    },
  }
}

/** How many social workers the page runs: two (a pool) where the device has two cores or more. */
export const socialWorkerCount = (): number => (navigator.hardwareConcurrency > 1 ? 2 : 1)

/**
 * The page's social client: over the worker the page started with (./worker-start.ts) and, where
 * the device has two cores, a pool with a second one, created when first asked.
 */
export function createPageSocialClient(): SocialClient {
  const first = createSocialClient(takeSocialWorker)
  // The pool always asks its first client first, so that one takes the early worker; the second
  // gets a new one.
  return socialWorkerCount() > 1
    ? createSocialPool([first, createSocialClient(takeSocialWorker)])
    : first
}
