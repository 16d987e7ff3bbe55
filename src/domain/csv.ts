// Spreadsheet export: CSV as a spreadsheet of the page's language opens it (in French, semicolons
// and decimal commas; in English, commas and decimal points), UTF-8 with a byte-order mark, every
// text cell quoted when needed and defused of formulas.

import type { NumberLocale } from './format'

/** The cell separator: a French spreadsheet reads commas as decimal separators. */
const separator = (locale: NumberLocale): string => (locale === 'fr' ? ';' : ',')

/** A table to export: file name, header row (naming units), rows of text or numbers. */
export type CsvTable = {
  fileName: string
  header: string[]
  rows: (string | number | null)[][]
}

/** The UTF-8 byte-order mark: without it, Excel reads the file as Windows-1252. */
export const CSV_BOM = '\ufeff'

/** A number with no grouping, rounded to the cent: `104410`, `492,5` (French), `492.5` (English). */
export function csvNumber(n: number, locale: NumberLocale = 'fr'): string {
  if (!Number.isFinite(n)) return ''
  const rounded = Math.round(n * 100) / 100
  // Never "-0".
  const text = String(rounded === 0 ? 0 : rounded)
  return locale === 'fr' ? text.replace('.', ',') : text
}

/**
 * A text cell: a leading =, +, -, @, tab or carriage return (a formula to a spreadsheet, OWASP
 * "CSV injection") is defused with a leading apostrophe, and so is a text that already starts with
 * apostrophes before one (so that removing one apostrophe always gives the text back); a cell
 * holding a separator, a quote, a line break or edge spaces is quoted, its quotes doubled.
 */
export function csvText(text: string, locale: NumberLocale = 'fr'): string {
  const defused = /^'*[=+\-@\t\r]/.test(text) ? `'${text}` : text
  const quoted = defused.includes(separator(locale)) || /["\r\n]|^\s|\s$/.test(defused)
  return quoted ? `"${defused.replace(/"/g, '""')}"` : defused
}

/** One cell: numbers in the page's notation, texts defused and quoted, null as an empty cell. */
export function csvCell(value: string | number | null, locale: NumberLocale = 'fr'): string {
  if (value === null) return ''
  return typeof value === 'number' ? csvNumber(value, locale) : csvText(value, locale)
}

/**
 * The whole file: the byte-order mark, the header row, then each row, cells separated by
 * semicolons (French) or commas (English) and rows by CRLF (RFC 4180).
 * @example toCsv({ fileName: 'x.csv', header: ['Jours', 'CA (€/an)'], rows: [[212, 104410]] })
 * // "\ufeffJours;CA (€/an)\r\n212;104410\r\n"
 */
export function toCsv(table: CsvTable, locale: NumberLocale = 'fr'): string {
  const lines = [table.header, ...table.rows].map((row) =>
    row.map((cell) => csvCell(cell, locale)).join(separator(locale)),
  )
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`
}
