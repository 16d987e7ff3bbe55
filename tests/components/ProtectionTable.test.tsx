// @vitest-environment jsdom
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ProtectionTable } from '../../src/components/net/ProtectionTable'
import { protectionReading } from '../../src/components/net/protectionReading'
import { fr } from '../../src/i18n'
import { frProtection } from '../../src/i18n/protection'
import type { Protection, SocialResult, StatusResult } from '../../src/social'
import { eur, eurCents, plain } from '../text'

// Hand-made results: the figures themselves are checked against modele-social in
// tests/social/protection.test.ts; here, what the page writes from them.
const salaried: Protection = {
  scheme: 'salaried',
  quartersPerYear: 4,
  basePensionFullCareerEurPerYear: 24_036,
  supplementaryPoints: 561,
  supplementaryPointValueEur: 1.4386,
  sickPayEurPerDay: 42.96695890410958,
  sickPayWaitingDays: 3,
  maternityEurPerDay: 131.67,
  invalidityEurPerMonth: 2_002.5,
  deathCapitalEur: 3_681,
  unemploymentContributionsEurPerYear: 3_888,
  employerHealthCoverEurPerYear: 240,
  employerProvidentCoverEurPerYear: 720.9,
}
const selfEmployed: Protection = {
  ...salaried,
  scheme: 'selfEmployed',
  supplementaryPoints: 258,
  supplementaryPointValueEur: 1.347,
  sickPayEurPerDay: 65.83561643835617,
  maternityEurPerDay: 65.83561643835615,
  invalidityEurPerMonth: null,
  deathCapitalEur: null,
  unemploymentContributionsEurPerYear: null,
  employerHealthCoverEurPerYear: null,
  employerProvidentCoverEurPerYear: null,
}
/** A president paid nothing (all dividends): the model's figures for a nil salary. */
const noPay: Protection = {
  ...salaried,
  quartersPerYear: 0,
  basePensionFullCareerEurPerYear: 0,
  supplementaryPoints: 0,
  sickPayEurPerDay: 0,
  sickPayWaitingDays: null,
  maternityEurPerDay: 0,
  invalidityEurPerMonth: 0,
  unemploymentContributionsEurPerYear: null,
}

const figures = (net: number, protection?: Protection): StatusResult => ({
  grossOrTurnoverEurPerYear: 1,
  contributionsEurPerYear: 1,
  netBeforeTaxEurPerYear: net,
  incomeTaxEurPerYear: 0,
  netAfterTaxEurPerYear: net,
  official: true,
  ...(protection ? { protection } : {}),
})
const makeResults = (over: Partial<SocialResult['results']> = {}): SocialResult['results'] => ({
  cdi: figures(62_113, salaried),
  micro: figures(61_000, selfEmployed),
  eurl: figures(56_813, selfEmployed),
  eurlIs: figures(59_074),
  sasu: figures(49_033, salaried),
  portage: figures(50_000, salaried),
  ...over,
})

const cell = (status: string, row: string) =>
  plain(
    screen
      .getByTestId('protection-table')
      .querySelector(`td[data-status="${status}"][data-row="${row}"]`)?.textContent,
  ).replace(/^.*? : /, '')

describe('ProtectionTable', () => {
  it('writes each figure with its unit, the CDI’s 4 quarters and 561 AGIRC-ARRCO points', () => {
    render(<ProtectionTable results={makeResults()} />)
    expect(cell('cdi', 'quarters')).toBe('4 sur 4')
    expect(cell('cdi', 'supplementaryPoints')).toBe('561 points AGIRC-ARRCO')
    expect(cell('micro', 'supplementaryPoints')).toBe('258 points RCI')
    expect(cell('cdi', 'supplementaryPension')).toBe(
      `${eur(561 * 1.4386)} par an (1,4386 € le point)`,
    )
    expect(cell('cdi', 'sickPay')).toBe(`${eurCents(42.96695890410958)} par jour`)
    expect(cell('cdi', 'waitingDays')).toBe('3 jours')
    expect(cell('cdi', 'invalidity')).toBe(`${eur(2_002.5)} par mois`)
    expect(cell('cdi', 'unemployment')).toBe(`oui (${eur(3_888)} de cotisations par an)`)
    expect(cell('micro', 'unemployment')).toBe('non')
    expect(cell('micro', 'health')).toBe('non, à votre charge')
    expect(cell('cdi', 'health')).toBe(`${eur(240)} par an`)
  })

  it('says "non calculé" with why where the model gives no figure, never 0', () => {
    render(<ProtectionTable results={makeResults()} />)
    expect(cell('micro', 'invalidity')).toBe(
      `non calculé (${frProtection.why.selfEmployedBelowThreshold})`,
    )
    expect(cell('eurl', 'deathCapital')).toMatch(/^non calculé \(/)
  })

  it('a status whose model reads no protection gets its column, "non calculé" with why', () => {
    const { protection: _, ...bare } = figures(10)
    render(<ProtectionTable results={makeResults({ portage: bare })} />)
    expect(cell('portage', 'quarters')).toBe(`non calculé (${frProtection.why.noProtection})`)
    expect(cell('cdi', 'quarters')).toBe('4 sur 4')
  })

  it('no pay at all: 0 quarter, no daily allowance, no waiting days to count', () => {
    render(<ProtectionTable results={makeResults({ sasu: figures(70_000, noPay) })} />)
    expect(cell('sasu', 'quarters')).toBe('0 sur 4')
    expect(cell('sasu', 'sickPay')).toBe('aucune')
    expect(cell('sasu', 'waitingDays')).toBe('sans objet')
    expect(screen.getByTestId('protection-reading').textContent).toBe(
      protectionReading(makeResults({ sasu: figures(70_000, noPay) }), fr, frProtection),
    )
  })

  it('every row carries its explanation', () => {
    render(<ProtectionTable results={makeResults()} />)
    for (const row of Object.values(frProtection.rows)) {
      expect(screen.getByRole('rowheader', { name: `${row.label} ${row.help}` })).toBeDefined()
    }
  })
})

describe('protectionReading', () => {
  it('the status leaving the most net, paid nothing: 0 quarter and no sick pay', () => {
    const reading = plain(
      protectionReading(makeResults({ sasu: figures(70_000, noPay) }), fr, frProtection),
    )
    expect(reading).toBe(
      `En SASU (président), face au CDI : 0 trimestre validé, 0 € de retraite complémentaire par année travaillée au lieu de ${eur(561 * 1.4386)}, pas d’indemnités journalières, pas d’assurance chômage.`,
    )
  })

  it('a micro-entreprise ahead: fewer pension points, no unemployment insurance', () => {
    const reading = plain(
      protectionReading(makeResults({ micro: figures(70_000, selfEmployed) }), fr, frProtection),
    )
    expect(reading).toBe(
      `En Micro-entreprise (BNC), face au CDI : ${eur(258 * 1.347)} de retraite complémentaire par année travaillée au lieu de ${eur(561 * 1.4386)}, pas d’assurance chômage.`,
    )
  })

  it('the CDI ahead keeps everything; a missing protection gives no reading', () => {
    expect(
      protectionReading(makeResults({ micro: figures(1, selfEmployed) }), fr, frProtection),
    ).toBe(frProtection.reading.cdiBest)
    const { protection: _, ...bare } = figures(90_000)
    expect(protectionReading(makeResults({ eurl: bare }), fr, frProtection)).toBeNull()
  })
})
