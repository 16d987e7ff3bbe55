// Two social workers answering together: each computes a share of the statuses' figures and
// protection on its own thread, so that after an input change every status is updated in about
// the time of the slower share instead of the sum; each also searches its share's break-even TJMs
// and then takes the net-by-days curve's points one at a time, as long as some are left. Target
// searches and explanations go to the first worker alone.

import type { z } from '../domain/zod'
import {
  createSocialClient,
  type Progress,
  type SocialClient,
  type SocialWorkerClient,
  StaleError,
} from './client'
import { parseOrThrow } from './messages'
import {
  BreakEvenResultSchema,
  type NetByDaysPoint,
  type NetByDaysResult,
  NetByDaysResultSchema,
  netByDaysDaysWithin,
  type ProtectionResult,
  type SocialInputsInput,
  SocialResultSchema,
  STATUSES,
  type Status,
  type StatusesResult,
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
 * does `breakEven`; `netByDays` hands the curve's points to whichever worker is free; the rest
 * is the first worker's. A StaleError from either rejects the whole request as stale.
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
  // Settles once every long request (warm-up, break-evens) sent to each worker is answered: a
  // worker takes the curve's points only then (see curveByPoints).
  const idle: [Promise<void>, Promise<void>] = [Promise.resolve(), Promise.resolve()]
  const busyWith = <A>(worker: 0 | 1, asked: Promise<A>): Promise<A> => {
    const quiet = () => {}
    idle[worker] = Promise.all([idle[worker], asked.then(quiet, quiet)]).then(quiet)
    return asked
  }
  const warm = (inputs: SocialInputsInput) => {
    if (secondState !== 'idle') return
    secondState = 'warming'
    const sent = generation
    busyWith(1, second.protection(inputs, shares[1])).then(
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
  // The curve's points, handed out one at a time to whichever worker is free: each takes its
  // first once its break-evens (and the second its warm-up) are answered, and the next when it
  // answers, so the one done first computes more points instead of waiting for the other. A point
  // the second fails goes back to the others (the first then gives the second up, as in inBoth);
  // a newer curve makes this one stale.
  const curveByPoints = (
    [kind, mine]: readonly [SharedKind, number],
    inputs: SocialInputsInput,
  ) => {
    const sent = generation
    // Only days with a point: a day beyond the model's domain would get an answer without one.
    const todo = netByDaysDaysWithin(inputs.tjmEurPerDay, inputs.billableDays)
    const points: NetByDaysPoint[] = []
    // Counted by days answered, not by points: an answer without a point (which the days above
    // should never get) cannot leave the curve waiting.
    let answered = 0
    // A point the second failed (not as stale): once the first has answered it, the second is
    // given up.
    let secondFailed = false
    const take = async (client: SocialWorkerClient, ready: Promise<void>) => {
      await ready
      for (let day = todo.shift(); day !== undefined; day = todo.shift()) {
        if (latest.get(kind) !== mine) throw new StaleError(`a newer ${kind} was asked`)
        const asked = day
        const answer = await client.netByDays(inputs, [asked]).catch((error: unknown) => {
          todo.unshift(asked)
          if (client === second && !(error instanceof StaleError)) secondFailed = true
          throw error
        })
        points.push(...answer.points)
        answered += 1
      }
    }
    // Done when every day is answered, not when both workers are: the second may still be
    // warming up.
    const total = todo.length
    return new Promise<NetByDaysResult>((resolve, reject) => {
      const check = () => {
        if (answered < total) return
        if (secondFailed && sent === generation) secondState = 'failed'
        try {
          resolve(
            parseOrThrow(
              NetByDaysResultSchema,
              {
                tjmEurPerDay: inputs.tjmEurPerDay,
                points: points.sort((p, q) => p.days - q.days),
              },
              'The social workers’ answers',
            ),
          )
        } catch (error) {
          reject(error)
        }
      }
      const own = take(first, idle[0])
      own.then(check, reject)
      take(second, idle[1]).then(check, (error: unknown) => {
        if (error instanceof StaleError) return reject(error)
        // The point put back, if the first had already taken its last.
        own.then(() => take(first, Promise.resolve())).then(check, reject)
      })
    })
  }
  return {
    compute: (inputs: SocialInputsInput, progress?: Progress) => {
      const request = turn('compute')
      if (secondState !== 'ready') return first.compute(inputs, progress).then(warmAfter(inputs))
      // Each worker's figures so far, merged into the pool's; a worker's whole share is passed on
      // too, while the other's is still computed.
      const soFar: [StatusesResult, StatusesResult] = [{ results: {} }, { results: {} }]
      const share = (i: 0 | 1): Progress | undefined =>
        progress &&
        ((mine) => {
          soFar[i] = mine
          progress(byStatus(...soFar))
        })
      const passedOn = (i: 0 | 1) => (answer: StatusesResult) => {
        share(i)?.(answer)
        return answer
      }
      return merged(
        inBoth(request, first.nets(inputs, shares[0], share(0)).then(passedOn(0)), (c) =>
          c.nets(inputs, shares[1], share(1)).then(passedOn(1)),
        ),
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
      if (!sharesLong()) return busyWith(0, first.breakEven(inputs)).then(warmAfter(inputs))
      // Each worker searches its share's break-evens.
      return merged(
        inBoth(request, busyWith(0, first.breakEvens(inputs, shares[0])), (c) =>
          busyWith(c === first ? 0 : 1, c.breakEvens(inputs, shares[1])),
        ),
        (a, b) => ({ ...a, statuses: { ...a.statuses, ...b.statuses } }),
        BreakEvenResultSchema,
      )
    },
    target: (inputs, targetNetEurPerYear) => first.target(inputs, targetNetEurPerYear),
    netByDays: (inputs) => {
      const request = turn('netByDays')
      if (!sharesLong()) return first.netByDays(inputs).then(warmAfter(inputs))
      return curveByPoints(request, inputs)
    },
    explain: (inputs, status, figure) => first.explain(inputs, status, figure),
    start() {
      first.start?.()
    },
    dispose() {
      secondState = 'idle'
      generation += 1
      idle[0] = Promise.resolve()
      idle[1] = Promise.resolve()
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
