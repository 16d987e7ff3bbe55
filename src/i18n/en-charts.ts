/** The charts' texts in English: the twin of ./fr-charts.ts, loaded only when the page is in English. */
import type { ChartsCatalogue } from './fr-charts'

export const enCharts: ChartsCatalogue = {
  showData: 'Show the data',
  chartWhat: (title: string) => `the “${title}” chart`,
  bands: 'TJM by experience',
  bandsLabel: 'TJM ranges by experience band, with your band highlighted',
  revenue: 'Revenue by days billed',
  revenueLabel:
    'Annual revenue by days billed, at the band’s minimum, midpoint and maximum TJM and at yours, with Glassdoor salaries for reference',
  comparison: 'Freelance vs CDI, gross',
  comparisonLabel: 'Freelance revenue and CDI gross salary side by side',
  /** Series names: in each chart's legend and tooltip, and as its table's column headers. */
  series: {
    band: 'TJM range',
    top: 'Top earners',
    tjmMin: 'Min TJM',
    tjmMid: 'Mid TJM',
    tjmMax: 'Max TJM',
    tjmOwn: 'Your TJM',
    freelance: 'Freelance (revenue)',
    cdiGross: 'CDI (gross salary)',
    eurPerYear: '€ per year',
    net: 'Net after tax',
    incomeTax: 'Income tax',
    contributions: 'Contributions',
    other: 'Expenses and other',
  },
  /** First column of the tables. */
  rowHeader: { band: 'Band', days: 'Days', status: 'Status' },
  glassdoor: { min: 'Glassdoor min', mean: 'Glassdoor average', max: 'Glassdoor max' },
  yours: (label: string) => `${label} (you)`,
  revenueAt: (tjm: string) => `Revenue (${tjm})`,
  daysUnit: ' d',
  daysTooltip: (days: string) => `${days} days`,
  kiloEur: (thousands: string) => `€${thousands}k`,
  noValue: '—',
}
