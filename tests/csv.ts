// Reading CSV back as a spreadsheet would, for every test (jsdom and browser alike), written
// independently of the app's builder.

const BOM = '\ufeff'

/**
 * A small RFC 4180 reader, written here independently of the builder: semicolons by default (a
 * French spreadsheet), commas for an English one.
 */
export function parseCsv(text: string, separator: ';' | ',' = ';'): string[][] {
  const body = text.startsWith(BOM) ? text.slice(1) : text
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === separator) {
      row.push(cell)
      cell = ''
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else cell += c
  }
  return rows
}
