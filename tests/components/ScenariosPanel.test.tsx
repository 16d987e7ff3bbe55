// @vitest-environment jsdom
// Issue 13: scenarios kept under a name and compared side by side, figures from modele-social.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import rules from 'modele-social'
import Engine from 'publicodes'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { reportInvalid } from '../../src/components/invalidFields'
import { ComparisonClientContext } from '../../src/components/scenarios/comparisonClient'
import { ScenariosPanel } from '../../src/components/scenarios/ScenariosPanel'
import { fr } from '../../src/i18n'
import { createSocialEngine, type RuleName, type SocialEngine } from '../../src/social/engine'
import { useCalculator } from '../../src/store'
import { SCENARIOS_KEY, useScenarios } from '../../src/store/scenarios'
import { eur, plain } from '../text'
import { clientOver } from './engine-client'

let reference: Engine
let engine: SocialEngine
beforeAll(() => {
  reference = new Engine(rules, { logger: { log() {}, warn() {}, error() {} } })
  engine = createSocialEngine(reference.shallowCopy() as Engine<RuleName>)
}, 60_000)

let clients = 0
let disposed = 0
const engineClient = async () => {
  clients += 1
  return clientOver(engine, () => {
    disposed += 1
  })
}

beforeEach(() => {
  localStorage.clear()
  window.history.replaceState(null, '', '/')
  useCalculator.getState().reset()
  useScenarios.setState({ saved: [], unreadable: 0 })
  const set = useCalculator.getState().setInput
  set('year', 2026)
  set('billableDays', 200)
  set('salaryGrossEurPerYear', 90_000)
  clients = 0
  disposed = 0
})

/** modele-social evaluated here: a micro-entrepreneur's (liberal activity) net after tax. */
const microNet = (turnover: number) =>
  reference
    .setSituation({
      'entreprise . catégorie juridique': "'EI'",
      'entreprise . catégorie juridique . EI . auto-entrepreneur': 'oui',
      "entreprise . chiffre d'affaires": `${turnover} €/an`,
      'entreprise . activité . nature': "'libérale'",
    })
    .evaluate({ valeur: 'dirigeant . auto-entrepreneur . revenu net . après impôt', unité: '€/an' })
    .nodeValue as number
const cdiNet = (gross: number) =>
  reference
    .setSituation({
      'salarié . contrat . salaire brut': `${gross} €/an`,
      'salarié . contrat . statut cadre': 'oui',
      dirigeant: 'non',
    })
    .evaluate({ valeur: 'salarié . rémunération . net . payé après impôt', unité: '€/an' })
    .nodeValue as number

const renderPanel = () =>
  render(
    <ComparisonClientContext.Provider value={engineClient}>
      <ScenariosPanel t={fr} />
    </ComparisonClientContext.Provider>,
  )

async function saveAs(name: string) {
  const user = userEvent.setup()
  const field = screen.getByLabelText('Nom du scénario')
  await user.clear(field)
  if (name !== '') await user.type(field, name)
  await user.click(screen.getByRole('button', { name: 'Enregistrer ce scénario' }))
}

/** The comparison's rows as text: header, then one cell per scenario. */
const rowsOf = (table: HTMLElement) =>
  Object.fromEntries(
    within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => {
        const [header, ...cells] = [...row.children].map((c) => plain(c.textContent))
        return [header, cells]
      }),
  )

