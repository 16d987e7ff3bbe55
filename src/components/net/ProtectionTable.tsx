import './ProtectionTable.css'
import { useMemo } from 'react'
import { formatEur, formatEurCents, formatEurPrecise, formatNumber } from '../../domain'
import { useText } from '../../i18n'
import { type ProtectionCatalogue, useProtectionText } from '../../i18n/protection'
import {
  hasUnemploymentInsurance,
  type Protection,
  type ProtectionResult,
  type SocialResult,
  STATUSES,
  type Status,
  supplementaryPensionEurPerYear,
  withProtection,
} from '../../social'
import { protectionReading } from './protectionReading'

type RowKey = keyof ProtectionCatalogue['rows']

/** A cell: its text, or "non calculé" with the reason. */
type Cell = { text: string } | { why: string }

const known = (n: number | null): n is number => n !== null

/** Each row's cell for one status's protection (pure; the component only lays them out). */
function cellOf(row: RowKey, p: Protection, pt: ProtectionCatalogue): Cell {
  const v = pt.values
  const missing = (): Cell => ({
    why:
      p.scheme === 'selfEmployed' && (row === 'invalidity' || row === 'deathCapital')
        ? pt.why.selfEmployedBelowThreshold
        : pt.why.missing,
  })
  const salaried = p.scheme === 'salaried'
  switch (row) {
    case 'quarters':
      return known(p.quartersPerYear)
        ? { text: v.quarters(formatNumber(p.quartersPerYear)) }
        : missing()
    case 'basePension':
      return known(p.basePensionFullCareerEurPerYear)
        ? { text: v.perYear(formatEur(p.basePensionFullCareerEurPerYear)) }
        : missing()
    case 'supplementaryPoints':
      return known(p.supplementaryPoints)
        ? { text: v.points(formatNumber(p.supplementaryPoints), p.scheme) }
        : missing()
    case 'supplementaryPension': {
      const pension = supplementaryPensionEurPerYear(p)
      return pension !== null && p.supplementaryPointValueEur !== null
        ? { text: v.pension(formatEur(pension), formatEurPrecise(p.supplementaryPointValueEur)) }
        : missing()
    }
    case 'sickPay':
      if (p.sickPayEurPerDay === 0) return { text: v.none }
      return known(p.sickPayEurPerDay)
        ? { text: v.perDay(formatEurCents(p.sickPayEurPerDay)) }
        : missing()
    case 'waitingDays':
      if (p.sickPayEurPerDay === 0) return { text: v.noSickPay }
      return known(p.sickPayWaitingDays)
        ? { text: v.days(formatNumber(p.sickPayWaitingDays)) }
        : missing()
    case 'maternity':
      if (p.maternityEurPerDay === 0) return { text: v.none }
      return known(p.maternityEurPerDay)
        ? { text: v.perDay(formatEurCents(p.maternityEurPerDay)) }
        : missing()
    case 'invalidity':
      return known(p.invalidityEurPerMonth)
        ? { text: v.perMonth(formatEur(p.invalidityEurPerMonth)) }
        : missing()
    case 'deathCapital':
      return known(p.deathCapitalEur) ? { text: formatEur(p.deathCapitalEur) } : missing()
    case 'unemployment':
      return hasUnemploymentInsurance(p)
        ? { text: v.yes(formatEur(p.unemploymentContributionsEurPerYear)) }
        : { text: v.no }
    case 'health':
    case 'provident': {
      const amount =
        row === 'health' ? p.employerHealthCoverEurPerYear : p.employerProvidentCoverEurPerYear
      if (!salaried || amount === 0) return { text: v.noEmployer }
      return known(amount) ? { text: v.perYear(formatEur(amount)) } : missing()
    }
  }
}

/** Every row of the table, for the statuses of the results, in the page's order. */
export function protectionCells(
  results: SocialResult['results'],
  pt: ProtectionCatalogue,
  updating = false,
): { row: RowKey; cells: { status: Status; cell: Cell }[] }[] {
  const rows = Object.keys(pt.rows) as RowKey[]
  // No protection yet while it is being read (the first figures of a link): "calcul…", not "non
  // calculé", which says the model cannot give it.
  const absent: Cell = updating ? { text: pt.computing } : { why: pt.why.noProtection }
  return rows.map((row) => ({
    row,
    cells: STATUSES.map((status) => {
      const p = results[status].protection
      return { status, cell: p ? cellOf(row, p, pt) : absent }
    }),
  }))
}

/**
 * "Protection sociale": what each status's contributions buy this year, one column per status
 * (a card per figure on a phone), each figure with its explanation, and the reading under it.
 */
export function ProtectionTable({
  results: figures,
  protection = null,
  updating = false,
}: {
  /** The net figures (the reading under the table names the status that leaves the most). */
  results: SocialResult['results']
  /** Each status's protection, read after the figures; null: the one the figures hold, if any. */
  protection?: ProtectionResult | null
  /** True while the protection shown is older than the net figures (asked after them). */
  updating?: boolean
}) {
  const t = useText()
  const pt = useProtectionText()
  const results = useMemo(
    () => (protection ? withProtection({ results: figures }, protection).results : figures),
    [figures, protection],
  )
  const rows = protectionCells(results, pt, updating)
  const reading = protectionReading(results, t, pt)
  return (
    <section className="protection" aria-labelledby="protection-heading" aria-busy={updating}>
      <h3 id="protection-heading">{pt.heading}</h3>
      <p className="muted">{pt.intro}</p>
      <p className="net-status" role="status">
        {updating ? pt.updating : ''}
      </p>
      {/* Not DataTable's ScrollRegion: importing it would split a chunk out of the first load. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to be scrolled by keyboard (WCAG 2.1.1) */}
      <section className="table-scroll" aria-label={pt.caption} tabIndex={0}>
        <table data-testid="protection-table">
          <caption className="visually-hidden">{pt.caption}</caption>
          <thead>
            <tr>
              <td />
              {STATUSES.map((status) => (
                <th key={status} scope="col">
                  {t.net.labels[status]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ row, cells }) => (
              <tr key={row}>
                <th scope="row">
                  <span className="protection-label">{pt.rows[row].label}</span>{' '}
                  <span className="protection-help">{pt.rows[row].help}</span>
                </th>
                {cells.map(({ status, cell }) => (
                  <td key={status} data-status={status} data-row={row}>
                    <span className="protection-status">{pt.status(t.net.labels[status])}</span>
                    {'text' in cell ? (
                      cell.text
                    ) : (
                      <>
                        <span className="not-computed">{pt.notComputed}</span>
                        <span className="protection-why"> ({cell.why})</span>
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {reading && (
        <p className="protection-reading" data-testid="protection-reading">
          {reading}
        </p>
      )}
      <p className="note">{pt.source}</p>
    </section>
  )
}
