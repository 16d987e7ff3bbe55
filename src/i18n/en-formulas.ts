/** The English twin of fr-formulas.ts, loaded only when the page is in English. */
import type { FormulasCatalogue } from './fr-formulas'

/** "1 day", "218 days": the count arrives formatted. */
const dayCount = (n: string) => `${n} ${n === '1' ? 'day' : 'days'}`

export const enFormulas: FormulasCatalogue = {
  days: dayCount,
  band: (years: string, label: string) =>
    `${years} ${years === '1' ? 'year' : 'years'} of experience, in full years → “${label}” band.`,
  midpoint: (min: string, max: string, midpoint: string) =>
    `Band midpoint: (${min} + ${max}) ÷ 2 = ${midpoint}`,
  billable: (weekdays: string, holidays: string, leave: string, bench: string, other: string) =>
    `${weekdays} weekdays − ${holidays} public holidays on weekdays − ${leave} leave − ${bench} bench − ${other} other`,
  revenue: (tjm: string, days: string, revenue: string) =>
    `${tjm} × ${dayCount(days)} = ${revenue}`,
  perMonth: (year: string, month: string) => `${year} ÷ 12 = ${month} per month`,
  difference: (revenue: string, salary: string, difference: string) =>
    `${revenue} − ${salary} = ${difference}`,
  ratio: (difference: string, salary: string, percent: string) =>
    `${difference} ÷ ${salary} = ${percent}`,
  breakEven: (salary: string, days: string, tjm: string) =>
    `${salary} ÷ ${dayCount(days)} = ${tjm} per day`,
  daysNeeded: (salary: string, tjm: string, days: string) =>
    `${salary} ÷ ${tjm} = ${dayCount(days)}`,
  netPerMonth: (year: string, month: string) => `Net after tax: ${year} ÷ 12 = ${month} per month`,
  vsCdi: (net: string, cdi: string, difference: string) =>
    `Difference from the CDI: ${net} − ${cdi} = ${difference}`,
  statusBreakEven: (turnover: string, days: string, tjm: string) =>
    `TJM to match the CDI: ${turnover} revenue ÷ ${dayCount(days)} = ${tjm}`,
  microExpenses: (expenses: string) =>
    `Your actual expenses (${expenses}) are not deductible in a micro-entreprise: they are subtracted from the model’s net figures.`,
  percent: (rate: string) => `${rate}%`,
  portageFee: (turnover: string, rate: string, fee: string, expenses: string, cost: string) =>
    `Portage: ${turnover} − ${rate} fee (${fee}) − business expenses ${expenses} = ${cost} employer cost, paid as salary.`,
}
