import { describe, expect, it } from 'vitest'
import { defaultInputs } from '../src/domain'
import { useCalculator } from '../src/store'

// Two tests in order: the first leaves the store and storage changed, the second must not see
// it. tests/setup.ts resets them after every test, so no file needs its own beforeEach.
describe('every test starts from a fresh store', () => {
  it('(1) changes the store', () => {
    useCalculator.getState().setInput('experienceYears', 33)
    expect(useCalculator.getState().inputs.experienceYears).toBe(33)
  })

  it('(2) sees the initial state again, and empty storage', () => {
    expect(useCalculator.getState().inputs).toEqual(defaultInputs(new Date().getFullYear()))
    expect(localStorage.length).toBe(0)
  })
})
