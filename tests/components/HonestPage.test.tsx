// @vitest-environment jsdom
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { App } from '../../src/App'
import { useCalculator } from '../../src/store'
import { plain } from '../text'

beforeEach(() => {
  useCalculator.getState().setInput('year', 2026)
})

describe('values that look wrong are accepted, with a note by the field', () => {
  it.each([
    ['jours facturés par an', '300', 'days-implausible', /252 jours travaillables de 2026/],
    ['tjm \\(€ / jour\\)', '70000', 'tjm-implausible', /dix fois le haut de la tranche/],
    ['salaire brut annuel \\(cdi\\)', '2000000', 'salary-implausible', /dix fois le maximum/],
  ])('%s = %s', async (label, value, testId, note) => {
    const user = userEvent.setup()
    render(<App />)
    expect(screen.queryByTestId(testId)).toBeNull()
    const field = screen.getByLabelText(new RegExp(`^${label}$`, 'i'))
    await user.clear(field)
    await user.type(field, value)
    expect(field).toHaveAccessibleDescription(note)
    expect(field).not.toHaveAttribute('aria-invalid')
  })
})

describe('what the page says of its figures', () => {
  it('lists Pentecost Monday as counted, with the journée de solidarité', () => {
    render(<App />)
    expect(screen.getByText(/lundi de Pentecôte est compté férié/)).toBeInTheDocument()
  })

  it('says what the gross break-even TJM compares', () => {
    render(<App />)
    expect(screen.getByTestId('gross-break-even-note')).toHaveTextContent(/seul salaire brut/)
  })

  it('names the source document, not a file of a repository', () => {
    render(<App />)
    const footer = plain(document.querySelector('footer')?.textContent ?? document.body.textContent)
    expect(footer).toContain('Fiche métier « Chief Technical Officer (CTO) »')
    expect(footer).not.toMatch(/[\w-]+\/[\w./-]+\.(txt|md|json)/)
  })

  it('asks for the household as people describe it and tells the parts', async () => {
    const user = userEvent.setup()
    render(<App />)
    expect(screen.queryByLabelText(/parts fiscales/i)).toBeNull()
    expect(screen.getByTestId('household-parts')).toHaveTextContent(/Soit 1 part fiscale /)
    const children = screen.getByLabelText(/^enfants à charge$/i)
    await user.clear(children)
    await user.type(children, '1')
    await user.click(screen.getByLabelText(/parent isolé/i))
    expect(plain(screen.getByTestId('household-parts').textContent)).toMatch(/Soit 2 parts/)
    await user.click(screen.getByLabelText(/marié\(e\) ou pacsé\(e\)/i))
    expect(screen.queryByLabelText(/parent isolé/i)).toBeNull()
    expect(screen.getByLabelText(/revenus imposables du conjoint/i)).toHaveValue('0')
    expect(plain(screen.getByTestId('household-parts').textContent)).toMatch(/Soit 2,5 parts/)
  })
})
