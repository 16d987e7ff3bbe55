import { describe, expect, it } from 'vitest'
import { annualRevenue } from '../../src/domain'
import type { SocialResponse } from '../../src/social/messages'
import { SocialResponseSchema } from '../../src/social/messages'
import {
  type BreakEvenResult,
  type NetByDaysResult,
  type ProtectionResult,
  type SocialInputs,
  type SocialResult,
  STATUSES,
  type TargetResult,
} from '../../src/social/model'
import {
  createSocialServer,
  FIRST_SHOWN,
  type SocialServerOptions,
  SUPERSEDED,
} from '../../src/social/serve'
import { defaultScenario } from './fixtures'

const inputs = defaultScenario
const figures = {
  grossOrTurnoverEurPerYear: 1,
  contributionsEurPerYear: 1,
  netBeforeTaxEurPerYear: 1,
  incomeTaxEurPerYear: 0,
  netAfterTaxEurPerYear: 1,
  official: true,
}
const result: SocialResult = {
  results: {
    cdi: figures,
    micro: figures,
    eurl: figures,
    eurlIs: figures,
    sasu: figures,
    portage: figures,
  },
}
const protection: ProtectionResult = { results: {} }
const point = { tjmEurPerDay: 500, turnoverEurPerYear: 106000 }
const breakEven: BreakEvenResult = {
  cdiNetAfterTaxEurPerYear: 62112.81,
  statuses: { micro: point, eurl: point, eurlIs: point, sasu: point, portage: point },
}

const targetPoint = { turnoverEurPerYear: 120000, tjmEurPerDay: 566.04, daysAtTjm: 243.65 }
const target: TargetResult = {
  targetNetEurPerYear: 72000,
  statuses: {
    micro: targetPoint,
    eurl: targetPoint,
    eurlIs: targetPoint,
    sasu: targetPoint,
    portage: targetPoint,
  },
}

const curve: NetByDaysResult = {
  tjmEurPerDay: 492.5,
  points: [
    {
      days: 212,
      turnoverEurPerYear: 104410,
      cdi: 1,
      micro: 2,
      eurl: 3,
      eurlIs: 3,
      sasu: 4,
      portage: 5,
    },
  ],
}

type FakeEngine = {
  compute(): SocialResult
  breakEven(): BreakEvenResult
  netByDaysSteps(inputs: SocialInputs): Generator<void, NetByDaysResult, void>
}

/** A curve of three steps, each logged with the request's turnover. */
function* threeSteps(log: string[], inputs: SocialInputs): Generator<void, NetByDaysResult, void> {
  for (let i = 1; i <= 3; i++) {
    log.push(`step ${i} of ${inputs.tjmEurPerDay}`)
    yield
  }
  return curve
}

/** The engine a server needs, answering the fixed results above, with its own `netsOf`. */
type ServerEngine = ReturnType<SocialServerOptions['engine']>
const engineWith = (netsOf: ServerEngine['netsOf']): ServerEngine => ({
  netsOf,
  protection: () => protection,
  breakEvenOf: () => breakEven,
  target: () => target,
  explain: (_, status, figure) => ({ status, figure, steps: [] }),
  netByDaysSteps: (i) => threeSteps([], i),
})

function makeServer(engine: Partial<FakeEngine> = {}) {
  const posted: SocialResponse[] = []
  const tasks: (() => void)[] = []
  const computed: number[] = []
  // Everything in the order it happened: engine work and answers.
  const log: string[] = []
  const server = createSocialServer({
    post: (response) => {
      posted.push(response)
      log.push(`answer ${response.id} ${response.ok ? response.kind : response.error}`)
    },
    engine: () => ({
      netsOf: (i) => {
        computed.push(i.tjmEurPerDay)
        log.push('compute')
        return engine.compute?.() ?? result
      },
      protection: () => {
        log.push('protection')
        return protection
      },
      breakEvenOf: () => {
        log.push('breakEven')
        return engine.breakEven?.() ?? breakEven
      },
      target: (_, net) => {
        log.push(`target ${net}`)
        return target
      },
      explain: (_, status, figure) => {
        log.push(`explain ${status} ${figure}`)
        return { status, figure, steps: [] }
      },
      netByDaysSteps: (i) => engine.netByDaysSteps?.(i) ?? threeSteps(log, i),
    }),
    schedule: (task) => tasks.push(task),
    now: () => 0,
    // One step of a curve per round.
    sliceMs: 0,
  })
  const runOne = () => tasks.shift()?.()
  const runAll = () => {
    while (tasks.length > 0) runOne()
  }
  return { server, posted, runOne, runAll, computed, log }
}

