import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defaultInputs } from '../../src/domain'
import { STORAGE_KEY, useCalculator } from '../../src/store'
import { followOtherTabs, restoreInputs } from '../../src/store/startup'

const year = new Date().getFullYear()
let stop: () => void = () => {}

beforeEach(() => {
  useCalculator.setState(useCalculator.getInitialState(), true)
  localStorage.clear()
  stop = followOtherTabs()
})
afterEach(() => stop())

/** Another tab saves `state`: the browser writes it and tells this tab with a storage event. */
function otherTabSaves(state: unknown) {
  const text = JSON.stringify({ state, version: 1 })
  localStorage.setItem(STORAGE_KEY, text)
  window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: text }))
}

describe('two tabs', () => {
  it('this tab takes the inputs another tab saves, so a reload shows what the tab showed', () => {
    restoreInputs('?xp=3&annee=2026')
    otherTabSaves({ inputs: { ...defaultInputs(2026), experienceYears: 12, tjmEurPerDay: 900 } })
    expect(useCalculator.getState().inputs).toMatchObject({
      experienceYears: 12,
      tjmEurPerDay: 900,
    })
  })

  it('takes the other tab’s dataset, and its return to the shipped one', () => {
    const custom = structuredClone(useCalculator.getState().dataset)
    custom.role = 'Lead developer'
    otherTabSaves({ inputs: defaultInputs(year), dataset: custom })
    expect(useCalculator.getState().dataset.role).toBe('Lead developer')
    otherTabSaves({ inputs: defaultInputs(year) })
    expect(useCalculator.getState().dataset.role).toMatch(/^CTO/)
  })

  it('forgets the saved values a link replaced once another tab saves others', () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ state: { inputs: { ...defaultInputs(2026), benchDays: 3 } }, version: 1 }),
    )
    restoreInputs('?xp=12&annee=2026')
    expect(useCalculator.getState().notices.replacedSaved).not.toBeNull()
    otherTabSaves({ inputs: { ...defaultInputs(2026), benchDays: 4 } })
    expect(useCalculator.getState().notices.replacedSaved).toBeNull()
    expect(useCalculator.getState().inputs.benchDays).toBe(4)
  })

  it('ignores other keys of the storage', () => {
    window.dispatchEvent(new StorageEvent('storage', { key: 'something-else', newValue: '1' }))
    expect(useCalculator.getState().inputs).toEqual(defaultInputs(year))
  })
})
