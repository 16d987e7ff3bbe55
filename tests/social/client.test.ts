import { describe, expect, it, vi } from 'vitest'
import { createSocialClient, StaleError, type WorkerLike } from '../../src/social/client'
import { type SocialRequest, SUPERSEDED } from '../../src/social/messages'
import type { NetByDaysResult, SocialResult } from '../../src/social/model'

/** A Worker stand-in: records what is posted, lets the test answer or fail. */
class FakeWorker implements WorkerLike {
  readonly posted: SocialRequest[] = []
  readonly listeners = new Map<string, ((event: Event) => void)[]>()
  terminated = false

  postMessage(message: unknown) {
    this.posted.push(message as SocialRequest)
  }

  addEventListener(type: string, listener: (event: Event) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener])
  }

  terminate() {
    this.terminated = true
  }

  emit(type: string, event: object) {
    for (const listener of this.listeners.get(type) ?? []) listener(event as Event)
  }

  answer(data: unknown) {
    this.emit('message', { data })
  }

  answerCompute(id: number, netAfterTax = 1) {
    this.answer({ id, ok: true, kind: 'compute', result: makeResult(netAfterTax) })
  }
}

const figures = (netAfterTax: number) => ({
  grossOrTurnoverEurPerYear: 1,
  contributionsEurPerYear: 1,
  netBeforeTaxEurPerYear: netAfterTax,
  incomeTaxEurPerYear: 0,
  netAfterTaxEurPerYear: netAfterTax,
  official: true,
})
const makeResult = (netAfterTax: number): SocialResult => ({
  results: {
    cdi: figures(netAfterTax),
    micro: figures(netAfterTax),
    eurl: figures(netAfterTax),
    eurlIs: figures(netAfterTax),
    sasu: figures(netAfterTax),
    portage: { ...figures(netAfterTax), official: false },
  },
})
const makeCurve = (micro: number): NetByDaysResult => ({
  tjmEurPerDay: 492.5,
  points: [100, 212, 260].map((days) => ({
    days,
    turnoverEurPerYear: 492.5 * days,
    cdi: 62112.81,
    micro,
    eurl: 1,
    eurlIs: 1,
    sasu: 1,
    portage: 1,
  })),
})
const makeInputs = (tjmEurPerDay = 492.5) => ({
  tjmEurPerDay,
  billableDays: 212,
  cdiGrossEurPerYear: 97193,
  householdParts: 1,
  microVersementLiberatoire: false,
})

function setup() {
  const workers: FakeWorker[] = []
  const makeWorker = vi.fn(() => {
    const worker = new FakeWorker()
    workers.push(worker)
    return worker
  })
  const client = createSocialClient(makeWorker)
  const lastWorker = () => workers[workers.length - 1] as FakeWorker
  return { client, makeWorker, workers, lastWorker }
}

