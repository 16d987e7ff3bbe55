import './TargetPanel.css'
import { formatEur, formatEurCents, formatNumber } from '../../domain'
import { useAnswerText } from '../../i18n/answer'
import { FREELANCE_STATUSES } from '../../social/model'
import type { AnswerPanelProps } from './panelProps'
import { useTarget } from './useTarget'

/** Up to the cent above: typed back in as the TJM, it reaches the target. */
const centUp = (eur: number) => Math.ceil(eur * 100 - 1e-6) / 100

/** "I want this net a month: which TJM?" For each freelance status, the TJM and days it takes. */
export function TargetPanel({ t, inputs, results, social, source, field }: AnswerPanelProps) {
  const a = { ...t.answer.target, ...useAnswerText().target }
  const { view } = social
  const target = useTarget(
    source,
    social.inputs,
    inputs.targetNetEurPerMonth * 12,
    !view.breakEvenUpdating,
    !view.netByDaysUpdating,
  )
  const found = target.updating ? null : target.result
  const cdiNet = view.result?.results.cdi.netAfterTaxEurPerYear

  return (
    <section className="card target" aria-labelledby="target-heading" aria-busy={target.updating}>
      <h2 id="target-heading">{a.heading}</h2>
      {field('targetNetEurPerMonth', a.input)}
      <p className="muted">
        {a.intro(formatNumber(results.days), formatEurCents(results.tjmEurPerDay))}
      </p>
      {target.error && (
        <div className="panel-error" role="alert">
          <p>{t.net.failed}</p>
          <p className="muted">{target.error}</p>
        </div>
      )}
      <table className="target-table" data-testid="target-table">
        <caption className="visually-hidden">{a.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{a.status}</th>
            <th scope="col">{a.tjm}</th>
            <th scope="col">{a.days}</th>
          </tr>
        </thead>
        <tbody>
          {FREELANCE_STATUSES.map((status) => {
            const point = found?.statuses[status]
            const tjm = point?.tjmEurPerDay ?? null
            const days = point?.daysAtTjm ?? null
            const pending = found === null ? t.net.computing : t.net.noBreakEven
            return (
              <tr key={status} data-status={status}>
                <th scope="row">
                  <span className={`swatch status-${status}`} aria-hidden="true" />{' '}
                  {t.net.labels[status]}
                </th>
                <td data-testid={`target-tjm-${status}`}>
                  {tjm === null ? pending : formatEurCents(centUp(tjm))}
                  {point?.ceilingExceeded && <span className="note">{a.beyondCeiling}</span>}
                </td>
                <td data-testid={`target-days-${status}`}>
                  {days === null
                    ? pending
                    : days > results.calendar.workingDays
                      ? t.results.moreThanAYear
                      : formatNumber(Math.ceil(days))}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {cdiNet !== undefined && <p className="note">{a.cdiNote(formatEur(cdiNet / 12))}</p>}
    </section>
  )
}
