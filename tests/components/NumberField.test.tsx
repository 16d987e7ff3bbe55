import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { NumberField } from '../../src/components/NumberField'
import { LIMITS } from '../../src/domain'

describe('NumberField', () => {
  const field = (value: number) => (
    <>
      <NumberField
        label="Revenu fiscal de référence"
        value={value}
        limits={LIMITS.referenceTaxIncomeEurPerYear}
        onValue={() => {}}
      />
      <button type="button">ailleurs</button>
    </>
  )

  it('follows a value changed elsewhere, but never rewrites the text being typed', async () => {
    const user = userEvent.setup()
    const { rerender } = render(field(72_709))
    const input = screen.getByLabelText('Revenu fiscal de référence')
    expect(input).toHaveValue('72709')
    // Not being typed in: a new value (a reset, a link, the worker's answer) shows at once.
    rerender(field(70_000))
    expect(input).toHaveValue('70000')
    // Being typed in: an answer arriving meanwhile leaves the person's text as it is.
    await user.clear(input)
    rerender(field(72_709))
    expect(input).toHaveValue('')
    await user.type(input, '25000')
    expect(input).toHaveValue('25000')
    // Once they leave the field, it follows what came meanwhile.
    await user.click(screen.getByRole('button', { name: 'ailleurs' }))
    expect(input).toHaveValue('72709')
  })
})