describe('createSocialClient', () => {
  it('creates its worker on the first call only, and sends parsed inputs', async () => {
    const { client, makeWorker, lastWorker } = setup()
    expect(makeWorker).not.toHaveBeenCalled()
    const first = client.compute(makeInputs())
    const second = client.breakEven(makeInputs())
    expect(makeWorker).toHaveBeenCalledTimes(1)
    const [computeRequest, breakEvenRequest] = lastWorker().posted
    expect(computeRequest).toMatchObject({ kind: 'compute', inputs: { expensesEurPerYear: 0 } })
    expect(breakEvenRequest?.kind).toBe('breakEven')
    lastWorker().answerCompute(computeRequest?.id as number, 42)
    await expect(first).resolves.toEqual(makeResult(42))
    lastWorker().answer({
      id: breakEvenRequest?.id,
      ok: true,
      kind: 'breakEven',
      result: {
        cdiNetAfterTaxEurPerYear: 1,
        statuses: {
          micro: { tjmEurPerDay: 1, turnoverEurPerYear: 212 },
          eurl: { tjmEurPerDay: null, turnoverEurPerYear: null },
          eurlIs: { tjmEurPerDay: null, turnoverEurPerYear: null },
          sasu: { tjmEurPerDay: null, turnoverEurPerYear: null },
          portage: { tjmEurPerDay: null, turnoverEurPerYear: null },
        },
      },
    })
    await expect(second).resolves.toMatchObject({ cdiNetAfterTaxEurPerYear: 1 })
  })

  it('leaves latest-wins to the worker: every request is sent, the superseded one rejects as stale', async () => {
    const { client, lastWorker } = setup()
    const older = client.compute(makeInputs(470))
    const breakEven = client.breakEven(makeInputs())
    const newer = client.compute(makeInputs(520))
    const olderSettled = vi.fn()
    older.then(olderSettled, olderSettled)
    await Promise.resolve()
    expect(olderSettled).not.toHaveBeenCalled()
    const [olderRequest, , newerRequest] = lastWorker().posted
    expect(lastWorker().posted.map((r) => r.kind)).toEqual(['compute', 'breakEven', 'compute'])
    lastWorker().answer({ id: olderRequest?.id, ok: false, error: SUPERSEDED })
    await expect(older).rejects.toBeInstanceOf(StaleError)
    lastWorker().answerCompute(newerRequest?.id as number, 2)
    await expect(newer).resolves.toEqual(makeResult(2))
    lastWorker().answer({ id: 1, ok: false, error: 'no convergence' })
    await expect(breakEven).rejects.toThrow(/social model failed: no convergence/)
  })

  it('asks for some statuses only with nets, and holds compute to every status', async () => {
    const { client, lastWorker } = setup()
    const some = client.nets(makeInputs(), ['eurlIs', 'portage'])
    const request = lastWorker().posted[0]
    expect(request).toMatchObject({ kind: 'compute', statuses: ['eurlIs', 'portage'] })
    const { eurlIs, portage } = makeResult(7).results
    lastWorker().answer({
      id: request?.id,
      ok: true,
      kind: 'compute',
      result: { results: { eurlIs, portage } },
    })
    await expect(some).resolves.toEqual({ results: { eurlIs, portage } })
    // The same answer to a compute (every status asked) is refused: a status is missing.
    const all = client.compute(makeInputs())
    const computeRequest = lastWorker().posted[1]
    expect(computeRequest?.statuses).toBeUndefined()
    lastWorker().answer({
      id: computeRequest?.id,
      ok: true,
      kind: 'compute',
      result: { results: { eurlIs, portage } },
    })
    await expect(all).rejects.toThrow(/left out a status: [\s\S]*→ at results\.cdi/)
  })

  it('asks for progress only with a receiver, and hands it every status received so far', async () => {
    const { client, lastWorker } = setup()
    const plain = client.compute(makeInputs())
    expect(lastWorker().posted[0]?.progress).toBeUndefined()
    lastWorker().answerCompute(lastWorker().posted[0]?.id as number)
    await plain
    const seen: string[][] = []
    const computed = client.compute(makeInputs(), (soFar) => seen.push(Object.keys(soFar.results)))
    const request = lastWorker().posted[1]
    expect(request?.progress).toBe(true)
    const { cdi, micro } = makeResult(3).results
    lastWorker().answer({
      id: request?.id,
      ok: true,
      kind: 'progress',
      result: { results: { cdi } },
    })
    lastWorker().answer({
      id: request?.id,
      ok: true,
      kind: 'progress',
      result: { results: { micro } },
    })
    expect(seen).toEqual([['cdi'], ['cdi', 'micro']])
    // Still pending: the answer ends it.
    lastWorker().answerCompute(request?.id as number, 3)
    await expect(computed).resolves.toEqual(makeResult(3))
  })

  it('rejects a progress answered to another kind of request, and a malformed progress', async () => {
    const { client, lastWorker } = setup()
    const curve = client.netByDays(makeInputs())
    const { cdi } = makeResult(3).results
    const curveRequest = lastWorker().posted[0]
    lastWorker().answer({
      id: curveRequest?.id,
      ok: true,
      kind: 'progress',
      result: { results: { cdi } },
    })
    await expect(curve).rejects.toThrow(/answered a netByDays with a progress/)
    const computed = client.compute(makeInputs(), () => {})
    const request = lastWorker().posted[1]
    lastWorker().answer({
      id: request?.id,
      ok: true,
      kind: 'progress',
      result: { results: { cdi: { ...cdi, netAfterTaxEurPerYear: 'a lot' } } },
    })
    await expect(computed).rejects.toThrow(
      /invalid answer[\s\S]*results\.cdi\.netAfterTaxEurPerYear/,
    )
  })

  it('rejects with StaleError a request the worker answers as superseded', async () => {
    const { client, lastWorker } = setup()
    const curve = client.netByDays(makeInputs())
    const [request] = lastWorker().posted
    lastWorker().answer({ id: request?.id as number, ok: false, error: SUPERSEDED })
    await expect(curve).rejects.toBeInstanceOf(StaleError)
  })

  it('rejects a malformed answer, naming the field', async () => {
    const { client, lastWorker } = setup()
    const pending = client.compute(makeInputs())
    const broken = makeResult(1) as unknown as { results: Record<string, Record<string, unknown>> }
    ;(broken.results.eurl as Record<string, unknown>).netAfterTaxEurPerYear = 'beaucoup'
    lastWorker().answer({ id: 0, ok: true, kind: 'compute', result: broken })
    await expect(pending).rejects.toThrow(/→ at result\.results\.eurl\.netAfterTaxEurPerYear/)
  })

  it('an unreadable answer without an id fails everything pending', async () => {
    const { client, lastWorker } = setup()
    const compute = client.compute(makeInputs())
    const breakEven = client.breakEven(makeInputs())
    lastWorker().answer('garbage')
    await expect(compute).rejects.toThrow(/invalid answer/)
    await expect(breakEven).rejects.toThrow(/invalid answer/)
  })

  it('rejects invalid inputs without bothering the worker', async () => {
    const { client, makeWorker } = setup()
    await expect(client.compute({ ...makeInputs(), billableDays: 0 })).rejects.toThrow(
      /→ at billableDays/,
    )
    expect(makeWorker).not.toHaveBeenCalled()
  })

  it('on a worker error, rejects what is pending; the next call starts a new worker', async () => {
    const { client, makeWorker, workers, lastWorker } = setup()
    const compute = client.compute(makeInputs())
    const breakEven = client.breakEven(makeInputs())
    lastWorker().emit('error', { message: 'Uncaught SyntaxError: boom' })
    await expect(compute).rejects.toThrow('The social worker failed: Uncaught SyntaxError: boom')
    await expect(breakEven).rejects.toThrow(/social worker failed/)
    expect(workers[0]?.terminated).toBe(true)

    const retry = client.compute(makeInputs())
    expect(makeWorker).toHaveBeenCalledTimes(2)
    lastWorker().answerCompute(lastWorker().posted[0]?.id as number, 7)
    await expect(retry).resolves.toEqual(makeResult(7))
  })

  it('on a messageerror, rejects with a readable error and starts anew', async () => {
    const { client, makeWorker, lastWorker } = setup()
    const compute = client.compute(makeInputs())
    lastWorker().emit('messageerror', {})
    await expect(compute).rejects.toThrow(/could not be read/)
    void client.compute(makeInputs()).catch(() => {})
    expect(makeWorker).toHaveBeenCalledTimes(2)
  })

  it('dispose terminates the worker and rejects what is pending as stale', async () => {
    const { client, lastWorker } = setup()
    const compute = client.compute(makeInputs())
    const worker = lastWorker()
    client.dispose()
    await expect(compute).rejects.toBeInstanceOf(StaleError)
    expect(worker.terminated).toBe(true)
  })

  it('an older curve the worker already answered resolves; the page keeps only the latest', async () => {
    const { client, lastWorker } = setup()
    const older = client.netByDays(makeInputs(470))
    const newer = client.netByDays(makeInputs(520))
    const [olderRequest, newerRequest] = lastWorker().posted
    expect(newerRequest).toMatchObject({
      kind: 'netByDays',
      inputs: { tjmEurPerDay: 520, billableDays: 212, portageFeeRate: 0.07 },
    })
    lastWorker().answer({ id: olderRequest?.id, ok: true, kind: 'netByDays', result: makeCurve(1) })
    lastWorker().answer({ id: newerRequest?.id, ok: true, kind: 'netByDays', result: makeCurve(2) })
    await expect(older).resolves.toEqual(makeCurve(1))
    await expect(newer).resolves.toEqual(makeCurve(2))
  })

  it('rejects a malformed curve, naming the field, and a curve answered to a compute', async () => {
    const { client, lastWorker } = setup()
    const curve = client.netByDays(makeInputs())
    const compute = client.compute(makeInputs())
    const broken = makeCurve(1) as unknown as { points: Record<string, unknown>[] }
    ;(broken.points[1] as Record<string, unknown>).eurl = 'beaucoup'
    lastWorker().answer({ id: 0, ok: true, kind: 'netByDays', result: broken })
    await expect(curve).rejects.toThrow(/→ at result\.points\[1\]\.eurl/)
    lastWorker().answer({ id: 1, ok: true, kind: 'netByDays', result: makeCurve(1) })
    await expect(compute).rejects.toThrow(/answered a compute with a netByDays/)
  })
})

