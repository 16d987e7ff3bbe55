import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { App } from '../../src/App'
import { useCalculator } from '../../src/store'
import { plain } from '../text'
import { partsRevealed } from './reveal'

const textOf = (testId: string) => plain(screen.getByTestId(testId).textContent)

// The figures below are 2026's calendar (the store starts in the current year).
beforeEach(() => {
  useCalculator.getState().setInput('year', 2026)
  // The scenario of these tests: 0 years (492,5 €/day × 212 days = 104 410 €), not the page's
  // default experience.
  useCalculator.getState().setInput('experienceYears', 0)
})

function setup() {
  const user = userEvent.setup()
  render(<App />)
  return { user }
}

describe('the calculator page', () => {
  it('shows the band for the experience typed', async () => {
    const { user } = setup()
    expect(textOf('band-range')).toBe('475 € – 510 €')
    const field = screen.getByLabelText(/^années d'expérience$/i)
    await user.clear(field)
    await user.type(field, '12')
    expect(textOf('band-range')).toBe('650 € – 685 €')
    await user.clear(field)
    await user.type(field, '16')
    expect(textOf('band-range')).toBe('400 € – 775 €')
    expect(plain(document.body.textContent)).toContain('1 001 € – 1 075 €')
  })

  it('follows the band midpoint for the TJM until overridden, then returns to it', async () => {
    const { user } = setup()
    const tjm = screen.getByLabelText(/^tjm \(€ \/ jour\)$/i)
    expect(tjm).toHaveValue('492,5')
    expect(textOf('revenue')).toBe('104 410 €')
    await user.clear(tjm)
    await user.type(tjm, '650')
    expect(textOf('revenue')).toBe('137 800 €')
    await user.click(screen.getByRole('button', { name: /revenir au tjm de la tranche/i }))
    expect(tjm).toHaveValue('492,5')
    expect(textOf('revenue')).toBe('104 410 €')
  })

  it('recomputes the revenue when the days change', async () => {
    const { user } = setup()
    const bench = screen.getByLabelText(/^intercontrat/i)
    await user.clear(bench)
    await user.type(bench, '0')
    expect(screen.getByLabelText(/^jours facturés par an$/i)).toHaveValue('222')
    expect(textOf('revenue')).toBe('109 335 €')
    await user.click(screen.getByLabelText(/alsace-moselle/i))
    expect(screen.getByLabelText(/^jours facturés par an$/i)).toHaveValue('221')
  })

  it('shows an inline message for bad input and keeps the last valid results', async () => {
    const { user } = setup()
    const field = screen.getByLabelText(/^années d'expérience$/i)
    await user.clear(field)
    await user.type(field, '12')
    await user.clear(field)
    await user.type(field, 'abc')
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(field).toHaveAccessibleDescription(/saisissez un nombre/i)
    expect(textOf('band-range')).toBe('650 € – 685 €')
    await user.clear(field)
    expect(field).toHaveAccessibleDescription(/saisissez une valeur/i)
    await user.type(field, '-2')
    expect(field).toHaveAccessibleDescription(/entre 0 et 50/i)
    expect(textOf('band-range')).toBe('650 € – 685 €')
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/)
  })

  it('notes a salary outside the Glassdoor range', async () => {
    const { user } = setup()
    const salary = screen.getByLabelText(/^salaire brut annuel/i)
    await user.clear(salary)
    await user.type(salary, '150 000')
    expect(salary).toHaveAccessibleDescription(/hors de la fourchette glassdoor/i)
    expect(textOf('difference')).toMatch(/^-45 590 €/)
  })

  it('lists the public holidays on demand', async () => {
    const { user } = setup()
    await user.click(screen.getByText(/voir les jours fériés/i))
    const list = await screen.findByRole('list', { name: 'Jours fériés 2026' })
    expect(within(list).getByText('Lundi de Pentecôte')).toBeVisible()
    // Each day written in the page's language, as the list loads with its own chunk.
    expect(within(list).getByText('jeudi 1 janvier')).toBeVisible()
  })

  it('writes a year’s bounds as years (1900, not 1 900)', async () => {
    const { user } = setup()
    const field = screen.getByLabelText(/^année$/i)
    await user.clear(field)
    await user.type(field, '1800')
    expect(screen.getByText('Saisissez une valeur entre 1900 et 2200.')).toBeInTheDocument()
  })

  it('resets every input', async () => {
    const { user } = setup()
    const field = screen.getByLabelText(/^années d'expérience$/i)
    await user.clear(field)
    await user.type(field, '20')
    await user.click(screen.getByRole('button', { name: /réinitialiser/i }))
    // The page is drawn anew after a reset: find the field again. It opens on a CTO's 12 years.
    expect(screen.getByLabelText(/^années d'expérience$/i)).toHaveValue('12')
  })

  it('gives every chart an accessible name and a data table', async () => {
    setup()
    // The charts section comes after hydration, in a chunk of its own.
    await partsRevealed()
    const charts = await screen.findAllByRole('img')
    expect(charts.map((c) => c.getAttribute('aria-label'))).toEqual([
      expect.stringMatching(/fourchettes de tjm/i),
      expect.stringMatching(/chiffre d'affaires annuel selon les jours/i),
      expect.stringMatching(/côte à côte/i),
    ])
    expect(screen.getAllByText(/voir les données/i)).toHaveLength(3)
  })
})
