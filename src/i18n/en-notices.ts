/** The English twin of fr-notices.ts, loaded only when the page is in English. */
import type { NoticesCatalogue } from './fr-notices'

export const enNotices: NoticesCatalogue = {
  update: {
    available: 'New version available',
    reload: 'Reload',
  },
  url: {
    notice: (names: string) =>
      `Some values in the link could not be read or were out of the accepted range (${names}): the defaults replace them.`,
    replacedSaved:
      'This link shows the values of the person who shared it, instead of your saved values.',
    backToSaved: 'Back to my saved values',
  },
  saved: {
    notice: (names: string) =>
      `Some saved values could not be read or were out of the accepted range (${names}): the defaults replace them.`,
    fields: {
      experienceYears: 'Years of experience',
      tjmEurPerDay: 'TJM (daily rate)',
      billableDays: 'Days billed per year',
      salaryGrossEurPerYear: 'Annual gross salary',
      year: 'Year',
      alsaceMoselle: 'Alsace-Moselle',
      paidLeaveDays: 'Paid leave',
      benchDays: 'Bench time between contracts',
      otherDays: 'Other unbilled days',
      expensesEurPerYear: 'Business expenses',
      householdCouple: 'Married or in a civil partnership (PACS)',
      householdChildren: 'Dependent children',
      householdSingleParent: 'Single parent',
      spouseIncomeEurPerYear: 'Spouse’s or partner’s income',
      referenceTaxIncomeEurPerYear: 'Reference tax income (revenu fiscal de référence)',
      portageFeePercent: 'Portage salarial (umbrella company) management fee',
      microVersementLiberatoire: 'Versement libératoire (income tax paid with contributions)',
      targetNetEurPerMonth: 'Target net income',
      missionDaysPerWeek: 'Assignment days per week',
      sasuPay: 'Director’s pay (SASU)',
      eurlIsPay: 'Director’s pay (EURL under IS, corporate tax)',
      dividendsMethod: 'Dividend taxation',
      capitalEur: 'Share capital',
      currentAccountEur: 'Shareholder current account',
      acre: 'ACRE',
      creationDate: 'Company creation date',
      dataset: 'loaded data set',
    },
  },
}
