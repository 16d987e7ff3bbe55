/**
 * The texts of the formulas in the "Comment est-ce calculé ?" panels (the page's own arithmetic
 * written out with the person's values), in French. A lazy part of the catalogue
 * (`fr.explain.formulas()`), loaded when a panel first opens.
 */
export const frFormulas = {
  days: (days: string) => `${days} jours`,
  band: (years: string, label: string) =>
    `${years} ans d’expérience, années révolues → tranche « ${label} ».`,
  midpoint: (min: string, max: string, midpoint: string) =>
    `Milieu de tranche : (${min} + ${max}) ÷ 2 = ${midpoint}`,
  billable: (weekdays: string, holidays: string, leave: string, bench: string, other: string) =>
    `${weekdays} jours ouvrés − ${holidays} fériés en semaine − ${leave} congés − ${bench} intercontrat − ${other} autres`,
  revenue: (tjm: string, days: string, revenue: string) => `${tjm} × ${days} jours = ${revenue}`,
  perMonth: (year: string, month: string) => `${year} ÷ 12 = ${month} par mois`,
  difference: (revenue: string, salary: string, difference: string) =>
    `${revenue} − ${salary} = ${difference}`,
  ratio: (difference: string, salary: string, percent: string) =>
    `${difference} ÷ ${salary} = ${percent}`,
  breakEven: (salary: string, days: string, tjm: string) =>
    `${salary} ÷ ${days} jours = ${tjm} par jour`,
  daysNeeded: (salary: string, tjm: string, days: string) => `${salary} ÷ ${tjm} = ${days} jours`,
  netPerMonth: (year: string, month: string) =>
    `Net après impôt : ${year} ÷ 12 = ${month} par mois`,
  vsCdi: (net: string, cdi: string, difference: string) =>
    `Écart avec le CDI : ${net} − ${cdi} = ${difference}`,
  statusBreakEven: (turnover: string, days: string, tjm: string) =>
    `TJM pour égaler le CDI : ${turnover} de chiffre d’affaires ÷ ${days} jours = ${tjm}`,
  microExpenses: (expenses: string) =>
    `Vos frais réels (${expenses}) ne sont pas déductibles en micro-entreprise : ils sont retirés des nets du modèle.`,
  /** A rate as French writes it: `7 %` (a narrow no-break space before the sign). */
  percent: (rate: string) => `${rate}\u202f%`,
  portageFee: (turnover: string, rate: string, fee: string, expenses: string, cost: string) =>
    `Portage : ${turnover} − ${rate} de frais (${fee}) − frais professionnels ${expenses} = ${cost} de coût employeur, versé en salaire.`,
}

/** The formulas' texts; another language's formulas file exports a value of this type. */
export type FormulasCatalogue = typeof frFormulas
