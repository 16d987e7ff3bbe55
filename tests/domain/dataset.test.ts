import { describe, expect, it } from 'vitest'
import raw from '../../data/cto-france.json'
import { ctoFrance, DatasetError, parseDataset, readDataset } from '../../src/domain'
import { enDataActions } from '../../src/i18n/en-data-actions'
import { frDataActions } from '../../src/i18n/fr-data-actions'

type Json = Record<string, unknown>
const clone = () =>
  structuredClone(raw) as unknown as Json & { tjm: { bands: Json[] }; salary: Json }

describe('the CTO France dataset', () => {
  it('holds every figure of the seed', () => {
    expect(ctoFrance.salary).toMatchObject({
      meanEur: 97193,
      minEur: 67000,
      maxEur: 105000,
      currency: 'EUR',
      period: 'year',
    })
    expect(ctoFrance.salary.source).toMatch(/Glassdoor/)
    expect(
      ctoFrance.tjm.bands.map((b) => [b.fromYears, b.toYears, b.rate.min, b.rate.max]),
    ).toEqual([
      [0, 1, 475, 510],
      [1, 3, 425, 445],
      [3, 5, 525, 545],
      [5, 11, 450, 488],
      [11, 16, 650, 685],
      [16, null, 400, 775],
    ])
    expect(ctoFrance.tjm.bands[5]?.spread).toEqual({
      low: { min: 400, max: 475 },
      high: { min: 701, max: 775 },
      top: { min: 1001, max: 1075 },
    })
  })
})

