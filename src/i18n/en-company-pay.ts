/**
 * The English twin of fr-company-pay.ts (the director's pay panel's texts), loaded only when the
 * page is in English.
 */
import type { CompanyPayCatalogue } from './fr-company-pay'

export const enCompanyPay: CompanyPayCatalogue = {
  heading: 'SASU and EURL under corporate tax (IS): salary or dividends',
  intro:
    'Under IS, the margin that pay does not use up is profit: it bears IS (15% up to €42,500, 25% above), then can be paid out.',
  sasuLegend: 'Director’s pay — SASU',
  eurlIsLegend: 'Director’s pay — EURL (corporate tax, IS)',
  sasuChoices: {
    salaire: 'All as salary',
    dividendes: 'All as dividends',
    chosen: 'A gross salary of your choice',
    optimal: 'Optimal split',
  },
  eurlIsChoices: {
    salaire: 'The whole margin as pay',
    chosen: 'Pay of your choice',
    optimal: 'Optimal split',
  },
  sasuChosen: 'Chosen gross salary per year (€)',
  eurlIsChosen: 'Chosen pay per year, contributions included (€)',
  tooHigh: (margin: string) =>
    `Enter an amount no greater than the margin (revenue minus expenses: ${margin}).`,
  noTurnover: 'With no revenue, no salary can be paid: enter a TJM (daily rate) and billed days.',
  methodLegend: 'Dividend taxation',
  methods: {
    pfu: 'Flat tax (prélèvement forfaitaire unique, 31.4% in 2026)',
    bareme: 'Progressive income tax scale (40% allowance)',
  },
  capital: 'Share capital (€)',
  currentAccount: 'Shareholder current account (€)',
  splitCaption: 'Split between salary and dividends',
  perYear: 'Per year',
  rows: {
    salaryGross: 'Gross salary (SASU) / pay (EURL)',
    salaryCost: 'Total cost of pay',
    corporateTax: 'Corporate tax (IS)',
    dividendsGross: 'Gross dividends',
    dividendsLevies: 'Social levies on dividends',
    incomeTax: 'Income tax (salary and dividends)',
    netAfterTax: 'Net after tax (year)',
    kept: 'Profit left in the company (not income)',
  },
  betterMethod: (method: string, gain: string) =>
    `For these amounts, ${method} leaves ${gain} more a year.`,
  sameMethod: 'For these amounts, both ways of taxing dividends come out the same.',
  eurlNote: (allowance: string) =>
    `EURL (corporate tax, IS): beyond 10% of the capital and current account (here ${allowance}), dividends bear self-employed contributions under the Social Security Code (Code de la sécurité sociale), art. L131-6. modele-social 11.1.0 does not compute them, so dividends stop at that 10% and the rest of the profit stays in the company.`,
  optimalNote:
    'Optimal split: the salary that leaves the most net after tax, searched every €10,000 of gross pay and then to within €50, each point computed by modele-social.',
  curveTitle: 'Net after tax by salary share',
  curveLabel: (statuses: string) =>
    `Curve of net after tax per year against the salary’s cost to the company (${statuses}); the rest of the profit is paid out as dividends; a dot marks the chosen split.`,
  curveNote:
    'Each point: a salary cost, the rest as dividends, computed by modele-social. The top of the curve is the optimal split.',
  curveCost: (cost: string) => `Salary cost: ${cost}`,
  curveFile: 'net-by-salary.csv',
  curveColumns: {
    status: 'Status',
    gross: 'Gross salary',
    cost: 'Salary cost',
    net: 'Net after tax',
  },
}
