/** The English twin of fr-acre.ts, loaded only when the page is in English. */
import type { AcreCatalogue } from './fr-acre'

export const enAcre: AcreCatalogue = {
  label: 'ACRE (aid for starting or taking over a business)',
  date: 'Company creation date',
  dateHint:
    'A date in 2026: the model follows the 2026 rules. The figures are those of the first 12 months of business, counted over a full year of days billed.',
  errors: {
    format: 'Enter a full date, e.g. 1 March 2026.',
    range:
      'Enter a date in 2026: the model follows the 2026 rules, and ACRE only covers the first 12 months.',
  },
  eligibility:
    'Since 2026, ACRE is no longer automatic: you apply for it to URSSAF (the social contributions collector) within 60 days of creation, and it is limited to certain groups (jobseekers, people receiving RSA or ASS benefits, under-26s, businesses created in a priority neighbourhood…); for a company, only if you control its capital; and not twice in three years.',
  effect:
    'According to the model: in a micro-entreprise, you pay half the contributions if the business was created before July 2026, three quarters if after; in EI, EURL (under IR or IS) and SASU, a partial exemption for income up to 75% of the annual social security ceiling (PASS), then less and less, down to nothing at the PASS. Dividends do not benefit, nor do the CDI and portage.',
  after: 'From the 13th month, contributions go back to the full rate: the net drops accordingly.',
  source: 'URSSAF: the ACRE rules since 1 January 2026 (in French)',
  sourceUrl: 'https://www.urssaf.fr/accueil/actualites/acre-nouvelles-regles-demarches.html',
}
