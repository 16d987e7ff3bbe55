// @vitest-environment jsdom
// Issue 11 on the page: what a status really allows, the CDI seen whole, what the model is.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import rules from 'modele-social'
import Engine from 'publicodes'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { NetPanel } from '../../src/components/net/NetPanel'
import { SocialClientContext, type SocialClientSource } from '../../src/components/net/socialClient'
import { createSocialEngine, type RuleName, type SocialEngine } from '../../src/social/engine'
import { useCalculator } from '../../src/store'
import { eur, plain } from '../text'
import { clientOver } from './engine-client'

let reference: Engine
let engine: SocialEngine
beforeAll(() => {
  reference = new Engine(rules, { logger: { log() {}, warn() {}, error() {} } })
  engine = createSocialEngine(reference.shallowCopy() as Engine<RuleName>)
}, 60_000)

beforeEach(() => {
  useCalculator.getState().setInput('year', 2026)
  // The scenario of these tests: 0 years (492,5 €/day × 212 days = 104 410 €), not the page's
  // default experience.
  useCalculator.getState().setInput('experienceYears', 0)
})

function engineClient(): SocialClientSource {
  const client = clientOver(engine)
  return async () => client
}

const cell = (status: string, row: string) =>
  plain(
    screen.getByTestId('net-table').querySelector(`td[data-status="${status}"][data-row="${row}"]`)
      ?.textContent ?? null,
  )

const CDI = {
  'salarié . contrat . salaire brut': '97193 €/an',
  'salarié . contrat . statut cadre': 'oui',
  dirigeant: 'non',
}
const model = (rule: string) =>
  reference.setSituation(CDI).evaluate({ valeur: rule, unité: '€/an' }).nodeValue as number

const renderPanel = () =>
  render(
    <SocialClientContext.Provider value={engineClient()}>
      <NetPanel />
    </SocialClientContext.Provider>,
  )

describe('the net panel, honestly', () => {
  it('shows the CDI whole: employer cost and per day, both shares, health cover', async () => {
    renderPanel()
    await screen.findByTestId('net-table', {}, { timeout: 30_000 })
    const cost = model('salarié . coût total employeur')
    expect(cell('cdi', 'employerCost')).toBe(eur(cost))
    expect(cell('cdi', 'employerCost')).toBe('140 041 €')
    // Beside it, what a client pays a freelance: the turnover, and per day the TJM.
    expect(cell('micro', 'employerCost')).toBe('104 410 €')
    expect(cell('cdi', 'costPerDay')).toBe(`${eur(cost / 218)} (÷ 218 j)`)
    expect(cell('sasu', 'costPerDay')).toBe('492,5 €')
    const employee = model('salarié . cotisations . salarié')
    const employer = model('salarié . cotisations . employeur')
    expect(cell('cdi', 'employeeShare')).toBe(eur(employee))
    expect(cell('cdi', 'employerShare')).toBe(eur(employer))
    expect(cell('cdi', 'contributions')).toBe(eur(employee + employer))
    expect(cell('cdi', 'healthAndProvident')).toBe(
      eur(model('salarié . cotisations . prévoyances')),
    )
    expect(cell('micro', 'employeeShare')).toBe('—')
    expect(
      await screen.findByText(
        /forfait jours \(Code du travail, art\. L3121-64\)/,
        {},
        { timeout: 30_000 },
      ),
    ).toBeVisible()
  }, 120_000)

  it('marks the micro-entreprise not accessible above its ceiling, and its break-even too', async () => {
    renderPanel()
    const table = await screen.findByTestId('net-table', {}, { timeout: 30_000 })
    expect(within(table).getByTestId('not-accessible-micro')).toHaveTextContent(
      /non accessible à ce chiffre d’affaires/,
    )
    expect(screen.queryByTestId('not-accessible-eurl')).toBeNull()
    await vi.waitFor(() => expect(cell('micro', 'breakEven')).toMatch(/au-delà du plafond micro/), {
      timeout: 60_000,
    })
    expect(
      await screen.findByTestId('break-even-above-ceiling', {}, { timeout: 30_000 }),
    ).toHaveTextContent(/83 600 €/)
  }, 120_000)

  it('says what the model is: EI / EURL without the 2025 reform, rules of 2026, requalification, portage limits, an unspent portage budget', async () => {
    renderPanel()
    await screen.findByTestId('net-table', {}, { timeout: 30_000 })
    expect(await screen.findByTestId('eurl-reform', {}, { timeout: 30_000 })).toHaveTextContent(
      /abattement de 26 %/,
    )
    expect(screen.getByText(/L8221-6/)).toBeInTheDocument()
    expect(screen.getByText(/L1254-3 et L1254-4/)).toBeInTheDocument()
    expect(screen.queryByTestId('other-year')).toBeNull()
    // 104 410 € less 7 % is a budget inside the employer cost's jump at 3 SMIC.
    expect(screen.getByTestId('unspent-portage')).toHaveTextContent(/aucun salaire ne dépense/)
    useCalculator.getState().setInput('year', 2027)
    expect(await screen.findByTestId('other-year', {}, { timeout: 30_000 })).toHaveTextContent(
      /ceux de 2026/,
    )
  }, 120_000)

  it('does not count the versement libératoire when the RFR is above the ceiling, and says so', async () => {
    const user = userEvent.setup()
    renderPanel()
    await screen.findByTestId('net-table', {}, { timeout: 30_000 })
    const before = cell('micro', 'netAfter')
    await user.click(screen.getByLabelText(/versement libératoire/i))
    const eligibility = await screen.findByTestId('versement-eligibility', {}, { timeout: 30_000 })
    expect(eligibility).toHaveAttribute('data-open', 'false')
    expect(eligibility).toHaveTextContent(/non accessible/)
    expect(screen.getByLabelText(/revenu fiscal de référence/i)).toHaveAccessibleDescription(
      /salaire du CDI simulé/,
    )
    expect(cell('micro', 'netAfter')).toBe(before)
    const rfr = screen.getByLabelText(/revenu fiscal de référence/i)
    await user.clear(rfr)
    await user.type(rfr, '25000')
    await vi.waitFor(
      () =>
        expect(screen.getByTestId('versement-eligibility')).toHaveAttribute('data-open', 'true'),
      { timeout: 30_000 },
    )
    await vi.waitFor(() => expect(cell('micro', 'netAfter')).not.toBe(before), { timeout: 30_000 })
  }, 120_000)
})
