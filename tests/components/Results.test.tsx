import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { App } from '../../src/App'
import { useCalculator } from '../../src/store'
import { restoreInputs } from '../../src/store/startup'

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ')

beforeEach(() => {
  useCalculator.setState(useCalculator.getInitialState(), true)
})

/** The value next to a term of the gross comparison. */
const pair = (term: string) => plain(screen.getByText(term).nextElementSibling?.textContent ?? '')

describe('the figures never state nonsense', () => {
  it('shows 0 €, never -0 €, for -0 typed or linked', async () => {
    restoreInputs('?xp=0&brut=-0&annee=2026')
    const user = userEvent.setup()
    render(<App />)
    const tjm = screen.getByLabelText(/^tjm \(€ \/ jour\)$/i)
    await user.clear(tjm)
    await user.type(tjm, '-0')
    expect(plain(screen.getByTestId('revenue').textContent)).toBe('0 €')
    expect(plain(document.body.textContent)).not.toMatch(/-0(?![\d,])/)
  })

  it('says "plus d’une année" when the days needed exceed the working days of a year', () => {
    restoreInputs('?xp=0&tjm=0.01&brut=97193&annee=2026')
    render(<App />)
    expect(pair('Jours nécessaires à votre TJM')).toBe('plus d’une année')
  })

  it('shows the days needed when a year holds them', () => {
    restoreInputs('?xp=0&tjm=650&brut=97193&annee=2026')
    render(<App />)
    expect(pair('Jours nécessaires à votre TJM')).toBe('149,5')
  })
})
