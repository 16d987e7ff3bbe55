import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import raw from '../../data/cto-france.json'
import { App } from '../../src/App'
import type { Dataset } from '../../src/domain'
import { STORAGE_KEY, useCalculator } from '../../src/store'
import { restoreInputs } from '../../src/store/startup'
import { partsRevealed } from './reveal'

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ')

beforeEach(() => {
  useCalculator.setState(useCalculator.getInitialState(), true)
})

const jsonFile = (content: string, name = 'data.json') =>
  new File([content], name, { type: 'application/json' })

const upload = async (data: unknown) => {
  const user = userEvent.setup()
  render(<App />)
  await partsRevealed()
  await user.upload(
    await screen.findByLabelText(/charger un jeu de données/i),
    jsonFile(JSON.stringify(data)),
  )
  return user
}

describe('a dataset can never blank the page', () => {
  it.each([
    [
      'a band at 200 000 – 300 000 € a day',
      (d: typeof raw) => {
        d.tjm.bands[0] = {
          ...d.tjm.bands[0],
          rate: { min: 200000, max: 300000 },
        } as (typeof d.tjm.bands)[0]
      },
      'tjm.bands[0].rate.min : ne doit pas dépasser 100 000 € par jour (limite du calculateur)',
    ],
    [
      'a rate near the largest double',
      (d: typeof raw) => {
        d.tjm.bands[3] = {
          ...d.tjm.bands[3],
          rate: { min: 450, max: 1.7e308 },
        } as (typeof d.tjm.bands)[3]
      },
      'tjm.bands[3].rate.max : ne doit pas dépasser 100 000 € par jour (limite du calculateur)',
    ],
    [
      'a mean salary of 200 M€',
      (d: typeof raw) => {
        d.salary.meanEur = 2e8
        d.salary.maxEur = 3e8
      },
      'salary.meanEur : ne doit pas dépasser 100 000 000 € par an (limite du calculateur)',
    ],
  ])('refuses %s in French, naming the path, and keeps the page', async (_, mutate, problem) => {
    const d = structuredClone(raw)
    mutate(d)
    await upload(d)
    expect(await screen.findByText(/fichier refusé/i)).toBeInTheDocument()
    expect(screen.getByText(problem)).toBeInTheDocument()
    expect(plain(screen.getByTestId('revenue').textContent)).toMatch(/^\d[\d ]* €$/)
    expect(plain(screen.getByTestId('band-range').textContent)).toBe('650 € – 685 €')
    expect(localStorage.getItem(STORAGE_KEY) ?? '').not.toContain('"dataset"')
  })

  it('names every problem in French', async () => {
    const d = structuredClone(raw) as Record<string, unknown> & typeof raw
    d.tjm.bands[1] = { ...d.tjm.bands[1], rate: { min: 900, max: 445 } } as (typeof d.tjm.bands)[1]
    delete (d.salary as Record<string, unknown>).meanEur
    await upload(d)
    expect(
      await screen.findByText('tjm.bands[1].rate.min : le minimum dépasse le maximum'),
    ).toBeInTheDocument()
    expect(screen.getByText('salary.meanEur : est absent')).toBeInTheDocument()
  })

  it('offers to go back to the shipped data when the page fails, and the failure does not survive a reload', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    // A dataset that slipped past the schema (an older release's looser one, say), saved.
    const poisoned = structuredClone(raw) as unknown as Dataset
    ;(poisoned.tjm.bands[0] as { rate: { min: number; max: number } }).rate = {
      min: Number.NaN,
      max: Number.NaN,
    }
    poisoned.salary.meanEur = 5e8
    useCalculator.setState({
      dataset: poisoned,
      inputs: { ...useCalculator.getState().inputs, salaryGrossEurPerYear: 5e8 },
    })
    expect(localStorage.getItem(STORAGE_KEY)).toContain('"dataset"')
    const user = userEvent.setup()
    render(<App />)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent(/n’a pas pu s’afficher/)
    await user.click(screen.getByRole('button', { name: 'Revenir aux données d’origine' }))
    expect(plain(screen.getByTestId('band-range').textContent)).toBe('650 € – 685 €')
    expect(screen.queryByRole('button', { name: 'Revenir aux données d’origine' })).toBeNull()
    // A reload reads what is saved: the shipped data, not the poisoned set.
    expect(localStorage.getItem(STORAGE_KEY) ?? '').not.toContain('"dataset"')
    useCalculator.setState(useCalculator.getInitialState(), true)
    restoreInputs('')
    expect(useCalculator.getState().dataset.role).toMatch(/^CTO/)
  })
})
