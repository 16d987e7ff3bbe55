// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import rules from 'modele-social'
import Engine from 'publicodes'
import { describe, expect, it } from 'vitest'
import { StaleNotice } from '../../src/components/answer/StaleNotice'
import { DataTable } from '../../src/components/DataTable'
import { Glossary } from '../../src/components/Glossary'
import { InputNumber } from '../../src/components/InputField'
import { NumberField } from '../../src/components/NumberField'
import { CompanyPayPanel } from '../../src/components/net/CompanyPayPanel'
import { fr } from '../../src/i18n'
import { SocialInputsSchema } from '../../src/social'
import { createSocialEngine, type RuleName } from '../../src/social/engine'
import { defaultScenario } from '../social/fixtures'
import { eur, plain } from '../text'

const parts = { DataTable, Glossary, InputNumber, NumberField, useCalculator }

import { useCalculator } from '../../src/store'

describe('CompanyPayPanel', () => {
  it('sets the SASU strategy and the dividends taxation', async () => {
    const user = userEvent.setup()
    render(<CompanyPayPanel parts={parts} figures={null} marginEurPerYear={104_410} acre={false} />)
    const sasu = screen.getByRole('group', { name: /dirigeant — SASU/ })
    await user.click(within(sasu).getByRole('radio', { name: /répartition optimale/i }))
    expect(useCalculator.getState().inputs.sasuPay).toBe('optimal')
    expect(useCalculator.getState().inputs.eurlIsPay).toBe('salaire')
    await user.click(screen.getByRole('radio', { name: /barème progressif/i }))
    expect(useCalculator.getState().inputs.dividendsMethod).toBe('bareme')
  })

  it('refuses a chosen salary above the margin by the field, keeping the last valid one', async () => {
    const user = userEvent.setup()
    render(
      <>
        <StaleNotice />
        <CompanyPayPanel parts={parts} figures={null} marginEurPerYear={50_000} acre={false} />
      </>,
    )
    await user.click(screen.getByRole('radio', { name: /un salaire brut choisi/i }))
    const field = screen.getByLabelText(/salaire brut annuel choisi/i)
    expect(useCalculator.getState().inputs.sasuPay).toBe(13_000)
    await user.clear(field)
    await user.type(field, '60000')
    expect(screen.getByRole('alert')).toHaveTextContent(/au plus égal à la marge/i)
    // The page's figures are marked out of date, as for any invalid field.
    expect(screen.getByTestId('stale')).toHaveTextContent(fr.answer.stale)
    // Each valid keystroke reaches the store: 6 000 € was the last value within the margin.
    expect(useCalculator.getState().inputs.sasuPay).toBe(6_000)
  })

  it('refuses any chosen salary when the turnover is nil', async () => {
    const user = userEvent.setup()
    render(<CompanyPayPanel parts={parts} figures={null} marginEurPerYear={0} acre={false} />)
    await user.click(screen.getByRole('radio', { name: /une rémunération choisie/i }))
    const field = screen.getByLabelText(/rémunération annuelle choisie/i)
    await user.clear(field)
    await user.type(field, '1000')
    expect(screen.getByRole('alert')).toHaveTextContent(/sans chiffre d’affaires/i)
    expect(useCalculator.getState().inputs.eurlIsPay).toBe(0)
  })

  it('draws the net against the salary’s cost each optimal split was found on, with its table', async () => {
    const engine = createSocialEngine(
      new Engine<RuleName>(rules, { logger: { log() {}, warn() {}, error() {} } }),
    )
    // A capital of 50 000 €: the EURL à l'IS may distribute 5 000 €, its curve spans pays too.
    const { results } = engine.compute(
      SocialInputsSchema.parse({
        ...defaultScenario,
        sasuPay: 'optimal',
        eurlIsPay: 'optimal',
        capitalEur: 50_000,
      }),
    )
    render(
      <CompanyPayPanel parts={parts} figures={results} marginEurPerYear={104_410} acre={false} />,
    )
    const figure = screen.getByRole('figure', { name: 'Net après impôt selon la part de salaire' })
    expect(
      within(figure).getByRole('img', { name: /SASU \(président\), EURL à l’IS/ }),
    ).toBeInTheDocument()
    const table = within(figure).getByRole('table')
    const rows = within(table).getAllByRole('row').slice(1)
    const points = [...(results.sasu.splitCurve ?? []), ...(results.eurlIs.splitCurve ?? [])]
    expect(points.length).toBeGreaterThan(4)
    expect(rows.map((r) => plain(r.children[3]?.textContent))).toEqual(
      points.map((p) => eur(p.netAfterTaxEurPerYear)),
    )
    // The split retained is the curve's highest point, marked in the table.
    const marked = rows.filter((r) => r.classList.contains('current'))
    expect(marked.map((r) => plain(r.children[1]?.textContent))).toEqual([
      'SASU (président)',
      'EURL à l’IS',
    ])
    for (const status of ['sasu', 'eurlIs'] as const) {
      const best = Math.max(
        ...(results[status].splitCurve ?? []).map((p) => p.netAfterTaxEurPerYear),
      )
      expect(results[status].netAfterTaxEurPerYear).toBeGreaterThanOrEqual(best - 0.005)
    }
  }, 120_000)

  it('leaves out a curve of pays a few hundred euros apart (EURL à l’IS, 1 000 € of capital)', () => {
    const engine = createSocialEngine(
      new Engine<RuleName>(rules, { logger: { log() {}, warn() {}, error() {} } }),
    )
    const { results } = engine.nets(
      SocialInputsSchema.parse({ ...defaultScenario, sasuPay: 'optimal', eurlIsPay: 'optimal' }),
    )
    render(
      <CompanyPayPanel parts={parts} figures={results} marginEurPerYear={104_410} acre={false} />,
    )
    const figure = screen.getByRole('figure', { name: 'Net après impôt selon la part de salaire' })
    expect(within(figure).getByRole('img', { name: /\(SASU \(président\)\)/ })).toBeInTheDocument()
    expect(within(figure).queryByText('EURL à l’IS')).toBeNull()
  }, 120_000)

  it('draws no split chart when no status seeks its best split', () => {
    const engine = createSocialEngine(
      new Engine<RuleName>(rules, { logger: { log() {}, warn() {}, error() {} } }),
    )
    const { results } = engine.nets(SocialInputsSchema.parse(defaultScenario))
    render(
      <CompanyPayPanel parts={parts} figures={results} marginEurPerYear={104_410} acre={false} />,
    )
    expect(screen.queryByRole('figure')).toBeNull()
  }, 60_000)
})