describe('the worker side of the protocol', () => {
  it('answers a request with its result', () => {
    const { server, posted, runAll } = makeServer()
    server.receive({ id: 1, kind: 'compute', inputs })
    server.receive({ id: 2, kind: 'breakEven', inputs })
    runAll()
    expect(posted).toEqual([
      { id: 1, ok: true, kind: 'compute', result, elapsedMs: 0 },
      { id: 2, ok: true, kind: 'breakEven', result: breakEven, elapsedMs: 0 },
    ])
  })

  it('answers the protection after the figures (which come without it), before a break-even', () => {
    const { server, posted, runAll, log } = makeServer()
    server.receive({ id: 1, kind: 'breakEven', inputs })
    server.receive({ id: 2, kind: 'protection', inputs })
    server.receive({ id: 3, kind: 'compute', inputs })
    runAll()
    expect(log).toEqual([
      'compute',
      'answer 3 compute',
      'protection',
      'answer 2 protection',
      'breakEven',
      'answer 1 breakEven',
    ])
    expect(posted.find((p) => p.id === 2)).toEqual({
      id: 2,
      ok: true,
      kind: 'protection',
      result: protection,
      elapsedMs: 0,
    })
  })

  it('answers a target search after the figures and break-evens, before a curve', () => {
    const { server, posted, runAll, log } = makeServer()
    server.receive({ id: 1, kind: 'netByDays', inputs })
    server.receive({ id: 2, kind: 'target', inputs, targetNetEurPerYear: 72000 })
    server.receive({ id: 3, kind: 'breakEven', inputs })
    runAll()
    expect(log.slice(0, 4)).toEqual([
      'breakEven',
      'answer 3 breakEven',
      'target 72000',
      'answer 2 target',
    ])
    expect(posted.find((p) => p.id === 2)).toEqual({
      id: 2,
      ok: true,
      kind: 'target',
      result: target,
      elapsedMs: 0,
    })
  })

  it('refuses a target request without its target', () => {
    const { server, posted, runAll } = makeServer()
    server.receive({ id: 4, kind: 'target', inputs })
    runAll()
    expect(posted[0]).toMatchObject({ id: 4, ok: false })
    expect(posted[0]?.ok === false && posted[0].error).toMatch(/targetNetEurPerYear/)
  })

  it('answers an explanation on demand, after the figures and break-evens, before a curve', () => {
    const { server, posted, runAll, log } = makeServer()
    server.receive({ id: 1, kind: 'netByDays', inputs })
    server.receive({ id: 2, kind: 'explain', inputs, status: 'micro', figure: 'netAfterTax' })
    server.receive({ id: 3, kind: 'breakEven', inputs })
    runAll()
    expect(log.filter((l) => !l.startsWith('answer'))).toEqual([
      'breakEven',
      'explain micro netAfterTax',
      `step 1 of ${inputs.tjmEurPerDay}`,
      `step 2 of ${inputs.tjmEurPerDay}`,
      `step 3 of ${inputs.tjmEurPerDay}`,
    ])
    expect(posted.find((p) => p.id === 2)).toEqual({
      id: 2,
      ok: true,
      kind: 'explain',
      result: { status: 'micro', figure: 'netAfterTax', steps: [] },
      elapsedMs: 0,
    })
  })

  it('refuses an explanation of an unknown status or figure, naming the field', () => {
    const { server, posted } = makeServer()
    server.receive({ id: 5, kind: 'explain', inputs, status: 'ltd', figure: 'netAfterTax' })
    server.receive({ id: 6, kind: 'explain', inputs, status: 'micro', figure: 'mood' })
    expect(posted[0]?.ok === false && posted[0].error).toMatch(/status/)
    expect(posted[1]?.ok === false && posted[1].error).toMatch(/figure/)
  })
  it('derives the turnover from the TJM and days it receives, as the page’s revenue', () => {
    const seen: SocialInputs[] = []
    const server = createSocialServer({
      post: () => {},
      engine: () =>
        engineWith((i) => {
          seen.push(i)
          return result
        }),
      schedule: (task) => task(),
    })
    server.receive({
      id: 1,
      kind: 'compute',
      inputs: { ...inputs, tjmEurPerDay: 487.3, billableDays: 209 },
    })
    expect(seen[0]).toMatchObject({ tjmEurPerDay: 487.3, billableDays: 209 })
    expect(seen[0]?.turnoverEurPerYear).toBe(annualRevenue(487.3, 209))
  })

  it('computes the statuses (or the curve’s days) a request names, else every one', () => {
    const asked: string[] = []
    const server = createSocialServer({
      post: () => {},
      engine: () => ({
        netsOf: (_, statuses) => {
          asked.push(`nets ${statuses.join(' ')}`)
          return result
        },
        protection: (_, statuses) => {
          asked.push(`protection ${statuses?.join(' ') ?? 'every status'}`)
          return protection
        },
        breakEvenOf: (_, statuses) => {
          asked.push(`break-evens ${statuses.join(' ')}`)
          return breakEven
        },
        target: () => target,
        explain: (_, status, figure) => ({ status, figure, steps: [] }),
        netByDaysSteps: (i, days) => {
          asked.push(`curve ${days?.join(' ')}`)
          return threeSteps([], i)
        },
      }),
      schedule: (task) => task(),
    })
    server.receive({ id: 1, kind: 'compute', inputs, statuses: ['eurlIs', 'portage'] })
    server.receive({ id: 2, kind: 'protection', inputs, statuses: ['eurlIs', 'portage'] })
    server.receive({ id: 3, kind: 'compute', inputs })
    server.receive({ id: 4, kind: 'protection', inputs })
    server.receive({ id: 6, kind: 'breakEven', inputs, statuses: ['eurlIs', 'portage'] })
    server.receive({ id: 5, kind: 'netByDays', inputs, days: [120, 160] })
    expect(asked).toEqual([
      'nets portage eurlIs',
      'protection eurlIs portage',
      'nets cdi micro sasu portage eurl eurlIs',
      'protection every status',
      'break-evens eurlIs portage',
      'curve 120 160',
    ])
  })

  it('orders every status, each once, for the first figures (a status left out would be lost)', () => {
    expect([...FIRST_SHOWN].sort()).toEqual([...STATUSES].sort())
  })

  it('sends each status’s figures as they come when asked, the quickest first, then the answer', () => {
    const posted: SocialResponse[] = []
    const net = { cdi: 1, micro: 2, eurl: 3, eurlIs: 4, sasu: 5, portage: 6 }
    const server = createSocialServer({
      post: (response) => posted.push(response),
      engine: () =>
        engineWith((_, statuses, each) => ({
          results: Object.fromEntries(
            statuses.map((status) => {
              const one = { ...figures, netAfterTaxEurPerYear: net[status] }
              each?.(status, one)
              return [status, one]
            }),
          ),
        })),
      schedule: (task) => task(),
      now: () => 0,
    })
    server.receive({ id: 1, kind: 'compute', inputs, progress: true })
    const shape = (p: SocialResponse) =>
      p.ok && (p.kind === 'progress' || p.kind === 'compute')
        ? `${p.kind} ${Object.entries(p.result.results)
            .map(([s, r]) => `${s}:${r.netAfterTaxEurPerYear}`)
            .join(' ')}`
        : String(p.ok)
    expect(posted.map(shape)).toEqual([
      'progress cdi:1',
      'progress micro:2',
      'progress sasu:5',
      'progress portage:6',
      'progress eurl:3',
      'compute cdi:1 micro:2 sasu:5 portage:6 eurl:3 eurlIs:4',
    ])
    for (const p of posted) expect(SocialResponseSchema.safeParse(p).success).toBe(true)
    // Without progress (a share, as a pool asks after an input change): the answer alone.
    server.receive({ id: 2, kind: 'compute', inputs, statuses: ['eurlIs', 'portage'] })
    expect(posted.slice(6).map(shape)).toEqual(['compute portage:6 eurlIs:4'])
  })

  it('refuses a request naming no status, an unknown one, or no day', () => {
    const { server, posted } = makeServer()
    server.receive({ id: 5, kind: 'compute', inputs, statuses: [] })
    server.receive({ id: 6, kind: 'compute', inputs, statuses: ['freelance'] })
    expect(posted[0]?.ok === false && posted[0].error).toMatch(/→ at statuses/)
    expect(posted[1]?.ok === false && posted[1].error).toMatch(/→ at statuses\[0\]/)
    server.receive({ id: 7, kind: 'netByDays', inputs, days: [] })
    expect(posted[2]?.ok === false && posted[2].error).toMatch(/→ at days/)
  })

  it('refuses junk, naming the field, with the id when it has one', () => {
    const { server, posted } = makeServer()
    server.receive({ id: 7, kind: 'compute', inputs: { ...inputs, billableDays: -3 } })
    server.receive('hello')
    expect(posted[0]).toMatchObject({ id: 7, ok: false })
    expect(posted[0]?.ok === false && posted[0].error).toMatch(/→ at inputs\.billableDays/)
    expect(posted[1]).toMatchObject({ id: null, ok: false })
  })

  it('runs only the latest request of each kind, answering the others as superseded', () => {
    const { server, posted, runAll, computed } = makeServer()
    server.receive({ id: 1, kind: 'compute', inputs: { ...inputs, tjmEurPerDay: 1 } })
    server.receive({ id: 2, kind: 'compute', inputs: { ...inputs, tjmEurPerDay: 2 } })
    server.receive({ id: 3, kind: 'compute', inputs: { ...inputs, tjmEurPerDay: 3 } })
    runAll()
    expect(computed).toEqual([3])
    expect(posted.map((p) => [p.id, p.ok])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ])
    expect(posted[0]).toEqual({ id: 1, ok: false, error: SUPERSEDED })
  })

  it('answers an engine failure instead of throwing', () => {
    const { server, posted, runAll } = makeServer({
      compute: () => {
        throw new RangeError('no convergence')
      },
    })
    server.receive({ id: 4, kind: 'compute', inputs })
    expect(() => runAll()).not.toThrow()
    expect(posted).toEqual([{ id: 4, ok: false, error: 'RangeError: no convergence' }])
  })

  it('runs net-by-days curves last: after the computes and the break-even searches', () => {
    const { server, runAll, log } = makeServer()
    // The page's order is compute, break-even, curve; queued together, they run by priority.
    server.receive({ id: 3, kind: 'compute', inputs })
    server.receive({ id: 1, kind: 'netByDays', inputs })
    server.receive({ id: 2, kind: 'breakEven', inputs })
    runAll()
    expect(log).toEqual([
      'compute',
      'answer 3 compute',
      'breakEven',
      'answer 2 breakEven',
      'step 1 of 492.5',
      'step 2 of 492.5',
      'step 3 of 492.5',
      'answer 1 netByDays',
    ])
  })

  it('answers a break-even arriving during a curve between two of its steps', () => {
    const { server, posted, runOne, runAll, log } = makeServer()
    server.receive({ id: 1, kind: 'netByDays', inputs })
    runOne()
    server.receive({ id: 3, kind: 'breakEven', inputs })
    runAll()
    expect(log).toEqual([
      'step 1 of 492.5',
      'breakEven',
      'answer 3 breakEven',
      'step 2 of 492.5',
      'step 3 of 492.5',
      'answer 1 netByDays',
    ])
    expect(posted.at(-1)).toEqual({
      id: 1,
      ok: true,
      kind: 'netByDays',
      result: curve,
      elapsedMs: 0,
    })
  })

  it('drops the curve under way or waiting when a compute arrives: its inputs are left behind', () => {
    const { server, posted, runOne, runAll, log } = makeServer()
    const at = (tjmEurPerDay: number) => ({ ...inputs, tjmEurPerDay })
    server.receive({ id: 1, kind: 'netByDays', inputs: at(1) })
    runOne()
    server.receive({ id: 2, kind: 'compute', inputs: at(2) })
    runOne()
    server.receive({ id: 3, kind: 'netByDays', inputs: at(2) })
    server.receive({ id: 4, kind: 'compute', inputs: at(4) })
    runAll()
    expect(log).toEqual([
      'step 1 of 1',
      `answer 1 ${SUPERSEDED}`,
      'compute',
      'answer 2 compute',
      `answer 3 ${SUPERSEDED}`,
      'compute',
      'answer 4 compute',
    ])
    expect(posted.filter((p) => p.ok).map((p) => p.id)).toEqual([2, 4])
  })

  it('is latest-wins for curves too: a newer one supersedes the one waiting or under way', () => {
    const { server, posted, runOne, runAll, log } = makeServer()
    const at = (tjmEurPerDay: number) => ({ ...inputs, tjmEurPerDay })
    server.receive({ id: 1, kind: 'netByDays', inputs: at(1) })
    server.receive({ id: 2, kind: 'netByDays', inputs: at(2) })
    runOne()
    server.receive({ id: 3, kind: 'netByDays', inputs: at(3) })
    runAll()
    expect(log).toEqual([
      `answer 1 ${SUPERSEDED}`,
      'step 1 of 2',
      `answer 2 ${SUPERSEDED}`,
      'step 1 of 3',
      'step 2 of 3',
      'step 3 of 3',
      'answer 3 netByDays',
    ])
    expect(posted.filter((p) => p.ok).map((p) => p.id)).toEqual([3])
  })

  it('refuses a curve request with junk inputs, naming the field', () => {
    const { server, posted, runAll, log } = makeServer()
    server.receive({ id: 5, kind: 'netByDays', inputs: { ...inputs, householdParts: 0 } })
    runAll()
    expect(posted[0]).toMatchObject({ id: 5, ok: false })
    expect(posted[0]?.ok === false && posted[0].error).toMatch(/→ at inputs\.householdParts/)
    expect(log.some((line) => line.startsWith('step'))).toBe(false)
  })

  it('answers a failure during a curve, and goes on with the next request', () => {
    const { server, posted, runAll } = makeServer({
      // biome-ignore lint/correctness/useYield: a curve that fails before its first step
      *netByDaysSteps() {
        throw new RangeError('no convergence')
      },
    })
    server.receive({ id: 7, kind: 'compute', inputs })
    server.receive({ id: 6, kind: 'netByDays', inputs })
    expect(() => runAll()).not.toThrow()
    expect(posted).toEqual([
      { id: 7, ok: true, kind: 'compute', result, elapsedMs: 0 },
      { id: 6, ok: false, error: 'RangeError: no convergence' },
    ])
  })

  it('runs a curve in slices of time: steps go on while the slice lasts', () => {
    const posted: SocialResponse[] = []
    const tasks: (() => void)[] = []
    const log: string[] = []
    let clock = 0
    const server = createSocialServer({
      post: (response) => posted.push(response),
      engine: () => ({
        netsOf: () => result,
        protection: () => protection,
        breakEvenOf: () => breakEven,
        target: () => target,
        explain: (_, status, figure) => ({ status, figure, steps: [] }),
        // Each step takes 20 ms.
        *netByDaysSteps(i) {
          for (let step = 1; step <= 5; step++) {
            clock += 20
            log.push(`step ${step} of ${i.turnoverEurPerYear}`)
            yield
          }
          return curve
        },
      }),
      schedule: (task) => tasks.push(task),
      now: () => clock,
      sliceMs: 50,
    })
    server.receive({ id: 1, kind: 'netByDays', inputs })
    tasks.shift()?.()
    // 20, 40, then 60 ms ≥ 50: three steps in the first slice.
    expect(log).toHaveLength(3)
    expect(posted).toEqual([])
    tasks.shift()?.()
    expect(log).toHaveLength(5)
    expect(posted).toEqual([{ id: 1, ok: true, kind: 'netByDays', result: curve, elapsedMs: 100 }])
  })
})

describe('start-up timings', () => {
  it('go with the first compute answer only, and parse on the page side', () => {
    const posted: SocialResponse[] = []
    const tasks: (() => void)[] = []
    const startup = {
      timeOriginMs: 1_764_320_000_000,
      workerStartMs: 90,
      rulesLoadMs: 6,
      engineBuildMs: 300,
      firstRequestMs: 300,
      answerMs: 950,
    }
    const server = createSocialServer({
      post: (response) => posted.push(response),
      engine: () => ({
        netsOf: () => result,
        protection: () => protection,
        breakEvenOf: () => breakEven,
        target: () => target,
        netByDaysSteps: (i) => threeSteps([], i),
        explain: (_, status, figure) => ({ status, figure, steps: [] }),
      }),
      schedule: (task) => tasks.push(task),
      startup: () => startup,
    })
    for (const id of [1, 2]) {
      server.receive({ id, kind: 'compute', inputs })
      while (tasks.length > 0) tasks.shift()?.()
    }
    expect(posted.map((p) => (p.ok && p.kind === 'compute' ? p.startup : 'no'))).toEqual([
      startup,
      undefined,
    ])
    expect(SocialResponseSchema.parse(posted[0])).toMatchObject({ startup })
  })
})
