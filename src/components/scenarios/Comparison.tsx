import { useMemo, useState } from 'react'
import type { CsvTable } from '../../domain'
import type { Scenario } from '../../domain/scenarios'
import type { Catalogue } from '../../i18n'
import type { ExportCatalogue } from '../../i18n/fr-export'
import { languageQuery, useLanguage } from '../../store/language'
import { encodeComparison } from '../../store/scenario-link'
import { CsvButton } from '../CsvButton'
import { ScrollRegion } from '../DataTable'
import { useResults } from '../useResults'
import { useComparisonClientSource } from './comparisonClient'
import { type ComparisonGroup, comparisonRows } from './comparisonRows'
import type { ScenarioText } from './ScenariosPanel'
import { useComparison } from './useComparison'

/** The scenarios side by side, computed by a client of their own, with their CSV. */
export function Comparison({
  t,
  s,
  scenarios,
  caption,
}: {
  t: Catalogue
  s: ScenarioText
  scenarios: readonly Scenario[]
  caption: string
}) {
  const { dataset } = useResults()
  const source = useComparisonClientSource()
  const columns = useComparison(scenarios, dataset, source)
  const groups = useMemo(() => comparisonRows(t, s, columns), [t, s, columns])
  const computing = columns.some((c) => c.figures.kind === 'computing')
  return (
    <div className="scenarios-comparison" aria-busy={computing} data-testid="comparison">
      <ScrollRegion label={caption}>
        <table className="scenarios-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{s.row}</th>
              {columns.map((c) => (
                <th key={c.scenario.name} scope="col">
                  {c.scenario.name}
                </th>
              ))}
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody key={group.key}>
              <tr className="group-row">
                <th scope="colgroup" colSpan={columns.length + 1}>
                  {group.heading}
                </th>
              </tr>
              {group.rows.map((row) => (
                <tr key={row.key} data-row={row.key}>
                  <th scope="row">
                    {row.status !== undefined && (
                      <span className={`swatch status-${row.status}`} aria-hidden="true" />
                    )}
                    {row.header}
                  </th>
                  {row.cells.map((cell, i) => (
                    <td key={columns[i]?.scenario.name ?? i}>
                      {cell.text}
                      {cell.note !== undefined && <span className="cell-note">{cell.note}</span>}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </ScrollRegion>
      {!computing && columns.length > 0 && (
        <CsvButton
          what={s.csv}
          table={() => t.export.texts().then((e) => comparisonCsv(e, s, columns, groups))}
        />
      )}
    </div>
  )
}

/** The comparison as a CSV: a row per figure, named by its group; numbers as numbers. */
function comparisonCsv(
  e: ExportCatalogue,
  s: ScenarioText,
  columns: readonly { scenario: Scenario }[],
  groups: ComparisonGroup[],
): CsvTable {
  return {
    fileName: e.files.scenarios,
    header: [e.row, ...columns.map((c) => c.scenario.name)],
    // A note (a status beyond its ceiling) follows its figure on a row of its own.
    rows: groups.flatMap((group) =>
      group.rows.flatMap((row) => [
        [s.csvRow(group.heading, row.header), ...row.cells.map((c) => c.value ?? c.text)],
        ...(row.cells.some((c) => c.note !== undefined)
          ? [
              [
                `${s.csvRow(group.heading, row.header)} (${s.csvNote})`,
                ...row.cells.map((c) => c.note ?? null),
              ],
            ]
          : []),
      ]),
    ),
  }
}

/** The comparison's link, to open or to copy. */
export function ComparisonLink({
  s,
  scenarios,
}: {
  s: ScenarioText
  scenarios: readonly Scenario[]
}) {
  const [status, setStatus] = useState('')
  // In the page's language, as the page's own link is (none for French in a French browser).
  const language = languageQuery(
    useLanguage((state) => state.language),
    navigator.languages ?? [],
  )
  const href = `${window.location.pathname}?${encodeComparison(scenarios, language)}`
  return (
    <p className="scenarios-link">
      <a href={href}>{s.link}</a>{' '}
      <button
        type="button"
        className="secondary"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(new URL(href, window.location.href).href)
            setStatus(s.copied)
          } catch {
            setStatus(s.copyFailed)
          }
        }}
      >
        {s.copyLink}
      </button>{' '}
      <span role="status">{status}</span>
    </p>
  )
}
