import './DaysBreakdown.css'
import { lazy, Suspense, useState } from 'react'
import { formatNumber } from '../domain'
import { useText } from '../i18n'
import { Glossary } from './Glossary'
import { InputNumber, InputSwitch } from './InputField'
import { useResults } from './useResults'

const HolidayList = lazy(() => import('./HolidayList').then((m) => ({ default: m.HolidayList })))

/** The calendar behind the billable days: weekdays, holidays, leave, bench and other days. */
export function DaysBreakdown() {
  const t = useText()
  const { results } = useResults()
  const { calendar } = results
  // The list loads and renders only once opened: nothing to hydrate or format before it is wanted.
  const [holidaysOpen, setHolidaysOpen] = useState(false)

  return (
    <section className="card days" aria-labelledby="days-heading">
      <h2 id="days-heading">{t.days.heading}</h2>
      <div className="days-grid">
        <InputNumber field="year" label={t.days.year} />
        <InputSwitch field="alsaceMoselle" label={t.days.alsace} />
      </div>
      <table className="days-table">
        <caption className="visually-hidden">{t.days.summary}</caption>
        <tbody>
          <tr>
            <th scope="row">{t.days.weekdays}</th>
            <td>{calendar.weekdays}</td>
          </tr>
          <tr>
            <th scope="row">{t.days.holidays}</th>
            <td>− {calendar.holidaysOnWeekdays}</td>
          </tr>
          <tr className="subtotal">
            <th scope="row">{t.days.workingDays}</th>
            <td>{calendar.workingDays}</td>
          </tr>
        </tbody>
      </table>
      <details className="holidays" onToggle={(e) => setHolidaysOpen(e.currentTarget.open)}>
        <summary>{t.days.showHolidays}</summary>
        {holidaysOpen && (
          <Suspense fallback={<p className="muted">{t.days.holidaysLoading}</p>}>
            <HolidayList calendar={calendar} />
          </Suspense>
        )}
        <p className="note">{t.honest.pentecost}</p>
      </details>
      <div className="days-grid">
        <InputNumber field="paidLeaveDays" label={t.days.paidLeave} />
        <InputNumber field="benchDays" label={t.days.bench} />
        <InputNumber field="otherDays" label={t.days.other} />
      </div>
      <Glossary terms={['intercontrat']} />
      <p className="days-total">
        {t.days.billable}
        {t.colon} <strong>{formatNumber(calendar.billableDays)}</strong>
      </p>
    </section>
  )
}
