import { z } from '../domain/zod'
import type { SocialEngine } from './engine'
import {
  type SocialRequest,
  type SocialRequestKind,
  SocialRequestSchema,
  type SocialResponse,
  type SocialStartup,
  SUPERSEDED,
} from './messages'
import { type NetByDaysResult, STATUSES, type Status } from './model'

/** What the worker side needs: where to post answers and how to get the (lazily built) engine. */
export interface SocialServerOptions {
  /** Posts one answer to the page. */
  post(response: SocialResponse): void
  /** The social engine, built on first call. */
  engine(): Pick<
    SocialEngine,
    'netsOf' | 'protection' | 'breakEvenOf' | 'target' | 'netByDaysSteps' | 'explain'
  >
  /** Runs a task after the messages already queued (default: setTimeout 0). */
  schedule?(task: () => void): void
  /** A clock in milliseconds (default: performance.now). */
  now?(): number
  /**
   * How long a net-by-days curve runs before the messages queued meanwhile are received (default
   * CURVE_SLICE_MS); 0 runs one step per round.
   */
  sliceMs?: number
  /** How the worker started: sent once, with the first compute answer. */
  startup?(): SocialStartup | undefined
}

/**
 * A curve's steps run in slices of about 20 ms, so in practice one model evaluation (20–40 ms) at
 * a time: a request arriving meanwhile waits no longer than that, and the curve pays one
 * setTimeout (clamped to 4 ms once nested) per slice.
 */
export const CURVE_SLICE_MS = 20

/** The worker side of the protocol: takes raw messages, answers each request exactly once. */
export interface SocialServer {
  /** Handles one raw message from the page. */
  receive(message: unknown): void
}

export { SUPERSEDED }

/**
 * The order a compute's statuses are evaluated in, so that a page with nothing on screen yet
 * (a link's first figures) shows most of them soonest: the CDI (the baseline of every comparison)
 * and the micro-entreprise take one model evaluation each, the SASU and portage four, and the
 * EI / EURL and the EURL à l'IS share a solve of about ten (whichever comes first pays it, the
 * other then takes two). Cold, in Node, at 610 €/day (2026-11-29, six runs in three orders): the
 * CDI and the micro-entreprise took 94–135 ms of the 630–750 ms of all six.
 */
export const FIRST_SHOWN: readonly Status[] = ['cdi', 'micro', 'sasu', 'portage', 'eurl', 'eurlIs']
const inFirstShownOrder = (statuses: readonly Status[]): Status[] =>
  FIRST_SHOWN.filter((status) => statuses.includes(status))

/** A net-by-days curve under way: its remaining steps and the time spent on them so far. */
interface Job {
  request: SocialRequest
  steps: Generator<void, NetByDaysResult, void>
  elapsedMs: number
}

/**
 * Creates the worker side of the protocol: each request is parsed with zod (a bad one is answered
 * `{ ok: false, error }` naming the field), requests wait for the messages already queued so that
 * only the latest of each kind runs (the others are answered as superseded), computes run before
 * protection, then break-even searches, then target searches, then explanations, and all before
 * net-by-days curves, which run in slices of steps so that a
 * break-even arriving meanwhile is answered between two slices, while a compute (sent when the
 * inputs change) drops the curve under way or waiting; nothing thrown escapes.
 */
