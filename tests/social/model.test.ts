import { describe, expect, it } from 'vitest'
import { annualRevenue } from '../../src/domain'
import { parseOrThrow, SocialRequestSchema, SocialResponseSchema } from '../../src/social/messages'
import {
  MAX_NET_BY_DAYS_POINTS,
  NET_BY_DAYS_GRID,
  NetByDaysResultSchema,
  netByDaysDays,
  netByDaysDaysWithin,
  SocialInputsSchema,
} from '../../src/social/model'
import { defaultScenario } from './fixtures'

const inputs = defaultScenario
const figures = {
  grossOrTurnoverEurPerYear: 1,
  contributionsEurPerYear: 1,
  netBeforeTaxEurPerYear: 1,
  incomeTaxEurPerYear: 1,
  netAfterTaxEurPerYear: 1,
  official: true,
}
const computeAnswer = {
  id: 3,
  ok: true,
  kind: 'compute',
  result: {
    results: {
      cdi: figures,
      micro: figures,
      eurl: figures,
      eurlIs: figures,
      sasu: figures,
      portage: figures,
    },
  },
}

const refusal = (schema: Parameters<typeof parseOrThrow>[0], value: unknown): string => {
  try {
    parseOrThrow(schema, value, 'refused')
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('accepted')
}

describe('SocialInputsSchema', () => {
  it('fills the defaults (no expenses, a 7 % portage fee, all pay as salary) and derives the turnover', () => {
    expect(SocialInputsSchema.parse(inputs)).toEqual({
      ...inputs,
      expensesEurPerYear: 0,
      portageFeeRate: 0.07,
      turnoverEurPerYear: 104_410,
      sasuPay: 'salaire',
      eurlIsPay: 'salaire',
      dividendsMethod: 'pfu',
      capitalEur: 1000,
      currentAccountEur: 0,
    })
  })

  it.each([
    [487.3, 209],
    [0.1, 3],
    [1234.56, 251],
  ])('the turnover at %s €/day × %s days is the page’s revenue, to the same float', (tjm, days) => {
    const parsed = SocialInputsSchema.parse({ ...inputs, tjmEurPerDay: tjm, billableDays: days })
    expect(parsed.turnoverEurPerYear).toBe(annualRevenue(tjm, days))
  })

  it('refuses a TJM × days beyond 10 M€, naming the TJM', () => {
    const message = refusal(SocialInputsSchema, {
      ...inputs,
      tjmEurPerDay: 50_000,
      billableDays: 366,
    })
    expect(message).toMatch(/→ at tjmEurPerDay/)
    expect(message).toMatch(/at most 10000000/)
  })

  it('ignores a turnover sent by the page: the worker derives it', () => {
    const parsed = SocialInputsSchema.parse({ ...inputs, turnoverEurPerYear: 1 })
    expect(parsed.turnoverEurPerYear).toBe(104_410)
  })

  it.each([
    ['tjmEurPerDay', -1, /zero or more/],
    ['tjmEurPerDay', Number.NaN, /finite number/],
    ['tjmEurPerDay', 100_001, /at most 100000/],
    ['billableDays', 0, /more than zero/],
    ['billableDays', 367, /at most 366/],
    ['expensesEurPerYear', -5, /zero or more/],
    ['cdiGrossEurPerYear', '97193', /finite number/],
    ['householdParts', 0.5, /at least 1/],
    ['householdParts', 1.25, /multiple of 0.5/],
    ['householdParts', 11, /at most 10/],
    ['microVersementLiberatoire', 'oui', /true or false/],
    ['portageFeeRate', 0.6, /at most 0.5/],
  ])('refuses %s = %s', (field, value, problem) => {
    const message = refusal(SocialInputsSchema, { ...inputs, [field]: value })
    expect(message).toMatch(new RegExp(`→ at ${field}`))
    expect(message).toMatch(problem)
  })

  it('names a missing field', () => {
    const { cdiGrossEurPerYear: _, ...missing } = inputs
    expect(refusal(SocialInputsSchema, missing)).toMatch(/is missing\n.*→ at cdiGrossEurPerYear/)
  })
})

describe('SocialRequestSchema', () => {
  it('accepts a well-formed request', () => {
    expect(SocialRequestSchema.parse({ id: 0, kind: 'breakEven', inputs }).kind).toBe('breakEven')
  })

  it('refuses junk, naming every bad field', () => {
    const message = refusal(SocialRequestSchema, {
      id: 'one',
      kind: 'everything',
      inputs: { ...inputs, tjmEurPerDay: 'lots', householdParts: null },
    })
    for (const path of ['id', 'kind', 'inputs.tjmEurPerDay', 'inputs.householdParts']) {
      expect(message).toContain(`→ at ${path}`)
    }
  })

  it('refuses a message that is not an object', () => {
    expect(refusal(SocialRequestSchema, 'compute')).toMatch(/must be an object/)
  })
})

describe('SocialResponseSchema', () => {
  it('accepts answers and failures', () => {
    expect(SocialResponseSchema.parse(computeAnswer).ok).toBe(true)
    expect(SocialResponseSchema.parse({ id: null, ok: false, error: 'bad' }).ok).toBe(false)
    const breakEven = {
      id: 4,
      ok: true,
      kind: 'breakEven',
      result: {
        cdiNetAfterTaxEurPerYear: 62112.81,
        statuses: {
          micro: { tjmEurPerDay: 478.75, turnoverEurPerYear: 101495.27 },
          eurl: { tjmEurPerDay: null, turnoverEurPerYear: null },
          eurlIs: { tjmEurPerDay: 518.55, turnoverEurPerYear: 109933 },
          sasu: { tjmEurPerDay: 640.65, turnoverEurPerYear: 135818.27 },
          portage: { tjmEurPerDay: 710.29, turnoverEurPerYear: 150581.06 },
        },
      },
    }
    expect(SocialResponseSchema.parse(breakEven).ok).toBe(true)
  })

  it('refuses a malformed answer, naming the field', () => {
    const bad = structuredClone(computeAnswer)
    ;(bad.result.results.sasu as Record<string, unknown>).netAfterTaxEurPerYear = 'a lot'
    expect(refusal(SocialResponseSchema, bad)).toContain(
      '→ at result.results.sasu.netAfterTaxEurPerYear',
    )
  })

  it('refuses an answer of an unknown kind', () => {
    expect(refusal(SocialResponseSchema, { ...computeAnswer, kind: 'guess' })).toMatch(/kind/)
  })
})

describe('net by days', () => {
  const point = (days: number) => ({
    days,
    turnoverEurPerYear: 492.5 * days,
    cdi: 62112.81,
    micro: 300 * days,
    eurl: 280 * days,
    eurlIs: 285 * days,
    sasu: 230 * days,
    portage: -120,
  })
  const curveAnswer = {
    id: 9,
    ok: true,
    kind: 'netByDays',
    result: { tjmEurPerDay: 492.5, points: NET_BY_DAYS_GRID.map(point) },
  }

  it.each([
    [212, [100, 120, 140, 160, 180, 200, 212, 220, 240, 260]],
    [200, [100, 120, 140, 160, 180, 200, 220, 240, 260]],
    [12.5, [12.5, 100, 120, 140, 160, 180, 200, 220, 240, 260]],
    [366, [100, 120, 140, 160, 180, 200, 220, 240, 260, 366]],
  ])('%s billable days → a curve at %j days', (days, expected) => {
    expect(netByDaysDays(days)).toEqual(expected)
    expect(expected.length).toBeLessThanOrEqual(MAX_NET_BY_DAYS_POINTS)
  })

  it.each([
    // 40 000 € a day: 240 days are 9.6 M€ a year, 260 days 10.4 M€, beyond the model's 10 M€.
    [40_000, 200, [100, 120, 140, 160, 180, 200, 220, 240]],
    // The person's own days stay (the inputs' checks keep their turnover within the domain).
    [100_000, 50, [50, 100]],
    [610, 205, [100, 120, 140, 160, 180, 200, 205, 220, 240, 260]],
  ])('at %s € a day and %s days, the curve has a point at %j days', (tjm, days, expected) => {
    expect(netByDaysDaysWithin(tjm, days)).toEqual(expected)
  })

  it('accepts a curve request and its answer (a net may be negative)', () => {
    expect(SocialRequestSchema.parse({ id: 9, kind: 'netByDays', inputs }).kind).toBe('netByDays')
    expect(SocialResponseSchema.parse(curveAnswer)).toEqual(curveAnswer)
  })

  it('refuses a request of another kind, listing the six', () => {
    expect(refusal(SocialRequestSchema, { id: 1, kind: 'curve', inputs })).toMatch(
      /must be "compute", "protection", "breakEven", "target", "netByDays" or "explain"\n.*→ at kind/,
    )
  })

  it('refuses an explanation without its status or figure, naming them', () => {
    const message = refusal(SocialRequestSchema, { id: 1, kind: 'explain', inputs })
    expect(message).toMatch(/is missing\n.*→ at status/)
    expect(message).toMatch(/is missing\n.*→ at figure/)
  })

  it('refuses junk inputs of a curve request, naming the field', () => {
    const message = refusal(SocialRequestSchema, {
      id: 1,
      kind: 'netByDays',
      inputs: { ...inputs, billableDays: 'beaucoup' },
    })
    expect(message).toMatch(/→ at inputs\.billableDays/)
  })

  type Curve = typeof curveAnswer.result
  /** The curve with one point's field replaced. */
  const spoilPoint =
    (index: number, field: string, value: unknown) =>
    (curve: Curve): unknown => ({
      ...curve,
      points: curve.points.map((p, i) => (i === index ? { ...p, [field]: value } : p)),
    })

  it.each([
    ['result.points[3].sasu', spoilPoint(3, 'sasu', 'a lot')],
    ['result.points[0].days', spoilPoint(0, 'days', 0)],
    ['result.points[2].cdi', spoilPoint(2, 'cdi', undefined)],
    ['result.tjmEurPerDay', (curve: Curve) => ({ ...curve, tjmEurPerDay: Number.NaN })],
    ['result.points', (curve: Curve) => ({ ...curve, points: [] })],
    [
      'result.points',
      (curve: Curve) => ({ ...curve, points: [...curve.points, point(300), point(310)] }),
    ],
  ])('refuses a malformed curve answer, naming %s', (path, spoil) => {
    const message = refusal(SocialResponseSchema, {
      ...curveAnswer,
      result: spoil(curveAnswer.result),
    })
    expect(message).toContain(`→ at ${path}`)
  })

  it('the result schema alone refuses more points than the grid and the own days', () => {
    const points = [...NET_BY_DAYS_GRID, 300, 310].map(point)
    expect(refusal(NetByDaysResultSchema, { tjmEurPerDay: 1, points })).toMatch(/at most 10 points/)
  })
})
