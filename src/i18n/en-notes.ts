/** The English twin of fr-notes.ts, loaded only when the page is in English. */
import type { NotesCatalogue } from './fr-notes'

/** "1 share", "1.5 shares", "2 shares": the number of tax shares arrives formatted. */
const shares = (parts: string) => `${parts} tax ${parts === '1' ? 'share' : 'shares'}`

export const enNotes: NotesCatalogue = {
  versementOpen: (rfr: string, parts: string, ceiling: string) =>
    `Versement libératoire (income tax paid with contributions) available: ${rfr} for ${shares(parts)}, under the ceiling of ${ceiling} per share (2024 reference tax income, used for 2026).`,
  versementClosed: (rfr: string, parts: string, ceiling: string) =>
    `Versement libératoire (income tax paid with contributions) not available: ${rfr} for ${shares(parts)} is over ${ceiling} per share (2024 reference tax income, used for 2026). The micro-entreprise is computed without it.`,
  costPerDayNote: (days: string) =>
    `Cost to the company: for the CDI (permanent contract), the employer cost (gross salary plus employer contributions) divided by the ${days} days worked by an executive on forfait jours (a set number of working days per year; French Labour Code (Code du travail), art. L3121-64); for a freelancer, their revenue and TJM (daily rate). That is what a company compares.`,
  breakEvenAboveCeilingNote: (ceiling: string) =>
    `Micro-entreprise break-even TJM: the revenue it gives exceeds the ${ceiling} ceiling, so the micro-entreprise is not available at that rate.`,
  unspent: (label: string, amount: string) =>
    `${label}: at this revenue, no salary spends the budget exactly (the employer cost jumps by about €1,380 where the 2026 general reduction in contributions ends, at 3 × the minimum wage (SMIC)); ${amount} is not paid out and is shown under “Expenses and other”.`,
  eurlReform:
    'EI / EURL: modele-social 11.1.0 does not include the 2025 reform of self-employed contributions (a single base with a 26% allowance); these amounts follow the former calculation, as mon-entreprise.urssaf.fr states.',
  otherYear: (year: string) =>
    `Year ${year}: the calendar follows that year, but contributions and tax are those of 2026 (modele-social 11.1.0).`,
  requalification:
    'Full-time freelancing for a single client: if the client directs the work like an employer, the assignment may be reclassified as an employment contract (French Labour Code (Code du travail), art. L8221-6).',
  portageLimit:
    'Portage salarial (umbrella company): only for a task outside the client’s normal, permanent business, or for expertise the client lacks, and for 36 months at most per assignment (French Labour Code (Code du travail), arts. L1254-3 and L1254-4).',
}
