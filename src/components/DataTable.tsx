import './DataTable.css'
import type { ReactNode } from 'react'

export type DataRow = {
  key: string | number
  /** The row's header cell: what the row is about. */
  header: ReactNode
  cells: ReactNode[]
  /** Highlighted as the person's own row. */
  current?: boolean
}

type Props = {
  /** Names the table and its scrolling region for assistive technologies. */
  caption: string
  /** Column headers, the row-header column first; none for a two-column list. */
  columns?: string[]
  rows: DataRow[]
  className?: string
}

/**
 * A region that scrolls sideways on a narrow screen; it is focusable and named, so keyboard users
 * can scroll it too.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to be scrolled by keyboard (WCAG 2.1.1)
    <section className="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  )
}

/** A table of figures, in a ScrollRegion, with a caption for assistive technologies. */
export function DataTable({ caption, columns, rows, className }: Props) {
  return (
    <ScrollRegion label={caption}>
      <table className={className}>
        <caption className="visually-hidden">{caption}</caption>
        {columns && (
          <thead>
            <tr>
              {columns.map((c, i) => (
                <th key={c || i} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
        )}
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.current ? 'current' : undefined}>
              <th scope="row">{row.header}</th>
              {row.cells.map((cell, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional columns
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  )
}
