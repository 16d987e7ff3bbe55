/** The English twin of fr-export.ts, loaded with the first export when the page is in English. */
import type { ExportCatalogue } from './fr-export'

export const enExport: ExportCatalogue = {
  eurPerYear: (what: string) => `${what} (€/year)`,
  eurPerDay: (what: string) => `${what} (€/day)`,
  eurPerMonth: (what: string) => `${what} (€/month)`,
  days: (what: string) => `${what} (days)`,
  row: 'Row',
  withAcre: (status: string) => `${status}, with ACRE (first 12 months)`,
  files: {
    net: 'net-income-by-status.csv',
    scenarios: 'scenario-comparison.csv',
    bands: 'tjm-by-experience.csv',
    revenue: 'revenue-by-days.csv',
    comparison: 'freelance-vs-cdi-gross.csv',
    breakdown: 'from-revenue-to-net.csv',
    netByDays: 'net-by-days-billed.csv',
  },
}
