import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { csvCell, toCsv } from '../../src/domain/csv'
import { parseCsv } from '../csv'

describe('CSV cells', () => {
  it.each<[string | number | null, string]>([
    [104410, '104410'],
    [492.5, '492,5'],
    [-813.456, '-813,46'],
    [-0, '0'],
    [-0.001, '0'],
    [Number.NaN, ''],
    [null, ''],
    ['CDI (cadre)', 'CDI (cadre)'],
    ['a;b', '"a;b"'],
    ['il a dit "oui"', '"il a dit ""oui"""'],
    ['deux\nlignes', '"deux\nlignes"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['+33 1', "'+33 1"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    // Already an apostrophe before a formula sign: one more, so that removing one gives it back.
    ["'+", "''+"],
    ["'texte", "'texte"],
    [' espace', '" espace"'],
  ])('%j → %j', (value, written) => {
    expect(csvCell(value)).toBe(written)
  })
})

describe('CSV files', () => {
  it('start with the UTF-8 byte-order mark, separate with semicolons, end rows with CRLF', () => {
    const text = toCsv({
      fileName: 'x.csv',
      header: ['Jours', 'Chiffre d’affaires (€/an)'],
      rows: [[212, 104410.5]],
    })
    expect(text).toBe('\ufeffJours;Chiffre d’affaires (€/an)\r\n212;104410,5\r\n')
  })

  it('read back to the same texts, whatever they hold, and never start with a formula', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { maxLength: 5 }),
        (rows) => {
          const header = ['a', 'b', 'c', 'd'].slice(0, rows[0]?.length ?? 1)
          const parsed = parseCsv(toCsv({ fileName: 'x.csv', header, rows }))
          expect(parsed).toHaveLength(rows.length + 1)
          parsed.slice(1).forEach((row, i) => {
            row.forEach((cell, j) => {
              const original = rows[i]?.[j] ?? ''
              expect(/^[=+\-@\t\r]/.test(cell)).toBe(false)
              expect(cell.replace(/^'(?='*[=+\-@\t\r])/, '')).toBe(original)
            })
          })
        },
      ),
    )
  })
})

describe('CSV in English', () => {
  it('separates with commas and writes decimal points, as an English spreadsheet reads it', () => {
    const text = toCsv(
      { fileName: 'x.csv', header: ['Days', 'Revenue (€/year)'], rows: [[212, 104410.5]] },
      'en',
    )
    expect(text).toBe('\ufeffDays,Revenue (€/year)\r\n212,104410.5\r\n')
  })

  it('quotes a text holding a comma, and reads back to the same texts', () => {
    expect(csvCell('CDI, executive', 'en')).toBe('"CDI, executive"')
    // A French file needs no quotes around a comma.
    expect(csvCell('CDI, cadre')).toBe('CDI, cadre')
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), (row) => {
        const header = row.map((_, i) => `c${i}`)
        const [, back] = parseCsv(toCsv({ fileName: 'x.csv', header, rows: [row] }, 'en'), ',')
        expect(back?.map((c) => c.replace(/^'(?='*[=+\-@\t\r])/, ''))).toEqual(row)
      }),
    )
  })
})
