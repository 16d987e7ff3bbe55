/** The English twin of fr-net-charts.ts, loaded only when the page is in English. */
import type { NetChartsCatalogue } from './fr-net-charts'

/** "1 day billed", "218 days billed": the count arrives formatted. */
const billedDays = (n: string) => `${n} ${n === '1' ? 'day' : 'days'} billed`

export const enNetCharts: NetChartsCatalogue = {
  chartTitle: 'From revenue to net income, by status',
  chartLabel:
    'Stacked bars by status: contributions, income tax, net after tax, and expenses; the CDI alongside',
  days: (days: string) => `Based on ${billedDays(days)} per year.`,
  daysChartTitle: 'Net after tax by days billed',
  daysChartLabel: (tjm: string, days: string) =>
    `Curves of yearly net income after tax by days billed, one per status, at your TJM (daily rate) of ${tjm}: the CDI as a flat line, your ${billedDays(days)} marked by a vertical line`,
  daysChartNote: (tjm: string) =>
    `At a TJM of ${tjm}, revenue follows the days billed; the CDI salary does not depend on them.`,
  daysColumn: 'Days billed',
  turnoverColumn: 'Revenue',
  yourDays: 'Your days',
  yourDaysTag: ' (you)',
}
