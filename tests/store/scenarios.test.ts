// @vitest-environment jsdom
import fc from 'fast-check'
import { beforeEach, describe, expect, it } from 'vitest'
import { defaultInputs, type Inputs } from '../../src/domain'
import {
  differingInputs,
  freeScenarioName,
  readScenarios,
  type Scenario,
} from '../../src/domain/scenarios'
import { useCalculator } from '../../src/store'
import { startLanguage } from '../../src/store/language'
import {
  decodeComparison,
  dropComparisonFromAddress,
  encodeComparison,
} from '../../src/store/scenario-link'
import { followOtherTabsScenarios, SCENARIOS_KEY, useScenarios } from '../../src/store/scenarios'
import { syncUrlWithInputs } from '../../src/store/url-sync'

const makeInputs = (over: Partial<Inputs> = {}): Inputs => ({ ...defaultInputs(2026), ...over })

beforeEach(() => {
  localStorage.clear()
  window.history.replaceState(null, '', '/')
  useScenarios.setState({ saved: [], unreadable: 0 })
})

describe('scenarios read from outside', () => {
  it('keeps named scenarios, their inputs read field by field; drops and counts the rest', () => {
    const reading = readScenarios(
      [
        { name: '  Offre A ', inputs: { tjmEurPerDay: 600, billableDays: 'beaucoup' } },
        { name: '', inputs: {} },
        { name: 'Offre A', inputs: { tjmEurPerDay: 700 } },
        { name: 'x'.repeat(41), inputs: {} },
        'not a scenario',
        { name: 'B', inputs: { year: 2027, sasuPay: 'optimal' } },
        { name: 'C', inputs: null },
        { name: 'D', inputs: {} },
        { name: 'E', inputs: {} },
      ],
      2026,
    )
    expect(reading.scenarios.map((s) => s.name)).toEqual(['Offre A', 'B', 'C', 'D'])
    expect(reading.unreadable).toBe(5)
    // An unreadable field takes its default; a scenario of another year, that year's defaults.
    expect(reading.scenarios[0]?.inputs).toEqual(makeInputs({ tjmEurPerDay: 600 }))
    expect(reading.scenarios[1]?.inputs).toEqual({
      ...defaultInputs(2027),
      sasuPay: 'optimal',
    })
    expect(readScenarios({ saved: [] }, 2026)).toEqual({ scenarios: [], unreadable: 1 })
    expect(readScenarios(undefined, 2026)).toEqual({ scenarios: [], unreadable: 0 })
  })

  it('suggests a name no scenario has', () => {
    const suggested = (n: number) => `Scénario ${n}`
    expect(freeScenarioName([], suggested)).toBe('Scénario 1')
    // "Scénario 1" removed, "Scénario 2" kept: not "Scénario 2" again.
    expect(freeScenarioName(['Scénario 2'], suggested)).toBe('Scénario 3')
    expect(freeScenarioName(['A', 'Scénario 3', 'Scénario 4'], suggested)).toBe('Scénario 5')
  })

  it('lists the inputs that differ between scenarios, in the inputs’ order', () => {
    expect(
      differingInputs([
        makeInputs({ tjmEurPerDay: 600 }),
        makeInputs({ tjmEurPerDay: 650, householdCouple: true }),
        makeInputs({ tjmEurPerDay: 600 }),
      ]),
    ).toEqual(['tjmEurPerDay', 'householdCouple'])
    expect(differingInputs([makeInputs(), makeInputs()])).toEqual([])
    // -0, from an old save, is 0 to a person.
    expect(differingInputs([makeInputs({ expensesEurPerYear: -0 }), makeInputs()])).toEqual([])
    expect(differingInputs([])).toEqual([])
    // A creation date differs only where ACRE is asked for.
    const acre = (on: boolean, date: string) => makeInputs({ acre: on, creationDate: date })
    expect(differingInputs([acre(false, '2026-01-01'), acre(false, '2026-09-01')])).toEqual([])
    expect(differingInputs([acre(true, '2026-01-01'), acre(false, '2026-09-01')])).toEqual([
      'acre',
      'creationDate',
    ])
  })
})

describe('the scenarios store', () => {
  it('saves, replaces by name, refuses a fifth and a blank name, and persists', () => {
    const { save } = useScenarios.getState()
    expect(save('A', makeInputs({ tjmEurPerDay: 500 }))).toBe('saved')
    expect(save(' A ', makeInputs({ tjmEurPerDay: 550 }))).toBe('replaced')
    expect(save('B', makeInputs())).toBe('saved')
    expect(save('C', makeInputs())).toBe('saved')
    expect(save('D', makeInputs())).toBe('saved')
    expect(save('E', makeInputs())).toBe('full')
    expect(save('   ', makeInputs())).toBe('badName')
    // A received scenario never replaces one kept here.
    expect(save('B', makeInputs({ tjmEurPerDay: 900 }), false)).toBe('taken')
    const { saved } = useScenarios.getState()
    expect(saved.map((s) => s.name)).toEqual(['A', 'B', 'C', 'D'])
    expect(saved[0]?.inputs.tjmEurPerDay).toBe(550)
    const stored = JSON.parse(localStorage.getItem(SCENARIOS_KEY) ?? 'null')
    expect(stored).toEqual({ state: { saved }, version: 1 })
    useScenarios.getState().remove('C')
    expect(useScenarios.getState().saved.map((s) => s.name)).toEqual(['A', 'B', 'D'])
  })

  it.each([
    ['corrupt JSON', '{"state":', 1],
    ['another shape', '{"saved":[]}', 1],
    ['a later version', JSON.stringify({ state: { saved: [] }, version: 9 }), 1],
    [
      'one bad scenario of two',
      JSON.stringify({ state: { saved: [{ name: 'A' }, { name: 7 }] }, version: 1 }),
      1,
    ],
  ])('reads %s without breaking, counting what it drops', async (_, text, unreadable) => {
    localStorage.setItem(SCENARIOS_KEY, text)
    await useScenarios.persist.rehydrate()
    expect(useScenarios.getState().unreadable).toBe(unreadable)
    for (const s of useScenarios.getState().saved) expect(s.inputs).toEqual(makeInputs())
    // What could not be read stays in storage until the person saves: a later version's scenarios
    // come back when that version opens the page again.
    if (useScenarios.getState().saved.length === 0) {
      expect(localStorage.getItem(SCENARIOS_KEY)).toBe(text)
    }
  })
})

