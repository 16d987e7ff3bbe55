import { describe, expect, it, vi } from 'vitest'
import { type Progress, type SocialWorkerClient, StaleError } from '../../src/social/client'
import type { ProtectionResult, StatusResult } from '../../src/social/model'
import { createSocialPool, POOL_SHARES, socialWorkerCount } from '../../src/social/pool'
import { defaultScenario } from './fixtures'

const figures = (net: number): StatusResult => ({
  grossOrTurnoverEurPerYear: 100_000,
  contributionsEurPerYear: 20_000,
  netBeforeTaxEurPerYear: net,
  incomeTaxEurPerYear: 0,
  netAfterTaxEurPerYear: net,
  official: true,
})

/** Break-even points named after their status: 100 € a day more for each. */
const breakEvens = (statuses: readonly string[]) => ({
  cdiNetAfterTaxEurPerYear: 62_000,
  statuses: Object.fromEntries(
    statuses.map((s, i) => [s, { tjmEurPerDay: 400 + 100 * i, turnoverEurPerYear: 1 }]),
  ),
})

/** A worker's client that answers for the statuses it is asked, each with its own net. */
function fakeClient(name: string, nets: Record<string, number>) {
  const calls: string[] = []
  const client = {
    nets: vi.fn(async (_inputs, statuses: readonly string[], _progress?: Progress) => {
      calls.push(`nets ${statuses.join(' ')}`)
      return { results: Object.fromEntries(statuses.map((s) => [s, figures(nets[s] ?? 0)])) }
    }),
    protection: vi.fn(async (_inputs, statuses?: readonly string[]) => {
      calls.push(`protection ${statuses?.join(' ') ?? 'every status'}`)
      const results: ProtectionResult['results'] = {}
      for (const s of statuses ?? Object.keys(nets)) {
        results[s as 'cdi'] = { scheme: 'salaried' } as never
      }
      return { results }
    }),
    compute: vi.fn(async () => {
      calls.push('compute')
      return {
        results: Object.fromEntries(Object.entries(nets).map(([s, n]) => [s, figures(n)])),
      }
    }),
    breakEven: vi.fn(async () => {
      calls.push('break-evens every status')
      return breakEvens(['micro', 'eurl', 'eurlIs', 'sasu', 'portage'])
    }),
    breakEvens: vi.fn(async (_inputs, statuses: readonly string[]) => {
      calls.push(`break-evens ${statuses.join(' ')}`)
      return breakEvens(statuses.filter((s) => s !== 'cdi'))
    }),
    target: vi.fn(async () => ({ name }) as never),
    netByDays: vi.fn(async (inputs: { tjmEurPerDay: number }, days?: readonly number[]) => {
      calls.push(`curve ${days?.join(' ') ?? 'every day'}`)
      return {
        tjmEurPerDay: inputs.tjmEurPerDay,
        points: (days ?? [100, 260]).map((d) => ({
          days: d,
          turnoverEurPerYear: d * inputs.tjmEurPerDay,
          ...NETS,
        })),
      }
    }),
    explain: vi.fn(async () => ({ name }) as never),
    start: vi.fn(),
    dispose: vi.fn(),
  }
  return { client: client as unknown as SocialWorkerClient, calls, mock: client }
}

const NETS = { cdi: 1, micro: 2, eurl: 3, eurlIs: 4, sasu: 5, portage: 6 }

/** The curve's days for the default scenario's 212 billable days: the grid and 212. */
const DAYS = [100, 120, 140, 160, 180, 200, 212, 220, 240, 260]

/** Lets the promise callbacks queued so far run (the warm-up's answer). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * Makes a fake worker's next figures wait: they answer when the returned function is called, and
 * the call is recorded at once, as the others.
 */
function heldNets({ mock, calls }: ReturnType<typeof fakeClient>): () => void {
  let answer = () => {}
  mock.nets.mockImplementationOnce(
    (_inputs, statuses: readonly string[]) =>
      new Promise((resolve) => {
        calls.push(`nets ${statuses.join(' ')}`)
        answer = () =>
          resolve({ results: Object.fromEntries(statuses.map((s) => [s, figures(1)])) })
      }),
  )
  return () => answer()
}

