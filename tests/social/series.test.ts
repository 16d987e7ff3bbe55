import { describe, expect, it } from 'vitest'
import { type NetByDaysFigures, netByDaysSeries } from '../../src/social'

/** A point whose nets grow with the days (CDI flat), so that rows are easy to tell apart. */
const makePoint = (days: number, overrides: Partial<NetByDaysFigures> = {}): NetByDaysFigures => ({
  days,
  turnoverEurPerYear: 500 * days,
  cdi: 62_113,
  micro: 300 * days,
  eurl: 280 * days,
  eurlIs: 270 * days,
  sasu: 230 * days,
  portage: 220 * days,
  ...overrides,
})

describe('netByDaysSeries', () => {
  it.each([
    ['already ordered, own days on the grid', [100, 120, 140], 120, [100, 120, 140], [120]],
    ['unordered', [260, 100, 212, 180], 212, [100, 180, 212, 260], [212]],
    ['own days not among the points', [100, 120], 150, [100, 120], []],
    ['a duplicate day kept once', [100, 120, 120], 100, [100, 120], [100]],
    ['own days below the grid', [100, 120, 40], 40, [40, 100, 120], [40]],
    ['no point', [], 212, [], []],
  ])('%s: %j at %s days → rows %j, current %j', (_, days, currentDays, rows, current) => {
    const series = netByDaysSeries(
      days.map((d) => makePoint(d)),
      currentDays,
    )
    expect(series.map((r) => r.days)).toEqual(rows)
    expect(series.filter((r) => r.current).map((r) => r.days)).toEqual(current)
  })

  it.each([
    ['micro', 63_700],
    ['eurl', -1_200],
    ['cdi', 62_113],
  ] as const)('keeps every figure as given: %s = %s', (status, net) => {
    const [row] = netByDaysSeries([makePoint(212, { [status]: net })], 212)
    expect(row).toEqual({ ...makePoint(212, { [status]: net }), current: true })
  })

  it('the last point given for a number of days wins', () => {
    const series = netByDaysSeries([makePoint(120, { micro: 1 }), makePoint(120, { micro: 2 })], 0)
    expect(series.map((r) => r.micro)).toEqual([2])
  })
})
