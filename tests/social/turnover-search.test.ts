// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Probe } from '../../src/social/solve'
import type { BreakEvenSearch } from '../../src/social/statuses/types'
import { NET_NOISE_EUR_PER_YEAR, turnoverReaching } from '../../src/social/turnover-search'

// Nets as the model gives them: rising with the turnover, but rounded to the euro at several
// steps, so that a net can fall a few euros below an earlier one (never NET_NOISE_EUR_PER_YEAR).
const wobblyNet = (slope: number, wobble: (euro: number) => number) => (turnover: number) =>
  Math.round(slope * turnover) - wobble(Math.floor(turnover))

const searchOn = (
  net: (turnover: number) => number,
  seeds: { known: number[]; guess: number; slope: number },
): BreakEvenSearch => {
  const probe = (x: number): Probe<number> => ({ x, y: net(x), data: x })
  return { netAt: probe, known: seeds.known.map(probe), guess: seeds.guess, slope: seeds.slope }
}

describe('the turnover at which a net reaches a target', () => {
  // On tens of euros: 2 000 → 1 000, 2 010 → 1 005, 2 020 → 1 002 (a dip), 2 030 → 1 015; the
  // first euro reaching 1 004 € is 2 007 € (1 003.5 rounded up).
  const net = wobblyNet(0.5, (euro) => (euro >= 2020 && euro < 2030 ? 8 : 0))
  const target = 1004

  it('is the first ten reaching the target, then its first euro, whatever the seeds', () => {
    const fromBelow = searchOn(net, { known: [1000], guess: 1500, slope: 0.5 })
    const fromAbove = searchOn(net, { known: [2030, 2020], guess: 2030, slope: 0.5 })
    // Seeded above, the search settles on 2 030 (2 020 falls short); looking back finds 2 010.
    expect(turnoverReaching(fromAbove, net, target)).toBe(2007)
    expect(turnoverReaching(fromBelow, net, target)).toBe(2007)
  })

  it('checks the figures at the euro a driver’s point gives, and goes on while they fall short', () => {
    // A driver (a revenu professionnel, say) whose points carry the turnover they take: its own
    // net reaches 1 004 € from the driver 2 010 on, at a turnover of 2 014.4 €. The figures at a
    // turnover reach it only from 2 017 € (a step the driver does not see).
    const figures = (turnover: number) => (turnover < 2017 ? 1000 : 1010)
    const driver: BreakEvenSearch = {
      netAt: (x) => ({ x, y: Math.round(0.5 * (x + 4.4)), data: x + 4.4 }),
      known: [],
      guess: 1500,
      slope: 0.5,
    }
    expect(turnoverReaching(driver, figures, target)).toBe(2017)
  })

  it('is null when no turnover up to 5 M€ reaches the target', () => {
    const search = searchOn(net, { known: [], guess: 1000, slope: 0.5 })
    expect(turnoverReaching(search, net, 3_000_000)).toBeNull()
  })

  it('depends on the net only, never on where the search starts', () => {
    const wobble = fc.func(fc.integer({ min: 0, max: NET_NOISE_EUR_PER_YEAR - 1 }))
    const seeds = fc.record({
      known: fc.array(fc.integer({ min: 1, max: 400_000 }), { maxLength: 3 }),
      guess: fc.integer({ min: 1, max: 400_000 }),
      slope: fc.constantFrom(0.3, 0.55, 0.9),
    })
    fc.assert(
      fc.property(
        fc.double({ min: 0.3, max: 0.8, noNaN: true }),
        wobble,
        fc.integer({ min: 1_000, max: 100_000 }),
        seeds,
        seeds,
        (slope, noise, target, first, second) => {
          const netOf = wobblyNet(slope, (euro) => noise(euro))
          const a = turnoverReaching(searchOn(netOf, first), netOf, target)
          const b = turnoverReaching(searchOn(netOf, second), netOf, target)
          expect(a).toBe(b)
          const turnover = a as number
          // It reaches the target, the euro below does not, and no ten of euros below its own does.
          expect(netOf(turnover)).toBeGreaterThanOrEqual(target)
          expect(netOf(turnover - 1)).toBeLessThan(target)
          for (let ten = Math.ceil(turnover / 10) * 10 - 10; ten >= 0; ten -= 10) {
            if (netOf(ten) >= target) expect.fail(`${ten} € already reaches ${target} €`)
          }
        },
      ),
      { numRuns: 200 },
    )
  })
})
