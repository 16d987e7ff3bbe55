// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { solveOnCurve } from '../../src/social/curve'
import { PointMemo, type Probe } from '../../src/social/solve'

// A staircase like the self-employed contributions' (rounded to the euro): y = x + 0.4 × x
// rounded down to the euro, at whole cents (computed in cents, exactly). Its steps defeat
// secants: a search needs a bisection to find the first cent of a step.
const yCents = (cents: number) => cents + 100 * Math.floor((4 * cents) / 1000)
const staircase =
  (calls: number[]) =>
  (x: number): Probe<number> => {
    calls.push(x)
    return { x, y: yCents(Math.round(x * 100)) / 100, data: x }
  }

/** The first cent reaching the target, by walking the cents. */
const firstCentReaching = (target: number) => {
  let cent = Math.floor((target / 1.4) * 100) - 300
  while (yCents(cent) < Math.round(target * 100)) cent += 1
  return cent / 100
}

const solve = (
  target: number,
  from?: number,
  { unitSlopeSteps = false, curve = new PointMemo() } = {},
) => {
  const calls: number[] = []
  const solved = solveOnCurve(staircase(calls), curve, {
    target,
    lo: 0,
    hi: 1_000_000,
    defaultSlope: 1.4,
    side: 'first',
    what: 'a test staircase',
    ...(unitSlopeSteps ? { unitSlopeSteps } : {}),
    ...(from === undefined ? {} : { from }),
  })
  return { x: solved?.x, data: solved?.data, calls }
}

// An employer's cost by gross salary, in cents: 1.45 × the gross, rounded down to the cent, and
// 1 300 € more from 60 000 € of gross (a reduction that stops).
const costCents = (cents: number) =>
  cents + Math.floor((45 * cents) / 100) + (cents >= 6_000_000 ? 130_000 : 0)

/** The last cent of gross whose cost is not above the budget, by walking the cents. */
const lastCentWithin = (budget: number) => {
  let cent = Math.floor((budget / 1.45) * 100) + 300
  while (costCents(cent) > Math.round(budget * 100)) cent -= 1
  return cent / 100
}

const payFor = (budget: number, minSlope: number | undefined, curve = new PointMemo()) => {
  const calls: number[] = []
  const solved = solveOnCurve(
    (x): Probe<number> => {
      calls.push(x)
      return { x, y: costCents(Math.round(x * 100)) / 100, data: x }
    },
    curve,
    {
      target: budget,
      lo: 0,
      hi: 1_000_000,
      defaultSlope: 1.45,
      side: 'last',
      what: 'a test salary',
      ...(minSlope === undefined ? {} : { minSlope }),
    },
  )
  return { x: solved?.x, data: solved?.data, calls }
}

describe('solveOnCurve', () => {
  it('gives the first cent reaching the target wherever it starts, with unit-slope steps or not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000_000, max: 20_000_000 }).map((cents) => cents / 100),
        fc.oneof(fc.constant(undefined), fc.integer({ min: -50_000, max: 50_000 })),
        fc.boolean(),
        (target, offset, unitSlopeSteps) => {
          const answer = firstCentReaching(target)
          const from = offset === undefined ? undefined : answer + offset / 100
          const solved = solve(target, from, { unitSlopeSteps })
          expect(solved.x).toBe(answer)
          // The figures are the answer's own.
          expect(solved.data).toBe(answer)
        },
      ),
      { numRuns: 400 },
    )
  })

  it('started from the answer (another status’s solution), checks it and its neighbour only, the answer last', () => {
    for (const target of [125_050, 104_410, 61_234.56]) {
      const answer = firstCentReaching(target)
      const { calls } = solve(target, answer)
      expect(calls).toEqual([Math.round(answer * 100 - 1) / 100, answer])
      // From nothing, the same answer takes a search.
      expect(solve(target).calls.length).toBeGreaterThan(2)
    }
  })

  it('with unit-slope steps, solves a curve’s points in fewer evaluations', () => {
    // A curve's points: targets 12 200 € apart, each solve seeded with the points before.
    const evaluations = (unitSlopeSteps: boolean) => {
      const curve = new PointMemo()
      let count = 0
      for (let target = 61_000; target <= 160_000; target += 12_200) {
        const solved = solve(target, undefined, { unitSlopeSteps, curve })
        expect(solved.x).toBe(firstCentReaching(target))
        count += solved.calls.length
      }
      return count
    }
    // Measured: 42 evaluations without, 31 with.
    expect(evaluations(true)).toBeLessThan(evaluations(false))
  })

  it('with a least slope, gives the same last cent within a budget, in fewer evaluations', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000_000, max: 20_000_000 }).map((cents) => cents / 100),
        (budget) => {
          const answer = lastCentWithin(budget)
          for (const minSlope of [undefined, 1]) {
            const solved = payFor(budget, minSlope)
            expect(solved.x).toBe(answer)
            expect(solved.data).toBe(answer)
          }
        },
      ),
      { numRuns: 200 },
    )
    const evaluations = (minSlope: number | undefined) => {
      const curve = new PointMemo()
      let count = 0
      for (let budget = 50_220; budget <= 120_000; budget += 8_370) {
        count += payFor(budget, minSlope, curve).calls.length
      }
      return count
    }
    // Measured: 24 evaluations without, 17 with.
    expect(evaluations(1)).toBeLessThan(evaluations(undefined))
  })
})
