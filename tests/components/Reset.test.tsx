import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import raw from '../../data/cto-france.json'
import { App } from '../../src/App'
import { STORAGE_KEY, useCalculator } from '../../src/store'
import { restoreInputs } from '../../src/store/startup'
import { partsRevealed } from './reveal'

beforeEach(() => {
  useCalculator.setState(useCalculator.getInitialState(), true)
})

/** What a person sees and has typed: the page's text and every field's value. */
function snapshot(page: HTMLElement) {
  const fields = [...page.querySelectorAll('input')]
    .filter((input) => input.type !== 'file')
    .map((input) =>
      input.type === 'checkbox'
        ? `${input.labels?.[0]?.textContent}: ${input.checked}`
        : `${input.labels?.[0]?.textContent ?? input.getAttribute('aria-label')}: ${input.value}`,
    )
  return { text: page.textContent, fields }
}

describe('Réinitialiser', () => {
  it('leaves the page as a fresh visit leaves it', async () => {
    // A fresh visit, for reference.
    // Charts and the net panel arrive after the first render: compare once they have.
    const fresh = render(<App />)
    await waitFor(() => expect(fresh.container.textContent).not.toMatch(/Chargement/), {
      timeout: 10_000,
    })
    // The dataset controls load after hydration, with their texts.
    await partsRevealed()
    await screen.findByLabelText(/charger un jeu de données/i)
    const expected = snapshot(fresh.container)
    fresh.unmount()

    // A session that leaves traces everywhere: a link notice, saved values replaced by a link,
    // a loaded dataset, invalid text in fields whose value is already the default.
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ state: { inputs: { benchDays: 3, experienceYears: 'x' } }, version: 1 }),
    )
    restoreInputs('?xp=abc&tjm=900')
    const user = userEvent.setup()
    const { container } = render(<App />)
    const other = structuredClone(raw)
    other.role = 'Lead developer'
    await partsRevealed()
    await user.upload(
      await screen.findByLabelText(/charger un jeu de données/i),
      new File([JSON.stringify(other)], 'lead.json', { type: 'application/json' }),
    )
    await screen.findByText(/« lead\.json » chargé/)
    const bench = screen.getByLabelText(/^intercontrat/i)
    await user.clear(bench)
    await user.type(bench, '10x')
    const experience = screen.getByLabelText(/^années d'expérience$/i)
    await user.clear(experience)
    await user.type(experience, 'douze')
    await user.click(screen.getByRole('button', { name: 'Copier le lien' }))
    await waitFor(() => expect(container.textContent).not.toMatch(/Chargement/), {
      timeout: 10_000,
    })
    expect(snapshot(container)).not.toEqual(expected)

    await user.click(screen.getByRole('button', { name: 'Réinitialiser' }))
    await waitFor(() => expect(snapshot(container)).toEqual(expected), { timeout: 10_000 })
  })
})
