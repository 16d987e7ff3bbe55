import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { App } from '../../src/App'
import { STORAGE_KEY, useCalculator } from '../../src/store'
import { restoreInputs } from '../../src/store/startup'
import { partsRevealed } from './reveal'

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ')
const textOf = (testId: string) => plain(screen.getByTestId(testId).textContent)

/** A visit: the store as a new page has it, then the saved state and the address applied. */
function visit(search: string) {
  // Setting the store saves it: put back what the previous visit left in storage.
  const saved = localStorage.getItem(STORAGE_KEY)
  useCalculator.setState(useCalculator.getInitialState(), true)
  if (saved === null) localStorage.removeItem(STORAGE_KEY)
  else localStorage.setItem(STORAGE_KEY, saved)
  restoreInputs(search)
}

/** The notices load after the page has started: wait for their module before saying none shows. */
async function noticesLoaded() {
  await partsRevealed()
  await import('../../src/components/Notices')
  await act(async () => {})
}

beforeEach(() => {
  useCalculator.setState(useCalculator.getInitialState(), true)
})

describe('a shared link means the same figures for everyone', () => {
  it('ignores what the recipient saved, says so and offers the saved values back', async () => {
    // The sharer has nothing saved: the link's absent fields are the defaults.
    visit('?xp=12&brut=97193&annee=2026')
    const sharer = render(<App />)
    expect(textOf('revenue')).toBe('141 510 €')
    sharer.unmount()

    // The recipient once visited another simulation, which was saved.
    localStorage.clear()
    visit('?xp=3&tjm=900&conges=30&frais=20000&brut=97193&annee=2026')
    visit('?xp=12&brut=97193&annee=2026')
    const user = userEvent.setup()
    render(<App />)
    expect(textOf('revenue')).toBe('141 510 €')
    await noticesLoaded()
    // Found once rendered: the notices' lazy component can take another task after its module.
    expect(await screen.findByText(/à la place de vos valeurs enregistrées/)).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Revenir à mes valeurs enregistrées' }))
    expect(textOf('revenue')).toBe('186 300 €')
    expect(screen.getByLabelText(/^congés payés/i)).toHaveValue('30')
    expect(screen.queryByText(/à la place de vos valeurs enregistrées/)).toBeNull()
  })

  it('says nothing when the link shows what was saved (a reload)', async () => {
    visit('?xp=3&tjm=900&brut=97193&annee=2026')
    visit('?xp=3&tjm=900&brut=97193&annee=2026')
    render(<App />)
    await noticesLoaded()
    expect(screen.queryByRole('button', { name: 'Revenir à mes valeurs enregistrées' })).toBeNull()
    expect(textOf('revenue')).toBe('190 800 €')
  })

  it('opens the saved values when the address holds no link', async () => {
    visit('?xp=3&tjm=900&brut=97193&annee=2026')
    visit('')
    render(<App />)
    await noticesLoaded()
    expect(textOf('revenue')).toBe('190 800 €')
    expect(screen.queryByRole('status', { name: /enregistrées/ })).toBeNull()
  })
})

describe('saved fields that cannot be read are named', () => {
  it('names each one, like for a link, and keeps the others', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        state: {
          inputs: { experienceYears: 'douze', benchDays: 3, tjmEurPerDay: -5, year: 2026 },
          dataset: { role: 'not a dataset' },
        },
        version: 1,
      }),
    )
    visit('')
    render(<App />)
    await noticesLoaded()
    expect(
      await screen.findByText(
        "Certaines valeurs enregistrées étaient illisibles ou hors des limites acceptées (Années d'expérience, TJM, jeu de données chargé) : les valeurs par défaut les remplacent.",
      ),
    ).toBeInTheDocument()
    expect(screen.getByLabelText(/^intercontrat/i)).toHaveValue('3')
  })

  it('says nothing of a saved state that reads whole', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ state: { inputs: { benchDays: 3, year: 2026 } }, version: 1 }),
    )
    visit('')
    render(<App />)
    await noticesLoaded()
    expect(screen.queryByText(/valeurs enregistrées étaient illisibles/)).toBeNull()
  })
})
