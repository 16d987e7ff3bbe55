import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { DataTable } from '../../src/components/DataTable'
import { InputNumber } from '../../src/components/InputField'
import { NumberField } from '../../src/components/NumberField'
import { CompanyPayPanel } from '../../src/components/net/CompanyPayPanel'

const parts = { DataTable, InputNumber, NumberField, useCalculator }

import { useCalculator } from '../../src/store'

describe('CompanyPayPanel', () => {
  it('sets the SASU strategy and the dividends taxation', async () => {
    const user = userEvent.setup()
    render(<CompanyPayPanel parts={parts} figures={null} marginEurPerYear={104_410} />)
    const sasu = screen.getByRole('group', { name: /dirigeant — SASU/ })
    await user.click(within(sasu).getByRole('radio', { name: /répartition optimale/i }))
    expect(useCalculator.getState().inputs.sasuPay).toBe('optimal')
    expect(useCalculator.getState().inputs.eurlIsPay).toBe('salaire')
    await user.click(screen.getByRole('radio', { name: /barème progressif/i }))
    expect(useCalculator.getState().inputs.dividendsMethod).toBe('bareme')
  })

  it('refuses a chosen salary above the margin by the field, keeping the last valid one', async () => {
    const user = userEvent.setup()
    render(<CompanyPayPanel parts={parts} figures={null} marginEurPerYear={50_000} />)
    await user.click(screen.getByRole('radio', { name: /un salaire brut choisi/i }))
    const field = screen.getByLabelText(/salaire brut annuel choisi/i)
    expect(useCalculator.getState().inputs.sasuPay).toBe(13_000)
    await user.clear(field)
    await user.type(field, '60000')
    expect(screen.getByRole('alert')).toHaveTextContent(/au plus égal à la marge/i)
    // Each valid keystroke reaches the store: 6 000 € was the last value within the margin.
    expect(useCalculator.getState().inputs.sasuPay).toBe(6_000)
  })

  it('refuses any chosen salary when the turnover is nil', async () => {
    const user = userEvent.setup()
    render(<CompanyPayPanel parts={parts} figures={null} marginEurPerYear={0} />)
    await user.click(screen.getByRole('radio', { name: /une rémunération choisie/i }))
    const field = screen.getByLabelText(/rémunération annuelle choisie/i)
    await user.clear(field)
    await user.type(field, '1000')
    expect(screen.getByRole('alert')).toHaveTextContent(/sans chiffre d’affaires/i)
    expect(useCalculator.getState().inputs.eurlIsPay).toBe(0)
  })
})
