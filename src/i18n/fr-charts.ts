/**
 * The charts' texts, in French: a part of the catalogue only the charts' lazy chunks import (read
 * with `useChartsTexts()` from ./charts.ts), so that first-load JavaScript stays small.
 */
export const frCharts = {
  showData: 'Voir les données',
  chartWhat: (title: string) => `le graphique « ${title} »`,
  bands: 'TJM selon l’expérience',
  bandsLabel: 'Fourchettes de TJM par tranche d’expérience, votre tranche mise en avant',
  revenue: "Chiffre d'affaires selon les jours facturés",
  revenueLabel:
    "Chiffre d'affaires annuel selon les jours facturés, aux TJM minimum, milieu et maximum de la tranche et au vôtre, avec les salaires Glassdoor en repère",
  comparison: 'Freelance et CDI, en brut',
  comparisonLabel: "Chiffre d'affaires freelance et salaire brut CDI côte à côte",
  /** Series names: in each chart's legend and tooltip, and as its table's column headers. */
  series: {
    band: 'Fourchette de TJM',
    top: 'Les mieux payés',
    tjmMin: 'TJM min',
    tjmMid: 'TJM milieu',
    tjmMax: 'TJM max',
    tjmOwn: 'Votre TJM',
    freelance: 'Freelance (chiffre d’affaires)',
    cdiGross: 'CDI (salaire brut)',
    eurPerYear: '€ par an',
    net: 'Net après impôt',
    incomeTax: 'Impôt sur le revenu',
    contributions: 'Cotisations',
    other: 'Frais et autres',
  },
  /** First column of the tables. */
  rowHeader: { band: 'Tranche', days: 'Jours', status: 'Statut' },
  glassdoor: { min: 'Glassdoor min', mean: 'Glassdoor moyenne', max: 'Glassdoor max' },
  yours: (label: string) => `${label} (vous)`,
  /** A column of the revenue chart's CSV: the revenue at one of its TJMs. */
  revenueAt: (tjm: string) => `Chiffre d’affaires (${tjm})`,
  daysUnit: ' j',
  daysTooltip: (days: string) => `${days} jours`,
  // A no-break space: an axis label never breaks between the number and its unit.
  kiloEur: (thousands: string) => `${thousands}\u00a0k€`,
  noValue: '—',
}

/** The charts' texts; another language's file exports a value of this type. */
export type ChartsCatalogue = typeof frCharts
