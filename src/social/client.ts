// The page's side of the social worker's protocol. "Latest request wins" lives on ONE side, the
// worker's (./serve.ts): it alone knows which requests are still waiting, skips them, and answers
// them as superseded; this client sends every request and turns those answers into StaleError.
import { z } from '../domain/zod'
import type { ExplainFigure, Explanation } from './explain-contract'
import { parseOrThrow, type SocialRequestKind, SocialResponseSchema, SUPERSEDED } from './messages'
import {
  type BreakEvenResult,
  BreakEvenResultSchema,
  type BreakEvenShare,
  type NetByDaysResult,
  type ProtectionResult,
  type SocialInputsInput,
  SocialInputsSchema,
  type SocialResult,
  SocialResultSchema,
  type Status,
  type StatusesResult,
  type TargetResult,
} from './model'
import { takeSocialWorker } from './worker-start'

/** Rejects a request that a newer one of the same kind replaced: callers can ignore it. */
export class StaleError extends Error {
  override name = 'StaleError'
}

/** What the client needs of a Worker (a real one, or a fake in tests). */
export interface WorkerLike {
  postMessage(message: unknown): void
  addEventListener(
    type: 'message' | 'error' | 'messageerror',
    listener: (event: Event) => void,
  ): void
  terminate?(): void
}

/** The social model from the page's side: each call answers from the worker. */
export interface SocialClient {
  /**
   * The yearly figures of every status; rejects with StaleError when the worker superseded it.
   * With `progress`, each status's figures are also handed to it as soon as they are ready, before
   * the whole answer (for the page's first compute, the slowest).
   */
  compute(inputs: SocialInputsInput, progress?: Progress): Promise<SocialResult>
  /**
   * What each status's contributions buy (asked after `compute`, whose figures come without it);
   * rejects with StaleError when the worker superseded the request.
   */
  protection(inputs: SocialInputsInput): Promise<ProtectionResult>
  /** The break-even TJMs; rejects with StaleError when the worker superseded the request. */
  breakEven(inputs: SocialInputsInput): Promise<BreakEvenResult>
  /**
   * For each freelance status, the turnover, TJM and days at which its net after tax reaches
   * `targetNetEurPerYear`; rejects with StaleError when the worker superseded the request.
   */
  target(inputs: SocialInputsInput, targetNetEurPerYear: number): Promise<TargetResult>
  /**
   * Every status's net after tax against billable days at the inputs' TJM; rejects with
   * StaleError when the worker superseded the request.
   */
  netByDays(inputs: SocialInputsInput): Promise<NetByDaysResult>
  /**
   * The chain of rules behind one figure of one status ("Comment est-ce calculé ?"), asked on
   * demand; rejects with StaleError when a newer explanation replaced it in the worker.
   */
  explain(inputs: SocialInputsInput, status: Status, figure: ExplainFigure): Promise<Explanation>
  /** Terminates the worker and rejects what is pending with StaleError; a later call restarts. */
  dispose(): void
  /**
   * Starts the worker now, so that its engine is built while the page hydrates and the first
   * request does not wait for it (optional: a fake client in tests need not have it).
   */
  start?(): void
}

/**
 * The client of one worker: the page's API, plus a share of the statuses' figures, protection and
 * break-evens, or of the curve's days, for a pool of workers (./pool.ts).
 */
export interface SocialWorkerClient extends SocialClient {
  /** The figures of `statuses` only; rejects with StaleError like `compute`. */
  nets(
    inputs: SocialInputsInput,
    statuses: readonly Status[],
    progress?: Progress,
  ): Promise<StatusesResult>
  /** The protection of `statuses` only (every status when absent). */
  protection(inputs: SocialInputsInput, statuses?: readonly Status[]): Promise<ProtectionResult>
  /** The break-even TJMs of the freelance statuses among `statuses` only. */
  breakEvens(inputs: SocialInputsInput, statuses: readonly Status[]): Promise<BreakEvenShare>
  /** The net-by-days curve's points at `days` only (all of them when absent). */
  netByDays(inputs: SocialInputsInput, days?: readonly number[]): Promise<NetByDaysResult>
}

/**
 * Receives the figures of a compute under way as the worker sends them, status by status: each
 * call holds every status received so far (a new object each time).
 */
export type Progress = (soFar: StatusesResult) => void

