import { describe, expect, it } from 'vitest'
import { annualRevenue, defaultInputs } from '../../src/domain'
import { SocialInputsSchema, type SocialPageInputs, socialRequestFor } from '../../src/social'
import { defaultScenario } from './fixtures'

const companyDefaults = {
  sasuPay: 'salaire',
  eurlIsPay: 'salaire',
  dividendsMethod: 'pfu',
  capitalEur: 1000,
  currentAccountEur: 0,
} as const

const page = (overrides: Partial<SocialPageInputs> = {}): SocialPageInputs => ({
  salaryGrossEurPerYear: 97_193,
  expensesEurPerYear: 0,
  microVersementLiberatoire: false,
  portageFeePercent: 7,
  householdCouple: false,
  householdChildren: 0,
  householdSingleParent: false,
  spouseIncomeEurPerYear: 0,
  referenceTaxIncomeEurPerYear: null,
  acre: false,
  creationDate: '2026-01-01',
  ...companyDefaults,
  ...overrides,
})

describe('socialRequestFor', () => {
  it('turns the default scenario into the social model’s inputs', () => {
    const plan = socialRequestFor(page(), 492.5, 212)
    expect(plan).toEqual({
      kind: 'ready',
      inputs: {
        ...defaultScenario,
        expensesEurPerYear: 0,
        portageFeeRate: 0.07,
        household: { couple: false, children: 0, singleParent: false, spouseIncomeEurPerYear: 0 },
        referenceTaxIncomeEurPerYear: null,
        ...companyDefaults,
      },
    })
    if (plan.kind === 'ready') expect(SocialInputsSchema.safeParse(plan.inputs).success).toBe(true)
  })

  it.each([
    [487.3, 209],
    [0.1, 3],
    [1234.56, 251],
  ])(
    '%s €/day × %s days: sends the TJM and days as they are; the turnover is the page’s revenue',
    (tjm, days) => {
      const plan = socialRequestFor(page(), tjm, days)
      if (plan.kind !== 'ready') throw new Error(plan.kind)
      expect(plan.inputs).toMatchObject({ tjmEurPerDay: tjm, billableDays: days })
      expect(SocialInputsSchema.parse(plan.inputs).turnoverEurPerYear).toBe(
        annualRevenue(tjm, days),
      )
    },
  )

  it('does not ask the model at a director’s pay chosen above turnover − expenses (its field refuses it)', () => {
    // 492.5 €/day × 212 days = 104 410 € of turnover, 4 410 € of expenses: a margin of 100 000 €.
    const at = (overrides: Partial<SocialPageInputs>, tjm = 492.5) =>
      socialRequestFor(page({ expensesEurPerYear: 4_410, ...overrides }), tjm, 212)
    expect(at({ sasuPay: 100_000 }).kind).toBe('ready')
    expect(at({ sasuPay: 100_001 })).toEqual({ kind: 'payAboveMargin', marginEurPerYear: 100_000 })
    expect(at({ eurlIsPay: 150_000 })).toEqual({
      kind: 'payAboveMargin',
      marginEurPerYear: 100_000,
    })
    // No margin at all: no chosen pay is possible; the other strategies still are.
    expect(at({ sasuPay: 0 }, 20)).toEqual({ kind: 'payAboveMargin', marginEurPerYear: 0 })
    expect(at({ sasuPay: 'optimal', eurlIsPay: 'salaire' }, 20).kind).toBe('ready')
  })

  it('reads the page’s fields: expenses, household and its parts, versement libératoire and RFR, fee in percent', () => {
    const plan = socialRequestFor(
      page({
        expensesEurPerYear: 6_000,
        householdCouple: true,
        householdChildren: 1,
        spouseIncomeEurPerYear: 20_000,
        referenceTaxIncomeEurPerYear: 50_000,
        microVersementLiberatoire: true,
        portageFeePercent: 10,
        salaryGrossEurPerYear: 80_000,
      }),
      600,
      200,
    )
    expect(plan.kind === 'ready' && plan.inputs).toMatchObject({
      expensesEurPerYear: 6_000,
      householdParts: 2.5,
      household: { couple: true, children: 1, singleParent: false, spouseIncomeEurPerYear: 20_000 },
      referenceTaxIncomeEurPerYear: 50_000,
      microVersementLiberatoire: true,
      portageFeeRate: 0.1,
      cdiGrossEurPerYear: 80_000,
    })
  })

  it('sends the creation date only when ACRE is asked for', () => {
    const without = socialRequestFor(page({ creationDate: '2026-09-01' }), 500, 200)
    expect(without.kind === 'ready' && 'acreCreationDate' in without.inputs).toBe(false)
    const withAcre = socialRequestFor(page({ acre: true, creationDate: '2026-09-01' }), 500, 200)
    expect(withAcre.kind === 'ready' && withAcre.inputs.acreCreationDate).toBe('2026-09-01')
  })

  it.each([0, -1])('%s billable days: nothing to ask', (days) => {
    expect(socialRequestFor(page(), 500, days)).toEqual({ kind: 'noDays' })
  })

  it.each([
    ['the turnover', page(), 50_000, 366],
    ['the CDI salary', page({ salaryGrossEurPerYear: 10_000_001 }), 500, 200],
    ['the expenses', page({ expensesEurPerYear: 10_000_001 }), 500, 200],
  ])('beyond 10 M€ (%s): out of the model', (_, inputs, tjm, days) => {
    expect(socialRequestFor(inputs, tjm, days)).toEqual({
      kind: 'tooLarge',
      maxEurPerYear: 10_000_000,
    })
  })

  it('the page’s default inputs are accepted as they are', () => {
    expect(socialRequestFor(defaultInputs(2026), 492.5, 212).kind).toBe('ready')
  })
})
