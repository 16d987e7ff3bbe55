/**
 * The CSV files' names and column headers, in French: a lazy part of the catalogue
 * (`fr.export.texts()`), loaded with the first export, so that first-load JavaScript stays small.
 */
export const frExport = {
  /** A column of euros per year, as the CSV header names it. */
  eurPerYear: (what: string) => `${what} (€/an)`,
  eurPerDay: (what: string) => `${what} (€/jour)`,
  eurPerMonth: (what: string) => `${what} (€/mois)`,
  days: (what: string) => `${what} (jours)`,
  row: 'Ligne',
  /** A status's column or row in a CSV whose figures are with ACRE (the file says it on its own). */
  withAcre: (status: string) => `${status}, avec ACRE (12 premiers mois)`,
  files: {
    net: 'revenu-net-par-statut.csv',
    scenarios: 'comparaison-scenarios.csv',
    bands: 'tjm-par-experience.csv',
    revenue: 'chiffre-affaires-par-jours.csv',
    comparison: 'freelance-cdi-brut.csv',
    breakdown: 'du-chiffre-affaires-au-net.csv',
    netByDays: 'net-par-jours-factures.csv',
  },
}

/** The shape of the export texts, which ./en-export.ts follows. */
export type ExportCatalogue = typeof frExport
