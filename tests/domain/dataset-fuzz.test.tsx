import { render, screen } from '@testing-library/react'
import fc from 'fast-check'
import { beforeEach, describe, expect, it } from 'vitest'
import { App } from '../../src/App'
import {
  calculate,
  type Dataset,
  DatasetSchema,
  defaultInputs,
  formatEur,
  type Inputs,
  LIMITS,
  MAX_BANDS,
} from '../../src/domain'
import {
  grossComparisonSeries,
  revenueByDaysSeries,
  tjmByExperienceSeries,
} from '../../src/domain/chart-data'
import { useCalculator } from '../../src/store'

const MAX_RATE = LIMITS.tjmEurPerDay.max
const MAX_YEARLY = LIMITS.salaryGrossEurPerYear.max
const MAX_YEARS = LIMITS.experienceYears.max

/** A closed range within [0, max], min ≤ max; often near the limits, where overflows hide. */
const range = (max: number) =>
  fc
    .tuple(
      fc.oneof(fc.double({ min: 0, max, noNaN: true }), fc.constantFrom(0, max, max / 2)),
      fc.oneof(fc.double({ min: 0, max, noNaN: true }), fc.constantFrom(0, max)),
    )
    .map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }))

const text = (max: number) => fc.string({ minLength: 1, maxLength: max })

/** Any dataset the schema accepts: 1 to 50 contiguous bands from 0 years, the last one open. */
const datasetArb: fc.Arbitrary<unknown> = fc
  .uniqueArray(fc.integer({ min: 1, max: MAX_YEARS }), { maxLength: MAX_BANDS - 1 })
  .chain((cuts) => {
    const bounds = [0, ...cuts.sort((a, b) => a - b)]
    return fc.record({
      bands: fc.tuple(
        ...bounds.map((from, i) =>
          fc.record({
            label: text(80),
            rate: range(MAX_RATE),
            top: range(MAX_RATE),
            withSpread: fc.boolean(),
            from: fc.constant(from),
            to: fc.constant(bounds[i + 1] ?? null),
          }),
        ),
      ),
      salary: fc
        .tuple(...[0, 1, 2].map(() => fc.double({ min: 0, max: MAX_YEARLY, noNaN: true })))
        .map((xs) => xs.sort((a, b) => a - b)),
      role: text(80),
    })
  })
  .map(({ bands, salary: [minEur, meanEur, maxEur], role }) => ({
    schemaVersion: 1,
    role,
    country: 'FR',
    document: 'fuzz',
    salary: {
      source: 's',
      quote: '',
      currency: 'EUR',
      unit: 'gross salary',
      period: 'year',
      minEur,
      meanEur,
      maxEur,
    },
    tjm: {
      source: 's',
      quote: '',
      currency: 'EUR',
      unit: 'daily rate',
      period: 'day',
      bands: bands.map((b) => ({
        label: b.label,
        fromYears: b.from,
        toYears: b.to,
        rate: b.rate,
        ...(b.to === null && b.withSpread
          ? { spread: { low: { ...b.rate }, high: { ...b.rate }, top: b.top } }
          : {}),
      })),
    },
  }))

const inputsArb = (dataset: Dataset): fc.Arbitrary<Inputs> =>
  fc
    .record({
      experienceYears: fc.double({ min: 0, max: MAX_YEARS, noNaN: true }),
      tjmEurPerDay: fc.option(fc.double({ min: 0, max: MAX_RATE, noNaN: true })),
      billableDays: fc.option(fc.double({ min: 0, max: 366, noNaN: true })),
      salaryGrossEurPerYear: fc.double({ min: 0, max: MAX_YEARLY, noNaN: true }),
      year: fc.integer({ min: 2000, max: 2100 }),
      alsaceMoselle: fc.boolean(),
      paidLeaveDays: fc.double({ min: 0, max: 366, noNaN: true }),
    })
    .map((over) => ({ ...defaultInputs(2026, dataset), ...over }))

/** Every number anywhere inside `value`, with its path. */
function numbers(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]]
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([k, v]) => numbers(v, `${path}.${k}`))
}

describe('any dataset the schema accepts', () => {
  it('gives finite figures for any valid inputs, through the whole results pipeline', () => {
    fc.assert(
      fc.property(
        datasetArb.chain((raw) => {
          const dataset = DatasetSchema.parse(raw)
          return fc.tuple(fc.constant(dataset), inputsArb(dataset))
        }),
        ([dataset, inputs]) => {
          const results = calculate(inputs, dataset)
          const { band, tjmEurPerDay, days, gross } = results
          const shown = {
            results,
            bands: tjmByExperienceSeries(band.index, dataset),
            revenue: revenueByDaysSeries(band, tjmEurPerDay, days),
            comparison: grossComparisonSeries(
              gross.revenueEurPerYear,
              inputs.salaryGrossEurPerYear,
            ),
          }
          for (const [path, n] of numbers(shown)) {
            expect(Number.isFinite(n), `${path} = ${n}`).toBe(true)
            expect(formatEur(n)).not.toMatch(/NaN|Infinity|undefined/)
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('the page, with any dataset the schema accepts', () => {
  beforeEach(() => {
    useCalculator.setState(useCalculator.getInitialState(), true)
  })

  it('renders with finite figures, never its error screen', () => {
    fc.assert(
      fc.property(datasetArb, fc.double({ min: 0, max: MAX_YEARS, noNaN: true }), (raw, years) => {
        useCalculator.setState(useCalculator.getInitialState(), true)
        expect(useCalculator.getState().loadDataset(raw).ok).toBe(true)
        useCalculator.getState().setInput('experienceYears', years)
        const page = render(<App />)
        try {
          expect(screen.queryByRole('button', { name: /données d’origine/ })).toBeNull()
          expect(screen.getByTestId('revenue').textContent).toMatch(/^[\d\s\u202f\u00a0]+€$/)
          expect(page.container.textContent).not.toMatch(/NaN|Infinity|undefined/)
        } finally {
          page.unmount()
        }
      }),
      { numRuns: 20 },
    )
  })
})