describe('scenarios side by side', () => {
  it('saves two offers, compares them with modele-social’s figures, and opens one again', async () => {
    const user = userEvent.setup()
    renderPanel()
    expect(screen.getByText('Enregistrez au moins deux scénarios pour les comparer.')).toBeVisible()
    useCalculator.getState().setInput('tjmEurPerDay', 400)
    await saveAs('Mission A')
    expect(screen.getByRole('status')).toHaveTextContent('« Mission A » enregistré.')
    useCalculator.getState().setInput('tjmEurPerDay', 450)
    useCalculator.getState().setInput('salaryGrossEurPerYear', 95_000)
    await saveAs('  Mission B  ')
    expect(
      within(screen.getByTestId('scenarios-list'))
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.scenario-name')?.textContent),
    ).toEqual(['Mission A', 'Mission B'])

    const languages = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US'])
    await user.click(screen.getByRole('button', { name: 'Comparer' }))
    const comparison = screen.getByTestId('comparison')
    await vi.waitFor(() => expect(comparison).toHaveAttribute('aria-busy', 'false'), {
      timeout: 60_000,
    })
    const table = within(comparison).getByRole('table', { name: 'Comparaison des scénarios' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .filter((h) => h.getAttribute('scope') === 'col')
        .map((h) => h.textContent),
    ).toEqual(['Scénario', 'Mission A', 'Mission B'])
    const rows = rowsOf(table)
    // The inputs that differ (the TJM is a figure below), then the figures: 400 € and 450 € a
    // day, × 200 days.
    expect(
      within(table)
        .getAllByRole('columnheader')
        .filter((h) => h.getAttribute('scope') === 'colgroup')
        .map((h) => h.textContent),
    ).toEqual(['Paramètres qui diffèrent', 'Activité', 'Net après impôt (€ / an)', 'Verdict'])
    expect(rows['Salaire brut CDI (€ / an)']).toEqual(['90 000', '95 000'])
    expect(rows['Années d’expérience']).toBeUndefined()
    expect(rows['TJM (€ / jour)']).toEqual(['400 €', '450 €'])
    expect(rows['Jours facturés']).toEqual(['200', '200'])
    expect(rows['Chiffre d’affaires (€ / an)']).toEqual(['80 000 €', '90 000 €'])
    expect(rows['Micro-entreprise (BNC)']).toEqual([
      eur(microNet(80_000)),
      // 90 000 € is beyond the micro's ceiling (83 600 €): shown, noted, never the best.
      `${eur(microNet(90_000))}écartée : au-delà du plafond`,
    ])
    expect(rows['CDI (cadre)']).toEqual([eur(cdiNet(90_000)), eur(cdiNet(95_000))])
    expect(rows['Le plus de net']?.[1]).not.toMatch(/^Micro/)
    // One client of its own for the comparison.
    expect(clients).toBe(1)
    // A French page in an English browser: the comparison's link says French, as the page's own
    // link does, so that it opens as it was read.
    const href = screen.getByRole('link', { name: 'Lien de la comparaison' }).getAttribute('href')
    const shared = new URLSearchParams(href?.split('?')[1])
    expect(shared.get('lang')).toBe('fr')
    expect(shared.getAll('scenario')).toHaveLength(2)
    languages.mockRestore()

    await user.click(
      screen.getByRole('button', { name: 'Ouvrir « Mission A » dans le calculateur' }),
    )
    expect(useCalculator.getState().inputs.tjmEurPerDay).toBe(400)
    expect(useCalculator.getState().inputs.salaryGrossEurPerYear).toBe(90_000)
    // Kept in this browser, as saved.
    const stored = JSON.parse(localStorage.getItem(SCENARIOS_KEY) ?? '{}')
    expect(stored.state.saved.map((s: { name: string }) => s.name)).toEqual([
      'Mission A',
      'Mission B',
    ])
  }, 120_000)

  it('replaces a scenario of the same name, refuses a fifth and a blank name by the field', async () => {
    renderPanel()
    for (const name of ['Un', 'Deux', 'Trois', 'Quatre']) await saveAs(name)
    useCalculator.getState().setInput('tjmEurPerDay', 777)
    await saveAs('Deux')
    expect(screen.getByRole('status')).toHaveTextContent('« Deux » remplacé')
    expect(useScenarios.getState().saved[1]?.inputs.tjmEurPerDay).toBe(777)
    await saveAs('Cinq')
    expect(screen.getByRole('status')).toHaveTextContent('4 scénarios au plus')
    expect(useScenarios.getState().saved).toHaveLength(4)
    const field = screen.getByLabelText('Nom du scénario')
    await userEvent.setup().clear(field)
    await userEvent.setup().type(field, '   ')
    await userEvent.setup().click(screen.getByRole('button', { name: 'Enregistrer ce scénario' }))
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(field).toHaveAccessibleDescription('Saisissez un nom de 1 à 40 caractères.')
    await userEvent.setup().click(screen.getByRole('button', { name: 'Supprimer « Un »' }))
    expect(useScenarios.getState().saved.map((s) => s.name)).toEqual(['Deux', 'Trois', 'Quatre'])
  }, 60_000)

  it('shows a comparison link’s scenarios, to keep or to close, the page’s inputs untouched', async () => {
    const user = userEvent.setup()
    const a = new URLSearchParams({ nom: 'Offre A', tjm: '400', jours: '200', annee: '2026' })
    const b = new URLSearchParams({ nom: 'Offre B', tjm: '420', jours: 'x', annee: '2026' })
    // Two scenarios without a name: dropped, said twice, and React warns of nothing.
    const nameless = encodeURIComponent('tjm=500')
    window.history.replaceState(
      null,
      '',
      `/?scenario=${encodeURIComponent(a.toString())}&scenario=${nameless}&scenario=${nameless}&scenario=${encodeURIComponent(b.toString())}&scenario=${encodeURIComponent('nom=Sans jour&jours=0')}`,
    )
    const errors = vi.spyOn(console, 'error')
    renderPanel()
    const shared = screen.getByTestId('shared-comparison')
    expect(shared).toHaveTextContent('Ce lien compare 3 scénarios')
    expect(shared).toHaveTextContent('2 scénarios du lien ont été ignorés : sans nom valide')
    expect(errors).not.toHaveBeenCalled()
    errors.mockRestore()
    // Offre B's days are unreadable: its days follow the calendar, and the page says so.
    expect(shared).toHaveTextContent('« Offre B » : jours illisible(s) dans le lien')
    await vi.waitFor(
      () => expect(within(shared).getByTestId('comparison')).toHaveAttribute('aria-busy', 'false'),
      { timeout: 60_000 },
    )
    const rows = rowsOf(within(shared).getByRole('table'))
    expect(rows['Micro-entreprise (BNC)']?.[0]).toBe(eur(microNet(80_000)))
    // No billed day: the model is not asked, and the cells say why.
    expect(rows['CDI (cadre)']?.[2]).toBe('aucun jour facturé')
    expect(useCalculator.getState().inputs.tjmEurPerDay).toBeNull()

    await user.click(screen.getByRole('button', { name: 'Garder ces scénarios' }))
    expect(useScenarios.getState().saved.map((s) => s.name)).toEqual([
      'Offre A',
      'Offre B',
      'Sans jour',
    ])
    expect(screen.queryByTestId('shared-comparison')).toBeNull()
    expect(window.location.search).toBe('')
    // Kept, they are compared at once; the shared comparison's client was disposed; the focus,
    // on a button that is gone, goes to the section's heading.
    expect(screen.getByRole('button', { name: 'Masquer la comparaison' })).toBeVisible()
    expect(disposed).toBeGreaterThanOrEqual(1)
    expect(screen.getByRole('heading', { name: 'Scénarios côte à côte' })).toHaveFocus()
  }, 120_000)

  it('keeps a received scenario only under a name free here, the rest stays on screen', async () => {
    const user = userEvent.setup()
    useCalculator.getState().setInput('tjmEurPerDay', 500)
    useScenarios.getState().save('Offre A', useCalculator.getState().inputs)
    const link = (name: string, tjm: string) =>
      `scenario=${encodeURIComponent(new URLSearchParams({ nom: name, tjm }).toString())}`
    window.history.replaceState(null, '', `/?${link('Offre A', '900')}&${link('Offre B', '950')}`)
    renderPanel()
    await user.click(screen.getByRole('button', { name: 'Garder ces scénarios' }))
    expect(useScenarios.getState().saved.map((x) => [x.name, x.inputs.tjmEurPerDay])).toEqual([
      ['Offre A', 500],
      ['Offre B', 950],
    ])
    expect(screen.getByRole('status')).toHaveTextContent(
      '1 scénario gardé dans ce navigateur. Les autres',
    )
    // The one not kept is still shown, and still in the address.
    const shared = screen.getByTestId('shared-comparison')
    expect(shared).toHaveTextContent('Ce lien compare 1 scénario')
    expect(within(shared).getByRole('columnheader', { name: 'Offre A' })).toBeInTheDocument()
    expect(new URLSearchParams(window.location.search).getAll('scenario')).toHaveLength(2)
  }, 120_000)

  it('refuses to save while a field holds an invalid value, and suggests a free name', async () => {
    renderPanel()
    await saveAs('')
    await saveAs('')
    expect(useScenarios.getState().saved.map((x) => x.name)).toEqual(['Scénario 1', 'Scénario 2'])
    await userEvent.setup().click(screen.getByRole('button', { name: 'Supprimer « Scénario 1 »' }))
    expect(screen.getByLabelText('Nom du scénario')).toHaveAttribute('placeholder', 'Scénario 3')
    reportInvalid('test-field', true)
    try {
      await saveAs('Invalide')
      expect(screen.getByRole('status')).toHaveTextContent('Un champ contient une valeur invalide')
      expect(useScenarios.getState().saved.map((x) => x.name)).toEqual(['Scénario 2'])
    } finally {
      reportInvalid('test-field', false)
    }
  }, 60_000)
})
