import { describe, expect, it } from 'vitest'
import type { SocialResult, StatusResult } from '../../src/social/model'
import type { Protection } from '../../src/social/protection-model'
import { protectionOf, withProtection } from '../../src/social/with-protection'

const protection = (quarters: number): Protection => ({
  scheme: 'salaried',
  quartersPerYear: quarters,
  basePensionFullCareerEurPerYear: 1,
  supplementaryPoints: 2,
  supplementaryPointValueEur: 1.4386,
  sickPayEurPerDay: 3,
  sickPayWaitingDays: 3,
  maternityEurPerDay: 4,
  invalidityEurPerMonth: null,
  deathCapitalEur: null,
  unemploymentContributionsEurPerYear: 5,
  employerHealthCoverEurPerYear: 6,
  employerProvidentCoverEurPerYear: 7,
})
const figures = (net: number, read?: Protection): StatusResult => ({
  grossOrTurnoverEurPerYear: net * 2,
  contributionsEurPerYear: net / 2,
  netBeforeTaxEurPerYear: net * 1.2,
  incomeTaxEurPerYear: net / 5,
  netAfterTaxEurPerYear: net,
  official: true,
  ...(read ? { protection: read } : {}),
})
const result = (cdi?: Protection, micro?: Protection): SocialResult => ({
  results: {
    cdi: figures(60_000, cdi),
    micro: figures(63_000, micro),
    eurl: figures(56_000),
    eurlIs: figures(59_000),
    sasu: figures(49_000),
    portage: figures(44_000),
  },
})

describe('the net figures and their protection, answered apart', () => {
  it('joins them, each status with its own, and leaves the figures as they were', () => {
    const nets = result()
    const joined = withProtection(nets, { results: { cdi: protection(4), micro: protection(2) } })
    expect(joined.results.cdi.protection?.quartersPerYear).toBe(4)
    expect(joined.results.micro.protection?.quartersPerYear).toBe(2)
    expect(joined.results.sasu.protection).toBeUndefined()
    expect({ ...joined.results.cdi, protection: undefined }).toEqual({
      ...nets.results.cdi,
      protection: undefined,
    })
    expect(nets.results.cdi.protection).toBeUndefined()
  })

  it('drops a protection the new one does not have: none is kept from other inputs', () => {
    const joined = withProtection(result(protection(4), protection(4)), {
      results: { cdi: protection(3) },
    })
    expect(joined.results.cdi.protection?.quartersPerYear).toBe(3)
    expect(joined.results.micro.protection).toBeUndefined()
  })

  it('reads back the protection the figures hold', () => {
    const read = { results: { cdi: protection(4), micro: protection(1) } }
    expect(protectionOf(withProtection(result(), read))).toEqual(read)
    expect(protectionOf(result())).toEqual({ results: {} })
  })
})
