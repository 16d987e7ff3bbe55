// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { NetPanel } from '../../src/components/net/NetPanel'
import { SocialClientContext, type SocialClientSource } from '../../src/components/net/socialClient'
import { type Progress, type SocialClient, SocialInputsSchema } from '../../src/social'
import { createSocialEngine, type SocialEngine } from '../../src/social/engine'
import { useCalculator } from '../../src/store'
import { defaultScenario } from '../social/fixtures'
import { eur, plain } from '../text'

let engine: SocialEngine
beforeAll(() => {
  engine = createSocialEngine()
  // Warmed on the default scenario, as the worker is after its first answers: the panel's
  // requests then answer from its caches, and the test's timers are not starved by the model
  // (which runs on this thread here, not in a worker).
  const inputs = SocialInputsSchema.parse(defaultScenario)
  engine.compute(inputs)
  engine.breakEven(inputs)
}, 120_000)

// The expected figures are 2026's calendar (the store starts in the current year).
beforeEach(() => {
  useCalculator.getState().setInput('year', 2026)
  // The scenario of these tests: 0 years (492,5 €/day × 212 days = 104 410 €), not the page's
  // default experience.
  useCalculator.getState().setInput('experienceYears', 0)
})

/** A client that answers from the engine in this process, as the worker would. */
function engineClient(calls: unknown[] = []): SocialClientSource {
  const client: SocialClient = {
    compute: async (inputs) => {
      calls.push(inputs)
      return engine.nets(SocialInputsSchema.parse(inputs))
    },
    protection: async (inputs) => engine.protection(SocialInputsSchema.parse(inputs)),
    breakEven: async (inputs) => engine.breakEven(SocialInputsSchema.parse(inputs)),
    target: async (inputs, net) => engine.target(SocialInputsSchema.parse(inputs), net),
    explain: async (inputs, status, figure) =>
      engine.explain(SocialInputsSchema.parse(inputs), status, figure),
    // In steps, as the worker runs it: the page stays responsive while the curve is computed.
    netByDays: async (inputs) => {
      const steps = engine.netByDaysSteps(SocialInputsSchema.parse(inputs))
      for (;;) {
        const step = steps.next()
        if (step.done) return step.value
        await new Promise((resolve) => setTimeout(resolve, 0))
      }
    },
    dispose() {},
  }
  return async () => client
}

const cell = (status: string, row: string) =>
  plain(
    screen.getByTestId('net-table').querySelector(`td[data-status="${status}"][data-row="${row}"]`)
      ?.textContent ?? null,
  )