/** What a request of any kind resolves to. */
type AnyResult =
  | StatusesResult
  | BreakEvenShare
  | ProtectionResult
  | BreakEvenResult
  | TargetResult
  | NetByDaysResult
  | Explanation

interface Pending {
  kind: SocialRequestKind
  resolve(result: AnyResult): void
  reject(error: Error): void
  timer: ReturnType<typeof setTimeout>
  /** A compute's receiver of its statuses' figures as they come, and those received so far. */
  progress?: Progress
  soFar?: StatusesResult['results']
}

/** How long the client waits for an answer before it gives the worker up. */
export interface SocialClientTimeouts {
  /** Before the worker's first answer, which includes building the engine (≈ 0.5 s). */
  firstAnswerMs: number
  /** For a compute, protection or explanation request once the worker has answered once. */
  answerMs: number
  /** For a net-by-days curve (36 evaluations and more), a break-even or a target search. */
  curveMs: number
}

/**
 * Generous defaults, there only to give up a worker that will never answer (stuck, or its script
 * never ran): a request's time runs while it waits behind the others in the worker, and an optimal
 * split alone takes about 4 s on this machine, several times that on a slow phone or a busy one
 * (a 10 s limit failed it in a test session that kept this machine busy). The first answer (engine built,
 * about 3 s here) is given 30 s, so that a worker whose script never ran is told within that.
 */
export const DEFAULT_SOCIAL_TIMEOUTS: SocialClientTimeouts = {
  firstAnswerMs: 30_000,
  answerMs: 60_000,
  curveMs: 120_000,
}

/**
 * Creates the page's client of the social worker: the worker is taken on the first call (the one
 * the page started with, ./worker-start.ts, else a new one; then reused), inputs and answers are parsed with zod, a request the worker answers as superseded
 * rejects with StaleError, and a worker error, an answer without an id or a request left
 * unanswered beyond its time-out rejects what is pending with a readable Error, terminates the
 * worker, and the next call starts a new one (so does dispose: the page's "Réessayer").
 */
