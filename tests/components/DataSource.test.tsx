import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import raw from '../../data/cto-france.json'
import { App } from '../../src/App'
import { STORAGE_KEY, useCalculator } from '../../src/store'
import { plain } from '../text'
import { partsRevealed } from './reveal'

const jsonFile = (content: string, name = 'data.json') =>
  new File([content], name, { type: 'application/json' })

/** Same shape as the shipped file, other figures: a role whose bands are all 100 € higher. */
function otherRole() {
  const d = structuredClone(raw)
  d.role = 'Lead developer'
  d.salary.meanEur = 70000
  for (const b of d.tjm.bands) {
    b.rate.min += 100
    b.rate.max += 100
  }
  const spread = d.tjm.bands[5]?.spread
  for (const range of spread ? [spread.low, spread.high, spread.top] : []) {
    range.min += 100
    range.max += 100
  }
  return d
}

describe('loading a dataset', () => {
  it('uses a valid file: bands, salary and source all follow', async () => {
    const user = userEvent.setup()
    // The file's first band, at 0 years (the page opens on 12).
    useCalculator.getState().setInput('experienceYears', 0)
    render(<App />)
    await partsRevealed()
    await user.upload(
      await screen.findByLabelText(/charger un jeu de données/i),
      jsonFile(JSON.stringify(otherRole()), 'lead.json'),
    )
    expect(await screen.findByText(/jeu de données « lead\.json » chargé/i)).toBeInTheDocument()
    expect(plain(screen.getByTestId('band-range').textContent)).toBe('575 € – 610 €')
    expect(screen.getByLabelText(/^salaire brut annuel/i)).toHaveValue('70000')
    expect(screen.getByText('Lead developer')).toBeInTheDocument()
  })

  it('refuses a bad file, lists every problem with its path and keeps the current data', async () => {
    const user = userEvent.setup()
    render(<App />)
    const bad = structuredClone(raw) as Record<string, unknown> & typeof raw
    bad.tjm.bands[1] = {
      ...bad.tjm.bands[1],
      rate: { min: 900, max: 445 },
    } as (typeof raw.tjm.bands)[1]
    delete (bad.salary as Record<string, unknown>).meanEur
    await partsRevealed()
    await user.upload(
      await screen.findByLabelText(/charger un jeu de données/i),
      jsonFile(JSON.stringify(bad)),
    )
    expect(await screen.findByText(/fichier refusé/i)).toBeInTheDocument()
    expect(screen.getByText('salary.meanEur : est absent')).toBeInTheDocument()
    expect(
      screen.getByText('tjm.bands[1].rate.min : le minimum dépasse le maximum'),
    ).toBeInTheDocument()
    expect(plain(screen.getByTestId('band-range').textContent)).toBe('650 € – 685 €')
  })

  it('exports the dataset in use as a JSON file', async () => {
    const user = userEvent.setup()
    const blobs: Blob[] = []
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob)
      return 'blob:dataset'
    })
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() })
    const clicked: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download)
    })
    render(<App />)
    await partsRevealed()
    await user.click(await screen.findByRole('button', { name: /exporter le jeu de données/i }))
    expect(clicked).toEqual(['cto-france.json'])
    expect(blobs[0]?.type).toBe('application/json')
    expect(JSON.parse(await (blobs[0] as Blob).text())).toEqual(raw)
  })

  it('refuses a file that is not JSON', async () => {
    const user = userEvent.setup()
    render(<App />)
    await partsRevealed()
    await user.upload(
      await screen.findByLabelText(/charger un jeu de données/i),
      jsonFile('{ nope'),
    )
    expect(await screen.findByText(/pas du JSON valide/i)).toBeInTheDocument()
  })

  it('keeps a loaded dataset across reloads, and not a corrupted saved one', () => {
    const reload = (saved: string) => {
      useCalculator.setState(useCalculator.getInitialState(), true)
      localStorage.setItem(STORAGE_KEY, saved)
      void useCalculator.persist.rehydrate()
    }
    useCalculator.getState().loadDataset(otherRole())
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null')
    expect(saved.state.dataset.role).toBe('Lead developer')
    reload(JSON.stringify(saved))
    expect(useCalculator.getState().dataset.role).toBe('Lead developer')
    saved.state.dataset.tjm.bands[0].rate.min = -1
    reload(JSON.stringify(saved))
    expect(useCalculator.getState().dataset.role).toMatch(/^CTO/)
  })
})
