import { getNumberLocale, type WorkingDays } from '../domain'
import { formatDay } from '../domain/day'
import { useText } from '../i18n'

/**
 * The year's public holidays, by name and date: loaded when the list is first opened, in a chunk
 * of its own with the date formatting, out of the first load.
 */
export function HolidayList({ calendar }: { calendar: WorkingDays }) {
  const t = useText()
  return (
    <ul aria-label={t.days.holidaysOf(calendar.year)}>
      {calendar.holidays.map((h) => (
        <li key={h.name} className={h.onWeekday ? undefined : 'muted'}>
          <span>{t.days.holidayName(h.name)}</span>{' '}
          <time dateTime={h.isoDate}>{formatDay(h.isoDate, getNumberLocale())}</time>
          {!h.onWeekday && <span> ({t.days.weekend})</span>}
        </li>
      ))}
    </ul>
  )
}