describe('parseDataset refuses a bad dataset, naming the path', () => {
  const refuse = (mutate: (d: ReturnType<typeof clone>) => void, path: string, problem: RegExp) => {
    const d = clone()
    mutate(d)
    let error: unknown
    try {
      parseDataset(d)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(DatasetError)
    expect((error as Error).message).toContain(`at ${path}`)
    // As a person reads it: worded in French by the page.
    const reading = readDataset(d, frDataActions.datasetWords)
    const messages = reading.ok ? [] : reading.problems.filter((p) => p.path === path)
    expect(messages.map((p) => p.message).join(' | ')).toMatch(problem)
  }

  it('a band whose min exceeds its max', () =>
    refuse(
      (d) => {
        ;(d.tjm.bands[1]?.rate as Json).min = 900
      },
      'tjm.bands[1].rate.min',
      /le minimum dépasse le maximum/,
    ))

  it('a negative rate', () =>
    refuse(
      (d) => {
        ;(d.tjm.bands[2]?.rate as Json).min = -5
      },
      'tjm.bands[2].rate.min',
      /positif ou nul/,
    ))

  it('a non-finite rate', () =>
    refuse(
      (d) => {
        ;(d.tjm.bands[0]?.rate as Json).max = Number.POSITIVE_INFINITY
      },
      'tjm.bands[0].rate.max',
      /nombre fini/,
    ))

  it('a rate that is not a number', () =>
    refuse(
      (d) => {
        ;(d.tjm.bands[0]?.rate as Json).max = '510'
      },
      'tjm.bands[0].rate.max',
      /doit être un nombre fini/,
    ))

  it('year ranges that overlap', () =>
    refuse(
      (d) => {
        ;(d.tjm.bands[2] as Json).fromYears = 2
      },
      'tjm.bands[2].fromYears',
      /chevauche la tranche 1/,
    ))

  it('year ranges that leave a gap', () =>
    refuse(
      (d) => {
        ;(d.tjm.bands[2] as Json).fromYears = 4
      },
      'tjm.bands[2].fromYears',
      /trou après la tranche 1/,
    ))

  it('a first band that does not start at 0', () =>
    refuse(
      (d) => {
        ;(d.tjm.bands[0] as Json).fromYears = 1
      },
      'tjm.bands[0].fromYears',
      /commencer à 0 an/,
    ))

  it('a closed last band', () =>
    refuse(
      (d) => {
        ;(d.tjm.bands[5] as Json).toYears = 40
      },
      'tjm.bands[5].toYears',
      /ouverte/,
    ))

  it('a missing field', () =>
    refuse(
      (d) => {
        delete d.salary.meanEur
      },
      'salary.meanEur',
      /est absent/,
    ))

  it('a mean outside the salary range', () =>
    refuse(
      (d) => {
        d.salary.meanEur = 200000
      },
      'salary.meanEur',
      /comprise entre le minimum et le maximum/,
    ))

  it('a spread that disagrees with the band rate', () =>
    refuse(
      (d) => {
        ;((d.tjm.bands[5] as { spread: { low: Json } }).spread.low as Json).min = 300
      },
      'tjm.bands[5].spread',
      /rate.min/,
    ))

  // The schema and the calculator share their limits (src/domain/limits.ts): a dataset the schema
  // accepts never holds a figure the calculator refuses, which used to blank the page.
  it("a rate above the calculator's TJM limit", () =>
    refuse(
      (d) => {
        ;(d.tjm.bands[0] as Json).rate = { min: 200000, max: 300000 }
      },
      'tjm.bands[0].rate.min',
      /ne doit pas dépasser 100 000 € par jour/,
    ))

  it('a rate near the largest double', () =>
    refuse(
      (d) => {
        ;(d.tjm.bands[2]?.rate as Json).max = 1.7e308
      },
      'tjm.bands[2].rate.max',
      /100 000 € par jour/,
    ))

  it("a salary above the calculator's yearly limit", () =>
    refuse(
      (d) => {
        d.salary.meanEur = 2e8
        d.salary.maxEur = 3e8
      },
      'salary.meanEur',
      /ne doit pas dépasser 100 000 000 € par an/,
    ))

  it('years beyond the longest career the calculator accepts', () =>
    refuse(
      (d) => {
        ;(d.tjm.bands[5] as Json).fromYears = 70
        ;(d.tjm.bands[4] as Json).toYears = 70
      },
      'tjm.bands[5].fromYears',
      /ne doit pas dépasser 50 ans/,
    ))

  it('more bands than a market survey holds (the page froze drawing 10 000)', () =>
    refuse(
      (d) => {
        const open = d.tjm.bands.pop() as Json
        d.tjm.bands = Array.from({ length: 50 }, (_, i) => ({
          label: `${i} ans`,
          fromYears: i,
          toYears: i + 1,
          rate: { min: 400, max: 500 },
        }))
        d.tjm.bands.push({ ...open, fromYears: 50 })
      },
      'tjm.bands',
      /plus de 50 tranches/,
    ))

  it('a band label too long to draw', () =>
    refuse(
      (d) => {
        ;(d.tjm.bands[0] as Json).label = 'x'.repeat(81)
      },
      'tjm.bands[0].label',
      /80 caractères/,
    ))

  it('something that is not a dataset at all', () => {
    expect(() => parseDataset('hello')).toThrow(DatasetError)
    expect(() => parseDataset(null)).toThrow(DatasetError)
  })

  it('accepts the shipped file', () => {
    expect(parseDataset(clone())).toEqual(ctoFrance)
  })
})

describe('readDataset words the problems in the page’s language', () => {
  it('in English, every kind of problem, with its path', () => {
    const d = clone()
    ;(d.tjm.bands[1]?.rate as Json).min = 900
    ;(d.tjm.bands[2] as Json).fromYears = 4
    delete d.salary.meanEur
    d.role = 42
    const reading = readDataset(d, enDataActions.datasetWords)
    expect(reading.ok).toBe(false)
    if (reading.ok) return
    expect(reading.problems).toEqual(
      expect.arrayContaining([
        { path: 'role', message: 'must be a text' },
        { path: 'salary.meanEur', message: 'is missing' },
        { path: 'tjm.bands[1].rate.min', message: 'the minimum exceeds the maximum' },
        {
          path: 'tjm.bands[2].fromYears',
          message: 'leaves a gap after band 1 (which ends at 3 years)',
        },
      ]),
    )
    expect(readDataset(null, enDataActions.datasetWords)).toEqual({
      ok: false,
      problems: [{ path: '(root)', message: 'must be an object' }],
    })
  })

  it('in French, in English, and as keys for a developer by default', () => {
    const d = clone()
    ;(d.tjm.bands[0]?.rate as Json).max = 1.7e308
    expect(readDataset(d)).toEqual({
      ok: false,
      problems: [{ path: 'tjm.bands[0].rate.max', message: 'atMostEur 100000 day' }],
    })
    const french = readDataset(d, frDataActions.datasetWords)
    const english = readDataset(d, enDataActions.datasetWords)
    expect(french).toEqual({
      ok: false,
      problems: [
        {
          path: 'tjm.bands[0].rate.max',
          message: 'ne doit pas dépasser 100 000 € par jour (limite du calculateur)',
        },
      ],
    })
    expect(english).toEqual({
      ok: false,
      problems: [
        {
          path: 'tjm.bands[0].rate.max',
          message: 'must not exceed €100,000 per day (the calculator’s limit)',
        },
      ],
    })
  })
})