describe('scenarios in two tabs', () => {
  it('takes the list another tab saves', () => {
    const stop = followOtherTabsScenarios()
    const other = { name: 'Autre onglet', inputs: makeInputs({ tjmEurPerDay: 640 }) }
    const text = JSON.stringify({ state: { saved: [other] }, version: 1 })
    localStorage.setItem(SCENARIOS_KEY, text)
    window.dispatchEvent(new StorageEvent('storage', { key: SCENARIOS_KEY, newValue: text }))
    expect(useScenarios.getState().saved).toEqual([other])
    stop()
  })
})

describe('a comparison link', () => {
  const name = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s !== '')
  const inputs = fc
    .record({
      experienceYears: fc.integer({ min: 0, max: 40 }),
      tjmEurPerDay: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: null }),
      salaryGrossEurPerYear: fc.integer({ min: 0, max: 500_000 }),
      householdCouple: fc.boolean(),
      sasuPay: fc.oneof(
        fc.constantFrom('salaire' as const, 'dividendes' as const, 'optimal' as const),
        fc.integer({ min: 0, max: 200_000 }),
      ),
      dividendsMethod: fc.constantFrom('pfu' as const, 'bareme' as const),
    })
    .map((over) => makeInputs(over))
  const scenarios = fc.uniqueArray(fc.record({ name, inputs }), {
    minLength: 1,
    maxLength: 4,
    selector: (s) => s.name,
  })

  it('gives back the scenarios it shares, whatever their names and inputs', () => {
    fc.assert(
      fc.property(scenarios, (shared: Scenario[]) => {
        const reading = decodeComparison(`?${encodeComparison(shared)}`, 2026)
        expect(reading).toEqual({ scenarios: shared, problems: [] })
      }),
      { numRuns: 200 },
    )
  })

  it('names what it could not read: a scenario without a name, beyond four, a field', () => {
    const value = (params: Record<string, string>) =>
      `scenario=${encodeURIComponent(new URLSearchParams(params).toString())}`
    const search = `?${[
      value({ tjm: '500' }),
      value({ nom: 'A', tjm: 'cinq cents' }),
      value({ nom: 'B' }),
      value({ nom: 'B' }),
      value({ nom: 'C' }),
      value({ nom: 'D' }),
      value({ nom: 'E' }),
    ].join('&')}`
    const reading = decodeComparison(search, 2026)
    expect(reading.scenarios.map((s) => s.name)).toEqual(['A', 'B', 'C', 'D'])
    expect(reading.scenarios[0]?.inputs).toEqual(makeInputs())
    expect(reading.problems).toEqual([
      { name: null, fields: [] },
      { name: 'A', fields: ['tjm'] },
      { name: 'B', fields: [] },
      { name: 'E', fields: [] },
    ])
  })

  it('carries the language it is given, which the page opens in, and its scenarios read as before', () => {
    const scenarios = [{ name: 'A', inputs: makeInputs({ tjmEurPerDay: 600 }) }]
    const search = `?${encodeComparison(scenarios, 'en')}`
    expect(new URLSearchParams(search).get('lang')).toBe('en')
    expect(startLanguage(search, ['fr-FR'])).toBe('en')
    expect(decodeComparison(search, 2026)).toEqual(
      decodeComparison(`?${encodeComparison(scenarios)}`, 2026),
    )
    expect(new URLSearchParams(encodeComparison(scenarios)).has('lang')).toBe(false)
  })

  it('stays in the address while the inputs change, until the comparison is closed', () => {
    const shared = encodeComparison([{ name: 'A', inputs: makeInputs({ tjmEurPerDay: 600 }) }])
    window.history.replaceState(null, '', `/?xp=3&${shared}`)
    const stop = syncUrlWithInputs()
    useCalculator.getState().setInput('tjmEurPerDay', 612)
    const params = new URLSearchParams(window.location.search)
    expect(params.get('tjm')).toBe('612')
    expect(params.getAll('scenario')).toEqual([new URLSearchParams(shared).get('scenario')])
    dropComparisonFromAddress()
    expect(new URLSearchParams(window.location.search).has('scenario')).toBe(false)
    expect(new URLSearchParams(window.location.search).get('tjm')).toBe('612')
    stop()
  })
})