export function createSocialServer(options: SocialServerOptions): SocialServer {
  const schedule = options.schedule ?? ((task: () => void) => setTimeout(task, 0))
  const now = options.now ?? (() => performance.now())
  const sliceMs = options.sliceMs ?? CURVE_SLICE_MS
  const waiting = new Map<SocialRequestKind, SocialRequest>()
  let job: Job | undefined
  let scheduled = false
  let startupSent = false

  const fail = (id: number | null, error: unknown) => {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    options.post({ id, ok: false, error: message })
  }

  const run = (request: SocialRequest) => {
    try {
      const started = now()
      const engine = options.engine()
      if (request.kind === 'compute') {
        // The net figures alone: the page asks for their protection next. One status at a time,
        // the quickest first, each but the last sent at once when the page asked for progress.
        const statuses = inFirstShownOrder(request.statuses ?? STATUSES)
        const last = statuses[statuses.length - 1]
        const result = engine.netsOf(
          request.inputs,
          statuses,
          request.progress
            ? (status, figures) => {
                // The last status comes with the answer, a moment later.
                if (status === last) return
                const progress = { results: { [status]: figures } }
                options.post({ id: request.id, ok: true, kind: 'progress', result: progress })
              }
            : undefined,
        )
        const startup = startupSent ? undefined : options.startup?.()
        startupSent ||= startup !== undefined
        options.post({
          id: request.id,
          ok: true,
          kind: 'compute',
          result,
          elapsedMs: now() - started,
          ...(startup === undefined ? {} : { startup }),
        })
      } else if (request.kind === 'explain') {
        // The schema holds both for an explanation; the check narrows their types.
        if (request.status === undefined || request.figure === undefined) {
          throw new Error('an explanation needs a status and a figure')
        }
        const result = engine.explain(request.inputs, request.status, request.figure)
        options.post({
          id: request.id,
          ok: true,
          kind: 'explain',
          result,
          elapsedMs: now() - started,
        })
      } else if (request.kind === 'protection') {
        const result = engine.protection(request.inputs, request.statuses)
        options.post({
          id: request.id,
          ok: true,
          kind: 'protection',
          result,
          elapsedMs: now() - started,
        })
      } else if (request.kind === 'breakEven') {
        const result = engine.breakEvenOf(request.inputs, request.statuses ?? STATUSES)
        options.post({
          id: request.id,
          ok: true,
          kind: 'breakEven',
          result,
          elapsedMs: now() - started,
        })
      } else if (request.kind === 'target') {
        if (request.targetNetEurPerYear === undefined) {
          throw new Error('invalid request: targetNetEurPerYear is required for a target')
        }
        const result = engine.target(request.inputs, request.targetNetEurPerYear)
        options.post({
          id: request.id,
          ok: true,
          kind: 'target',
          result,
          elapsedMs: now() - started,
        })
      } else {
        job = {
          request,
          steps: engine.netByDaysSteps(request.inputs, request.days),
          elapsedMs: now() - started,
        }
      }
    } catch (error) {
      fail(request.id, error)
    }
  }

  // Steps until the curve ends or its slice of time is spent.
  const advance = (current: Job) => {
    const started = now()
    try {
      let step = current.steps.next()
      while (!step.done && now() - started < sliceMs) step = current.steps.next()
      current.elapsedMs += now() - started
      if (!step.done) return
      job = undefined
      options.post({
        id: current.request.id,
        ok: true,
        kind: 'netByDays',
        result: step.value,
        elapsedMs: current.elapsedMs,
      })
    } catch (error) {
      job = undefined
      fail(current.request.id, error)
    }
  }

  // One request (or one slice of a curve) per round, so that messages queued meanwhile are
  // received first: a newer request replaces the waiting one of its kind, computes go before
  // break-even searches, and both before the next slice of a curve.
  const drain = () => {
    scheduled = false
    const request =
      waiting.get('compute') ??
      waiting.get('protection') ??
      waiting.get('breakEven') ??
      waiting.get('target') ??
      waiting.get('explain') ??
      waiting.get('netByDays')
    if (request !== undefined) {
      waiting.delete(request.kind)
      run(request)
    }
    // An explanation is quick (one situation): the curve waits for it, as for a break-even.
    if (job !== undefined && (request === undefined || request.kind === 'netByDays')) advance(job)
    if (waiting.size > 0 || job !== undefined) plan()
  }

  const plan = () => {
    if (scheduled) return
    scheduled = true
    schedule(drain)
  }

  return {
    receive(message) {
      try {
        const parsed = SocialRequestSchema.safeParse(message)
        if (!parsed.success) {
          const id = idOf(message)
          fail(id, new Error(`invalid request: ${z.prettifyError(parsed.error)}`))
          return
        }
        const request = parsed.data
        const older = waiting.get(request.kind)
        if (older !== undefined) options.post({ id: older.id, ok: false, error: SUPERSEDED })
        // A new curve replaces the one under way; so does a compute, which the page sends only
        // when the inputs change, so the curve under way (or waiting) is for inputs left behind.
        // The points it computed stay in the engine's cache.
        if (request.kind === 'netByDays' || request.kind === 'compute') {
          if (job !== undefined) options.post({ id: job.request.id, ok: false, error: SUPERSEDED })
          job = undefined
        }
        const waitingCurve = waiting.get('netByDays')
        if (request.kind === 'compute' && waitingCurve !== undefined) {
          options.post({ id: waitingCurve.id, ok: false, error: SUPERSEDED })
          waiting.delete('netByDays')
        }
        waiting.set(request.kind, request)
        plan()
      } catch (error) {
        fail(idOf(message), error)
      }
    },
  }
}

/** The request's id if it has a usable one, else null. */
function idOf(message: unknown): number | null {
  const id = (message as { id?: unknown } | null)?.id
  return typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : null
}
