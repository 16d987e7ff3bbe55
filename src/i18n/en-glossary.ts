/** The glossary's definitions in English: the twin of ./fr-glossary.ts, loaded on first use. */
import type { GlossaryCatalogue } from './fr-glossary'

export const enGlossary: GlossaryCatalogue = {
  tjm: 'Taux journalier moyen (average daily rate): the price, before VAT, of a day of work a freelancer bills to the client.',
  intercontrat:
    'Bench time between two contracts: days the freelancer does not bill, but which still count in the year.',
  bnc: 'Bénéfices non commerciaux: the tax category of the liberal professions, consulting and intellectual services included. In a micro-entreprise, income tax counts them after a flat 34% allowance for expenses.',
  ir: 'Impôt sur le revenu (income tax): the household’s tax, on a progressive scale. A business “at IR” is not taxed itself: its profit is taxed in the owner’s name.',
  is: 'Impôt sur les sociétés (corporate tax): the company’s tax on its profit (15% up to €42,500, 25% above). The director is then taxed on what they receive from it: salary and dividends.',
  portage:
    'Portage salarial (umbrella company): the freelancer finds the assignments, a portage company bills the client and employs the freelancer as an employee, for a management fee; the freelancer keeps an employee’s protection, unemployment insurance included.',
  versementLiberatoire:
    'Versement libératoire: in a micro-entreprise, income tax paid with the contributions, at a fixed rate of revenue (2.2% for BNC) instead of the progressive scale; only for households whose reference tax income stays under a ceiling.',
  parts:
    'Parts fiscales (tax shares, the quotient familial): the household’s income is divided by this number before the tax scale applies, then the tax multiplied by it: 1 share per adult, half a share for each of the first two children, a full share from the third.',
  forfaitJours:
    'Forfait jours (annual day count): an autonomous executive is paid for a number of days worked in the year (at most 218, French Labour Code (Code du travail), art. L3121-64), not for hours.',
  pfu: 'Prélèvement forfaitaire unique (flat tax): 31.4% of dividends in 2026, 12.8% income tax and 18.6% social levies. The progressive income tax scale can be chosen instead, after a 40% allowance.',
  acre: 'ACRE (start-up contribution relief): a partial exemption from social contributions for the first 12 months of activity, on request and for certain groups.',
}
