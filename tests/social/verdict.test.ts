import { describe, expect, it } from 'vitest'
import type { Status, StatusResult } from '../../src/social/model'
import { exclusionOf, verdictFor } from '../../src/social/verdict'

const result = (net: number, extra: Partial<StatusResult> = {}): StatusResult => ({
  grossOrTurnoverEurPerYear: 100_000,
  contributionsEurPerYear: 0,
  netBeforeTaxEurPerYear: net,
  incomeTaxEurPerYear: 0,
  netAfterTaxEurPerYear: net,
  official: true,
  ...extra,
})

// The EURL à l'IS leaves nothing unless a case gives it a net: these cases are about the others.
const nets = (
  values: Omit<Record<Status, number>, 'eurlIs'> & { eurlIs?: number },
  extra: Partial<Record<Status, Partial<StatusResult>>> = {},
) =>
  Object.fromEntries(
    Object.entries({ eurlIs: 0, ...values }).map(([s, net]) => [
      s,
      result(net, extra[s as Status]),
    ]),
  ) as Record<Status, StatusResult>

const micro = (turnover: number, exceeded: boolean): Partial<StatusResult> => ({
  grossOrTurnoverEurPerYear: turnover,
  ceilingEurPerYear: 83_600,
  ceilingExceeded: exceeded,
})

describe('verdictFor', () => {
  it.each([
    // name, nets (cdi, micro, eurl, sasu, portage), micro's extra, best, runner-up, lead, vs CDI
    [
      'micro ahead under its ceiling',
      [62_000, 66_000, 60_000, 50_000, 55_000],
      micro(70_000, false),
      'micro',
      'cdi',
      4_000,
      4_000,
    ],
    [
      'micro beyond its ceiling is never named',
      [62_000, 75_000, 64_000, 50_000, 55_000],
      micro(104_410, true),
      'eurl',
      'cdi',
      2_000,
      2_000,
    ],
    [
      'the CDI when it leaves the most',
      [62_000, 58_000, 56_000, 49_000, 50_000],
      micro(60_000, false),
      'cdi',
      'micro',
      4_000,
      null,
    ],
    [
      'a tie goes to the first status',
      [60_000, 60_000, 50_000, 50_000, 50_000],
      micro(60_000, false),
      'cdi',
      'micro',
      0,
      null,
    ],
  ] as const)('%s', (_, [cdi, m, eurl, sasu, portage], extra, best, runnerUp, lead, vsCdi) => {
    const verdict = verdictFor(nets({ cdi, micro: m, eurl, sasu, portage }, { micro: extra }))
    expect(verdict?.best).toBe(best)
    expect(verdict?.runnerUp).toBe(runnerUp)
    expect(verdict?.leadOverRunnerUpEurPerYear).toBe(lead)
    expect(verdict?.leadOverCdiEurPerYear).toBe(vsCdi)
  })

  it.each([
    ['micro beyond its ceiling', { micro: micro(104_410, true) }, 'eurl', 'microCeilingExcluded'],
    ['micro close to its ceiling', { micro: micro(80_000, false) }, 'micro', 'microNearCeiling'],
    [
      'portage, an approximation',
      { portage: { official: false } },
      'portage',
      'portageApproximation',
    ],
  ] as const)('caveat: %s', (_, extra, best, caveat) => {
    const values = { cdi: 50_000, micro: 70_000, eurl: 60_000, sasu: 40_000, portage: 40_000 }
    if (best === 'portage') values.portage = 90_000
    const verdict = verdictFor(nets(values, extra))
    expect(verdict?.best).toBe(best)
    expect(verdict?.caveats[0]).toBe(caveat)
  })

  it('a freelance verdict warns about protection; a CDI verdict does not', () => {
    const freelance = verdictFor(nets({ cdi: 1, micro: 0, eurl: 5, sasu: 0, portage: 0 }))
    expect(freelance?.caveats).toEqual(['freelanceProtection'])
    const cdi = verdictFor(nets({ cdi: 9, micro: 0, eurl: 5, sasu: 0, portage: 0 }))
    expect(cdi?.caveats).toEqual(['cdiAhead'])
  })

  it('with ACRE, a freelance verdict warns that its figures are the first year’s', () => {
    const freelance = nets({ cdi: 50_000, micro: 60_000, eurl: 55_000, sasu: 0, portage: 0 })
    expect(verdictFor(freelance, { acre: true })?.caveats[0]).toBe('acreFirstYear')
    // The micro-entreprise's ceiling near comes first: that answer may not last a year either.
    const near = nets(
      { cdi: 50_000, micro: 60_000, eurl: 55_000, sasu: 0, portage: 0 },
      { micro: micro(80_000, false) },
    )
    expect(verdictFor(near, { acre: true })?.caveats.slice(0, 2)).toEqual([
      'microNearCeiling',
      'acreFirstYear',
    ])
    expect(verdictFor(freelance)?.caveats).not.toContain('acreFirstYear')
    // Neither the CDI nor portage (a salaried contract) has ACRE.
    const cdi = nets({ cdi: 70_000, micro: 60_000, eurl: 55_000, sasu: 0, portage: 0 })
    expect(verdictFor(cdi, { acre: true })?.caveats).not.toContain('acreFirstYear')
    const portage = nets({ cdi: 50_000, micro: 0, eurl: 0, sasu: 0, portage: 60_000 })
    expect(verdictFor(portage, { acre: true })?.caveats).not.toContain('acreFirstYear')
  })

  it('reads an explicit accessibility field when a status gives one', () => {
    const blocked = { ...result(99_000), accessible: false } as StatusResult
    expect(exclusionOf(blocked)).toBe('inaccessible')
    const verdict = verdictFor({
      ...nets({ cdi: 1, micro: 2, eurl: 3, sasu: 4, portage: 5 }),
      sasu: blocked,
    })
    expect(verdict?.best).toBe('portage')
    expect(verdict?.excluded).toEqual([{ status: 'sasu', reason: 'inaccessible' }])
  })

  it('is null when no status is accessible', () => {
    expect(verdictFor({ micro: result(5, { ceilingExceeded: true }) })).toBeNull()
  })
})
