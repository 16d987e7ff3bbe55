import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { App } from '../../src/App'
import { frCharts } from '../../src/i18n/fr-charts'
import { parseCsv } from '../csv'
import { partsRevealed } from './reveal'

describe('the revenue chart’s CSV', () => {
  it('heads each column as the revenue at a TJM, not as the TJM', async () => {
    const user = userEvent.setup()
    const blobs: Blob[] = []
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => {
        blobs.push(blob)
        return 'blob:csv'
      }),
      revokeObjectURL: vi.fn(),
    })
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    render(<App />)
    await partsRevealed()
    await user.click(
      await screen.findByRole(
        'button',
        { name: `Exporter en CSV : ${frCharts.revenue}` },
        { timeout: 10_000 },
      ),
    )
    await vi.waitFor(() => expect(blobs).toHaveLength(1))
    const [header] = parseCsv(await (blobs[0] as Blob).text())
    expect(header).toEqual([
      'Jours (jours)',
      'Chiffre d’affaires (TJM min) (€/an)',
      'Chiffre d’affaires (TJM milieu) (€/an)',
      'Chiffre d’affaires (TJM max) (€/an)',
      'Chiffre d’affaires (Votre TJM) (€/an)',
    ])
  }, 30_000)
})
