/**
 * The net panel's two charts (from the turnover to the net by status, the net by billed days), in
 * French: the charts load after the first figures, so these texts load with them, out of the first
 * load. Another language adds a sibling file of type NetChartsCatalogue.
 */
export const frNetCharts = {
  chartTitle: 'Du chiffre d’affaires au net, par statut',
  chartLabel:
    'Barres empilées par statut : cotisations, impôt sur le revenu, net après impôt et frais, le CDI à côté',
  days: (days: string) => `Sur ${days} jours facturés par an.`,
  daysChartTitle: 'Net après impôt selon les jours facturés',
  daysChartLabel: (tjm: string, days: string) =>
    `Courbes du revenu net après impôt par an selon les jours facturés, une par statut, à votre TJM de ${tjm} : le CDI en ligne plate, vos ${days} jours marqués d’un trait vertical`,
  daysChartNote: (tjm: string) =>
    `Au TJM de ${tjm}, le chiffre d’affaires suit les jours facturés ; le salaire du CDI n’en dépend pas.`,
  daysColumn: 'Jours facturés',
  turnoverColumn: 'Chiffre d’affaires',
  yourDays: 'Vos jours',
  yourDaysTag: ' (vous)',
}

/** The net charts' texts, in any language. */
export type NetChartsCatalogue = typeof frNetCharts