export function createSocialClient(
  makeWorker: () => WorkerLike = takeSocialWorker,
  timeouts: SocialClientTimeouts = DEFAULT_SOCIAL_TIMEOUTS,
): SocialWorkerClient {
  let worker: WorkerLike | undefined
  // Whether the current worker has answered anything yet (its engine is built).
  let answered = false
  let nextId = 0
  const pending = new Map<number, Pending>()

  const settleAll = (error: Error) => {
    const all = [...pending.values()]
    pending.clear()
    for (const p of all) {
      clearTimeout(p.timer)
      p.reject(error)
    }
  }

  const drop = (failed: WorkerLike, error: Error) => {
    if (failed !== worker) return
    worker = undefined
    failed.terminate?.()
    settleAll(error)
  }

  const receive = (from: WorkerLike, data: unknown) => {
    if (from !== worker) return
    answered = true
    const parsed = SocialResponseSchema.safeParse(data)
    if (!parsed.success) {
      const error = new Error(
        `The social worker sent an invalid answer: ${z.prettifyError(parsed.error)}`,
      )
      const id = (data as { id?: unknown } | null)?.id
      // Without a usable id the answer could be anyone's, and a worker that answers that is
      // broken: everything pending fails, and the next call starts a new worker.
      if (typeof id !== 'number') {
        drop(from, error)
        return
      }
      const p = pending.get(id)
      forget(id)
      p?.reject(error)
      return
    }
    const response = parsed.data
    const { id } = response
    if (id === null) {
      const reason = response.ok ? 'no id' : response.error
      settleAll(new Error(`The social worker refused a request: ${reason}`))
      return
    }
    const p = pending.get(id)
    // Not pending: answered already, or rejected as stale.
    if (p === undefined) return
    // Figures on the way to an answer: the request stays pending.
    if (response.ok && response.kind === 'progress' && p.kind === 'compute') {
      p.soFar = { ...p.soFar, ...response.result.results }
      p.progress?.({ results: p.soFar })
      return
    }
    forget(id)
    if (!response.ok) {
      p.reject(
        response.error === SUPERSEDED
          ? new StaleError(`request ${id} was replaced in the worker`)
          : new Error(`The social model failed: ${response.error}`),
      )
    } else if (response.kind !== p.kind) {
      p.reject(new Error(`The social worker answered a ${p.kind} with a ${response.kind}`))
    } else {
      // The worker's start-up, for the bench (scripts/bench.mjs) and the browser's profiler.
      if (response.kind === 'compute' && response.startup !== undefined) {
        performance.mark('social-startup', { detail: response.startup })
      }
      p.resolve(response.result)
    }
  }

  const forget = (id: number) => {
    const p = pending.get(id)
    if (p !== undefined) clearTimeout(p.timer)
    pending.delete(id)
  }

  const ensureWorker = (): WorkerLike => {
    if (worker !== undefined) return worker
    const created = makeWorker()
    worker = created
    answered = false
    created.addEventListener('message', (event) => receive(created, (event as MessageEvent).data))
    created.addEventListener('error', (event) => {
      const message = (event as ErrorEvent).message
      drop(created, new Error(`The social worker failed: ${message || 'unknown error'}`))
    })
    created.addEventListener('messageerror', () => {
      drop(created, new Error('The social worker sent an answer that could not be read'))
    })
    return created
  }

  const send = <R extends AnyResult>(
    kind: SocialRequestKind,
    raw: SocialInputsInput,
    extra:
      | { status: Status; figure: ExplainFigure }
      | { targetNetEurPerYear: number }
      | { statuses?: readonly Status[] }
      | { days?: readonly number[] } = {},
    progress?: Progress,
  ): Promise<R> =>
    new Promise<R>((resolve, reject) => {
      const parsed = SocialInputsSchema.safeParse(raw)
      if (!parsed.success) {
        reject(new Error(`Invalid social inputs: ${z.prettifyError(parsed.error)}`))
        return
      }
      const id = nextId++
      try {
        const target = ensureWorker()
        // A worker that never answers (stuck, or its script never ran) is given up: what is
        // pending fails with a readable error, and the next call starts a new worker.
        // A break-even or target search takes seconds (a link's break-evens came after 10 s on
        // this machine, behind the figures and the protection): it may wait as long as a curve.
        const long = kind === 'netByDays' || kind === 'target' || kind === 'breakEven'
        const ms = answered
          ? long
            ? timeouts.curveMs
            : timeouts.answerMs
          : Math.max(timeouts.firstAnswerMs, long ? timeouts.curveMs : 0)
        const timer = setTimeout(() => {
          drop(
            target,
            new Error(`The social worker did not answer within ${Math.round(ms / 1000)} s`),
          )
        }, ms)
        pending.set(id, { kind, resolve: resolve as Pending['resolve'], reject, timer, progress })
        target.postMessage({
          id,
          kind,
          inputs: parsed.data,
          ...extra,
          ...(progress === undefined ? {} : { progress: true }),
        })
      } catch (error) {
        forget(id)
        reject(error instanceof Error ? error : new Error(String(error)))
      }
    })

  return {
    // Every status, so the answer must hold every status's figures.
    compute: (inputs, progress) =>
      send<StatusesResult>('compute', inputs, {}, progress).then((result) =>
        parseOrThrow(SocialResultSchema, result, 'The social worker left out a status'),
      ),
    nets: (inputs, statuses, progress) =>
      send<StatusesResult>('compute', inputs, { statuses }, progress),
    protection: (inputs, statuses) =>
      send<ProtectionResult>('protection', inputs, statuses === undefined ? {} : { statuses }),
    // Every freelance status, so the answer must hold each one's.
    breakEven: (inputs) =>
      send<BreakEvenShare>('breakEven', inputs).then((result) =>
        parseOrThrow(BreakEvenResultSchema, result, 'The social worker left out a status'),
      ),
    breakEvens: (inputs, statuses) => send<BreakEvenShare>('breakEven', inputs, { statuses }),
    target: (inputs, targetNetEurPerYear) =>
      send<TargetResult>('target', inputs, { targetNetEurPerYear }),
    netByDays: (inputs, days) =>
      send<NetByDaysResult>('netByDays', inputs, days === undefined ? {} : { days }),
    explain: (inputs, status, figure) => send<Explanation>('explain', inputs, { status, figure }),
    start() {
      ensureWorker()
    },
    dispose() {
      const current = worker
      worker = undefined
      current?.terminate?.()
      settleAll(new StaleError('the social client was disposed'))
    },
  }
}
