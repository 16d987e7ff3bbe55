import { z } from '../domain/zod'
import {
  type BreakEvenResult,
  type NetByDaysResult,
  type SocialInputsInput,
  SocialInputsSchema,
  type SocialRequestKind,
  SocialResponseSchema,
  type SocialResult,
  SUPERSEDED,
} from './model'

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
  /** The yearly figures of every status; rejects with StaleError when a newer compute is sent. */
  compute(inputs: SocialInputsInput): Promise<SocialResult>
  /** The break-even TJMs; rejects with StaleError when a newer break-even request is sent. */
  breakEven(inputs: SocialInputsInput): Promise<BreakEvenResult>
  /**
   * Every status's net after tax against billable days at the inputs' TJM; rejects with
   * StaleError when a newer net-by-days request is sent.
   */
  netByDays(inputs: SocialInputsInput): Promise<NetByDaysResult>
  /** Terminates the worker and rejects what is pending with StaleError; a later call restarts. */
  dispose(): void
}

/** What a request of any kind resolves to. */
type AnyResult = SocialResult | BreakEvenResult | NetByDaysResult

interface Pending {
  kind: SocialRequestKind
  resolve(result: AnyResult): void
  reject(error: Error): void
}

const defaultWorker = (): WorkerLike =>
  new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'social' })

/**
 * Creates the page's client of the social worker: the worker is created on the first call (then
 * reused), inputs and answers are parsed with zod, each kind of request is latest-wins (the older
 * one rejects with StaleError), and a worker error rejects what is pending with a readable Error,
 * the next call starting a new worker.
 */
export function createSocialClient(makeWorker: () => WorkerLike = defaultWorker): SocialClient {
  let worker: WorkerLike | undefined
  let nextId = 0
  const pending = new Map<number, Pending>()
  const latest = new Map<SocialRequestKind, number>()

  const settleAll = (error: Error) => {
    const all = [...pending.values()]
    pending.clear()
    latest.clear()
    for (const p of all) p.reject(error)
  }

  const drop = (failed: WorkerLike, error: Error) => {
    if (failed !== worker) return
    worker = undefined
    failed.terminate?.()
    settleAll(error)
  }

  const receive = (from: WorkerLike, data: unknown) => {
    if (from !== worker) return
    const parsed = SocialResponseSchema.safeParse(data)
    if (!parsed.success) {
      const error = new Error(
        `The social worker sent an invalid answer: ${z.prettifyError(parsed.error)}`,
      )
      const id = (data as { id?: unknown } | null)?.id
      // Without a usable id the answer could be anyone's: everything pending fails.
      if (typeof id !== 'number') {
        settleAll(error)
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
    forget(id)
    if (!response.ok) {
      p.reject(
        response.error === SUPERSEDED
          ? new StaleError(`request ${id} was replaced in the worker`)
          : new Error(`The social model failed: ${response.error}`),
      )
    } else if (response.kind !== p.kind) {
      p.reject(new Error(`The social worker answered a ${p.kind} with a ${response.kind}`))
    } else p.resolve(response.result)
  }

  const forget = (id: number) => {
    const p = pending.get(id)
    pending.delete(id)
    if (p !== undefined && latest.get(p.kind) === id) latest.delete(p.kind)
  }

  const ensureWorker = (): WorkerLike => {
    if (worker !== undefined) return worker
    const created = makeWorker()
    worker = created
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

  const send = <R extends AnyResult>(kind: SocialRequestKind, raw: SocialInputsInput): Promise<R> =>
    new Promise<R>((resolve, reject) => {
      const parsed = SocialInputsSchema.safeParse(raw)
      if (!parsed.success) {
        reject(new Error(`Invalid social inputs: ${z.prettifyError(parsed.error)}`))
        return
      }
      const older = latest.get(kind)
      if (older !== undefined) {
        const p = pending.get(older)
        forget(older)
        p?.reject(new StaleError(`a newer ${kind} replaced request ${older}`))
      }
      const id = nextId++
      pending.set(id, { kind, resolve: resolve as Pending['resolve'], reject })
      latest.set(kind, id)
      try {
        ensureWorker().postMessage({ id, kind, inputs: parsed.data })
      } catch (error) {
        forget(id)
        reject(error instanceof Error ? error : new Error(String(error)))
      }
    })

  return {
    compute: (inputs) => send<SocialResult>('compute', inputs),
    breakEven: (inputs) => send<BreakEvenResult>('breakEven', inputs),
    netByDays: (inputs) => send<NetByDaysResult>('netByDays', inputs),
    dispose() {
      const current = worker
      worker = undefined
      current?.terminate?.()
      settleAll(new StaleError('the social client was disposed'))
    },
  }
}
