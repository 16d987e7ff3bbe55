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

const solve = (target: number, from?: number) => {
  const calls: number[] = []
  const solved = solveOnCurve(staircase(calls), new PointMemo(), {
    target,
    lo: 0,
    hi: 1_000_000,
    defaultSlope: 1.4,
    side: 'first',
    what: 'a test staircase',
    ...(from === undefined ? {} : { from }),
  })
  return { x: solved?.x, data: solved?.data, calls }
}

describe('solveOnCurve', () => {
  it('gives the first cent reaching the target wherever it starts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000_000, max: 20_000_000 }).map((cents) => cents / 100),
        fc.oneof(fc.constant(undefined), fc.integer({ min: -50_000, max: 50_000 })),
        (target, offset) => {
          const answer = firstCentReaching(target)
          const from = offset === undefined ? undefined : answer + offset / 100
          const solved = solve(target, from)
          expect(solved.x).toBe(answer)
          // The figures are the answer's own.
          expect(solved.data).toBe(answer)
        },
      ),
      { numRuns: 200 },
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
})
