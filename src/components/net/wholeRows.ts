// The net table's rows that show each status whole (issue 11): what the company pays, per year and
// per day, and the contributions with both shares, so that a row means the same in every column.
import { FORFAIT_JOURS_DAYS_PER_YEAR, formatEur, formatEurCents, formatNumber } from '../../domain'
import type { Catalogue } from '../../i18n'
import type { Status, StatusResult } from '../../social'

/** One row of the net table: its key, its label, and each status's cell. */
export type Row = {
  key: string
  label: string
  value: (r: StatusResult, status: Status) => string
}

const NONE = '—'

/** What an employer pays for a salaried status in €/year (salary and its contributions), if any. */
export function employerCostOf(r: StatusResult): number | null {
  if (r.employerCostEurPerYear !== undefined) return r.employerCostEurPerYear
  if (r.grossSalaryEurPerYear !== undefined && r.employerContributionsEurPerYear !== undefined) {
    return r.grossSalaryEurPerYear + r.employerContributionsEurPerYear
  }
  return null
}

/** Every social contribution in €/year: both shares where a salary has them. */
export function allContributionsOf(r: StatusResult): number {
  return r.employeeContributionsEurPerYear !== undefined &&
    r.employerContributionsEurPerYear !== undefined
    ? r.employeeContributionsEurPerYear + r.employerContributionsEurPerYear
    : r.contributionsEurPerYear
}

/** The CDI's employer cost per day worked, a cadre au forfait jours working 218 days a year. */
export const cdiCostPerDay = (r: StatusResult): number | null => {
  const cost = employerCostOf(r)
  return cost === null ? null : cost / FORFAIT_JOURS_DAYS_PER_YEAR
}

/**
 * What the company pays, per year and per day: the CDI's employer cost (and per day worked au
 * forfait jours) beside the freelance's turnover and TJM.
 */
export function costRows(t: Catalogue, tjmEurPerDay: number): Row[] {
  return [
    {
      key: 'employerCost',
      label: t.honest.rows.employerCost,
      // For a freelance, what the client pays is the turnover.
      value: (r, status) => {
        if (status !== 'cdi') return formatEur(r.grossOrTurnoverEurPerYear)
        const cost = employerCostOf(r)
        return cost === null ? NONE : formatEur(cost)
      },
    },
    {
      key: 'costPerDay',
      label: t.honest.rows.costPerDay,
      value: (r, status) => {
        if (status !== 'cdi') return formatEurCents(tjmEurPerDay)
        const perDay = cdiCostPerDay(r)
        return perDay === null
          ? NONE
          : t.honest.costPerDayCdi(formatEur(perDay), formatNumber(FORFAIT_JOURS_DAYS_PER_YEAR))
      },
    },
  ]
}

/** The contributions, all shares, then each share and the health and provident cover. */
export function contributionRows(t: Catalogue): Row[] {
  const share = (amount: number | undefined) => (amount === undefined ? NONE : formatEur(amount))
  return [
    {
      key: 'contributions',
      label: t.honest.rows.contributions,
      value: (r) => formatEur(allContributionsOf(r)),
    },
    {
      key: 'employeeShare',
      label: t.honest.rows.employeeShare,
      value: (r) => share(r.employeeContributionsEurPerYear),
    },
    {
      key: 'employerShare',
      label: t.honest.rows.employerShare,
      value: (r) => share(r.employerContributionsEurPerYear),
    },
    {
      key: 'healthAndProvident',
      label: t.honest.rows.healthAndProvident,
      value: (r) => share(r.healthAndProvidentEurPerYear),
    },
  ]
}
