import getJoursFeries from '@socialgouv/jours-feries'
import { assertInRange, assertIntInRange } from './guards'
import { MAX_DAYS, MAX_YEAR, MIN_YEAR } from './limits'

/** Paid leave: 2.5 working days a month, 5 weeks a year (Code du travail L3141-3). */
export const DEFAULT_PAID_LEAVE_DAYS = 25
/** Bench / intercontract days a year: the calculator's starting assumption, editable. */
export const DEFAULT_BENCH_DAYS = 10
/** Other non-billable days a year (training, sickness, admin, prospecting): editable assumption. */
export const DEFAULT_OTHER_DAYS = 5
/**
 * Days a year worked by a cadre "au forfait jours", the usual contract of a salaried CTO: at most
 * 218 days, the journée de solidarité included (Code du travail L3121-64).
 */
export const FORFAIT_JOURS_DAYS_PER_YEAR = 218
export { MAX_DAYS, MAX_YEAR, MIN_YEAR }

/** A French public holiday (jour férié). */
export type Holiday = {
  name: string
  /** ISO date, YYYY-MM-DD. */
  isoDate: string
  /** True when it falls Monday to Friday, so it removes a working day. */
  onWeekday: boolean
}

export type WorkingDays = {
  year: number
  alsaceMoselle: boolean
  /** Monday to Friday days in the year. */
  weekdays: number
  /** Every public holiday of the year, in date order. */
  holidays: Holiday[]
  /** Public holidays that fall on a weekday. */
  holidaysOnWeekdays: number
  /** Weekdays that are not public holidays. */
  workingDays: number
}

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * The library gives holidays as local midnights, some built by adding 24 h steps to Easter; across
 * a daylight-saving change that lands an hour either side of midnight, so read the date 12 h later.
 */
function localIsoDate(date: Date): { iso: string; weekday: number } {
  const d = new Date(date.getTime() + 12 * 3600 * 1000)
  return {
    iso: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    weekday: d.getDay(),
  }
}

/** Number of Monday-to-Friday days in `year`. */
function countWeekdays(year: number): number {
  let count = 0
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
    const day = new Date(t).getUTCDay()
    if (day !== 0 && day !== 6) count++
  }
  return count
}

/**
 * Weekdays, public holidays and working days of `year` in France; Alsace-Moselle adds Good Friday
 * and St Stephen's Day (26 December).
 * @example workingDays(2026).workingDays // 252
 */
export function workingDays(year: number, opts: { alsaceMoselle?: boolean } = {}): WorkingDays {
  assertIntInRange('year', year, MIN_YEAR, MAX_YEAR)
  const alsaceMoselle = opts.alsaceMoselle === true
  const holidays = Object.entries(getJoursFeries(year, { alsace: alsaceMoselle }))
    .map(([name, date]) => {
      const { iso, weekday } = localIsoDate(date)
      return { name, isoDate: iso, onWeekday: weekday !== 0 && weekday !== 6 }
    })
    // ISO dates sort as strings; localeCompare would load the collation data (Intl) at start-up.
    .sort((a, b) => (a.isoDate < b.isoDate ? -1 : a.isoDate > b.isoDate ? 1 : 0))
  const weekdays = countWeekdays(year)
  const holidaysOnWeekdays = holidays.filter((h) => h.onWeekday).length
  return {
    year,
    alsaceMoselle,
    weekdays,
    holidays,
    holidaysOnWeekdays,
    workingDays: weekdays - holidaysOnWeekdays,
  }
}

export type BillableDaysOptions = {
  year: number
  paidLeaveDays?: number
  benchDays?: number
  otherDays?: number
  alsaceMoselle?: boolean
}

export type Deduction = { key: 'paidLeave' | 'bench' | 'other'; days: number }

export type BillableDays = WorkingDays & {
  deductions: Deduction[]
  /** Working days minus every deduction, never below 0. */
  billableDays: number
}

/**
 * Working days of the year minus paid leave, bench (intercontract) and other non-billable days.
 * @example billableDays({ year: 2026 }).billableDays // 212 (252 − 25 − 10 − 5)
 */
export function billableDays({
  year,
  paidLeaveDays = DEFAULT_PAID_LEAVE_DAYS,
  benchDays = DEFAULT_BENCH_DAYS,
  otherDays = DEFAULT_OTHER_DAYS,
  alsaceMoselle = false,
}: BillableDaysOptions): BillableDays {
  assertInRange('paidLeaveDays', paidLeaveDays, 0, MAX_DAYS)
  assertInRange('benchDays', benchDays, 0, MAX_DAYS)
  assertInRange('otherDays', otherDays, 0, MAX_DAYS)
  const calendar = workingDays(year, { alsaceMoselle })
  const deductions: Deduction[] = [
    { key: 'paidLeave', days: paidLeaveDays },
    { key: 'bench', days: benchDays },
    { key: 'other', days: otherDays },
  ]
  const deducted = deductions.reduce((sum, d) => sum + d.days, 0)
  return { ...calendar, deductions, billableDays: Math.max(0, calendar.workingDays - deducted) }
}