describe('NetPanel', () => {
  it('shows every status against the CDI, from the inputs of the calculator', async () => {
    const calls: unknown[] = []
    render(
      <SocialClientContext.Provider value={engineClient(calls)}>
        <NetPanel />
      </SocialClientContext.Provider>,
    )
    const table = await screen.findByTestId('net-table', {}, { timeout: 30_000 })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => plain(h.textContent)),
    ).toEqual([
      'CDI (cadre)',
      // 104 410 € is above the micro-entreprise's ceiling (83 600 €): marked, not chosen.
      'Micro-entreprise (BNC) (non accessible à ce chiffre d’affaires)',
      'EI / EURL à l’IR',
      'EURL à l’IS',
      'SASU (président)',
      'Portage salarial (approximation)',
    ])
    // The default scenario: 492,5 €/day × 212 days against 97 193 € gross, one fiscal part.
    expect(calls.at(-1)).toEqual({
      tjmEurPerDay: 492.5,
      billableDays: 212,
      expensesEurPerYear: 0,
      cdiGrossEurPerYear: 97_193,
      householdParts: 1,
      microVersementLiberatoire: false,
      portageFeeRate: 0.07,
      household: { couple: false, children: 0, singleParent: false, spouseIncomeEurPerYear: 0 },
      referenceTaxIncomeEurPerYear: null,
      sasuPay: 'salaire',
      eurlIsPay: 'salaire',
      dividendsMethod: 'pfu',
      capitalEur: 1000,
      currentAccountEur: 0,
    })
    const expected = engine.compute(SocialInputsSchema.parse(calls.at(-1)))
    for (const status of ['cdi', 'micro', 'eurl', 'eurlIs', 'sasu', 'portage'] as const) {
      expect(cell(status, 'netAfter')).toBe(eur(expected.results[status].netAfterTaxEurPerYear))
      // Every share of contributions, in every column (the CDI's employer share included).
      const r = expected.results[status]
      expect(cell(status, 'contributions')).toBe(
        eur(
          (r.employeeContributionsEurPerYear ?? r.contributionsEurPerYear) +
            (r.employerContributionsEurPerYear ?? 0),
        ),
      )
    }
    expect(cell('cdi', 'netAfter')).toBe('62 113 €')
    // The micro's break-even is flagged above its ceiling (NetHonest); the EI/EURL's is plain.
    await vi.waitFor(() => expect(cell('eurl', 'breakEven')).toMatch(/^\d[\d ]* €$/), {
      timeout: 15_000,
    })
    // The charts load after the table, in a chunk of their own, rendered in slices (a transition).
    // Here the model runs on this thread, not in a worker: the slices wait for its curve's steps.
    expect(
      await screen.findByRole('img', { name: /barres empilées par statut/i }, { timeout: 40_000 }),
    ).toBeInTheDocument()
  }, 120_000)

  it('shows the first figures status by status in the table, the rest of the panel after all', async () => {
    let send: Progress | undefined
    let answer = () => {}
    const base = await engineClient()()
    const inputsOf = (raw: unknown) => SocialInputsSchema.parse(raw)
    const client: SocialClient = {
      ...base,
      compute: (inputs, progress) => {
        send = progress
        return new Promise((resolve) => {
          answer = () => resolve(engine.nets(inputsOf(inputs)))
        })
      },
    }
    render(
      <SocialClientContext.Provider value={async () => client}>
        <NetPanel />
      </SocialClientContext.Provider>,
    )
    await vi.waitFor(() => expect(send).toBeDefined())
    const all = engine.nets(inputsOf(defaultScenario)).results
    await act(async () => send?.({ results: { cdi: all.cdi, micro: all.micro } }))
    expect(cell('cdi', 'netAfter')).toBe(eur(all.cdi.netAfterTaxEurPerYear))
    expect(cell('micro', 'netAfter')).toBe(eur(all.micro.netAfterTaxEurPerYear))
    expect(cell('micro', 'vsCdi')).toMatch(/^[+-]?\d[\d ]* €$/)
    for (const status of ['eurl', 'eurlIs', 'sasu', 'portage']) {
      expect(cell(status, 'netAfter')).toBe('calcul…')
    }
    // Still computing: the section says so, and what needs every status waits.
    expect(document.querySelector('.net')?.getAttribute('aria-busy')).toBe('true')
    expect(
      screen.queryByRole('button', { name: /Exporter en CSV : Revenu net annuel par statut/ }),
    ).toBeNull()
    await act(async () => answer())
    expect(cell('eurl', 'netAfter')).toBe(eur(all.eurl.netAfterTaxEurPerYear))
    expect(
      await screen.findByRole('button', { name: /Exporter en CSV : Revenu net annuel par statut/ }),
    ).toBeInTheDocument()
  }, 60_000)

  it('fills the protection table from a request of its own, after the net figures', async () => {
    const asked: string[] = []
    let answerProtection = () => {}
    const source = engineClient()
    const gated: SocialClientSource = async () => {
      const client = await source()
      return {
        ...client,
        compute: async (inputs) => {
          asked.push('compute')
          return client.compute(inputs)
        },
        protection: async (inputs) => {
          asked.push('protection')
          // Held until the test lets it go: the net figures must not wait for it.
          await new Promise<void>((resolve) => {
            answerProtection = resolve
          })
          return client.protection(inputs)
        },
      }
    }
    render(
      <SocialClientContext.Provider value={gated}>
        <NetPanel />
      </SocialClientContext.Provider>,
    )
    const table = await screen.findByTestId('protection-table', {}, { timeout: 30_000 })
    const section = table.closest('section.protection')
    await vi.waitFor(() => expect(asked).toEqual(['compute', 'protection']), { timeout: 30_000 })
    // The net figures are on screen; the protection is still being read, and says so.
    expect(screen.getByTestId('net-table').closest('section.net')).toHaveAttribute(
      'aria-busy',
      'false',
    )
    expect(section).toHaveAttribute('aria-busy', 'true')
    // Nothing was read yet for these inputs: "calcul…", not "non calculé" (which says the model
    // cannot give it).
    const quartersCell = () =>
      plain(table.querySelector('td[data-status="cdi"][data-row="quarters"]')?.textContent ?? '')
    expect(quartersCell()).toMatch(/calcul…$/)
    answerProtection()
    await vi.waitFor(() => expect(section).toHaveAttribute('aria-busy', 'false'), {
      timeout: 30_000,
    })
    const inputs = SocialInputsSchema.parse({ ...defaultScenario })
    const quarters = engine.protection(inputs).results.cdi?.quartersPerYear
    expect(quarters).toBe(4)
    expect(quartersCell()).toMatch(new RegExp(`${quarters} sur 4$`))
  }, 60_000)

  it('recomputes when the household changes, and says its parts', async () => {
    const user = userEvent.setup()
    const calls: { householdParts?: number }[] = []
    render(
      <SocialClientContext.Provider value={engineClient(calls)}>
        <NetPanel />
      </SocialClientContext.Provider>,
    )
    await screen.findByTestId('net-table', {}, { timeout: 30_000 })
    const before = cell('cdi', 'tax')
    expect(plain(screen.getByTestId('household-parts').textContent)).toMatch(
      /soit 1 part fiscale /i,
    )
    await user.click(screen.getByLabelText(/marié\(e\) ou pacsé\(e\)/i))
    await vi.waitFor(() => expect(calls.at(-1)?.householdParts).toBe(2))
    await vi.waitFor(() => expect(cell('cdi', 'tax')).not.toBe(before), { timeout: 10_000 })
    expect(plain(screen.getByTestId('household-parts').textContent)).toMatch(/soit 2 parts/i)
    const children = screen.getByLabelText(/enfants à charge/i)
    await user.clear(children)
    await user.type(children, '1,5')
    expect(children).toHaveAccessibleDescription(/nombre entier/i)
  }, 90_000)

  it('shows the failure with a retry, and recovers', async () => {
    const user = userEvent.setup()
    let fail = true
    const flaky: SocialClientSource = async () => {
      if (fail) throw new Error('worker crashed')
      return engineClient()()
    }
    render(
      <SocialClientContext.Provider value={flaky}>
        <NetPanel />
      </SocialClientContext.Provider>,
    )
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      /worker crashed/,
    )
    fail = false
    await user.click(screen.getByRole('button', { name: /réessayer/i }))
    expect(await screen.findByTestId('net-table', {}, { timeout: 30_000 })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
  }, 90_000)

  it('after a failure, says the figures shown are the previous inputs’, their TJM included', async () => {
    const inner = await engineClient()()
    let fail = false
    const client: SocialClient = {
      ...inner,
      compute: async (inputs) => {
        if (fail) throw new Error('The social worker did not answer within 60 s')
        return inner.compute(inputs)
      },
    }
    render(
      <SocialClientContext.Provider value={async () => client}>
        <NetPanel />
      </SocialClientContext.Provider>,
    )
    const table = await screen.findByTestId('net-table', {}, { timeout: 30_000 })
    const costPerDay = () =>
      plain(table.querySelector('[data-status="micro"][data-row="costPerDay"]')?.textContent)
    expect(costPerDay()).toBe('492,5 €')
    fail = true
    act(() => {
      useCalculator.getState().setInput('tjmEurPerDay', 100)
    })
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      'Les chiffres affichés sont ceux des saisies précédentes.',
    )
    // One table, one set of inputs: the cost per day stays the figures' TJM, not the one typed.
    expect(costPerDay()).toBe('492,5 €')
  }, 90_000)

  it('"Réessayer" starts a fresh worker: the client is disposed before asking again', async () => {
    const user = userEvent.setup()
    const log: string[] = []
    const inner = await engineClient()()
    let answered = false
    const client: SocialClient = {
      ...inner,
      compute: async (inputs) => {
        log.push('compute')
        if (!answered) throw new Error('The social worker did not answer within 20 s')
        return inner.compute(inputs)
      },
      dispose() {
        log.push('dispose')
        answered = true
      },
    }
    render(
      <SocialClientContext.Provider value={async () => client}>
        <NetPanel />
      </SocialClientContext.Provider>,
    )
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      /did not answer/,
    )
    await user.click(screen.getByRole('button', { name: /réessayer/i }))
    expect(await screen.findByTestId('net-table', {}, { timeout: 30_000 })).toBeInTheDocument()
    expect(log).toEqual(['compute', 'dispose', 'compute'])
  }, 90_000)

  it('draws net after tax against billable days, its data table matching the engine', async () => {
    const user = userEvent.setup()
    const calls: unknown[] = []
    render(
      <SocialClientContext.Provider value={engineClient(calls)}>
        <NetPanel />
      </SocialClientContext.Provider>,
    )
    const figure = await screen.findByRole(
      'figure',
      { name: /net après impôt selon les jours facturés/i },
      { timeout: 10_000 },
    )
    expect(
      within(figure).getByRole('img', { name: /selon les jours facturés.*vos 212 jours/i }),
    ).toBeInTheDocument()
    await user.click(within(figure).getByText(/voir les données/i))
    const table = within(figure).getByRole('table')
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => plain(h.textContent)),
    ).toEqual([
      'Jours facturés',
      'Chiffre d’affaires',
      'CDI',
      'Micro',
      'EI/EURL',
      'EURL IS',
      'SASU',
      'Portage',
    ])
    const rowHeaders = () =>
      within(table)
        .queryAllByRole('rowheader')
        .map((h) => plain(h.textContent))
    await vi.waitFor(() => expect(rowHeaders()).toHaveLength(10), { timeout: 20_000 })
    expect(rowHeaders()).toEqual([
      '100',
      '120',
      '140',
      '160',
      '180',
      '200',
      '212 (vous)',
      '220',
      '240',
      '260',
    ])
    const curve = engine.netByDays(SocialInputsSchema.parse(calls.at(-1)))
    const rows = within(table).getAllByRole('row').slice(1)
    rows.forEach((row, index) => {
      const point = curve.points[index]
      if (point === undefined) throw new Error(`no point for row ${index}`)
      expect(
        within(row)
          .getAllByRole('cell')
          .map((c) => plain(c.textContent)),
      ).toEqual(
        [
          point.turnoverEurPerYear,
          point.cdi,
          point.micro,
          point.eurl,
          point.eurlIs,
          point.sasu,
          point.portage,
        ].map(eur),
      )
    })
    // The own days are the compute's figures; the CDI is flat.
    expect(plain(rows[6]?.textContent ?? '')).toContain(cell('micro', 'netAfter'))
    expect(new Set(curve.points.map((p) => p.cdi)).size).toBe(1)
    expect(rows[6]).toHaveClass('current')
  }, 60_000)

  it('says the curve is loading while it is computed, then shows it', async () => {
    const user = userEvent.setup()
    let answer: (() => void) | undefined
    const base = await engineClient()()
    const slow: SocialClient = {
      ...base,
      netByDays: (inputs) =>
        new Promise((resolve) => {
          answer = () => resolve(base.netByDays(inputs))
        }),
    }
    render(
      <SocialClientContext.Provider value={async () => slow}>
        <NetPanel />
      </SocialClientContext.Provider>,
    )
    const figure = await screen.findByRole(
      'figure',
      { name: /net après impôt selon les jours facturés/i },
      { timeout: 10_000 },
    )
    await vi.waitFor(() => expect(answer).toBeDefined(), { timeout: 15_000 })
    await user.click(within(figure).getByText(/voir les données/i))
    expect(within(figure).getByRole('img')).toHaveTextContent(/chargement du graphique/i)
    expect(within(figure).getByRole('table')).toHaveTextContent(/chargement du graphique/i)
    answer?.()
    await vi.waitFor(
      () => expect(within(figure).getAllByRole('rowheader').length).toBeGreaterThan(8),
      { timeout: 15_000 },
    )
    expect(within(figure).getByRole('table')).not.toHaveTextContent(/chargement/i)
  }, 60_000)
  it('shows no figures once the inputs cannot be asked: they would pass for these inputs’', async () => {
    const calls: unknown[] = []
    render(
      <SocialClientContext.Provider value={engineClient(calls)}>
        <NetPanel />
      </SocialClientContext.Provider>,
    )
    await screen.findByTestId('net-table', {}, { timeout: 30_000 })
    act(() => {
      useCalculator.getState().setInput('billableDays', 0)
    })
    expect(screen.getByText(/au moins un jour facturé/i)).toBeInTheDocument()
    expect(screen.queryByTestId('net-table')).toBeNull()
  }, 60_000)

  it('asks the model for changed inputs at once, in the task that shows them, before any timer', async () => {
    vi.useFakeTimers()
    const calls: { tjmEurPerDay?: number }[] = []
    render(
      <SocialClientContext.Provider value={engineClient(calls)}>
        <NetPanel />
      </SocialClientContext.Provider>,
    )
    // No timer runs in this test: effects and promises only.
    await act(async () => {})
    const asked = calls.length
    expect(asked).toBeGreaterThan(0)
    await act(async () => {
      useCalculator.getState().setInput('tjmEurPerDay', 640)
    })
    expect(calls.slice(asked).map((inputs) => inputs.tjmEurPerDay)).toEqual([640])
  })

  it('does not ask the model at a chosen pay above the margin (a link’s sasu=200000), and says so', async () => {
    vi.useFakeTimers()
    const calls: unknown[] = []
    // The default margin: 492.5 €/day × 212 days = 104 410 €.
    useCalculator.getState().setInput('sasuPay', 200_000)
    render(
      <SocialClientContext.Provider value={engineClient(calls)}>
        <NetPanel />
      </SocialClientContext.Provider>,
    )
    expect(
      screen.getByText(/rémunération choisie du dirigeant dépasse la marge \(104\s410\s€\)/i),
    ).toBeInTheDocument()
    await vi.advanceTimersByTimeAsync(1_000)
    expect(calls).toEqual([])
    expect(screen.queryByTestId('net-table')).toBeNull()
  })

  it('does not ask the model beyond its range, and says so', async () => {
    vi.useFakeTimers()
    const calls: unknown[] = []
    useCalculator.getState().setInput('salaryGrossEurPerYear', 20_000_000)
    render(
      <SocialClientContext.Provider value={engineClient(calls)}>
        <NetPanel />
      </SocialClientContext.Provider>,
    )
    expect(screen.getByText(/hors du domaine du modèle social/i)).toBeInTheDocument()
    // Time enough for any debounced request to leave, without waiting for it.
    await vi.advanceTimersByTimeAsync(1_000)
    expect(calls).toEqual([])
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
