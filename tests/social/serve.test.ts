import { describe, expect, it } from 'vitest'
import type { BreakEvenResult, SocialResponse, SocialResult } from '../../src/social/model'
import { createSocialServer, SUPERSEDED } from '../../src/social/serve'

const inputs = {
  turnoverEurPerYear: 104410,
  billableDays: 212,
  cdiGrossEurPerYear: 97193,
  householdParts: 1,
  microVersementLiberatoire: false,
}
const figures = {
  grossOrTurnoverEurPerYear: 1,
  contributionsEurPerYear: 1,
  netBeforeTaxEurPerYear: 1,
  incomeTaxEurPerYear: 0,
  netAfterTaxEurPerYear: 1,
  official: true,
}
const result: SocialResult = {
  results: { cdi: figures, micro: figures, eurl: figures, sasu: figures, portage: figures },
}
const point = { tjmEurPerDay: 500, turnoverEurPerYear: 106000 }
const breakEven: BreakEvenResult = {
  cdiNetAfterTaxEurPerYear: 62112.81,
  statuses: { micro: point, eurl: point, sasu: point, portage: point },
}

function makeServer(engine = { compute: () => result, breakEven: () => breakEven }) {
  const posted: SocialResponse[] = []
  const tasks: (() => void)[] = []
  const computed: number[] = []
  const server = createSocialServer({
    post: (response) => posted.push(response),
    engine: () => ({
      compute: (i) => {
        computed.push(i.turnoverEurPerYear)
        return engine.compute()
      },
      breakEven: () => engine.breakEven(),
    }),
    schedule: (task) => tasks.push(task),
    now: () => 0,
  })
  const runAll = () => {
    while (tasks.length > 0) tasks.shift()?.()
  }
  return { server, posted, runAll, computed }
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
    server.receive({ id: 1, kind: 'compute', inputs: { ...inputs, turnoverEurPerYear: 1 } })
    server.receive({ id: 2, kind: 'compute', inputs: { ...inputs, turnoverEurPerYear: 2 } })
    server.receive({ id: 3, kind: 'compute', inputs: { ...inputs, turnoverEurPerYear: 3 } })
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
      breakEven: () => breakEven,
    })
    server.receive({ id: 4, kind: 'compute', inputs })
    expect(() => runAll()).not.toThrow()
    expect(posted).toEqual([{ id: 4, ok: false, error: 'RangeError: no convergence' }])
  })
})