describe('time-outs: a worker that never answers is given up', () => {
  const timeouts = { firstAnswerMs: 20_000, answerMs: 10_000, curveMs: 40_000 }
  const setupTimed = () => {
    const workers: FakeWorker[] = []
    const makeWorker = vi.fn(() => {
      const worker = new FakeWorker()
      workers.push(worker)
      return worker
    })
    return { client: createSocialClient(makeWorker, timeouts), makeWorker, workers }
  }

  it('rejects after the first answer’s time-out, terminates the worker, starts a new one', async () => {
    vi.useFakeTimers()
    try {
      const { client, makeWorker, workers } = setupTimed()
      const compute = client.compute(makeInputs())
      const settled = vi.fn()
      compute.catch(settled)
      await vi.advanceTimersByTimeAsync(19_999)
      expect(settled).not.toHaveBeenCalled()
      await vi.advanceTimersByTimeAsync(1)
      await expect(compute).rejects.toThrow('The social worker did not answer within 20 s')
      expect(workers[0]?.terminated).toBe(true)

      const again = client.compute(makeInputs())
      expect(makeWorker).toHaveBeenCalledTimes(2)
      workers[1]?.answerCompute(workers[1].posted[0]?.id as number, 5)
      await expect(again).resolves.toEqual(makeResult(5))
    } finally {
      vi.useRealTimers()
    }
  })

  it('once the worker has answered, waits answerMs for a compute and curveMs for a curve', async () => {
    vi.useFakeTimers()
    try {
      const { client, workers } = setupTimed()
      const first = client.compute(makeInputs())
      const worker = workers[0] as FakeWorker
      worker.answerCompute(worker.posted[0]?.id as number)
      await first
      const curve = client.netByDays(makeInputs())
      const compute = client.compute(makeInputs(425))
      const rejected = vi.fn()
      compute.catch(rejected)
      curve.catch(() => {})
      await vi.advanceTimersByTimeAsync(9_999)
      expect(rejected).not.toHaveBeenCalled()
      await vi.advanceTimersByTimeAsync(1)
      await expect(compute).rejects.toThrow('within 10 s')
      // The time-out gives the whole worker up: the curve waiting on it fails too.
      await expect(curve).rejects.toThrow('within 10 s')
    } finally {
      vi.useRealTimers()
    }
  })

  it('waits curveMs for a break-even search, asked with the protection the worker reads first', async () => {
    vi.useFakeTimers()
    try {
      const { client, workers } = setupTimed()
      const first = client.compute(makeInputs())
      const worker = workers[0] as FakeWorker
      worker.answerCompute(worker.posted[0]?.id as number)
      await first
      const breakEven = client.breakEven(makeInputs())
      const rejected = vi.fn()
      breakEven.catch(rejected)
      await vi.advanceTimersByTimeAsync(39_999)
      expect(rejected).not.toHaveBeenCalled()
      await vi.advanceTimersByTimeAsync(1)
      await expect(breakEven).rejects.toThrow('within 40 s')
    } finally {
      vi.useRealTimers()
    }
  })

  it('an answer in time clears the time-out', async () => {
    vi.useFakeTimers()
    try {
      const { client, workers } = setupTimed()
      const compute = client.compute(makeInputs())
      const worker = workers[0] as FakeWorker
      worker.answerCompute(worker.posted[0]?.id as number, 3)
      await expect(compute).resolves.toEqual(makeResult(3))
      await vi.advanceTimersByTimeAsync(60_000)
      expect(worker.terminated).toBe(false)
    } finally {
      vi.useRealTimers()
    }
  })

  it('a worker answering garbage is terminated: the next call starts a new one', async () => {
    const { client, makeWorker, workers } = setupTimed()
    const compute = client.compute(makeInputs())
    workers[0]?.answer('garbage')
    await expect(compute).rejects.toThrow(/invalid answer/)
    expect(workers[0]?.terminated).toBe(true)
    void client.compute(makeInputs()).catch(() => {})
    expect(makeWorker).toHaveBeenCalledTimes(2)
  })

  it('dispose (the page’s "Réessayer") makes the next call start a fresh worker', async () => {
    const { client, makeWorker, workers } = setupTimed()
    void client.compute(makeInputs()).catch(() => {})
    client.dispose()
    expect(workers[0]?.terminated).toBe(true)
    void client.compute(makeInputs()).catch(() => {})
    expect(makeWorker).toHaveBeenCalledTimes(2)
  })
})