/** "Réessayer": both workers start over, and a compute warms the second up for the next one. */
async function retried(pool: ReturnType<typeof createSocialPool>) {
  pool.dispose()
  await pool.compute(defaultScenario)
  await settle()
  await pool.compute(defaultScenario)
}

/**
 * A ready pool computing the default scenario, its second worker failing its part and its first
 * holding its own part until `answerOwn` is called.
 */
async function secondFailsFirstHeld() {
  const { a, b, pool } = await readyPool()
  const answerOwn = heldNets(a)
  b.mock.nets.mockRejectedValueOnce(new Error('The social worker failed: crashed'))
  const computed = pool.compute(defaultScenario)
  await settle()
  return { a, b, pool, answerOwn, computed }
}

/** A pool whose second worker has answered its warm-up: it shares from now on. */
async function readyPool() {
  const a = fakeClient('a', NETS)
  const b = fakeClient('b', NETS)
  const pool = createSocialPool([a.client, b.client])
  await pool.compute(defaultScenario)
  await settle()
  a.calls.length = 0
  b.calls.length = 0
  return { a, b, pool }
}

describe('createSocialPool', () => {
  it('computes on the first worker alone until the second has answered its warm-up', async () => {
    const a = fakeClient('a', NETS)
    const b = fakeClient('b', NETS)
    // The warm-up answers when the test says.
    let answerWarmUp = () => {}
    b.mock.protection.mockImplementationOnce(
      (_inputs, statuses) =>
        new Promise((resolve) => {
          b.calls.push(`protection ${statuses?.join(' ')}`)
          answerWarmUp = () => resolve({ results: {} })
        }),
    )
    const pool = createSocialPool([a.client, b.client])
    pool.start?.()
    // Started with the page: only the first worker.
    expect(a.mock.start).toHaveBeenCalledTimes(1)
    expect(b.mock.start).not.toHaveBeenCalled()
    expect(b.calls).toEqual([])
    const result = await pool.compute(defaultScenario)
    expect(result.results.portage.netAfterTaxEurPerYear).toBe(6)
    expect(a.calls).toEqual(['compute'])
    // The first figures answered: the second worker warms up on its share, at those inputs.
    expect(b.calls).toEqual([`protection ${POOL_SHARES[1].join(' ')}`])
    expect(b.mock.protection).toHaveBeenCalledWith(defaultScenario, POOL_SHARES[1])
    // Asked again before that answer arrived: still the first worker alone, no second warm-up.
    await pool.protection(defaultScenario)
    expect(a.calls).toEqual(['compute', 'protection every status'])
    answerWarmUp()
    await settle()
    await pool.compute(defaultScenario)
    expect(a.calls.at(-1)).toBe(`nets ${POOL_SHARES[0].join(' ')}`)
    expect(b.calls).toEqual([
      `protection ${POOL_SHARES[1].join(' ')}`,
      `nets ${POOL_SHARES[1].join(' ')}`,
    ])
  })

  it('keeps to the first worker alone once the second has failed its warm-up, until dispose', async () => {
    const a = fakeClient('a', NETS)
    const b = fakeClient('b', NETS)
    b.mock.protection.mockRejectedValueOnce(new Error('The social worker failed: script'))
    const pool = createSocialPool([a.client, b.client])
    await pool.compute(defaultScenario)
    await settle()
    await pool.compute(defaultScenario)
    await pool.breakEven(defaultScenario)
    await pool.netByDays(defaultScenario)
    await settle()
    await pool.compute(defaultScenario)
    // Everything on the first worker, whole; the failed one is not warmed up again.
    expect(a.calls).toEqual([
      'compute',
      'compute',
      'break-evens every status',
      'curve every day',
      'compute',
    ])
    expect(b.calls).toEqual([])
    expect(b.mock.protection).toHaveBeenCalledTimes(1)
    // "Réessayer": both start over, and the second is warmed up again.
    await retried(pool)
    expect(a.calls.at(-1)).toBe(`nets ${POOL_SHARES[0].join(' ')}`)
  })

  it('starts over on the first worker alone after dispose ("Réessayer")', async () => {
    const { a, b, pool } = await readyPool()
    pool.dispose()
    expect(a.mock.dispose).toHaveBeenCalledTimes(1)
    expect(b.mock.dispose).toHaveBeenCalledTimes(1)
    await pool.compute(defaultScenario)
    expect(a.calls).toEqual(['compute'])
  })

  it('asks each worker for its share at once and merges every status', async () => {
    const { a, b, pool } = await readyPool()
    const inputs = defaultScenario
    const result = await pool.compute(inputs)
    expect(a.calls).toEqual([`nets ${POOL_SHARES[0].join(' ')}`])
    expect(b.calls).toEqual([`nets ${POOL_SHARES[1].join(' ')}`])
    expect(a.mock.nets).toHaveBeenCalledWith(inputs, POOL_SHARES[0], undefined)
    expect(
      Object.fromEntries(
        Object.entries(result.results).map(([s, r]) => [s, r.netAfterTaxEurPerYear]),
      ),
    ).toEqual(NETS)
    const protection = await pool.protection(inputs)
    expect(Object.keys(protection.results).sort()).toEqual(Object.keys(NETS).sort())
    expect(b.calls).toEqual([
      `nets ${POOL_SHARES[1].join(' ')}`,
      `protection ${POOL_SHARES[1].join(' ')}`,
    ])
  })

  it('hands on each worker’s figures as they come, then its whole share, merged with the other’s', async () => {
    const { a, b, pool } = await readyPool()
    // Each fake worker sends its share's first status before its answer; the second answers
    // when the test says.
    let answerSecond = () => {}
    for (const [{ mock }, net] of [
      [a, 1],
      [b, 4],
    ] as const) {
      mock.nets.mockImplementationOnce((_inputs, statuses: readonly string[], progress) => {
        const first = statuses[0] as string
        progress?.({ results: { [first]: figures(net) } })
        const answer = { results: Object.fromEntries(statuses.map((s) => [s, figures(net)])) }
        return net === 1
          ? Promise.resolve(answer)
          : new Promise((resolve) => {
              answerSecond = () => resolve(answer)
            })
      })
    }
    const seen: string[][] = []
    const computed = pool.compute(defaultScenario, (soFar) =>
      seen.push(Object.keys(soFar.results).sort()),
    )
    await settle()
    const [firstShare, secondShare] = POOL_SHARES
    // The first worker's whole share is shown while the second computes its last status.
    expect(seen).toEqual([
      [firstShare[0]],
      [firstShare[0], secondShare[0]].sort(),
      [...firstShare, secondShare[0]].sort(),
    ])
    answerSecond()
    await computed
    expect(seen.at(-1)).toEqual([...firstShare, ...secondShare].sort())
  })

  it('asks the first worker alone for progress before the second has answered', async () => {
    const { client: first, mock } = fakeClient('first', NETS)
    const { client: second } = fakeClient('second', NETS)
    const pool = createSocialPool([first, second])
    const progress = () => {}
    await pool.compute(defaultScenario, progress)
    expect(mock.compute).toHaveBeenCalledWith(defaultScenario, progress)
  })

  it('fails when a worker leaves out a status of its share', async () => {
    const { b, pool } = await readyPool()
    b.mock.nets.mockImplementationOnce(async () => ({ results: { eurlIs: figures(4) } }))
    await expect(pool.compute(defaultScenario)).rejects.toThrow(/→ at results\.portage/)
  })

  it('rejects as stale when either worker superseded the request, as failed when one failed', async () => {
    const { a, b, pool } = await readyPool()
    b.mock.nets.mockRejectedValueOnce(new StaleError('replaced'))
    await expect(pool.compute(defaultScenario)).rejects.toBeInstanceOf(StaleError)
    a.mock.nets.mockRejectedValueOnce(new Error('The social model failed: boom'))
    await expect(pool.compute(defaultScenario)).rejects.toThrow('boom')
  })

  it('leaves target searches and explanations to the first worker', async () => {
    const { b, pool } = await readyPool()
    const inputs = defaultScenario
    expect(await pool.target(inputs, 50_000)).toEqual({ name: 'a' })
    expect(await pool.explain(inputs, 'portage', 'netAfterTax')).toEqual({ name: 'a' })
    for (const method of ['target', 'explain'] as const) {
      expect(b.mock[method]).not.toHaveBeenCalled()
    }
  })

  it('shares the break-even searches by status, and fails when a status is missing', async () => {
    const { a, b, pool } = await readyPool()
    const found = await pool.breakEven(defaultScenario)
    expect(a.calls).toEqual([`break-evens ${POOL_SHARES[0].join(' ')}`])
    expect(b.calls).toEqual([`break-evens ${POOL_SHARES[1].join(' ')}`])
    expect(Object.keys(found.statuses).sort()).toEqual([
      'eurl',
      'eurlIs',
      'micro',
      'portage',
      'sasu',
    ])
    expect(found.cdiNetAfterTaxEurPerYear).toBe(62_000)
    b.mock.breakEvens.mockImplementationOnce(async () => breakEvens(['eurlIs']))
    await expect(pool.breakEven(defaultScenario)).rejects.toThrow(/→ at statuses\.portage/)
  })

  it('searches every break-even on the first worker before the second has started', async () => {
    const a = fakeClient('a', NETS)
    const b = fakeClient('b', NETS)
    const pool = createSocialPool([a.client, b.client])
    await pool.breakEven(defaultScenario)
    expect(a.calls).toEqual(['break-evens every status'])
    // Then the second worker warms up.
    expect(b.calls).toEqual([`protection ${POOL_SHARES[1].join(' ')}`])
  })

  it('hands the curve out a point at a time to whichever worker is free, merged in order of days', async () => {
    const { a, b, pool } = await readyPool()
    // 212 days: the grid from 100 to 260 by 20, and 212.
    const curve = await pool.netByDays(defaultScenario)
    const asked = [...a.calls, ...b.calls]
    expect(asked.every((call) => /^curve \d+$/.test(call))).toBe(true)
    expect(asked.map((call) => Number(call.slice(6))).sort((x, y) => x - y)).toEqual(DAYS)
    expect(a.calls.length).toBeGreaterThan(0)
    expect(b.calls.length).toBeGreaterThan(0)
    expect(curve.points.map((p) => p.days)).toEqual(DAYS)
    expect(curve.tjmEurPerDay).toBe(defaultScenario.tjmEurPerDay)
  })

  it('gives the curve to the worker done with its break-evens while the other is still searching', async () => {
    const { a, b, pool } = await readyPool()
    let answerSecond = () => {}
    b.mock.breakEvens.mockImplementationOnce(
      (_inputs, statuses: readonly string[]) =>
        new Promise((resolve) => {
          b.calls.push(`break-evens ${statuses.join(' ')}`)
          answerSecond = () => resolve(breakEvens(statuses))
        }),
    )
    // Asked together, as the page does: the curve's points wait for each worker's searches.
    const found = pool.breakEven(defaultScenario)
    const curve = await pool.netByDays(defaultScenario)
    expect(curve.points.map((p) => p.days)).toEqual(DAYS)
    expect(a.calls).toEqual([
      `break-evens ${POOL_SHARES[0].join(' ')}`,
      ...DAYS.map((d) => `curve ${d}`),
    ])
    expect(b.calls).toEqual([`break-evens ${POOL_SHARES[1].join(' ')}`])
    answerSecond()
    expect(Object.keys((await found).statuses)).toHaveLength(5)
  })

  it('gives a point the second fails to the first, then gives the second up until dispose', async () => {
    const { a, b, pool } = await readyPool()
    b.mock.netByDays.mockRejectedValueOnce(new Error('The social worker failed: crashed'))
    const curve = await pool.netByDays(defaultScenario)
    expect(curve.points.map((p) => p.days)).toEqual(DAYS)
    // The point failed was asked of the first; the second asked nothing more.
    const [[, failed]] = b.mock.netByDays.mock.calls as unknown as [[unknown, number[]]]
    expect(a.calls).toContain(`curve ${failed.join(' ')}`)
    expect(b.mock.netByDays).toHaveBeenCalledTimes(1)
    b.calls.length = 0
    await pool.compute(defaultScenario)
    expect(b.calls).toEqual([])
  })

  it('ends the curve once every day is answered, a day beyond the model’s domain having no point', async () => {
    const { a, b, pool } = await readyPool()
    // At this TJM, 240 and 260 days are beyond the model's domain: the worker answers no point.
    for (const { mock } of [a, b]) {
      mock.netByDays.mockImplementation(async (inputs, days?: readonly number[]) => ({
        tjmEurPerDay: inputs.tjmEurPerDay,
        points: (days ?? [])
          .filter((d) => d < 240)
          .map((d) => ({ days: d, turnoverEurPerYear: d * inputs.tjmEurPerDay, ...NETS })),
      }))
    }
    const curve = await pool.netByDays(defaultScenario)
    expect(curve.points.map((p) => p.days)).toEqual(DAYS.filter((d) => d < 240))
  })

  it('ends a curve as stale once a newer one is asked', async () => {
    const { a, pool } = await readyPool()
    const older = pool.netByDays(defaultScenario)
    const newer = pool.netByDays({ ...defaultScenario, tjmEurPerDay: 700 })
    await expect(older).rejects.toBeInstanceOf(StaleError)
    expect((await newer).tjmEurPerDay).toBe(700)
    // Each worker asked at most its first point of the older curve.
    expect(a.calls.filter((call) => call.startsWith('curve')).length).toBeLessThanOrEqual(
      DAYS.length + 1,
    )
  })

  it('shares break-evens while the second warms up, figures only once it has answered', async () => {
    const a = fakeClient('a', NETS)
    const b = fakeClient('b', NETS)
    // A warm-up that has not answered yet: the second's parts wait behind it in its worker.
    b.mock.protection.mockImplementationOnce(() => new Promise(() => {}))
    const pool = createSocialPool([a.client, b.client])
    await pool.compute(defaultScenario)
    await pool.compute(defaultScenario)
    const found = await pool.breakEven(defaultScenario)
    const curve = await pool.netByDays(defaultScenario)
    // The second, still warming up, takes no point of the curve: the first computes them all.
    expect(a.calls).toEqual([
      'compute',
      'compute',
      `break-evens ${POOL_SHARES[0].join(' ')}`,
      ...DAYS.map((d) => `curve ${d}`),
    ])
    expect(b.calls).toEqual([`break-evens ${POOL_SHARES[1].join(' ')}`])
    expect(Object.keys(found.statuses)).toHaveLength(5)
    expect(curve.points).toHaveLength(10)
  })

  it('asks the first worker for the part the second fails, then gives the second up until dispose', async () => {
    const { a, b, pool } = await readyPool()
    b.mock.nets.mockRejectedValueOnce(new Error('The social worker did not answer within 8 s'))
    const result = await pool.compute(defaultScenario)
    expect(Object.keys(result.results)).toHaveLength(6)
    expect(a.calls).toEqual([
      `nets ${POOL_SHARES[0].join(' ')}`,
      `nets ${POOL_SHARES[1].join(' ')}`,
    ])
    // Given up: the first answers alone, whole.
    await pool.breakEven(defaultScenario)
    await pool.netByDays(defaultScenario)
    expect(a.calls.slice(2)).toEqual(['break-evens every status', 'curve every day'])
    expect(b.mock.nets).toHaveBeenCalledTimes(1)
    expect(b.calls).toEqual([])
    // "Réessayer" brings the second back.
    await retried(pool)
    expect(b.calls.at(-1)).toBe(`nets ${POOL_SHARES[1].join(' ')}`)
  })

  it('asks the first for a failed part only once it has answered its own, which it would replace', async () => {
    // The first's own part answers when the test says (a worker replaces a waiting request of a
    // kind by a newer one: asked earlier, the failed part would end the own one as stale).
    const { a, answerOwn, computed } = await secondFailsFirstHeld()
    expect(a.calls).toEqual([`nets ${POOL_SHARES[0].join(' ')}`])
    answerOwn()
    expect(Object.keys((await computed).results)).toHaveLength(6)
    expect(a.calls).toEqual([
      `nets ${POOL_SHARES[0].join(' ')}`,
      `nets ${POOL_SHARES[1].join(' ')}`,
    ])
  })

  it('does not ask the first for a failed part once newer inputs were asked: it would replace them', async () => {
    const { a, b, pool, answerOwn, computed: older } = await secondFailsFirstHeld()
    // The inputs change before the first has answered its part of the older ones.
    const newer = pool.compute({ ...defaultScenario, tjmEurPerDay: 700 })
    answerOwn()
    await expect(older).rejects.toBeInstanceOf(StaleError)
    expect(Object.keys((await newer).results)).toHaveLength(6)
    // The older part never went to the first; the newer ones did, each once.
    expect(a.calls).toEqual([
      `nets ${POOL_SHARES[0].join(' ')}`,
      `nets ${POOL_SHARES[0].join(' ')}`,
    ])
    expect(b.calls).toEqual([`nets ${POOL_SHARES[1].join(' ')}`])
  })

  it('a part failed by a second worker that failed its warm-up is the first’s, whole answer kept', async () => {
    const a = fakeClient('a', NETS)
    const b = fakeClient('b', NETS)
    b.mock.protection.mockImplementationOnce(() => new Promise(() => {}))
    b.mock.breakEvens.mockRejectedValueOnce(new Error('The social worker failed: script'))
    const pool = createSocialPool([a.client, b.client])
    await pool.compute(defaultScenario)
    const found = await pool.breakEven(defaultScenario)
    expect(Object.keys(found.statuses).sort()).toEqual([
      'eurl',
      'eurlIs',
      'micro',
      'portage',
      'sasu',
    ])
    expect(a.calls.slice(1)).toEqual([
      `break-evens ${POOL_SHARES[0].join(' ')}`,
      `break-evens ${POOL_SHARES[1].join(' ')}`,
    ])
  })

  it('rejects with the error both workers give (the inputs’ fault), the second kept', async () => {
    const { a, b, pool } = await readyPool()
    const error = new Error('The social model failed: no revenu professionnel fits the turnover')
    b.mock.nets.mockRejectedValueOnce(error)
    a.mock.nets.mockImplementation(async (_inputs, statuses: readonly string[]) => {
      if (statuses.includes('portage')) throw error
      return { results: Object.fromEntries(statuses.map((s) => [s, figures(1)])) }
    })
    await expect(pool.compute(defaultScenario)).rejects.toThrow('no revenu professionnel')
    a.mock.nets.mockReset()
    a.mock.nets.mockImplementation(async (_inputs, statuses: readonly string[]) => ({
      results: Object.fromEntries(statuses.map((s) => [s, figures(1)])),
    }))
    b.calls.length = 0
    await pool.compute(defaultScenario)
    expect(b.calls).toEqual([`nets ${POOL_SHARES[1].join(' ')}`])
  })

  it('asks the first worker for the whole curve before the second has started', async () => {
    const a = fakeClient('a', NETS)
    const b = fakeClient('b', NETS)
    const pool = createSocialPool([a.client, b.client])
    await pool.netByDays(defaultScenario)
    expect(a.calls).toEqual(['curve every day'])
    expect(b.calls).toEqual([`protection ${POOL_SHARES[1].join(' ')}`])
  })

  it('refuses shares that leave a status to no worker', () => {
    const a = fakeClient('a', NETS)
    expect(() => createSocialPool([a.client, a.client], [['cdi', 'micro'], ['eurl']])).toThrow(
      /cover every status/,
    )
  })

  it('shares every status between the two workers, each once', () => {
    expect([...POOL_SHARES[0], ...POOL_SHARES[1]].sort()).toEqual(Object.keys(NETS).sort())
  })

  it('runs two workers where the device has two cores or more, one on a single core', () => {
    try {
      vi.stubGlobal('navigator', { hardwareConcurrency: 1 })
      expect(socialWorkerCount()).toBe(1)
      vi.stubGlobal('navigator', { hardwareConcurrency: 2 })
      expect(socialWorkerCount()).toBe(2)
      vi.stubGlobal('navigator', {})
      expect(socialWorkerCount()).toBe(1)
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
