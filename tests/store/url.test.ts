import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultInputs, type Inputs, InputsSchema } from '../../src/domain'
import { decodeQuery, encodeQuery } from '../../src/store/url'

const makeInputs = (over: Partial<Inputs> = {}): Inputs => ({ ...defaultInputs(2026), ...over })

describe('URL codec', () => {
  it('reads readable names', () => {
    expect(decodeQuery('?xp=12&tjm=650&jours=205&brut=97193')).toEqual({
      values: {
        experienceYears: 12,
        tjmEurPerDay: 650,
        billableDays: 205,
        salaryGrossEurPerYear: 97193,
      },
      rejected: [],
    })
  })

  it('round-trips any valid inputs', () => {
    expect(decodeQuery(encodeQuery(makeInputs())).values).toEqual({
      experienceYears: 12,
      salaryGrossEurPerYear: 97193,
      year: 2026,
    })
    const changed = makeInputs({
      experienceYears: 7.5,
      tjmEurPerDay: 612.25,
      alsaceMoselle: true,
      benchDays: 0,
    })
    expect({ ...makeInputs(), ...decodeQuery(encodeQuery(changed)).values }).toEqual(changed)
  })

  it('reads the target net and the mission days a week, and refuses them out of range', () => {
    expect(decodeQuery('?objectif=6500&jours_semaine=2').values).toEqual({
      targetNetEurPerMonth: 6500,
      missionDaysPerWeek: 2,
    })
    expect(decodeQuery('?jours_semaine=6').rejected).toEqual(['jours_semaine'])
    expect(decodeQuery('?jours_semaine=1.3').rejected).toEqual(['jours_semaine'])
    expect(encodeQuery(makeInputs({ targetNetEurPerMonth: 7000, missionDaysPerWeek: 2.5 }))).toBe(
      'xp=12&brut=97193&annee=2026&objectif=7000&jours_semaine=2.5',
    )
  })

  it('writes defaults only where a link must keep its meaning', () => {
    expect(encodeQuery(makeInputs({ experienceYears: 12 }))).toBe('xp=12&brut=97193&annee=2026')
  })

  it.each([
    ['xp=abc', 'xp'],
    ['xp=-3', 'xp'],
    ['xp=51', 'xp'],
    ['xp=1e309', 'xp'],
    ['xp=Infinity', 'xp'],
    ['xp=NaN', 'xp'],
    ['xp=0x1F', 'xp'],
    ['tjm=<script>alert(1)</script>', 'tjm'],
    ['annee=2026.5', 'annee'],
    ['alsace=peut-etre', 'alsace'],
    ['xp=3&xp=4', 'xp'],
    [`brut=${'9'.repeat(20_000)}`, 'brut'],
    ['xp=1\u200b2', 'xp'],
  ])('drops junk in one field (%s) and keeps the rest', (query, name) => {
    const reading = decodeQuery(`?${query}&jours=200`)
    expect(reading.rejected).toEqual([name])
    expect(reading.values).toEqual({ billableDays: 200 })
  })

  it('accepts a French decimal comma and repeated identical values', () => {
    expect(decodeQuery('xp=12,5&xp=12,5').values).toEqual({ experienceYears: 12.5 })
  })

  it('ignores unknown names, __proto__ included', () => {
    const reading = decodeQuery('__proto__=1&constructor=2&foo=bar')
    expect(reading).toEqual({ values: {}, rejected: [] })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('never yields an invalid value, whatever the query', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (query) => {
        const { values } = decodeQuery(query)
        const merged = { ...makeInputs(), ...values }
        expect(InputsSchema.safeParse(merged).success).toBe(true)
      }),
    )
    const names = fc.constantFrom(
      'xp',
      'tjm',
      'jours',
      'brut',
      'annee',
      'alsace',
      'conges',
      'parts',
      'vl',
    )
    fc.assert(
      fc.property(fc.array(fc.tuple(names, fc.string({ maxLength: 40 }))), (pairs) => {
        const query = new URLSearchParams(pairs).toString()
        const merged = { ...makeInputs(), ...decodeQuery(query).values }
        expect(InputsSchema.safeParse(merged).success).toBe(true)
      }),
    )
  })
})

describe('company pay in the link', () => {
  it('reads the issue’s names: sasu, eurlis, dividendes, capital, cca', () => {
    expect(
      decodeQuery('?sasu=optimal&eurlis=45000&dividendes=bareme&capital=5000&cca=2000'),
    ).toEqual({
      values: {
        sasuPay: 'optimal',
        eurlIsPay: 45_000,
        dividendsMethod: 'bareme',
        capitalEur: 5000,
        currentAccountEur: 2000,
      },
      rejected: [],
    })
  })

  it('refuses unknown strategies and methods by their names, and eurlis=dividendes', () => {
    expect(decodeQuery('?sasu=tout&eurlis=dividendes&dividendes=flat&capital=-1').rejected).toEqual(
      expect.arrayContaining(['sasu', 'eurlis', 'dividendes', 'capital']),
    )
  })

  it('writes a chosen salary and the barème, and reads them back', () => {
    const changed = makeInputs({ sasuPay: 31_500, dividendsMethod: 'bareme' })
    const query = encodeQuery(changed)
    expect(query).toContain('sasu=31500')
    expect(query).toContain('dividendes=bareme')
    expect({ ...makeInputs(), ...decodeQuery(query).values }).toEqual(changed)
  })
})

describe('ACRE in the link', () => {
  it('reads acre=1 with creation=2026-03-01, and writes them back', () => {
    expect(decodeQuery('?acre=1&creation=2026-03-01')).toEqual({
      values: { acre: true, creationDate: '2026-03-01' },
      rejected: [],
    })
    const changed = makeInputs({ acre: true, creationDate: '2026-09-15' })
    const query = encodeQuery(changed)
    expect(query).toContain('acre=1')
    expect(query).toContain('creation=2026-09-15')
    expect({ ...makeInputs(), ...decodeQuery(query).values }).toEqual(changed)
  })

  it('leaves the creation date out of a link without ACRE', () => {
    expect(encodeQuery(makeInputs({ acre: false, creationDate: '2026-09-15' }))).toBe(
      'xp=12&brut=97193&annee=2026',
    )
  })

  it.each([
    ['a day that does not exist', '2026-02-30'],
    ['a day before the model’s year', '2025-12-31'],
    ['a day after it', '2027-01-01'],
    ['before 1900', '1899-05-01'],
    ['the French way of writing it', '01/03/2026'],
    ['markup', '<b>2026-03-01</b>'],
  ])('refuses %s (%s) by its name, the default standing for it', (_, value) => {
    const reading = decodeQuery(`?acre=1&creation=${encodeURIComponent(value)}`)
    expect(reading.rejected).toEqual(['creation'])
    expect(reading.values).toEqual({ acre: true })
  })
})
