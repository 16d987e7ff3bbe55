import { useState } from 'react'
import { formatNumber } from '../domain'
import { InputNumber, InputSwitch } from './InputField'
import { fr } from './text'
import { useResults } from './useResults'

let dateFormat: Intl.DateTimeFormat | null = null
/** A date as `jeudi 1 janvier`; the formatter is made on first use, when the list is opened. */
function formatDay(isoDate: string): string {
  dateFormat ??= new Intl.DateTimeFormat('fr-FR', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  })
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`))
}

/** The calendar behind the billable days: weekdays, holidays, leave, bench and other days. */
export function DaysBreakdown() {
  const { results } = useResults()
  const { calendar } = results
  // The list renders only once opened: nothing to hydrate or format before it is wanted.
  const [holidaysOpen, setHolidaysOpen] = useState(false)

  return (
    <section className="card days" aria-labelledby="days-heading">
      <h2 id="days-heading">{fr.days.heading}</h2>
      <div className="days-grid">
        <InputNumber field="year" label={fr.days.year} />
        <InputSwitch field="alsaceMoselle" label={fr.days.alsace} />
      </div>
      <table className="days-table">
        <caption className="visually-hidden">{fr.days.summary}</caption>
        <tbody>
          <tr>
            <th scope="row">{fr.days.weekdays}</th>
            <td>{calendar.weekdays}</td>
          </tr>
          <tr>
            <th scope="row">{fr.days.holidays}</th>
            <td>− {calendar.holidaysOnWeekdays}</td>
          </tr>
          <tr className="subtotal">
            <th scope="row">{fr.days.workingDays}</th>
            <td>{calendar.workingDays}</td>
          </tr>
        </tbody>
      </table>
      <details className="holidays" onToggle={(e) => setHolidaysOpen(e.currentTarget.open)}>
        <summary>{fr.days.showHolidays}</summary>
        {holidaysOpen && (
          <ul aria-label={fr.days.holidaysOf(calendar.year)}>
            {calendar.holidays.map((h) => (
              <li key={h.name} className={h.onWeekday ? undefined : 'muted'}>
                <span>{h.name}</span> <time dateTime={h.isoDate}>{formatDay(h.isoDate)}</time>
                {!h.onWeekday && <span> ({fr.days.weekend})</span>}
              </li>
            ))}
          </ul>
        )}
      </details>
      <div className="days-grid">
        <InputNumber field="paidLeaveDays" label={fr.days.paidLeave} />
        <InputNumber field="benchDays" label={fr.days.bench} />
        <InputNumber field="otherDays" label={fr.days.other} />
      </div>
      <p className="days-total">
        {fr.days.billable} : <strong>{formatNumber(calendar.billableDays)}</strong>
      </p>
    </section>
  )
}
