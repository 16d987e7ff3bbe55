import { z } from '../domain/zod'
import type { SocialEngine } from './engine'
import {
  type SocialRequest,
  type SocialRequestKind,
  SocialRequestSchema,
  type SocialResponse,
} from './model'

/** What the worker side needs: where to post answers and how to get the (lazily built) engine. */
export interface SocialServerOptions {
  /** Posts one answer to the page. */
  post(response: SocialResponse): void
  /** The social engine, built on first call. */
  engine(): Pick<SocialEngine, 'compute' | 'breakEven'>
  /** Runs a task after the messages already queued (default: setTimeout 0). */
  schedule?(task: () => void): void
  /** A clock in milliseconds (default: performance.now). */
  now?(): number
}

/** The worker side of the protocol: takes raw messages, answers each request exactly once. */
export interface SocialServer {
  /** Handles one raw message from the page. */
  receive(message: unknown): void
}

/** The answer to a request that a newer one of the same kind replaced before it ran. */
export const SUPERSEDED = 'superseded by a newer request'

/**
 * Creates the worker side of the protocol: each request is parsed with zod (a bad one is answered
 * `{ ok: false, error }` naming the field), requests wait for the messages already queued so that
 * only the latest of each kind runs (the others are answered as superseded), computes run before
 * break-even searches, and nothing thrown escapes.
 */
export function createSocialServer(options: SocialServerOptions): SocialServer {
  const schedule = options.schedule ?? ((task: () => void) => setTimeout(task, 0))
  const now = options.now ?? (() => performance.now())
  const waiting = new Map<SocialRequestKind, SocialRequest>()
  let scheduled = false

  const fail = (id: number | null, error: unknown) => {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    options.post({ id, ok: false, error: message })
  }

  const run = (request: SocialRequest) => {
    try {
      const started = now()
      const engine = options.engine()
      if (request.kind === 'compute') {
        const result = engine.compute(request.inputs)
        options.post({
          id: request.id,
          ok: true,
          kind: 'compute',
          result,
          elapsedMs: now() - started,
        })
      } else {
        const result = engine.breakEven(request.inputs)
        options.post({
          id: request.id,
          ok: true,
          kind: 'breakEven',
          result,
          elapsedMs: now() - started,
        })
      }
    } catch (error) {
      fail(request.id, error)
    }
  }

  // One request per round, so that messages queued meanwhile are received first: a newer
  // compute replaces the waiting one, and computes go before break-even searches.
  const drain = () => {
    scheduled = false
    const request = waiting.get('compute') ?? waiting.get('breakEven')
    if (request === undefined) return
    waiting.delete(request.kind)
    run(request)
    if (waiting.size > 0) plan()
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
