import { describe, expect, it } from 'vitest'
import { defaultInputs, type Inputs, parseInputsByField } from '../../src/domain'
import { decodeQuery, encodeQuery } from '../../src/store/url'

const makeInputs = (over: Partial<Inputs> = {}): Inputs => ({ ...defaultInputs(2026), ...over })

describe('the household in links and saved states', () => {
  it.each([
    ['1', { householdCouple: false, householdChildren: 0 }],
    ['1.5', { householdCouple: false, householdChildren: 1 }],
    ['2', { householdCouple: true, householdChildren: 0 }],
    ['2,5', { householdCouple: true, householdChildren: 1 }],
    ['3', { householdCouple: true, householdChildren: 2 }],
    ['4', { householdCouple: true, householdChildren: 3 }],
  ])('an old link’s parts=%s reads as the household it meant', (parts, household) => {
    expect(decodeQuery(`?parts=${parts}`)).toEqual({
      values: { ...household, householdSingleParent: false },
      rejected: [],
    })
  })

  it('an unreadable parts is named; a link describing the household wins over its parts', () => {
    expect(decodeQuery('?parts=abc').rejected).toEqual(['parts'])
    expect(decodeQuery('?parts=0.5').rejected).toEqual(['parts'])
    expect(decodeQuery('?parts=2&couple=0&enfants=1').values).toMatchObject({
      householdCouple: false,
      householdChildren: 1,
    })
  })

  it('writes the household and the RFR under readable names, and reads them back', () => {
    const inputs = makeInputs({
      householdCouple: true,
      householdChildren: 2,
      spouseIncomeEurPerYear: 30_000,
      referenceTaxIncomeEurPerYear: 45_000,
    })
    const query = encodeQuery(inputs)
    expect(query).toContain('couple=1')
    expect(query).toContain('enfants=2')
    expect(query).toContain('revenu_conjoint=30000')
    expect(query).toContain('rfr=45000')
    expect(query).not.toContain('parts=')
    expect({ ...defaultInputs(2026), ...decodeQuery(query).values }).toEqual(inputs)
    expect(decodeQuery('?rfr=auto').values).toEqual({ referenceTaxIncomeEurPerYear: null })
  })

  it('a state saved with parts keeps the equivalent household', () => {
    expect(parseInputsByField({ householdParts: 2.5 }).values).toEqual({
      householdCouple: true,
      householdChildren: 1,
      householdSingleParent: false,
    })
  })
})
