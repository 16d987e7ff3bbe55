import { describe, expect, it, vi } from 'vitest'
import { defaultInputs } from '../../src/domain'
import { STORAGE_KEY, STORAGE_VERSION, useCalculator } from '../../src/store'
import { restoreInputs } from '../../src/store/startup'

const year = new Date().getFullYear()

const save = (inputs: unknown, version = STORAGE_VERSION) =>
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { inputs }, version }))

describe('calculator store', () => {
  it('starts from the defaults', () => {
    expect(useCalculator.getState().inputs).toEqual(defaultInputs(year))
  })

  it('takes valid values and refuses invalid ones', () => {
    const { setInput } = useCalculator.getState()
    expect(setInput('experienceYears', 12)).toBe(true)
    expect(setInput('experienceYears', -1)).toBe(false)
    expect(setInput('experienceYears', Number.NaN)).toBe(false)
    expect(setInput('tjmEurPerDay', Number.POSITIVE_INFINITY)).toBe(false)
    expect(useCalculator.getState().inputs.experienceYears).toBe(12)
    expect(useCalculator.getState().inputs.tjmEurPerDay).toBeNull()
  })

  it('resets every input', () => {
    useCalculator.getState().setInput('tjmEurPerDay', 800)
    useCalculator.getState().reset()
    expect(useCalculator.getState().inputs).toEqual(defaultInputs(year))
  })

  it('saves the inputs with a version', () => {
    useCalculator.getState().setInput('experienceYears', 9)
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null')
    expect(saved.version).toBe(STORAGE_VERSION)
    expect(saved.state.inputs.experienceYears).toBe(9)
  })
})

describe('restoreInputs', () => {
  it('restores saved inputs when the address holds no link', () => {
    const saved = { ...defaultInputs(year), experienceYears: 4, salaryGrossEurPerYear: 80000 }
    save(saved)
    expect(restoreInputs('').rejected).toEqual([])
    expect(useCalculator.getState().inputs).toEqual(saved)
    expect(useCalculator.getState().notices.replacedSaved).toBeNull()
  })

  it('takes a link whole: its absent fields are defaults, the saved inputs kept aside', () => {
    const saved = { ...defaultInputs(year), experienceYears: 4, salaryGrossEurPerYear: 80000 }
    save(saved)
    const reading = restoreInputs('?xp=12')
    expect(reading.rejected).toEqual([])
    expect(useCalculator.getState().inputs).toEqual({ ...defaultInputs(year), experienceYears: 12 })
    expect(useCalculator.getState().notices.replacedSaved).toEqual(saved)
    useCalculator.getState().restoreSaved()
    expect(useCalculator.getState().inputs).toEqual(saved)
    expect(useCalculator.getState().notices.replacedSaved).toBeNull()
  })

  it('keeps the valid fields of a saved state and drops the junk', () => {
    save({ experienceYears: 'douze', benchDays: 3, tjmEurPerDay: -5, extra: '<b>' })
    restoreInputs('')
    expect(useCalculator.getState().inputs).toEqual({ ...defaultInputs(year), benchDays: 3 })
  })

  it.each([
    ['corrupt JSON', '{"state": {"inputs": '],
    ['a string', '"hello"'],
    ['null', 'null'],
    ['a wrong shape', '{"inputs": {"experienceYears": 3}}'],
  ])('ignores %s', (_, text) => {
    localStorage.setItem(STORAGE_KEY, text)
    expect(() => restoreInputs('')).not.toThrow()
    expect(useCalculator.getState().inputs).toEqual(defaultInputs(year))
  })

  it('ignores a state saved by a future version', () => {
    save({ experienceYears: 20 }, STORAGE_VERSION + 1)
    restoreInputs('')
    expect(useCalculator.getState().inputs.experienceYears).toBe(
      defaultInputs(year).experienceYears,
    )
  })

  it('migrates a state saved by a past version field by field', () => {
    save({ experienceYears: 20, benchDays: 2 }, 0)
    restoreInputs('')
    expect(useCalculator.getState().inputs).toMatchObject({ experienceYears: 20, benchDays: 2 })
  })

  it('keeps working when storage throws on write (quota, private mode)', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    expect(useCalculator.getState().setInput('experienceYears', 7)).toBe(true)
    expect(useCalculator.getState().inputs.experienceYears).toBe(7)
  })

  it('keeps working when storage throws on read', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    expect(() => restoreInputs('?xp=3')).not.toThrow()
    expect(useCalculator.getState().inputs.experienceYears).toBe(3)
  })
})
