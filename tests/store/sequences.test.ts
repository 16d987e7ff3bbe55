import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  calculate,
  compareGross,
  formatEur,
  formatEurCents,
  formatNumber,
  formatPercent,
  type InputKey,
  InputsSchema,
} from '../../src/domain'
import { useCalculator } from '../../src/store'

/** Any number a person, a link or a bug could produce, the nasty ones included. */
const anyNumber = fc.oneof(
  fc.double(),
  fc.integer({ min: -1000, max: 1_000_000 }),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0,
    Number.MAX_VALUE,
    366,
    367,
    2200,
  ),
)
const numberKeys: InputKey[] = [
  'experienceYears',
  'tjmEurPerDay',
  'billableDays',
  'salaryGrossEurPerYear',
  'year',
  'paidLeaveDays',
  'benchDays',
  'otherDays',
  'expensesEurPerYear',
  'portageFeePercent',
  'householdChildren',
  'spouseIncomeEurPerYear',
  'referenceTaxIncomeEurPerYear',
]
const action = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    key: fc.constantFrom(...numberKeys),
    value: anyNumber,
  }),
  fc.record({
    kind: fc.constant('set' as const),
    key: fc.constantFrom<InputKey>('tjmEurPerDay', 'billableDays'),
    value: fc.constant(null),
  }),
  fc.record({
    kind: fc.constant('set' as const),
    key: fc.constantFrom<InputKey>(
      'alsaceMoselle',
      'microVersementLiberatoire',
      'householdCouple',
      'householdSingleParent',
    ),
    value: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('set' as const),
    key: fc.constantFrom(...numberKeys),
    value: fc.oneof(fc.string(), fc.constant(undefined), fc.constant({})),
  }),
  fc.constant({ kind: 'reset' as const }),
)

describe('any sequence of user actions', () => {
  it('leaves valid inputs, and every figure the page shows is finite', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        useCalculator.setState(useCalculator.getInitialState(), true)
        const { setInput, reset } = useCalculator.getState()
        for (const a of actions) {
          if (a.kind === 'reset') reset()
          else setInput(a.key, a.value as never)
        }
        const { inputs, dataset } = useCalculator.getState()
        expect(InputsSchema.safeParse(inputs).success).toBe(true)
        const r = calculate(inputs, dataset)
        const figures = [
          r.band.rate.min,
          r.band.rate.max,
          r.band.midpointEurPerDay,
          r.tjmEurPerDay,
          r.days,
          r.calendar.workingDays,
          r.calendar.billableDays,
          r.gross.revenueEurPerYear,
          r.gross.revenueEurPerMonth,
          r.gross.differenceEurPerYear,
        ]
        for (const n of figures) expect(Number.isFinite(n)).toBe(true)
        for (const n of [
          r.gross.differenceRatio,
          r.gross.breakEvenTjmEurPerDay,
          r.gross.daysNeeded,
        ]) {
          expect(n === null || Number.isFinite(n)).toBe(true)
        }
        const shown = [
          formatEur(r.gross.revenueEurPerYear),
          formatEurCents(r.gross.breakEvenTjmEurPerDay),
          formatNumber(r.gross.daysNeeded),
          formatPercent(r.gross.differenceRatio),
        ].join(' ')
        expect(shown).not.toMatch(/NaN|Infinity|undefined/)
      }),
      { numRuns: 300 },
    )
  })

  it('formats nothing as NaN, whatever the number', () => {
    fc.assert(
      fc.property(anyNumber, (n) => {
        for (const format of [formatEur, formatEurCents, formatNumber, formatPercent]) {
          expect(format(n)).not.toMatch(/NaN|Infinity|undefined/)
        }
      }),
    )
  })

  it('compares any valid figures without NaN', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100_000, noNaN: true }),
        fc.double({ min: 0, max: 366, noNaN: true }),
        fc.double({ min: 0, max: 100_000_000, noNaN: true }),
        (tjm, days, salary) => {
          const c = compareGross(tjm, days, salary)
          for (const v of Object.values(c)) expect(v === null || Number.isFinite(v)).toBe(true)
        },
      ),
    )
  })
})
