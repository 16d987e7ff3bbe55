/** The English twin of fr-protection.ts, loaded only when the page is in English. */
import type { ProtectionCatalogue } from './fr-protection'

/** "1 day", "3 days": the count arrives formatted. */
const dayCount = (n: string) => `${n} ${n === '1' ? 'day' : 'days'}`

export const enProtection: ProtectionCatalogue = {
  heading: 'Social protection',
  intro: 'What this year’s contributions entitle you to, for the same inputs as the net income.',
  caption: 'Social protection by status, for one year',
  updating: 'Updating social protection…',
  computing: 'computing…',
  rows: {
    quarters: {
      label: 'Pension quarters (trimestres) earned',
      help: '1 per 150 hours at the minimum wage (SMIC) contributed, 4 at most (retraite . trimestres).',
    },
    basePension: {
      label: 'Basic pension, full career at this income',
      help: 'Full rate if the whole career were like this year: 50% of income capped at the PASS (annual social security ceiling) (retraite . base). Not what this year adds.',
    },
    supplementaryPoints: {
      label: 'Supplementary pension points',
      help: 'Earned this year: AGIRC-ARRCO (supplementary scheme for employees and SASU presidents), RCI (scheme for the self-employed).',
    },
    supplementaryPension: {
      label: 'Supplementary pension earned this year',
      help: 'Points × point value: yearly pension added, for life.',
    },
    sickPay: {
      label: 'Daily sick pay',
      help: 'Per day of sick leave (maladie . arrêt maladie).',
    },
    waitingDays: {
      label: 'Waiting days',
      help: 'First days of sick leave, unpaid (waiting period).',
    },
    maternity: {
      label: 'Maternity, paternity, adoption',
      help: 'Per day of leave (maladie . maternité paternité adoption).',
    },
    invalidity: {
      label: 'Full disability pension',
      help: 'Per month (invalidité et décès . pension invalidité).',
    },
    deathCapital: {
      label: 'Death benefit',
      help: 'Paid to your next of kin (invalidité et décès . capital décès).',
    },
    unemployment: {
      label: 'Unemployment insurance',
      help: 'Yes if the status pays into it (salarié . cotisations . chômage). The benefit itself (ARE) is not computed.',
    },
    health: {
      label: 'Health insurance (mutuelle), employer share',
      help: 'Paid by the employer or the company (prévoyances . santé).',
    },
    provident: {
      label: 'Income protection (prévoyance), employer share',
      help: 'Incapacity, disability, death (prévoyances . incapacité invalidité décès).',
    },
  },
  values: {
    quarters: (n: string) => `${n} of 4`,
    points: (n: string, scheme: 'salaried' | 'selfEmployed') =>
      `${n} ${scheme === 'salaried' ? 'AGIRC-ARRCO' : 'RCI'} points`,
    pension: (perYear: string, pointValue: string) =>
      `${perYear} per year (${pointValue} per point)`,
    perYear: (amount: string) => `${amount} per year`,
    perMonth: (amount: string) => `${amount} per month`,
    perDay: (amount: string) => `${amount} per day`,
    days: dayCount,
    none: 'none',
    noSickPay: 'not applicable',
    yes: (amount: string) => `yes (${amount} in contributions per year)`,
    no: 'no',
    noEmployer: 'no, paid by you',
  },
  notComputed: 'not computed',
  why: {
    selfEmployedBelowThreshold: 'the model provides none at this income',
    missing: 'the model does not give it for this status',
    noProtection: 'not available yet for this status',
  },
  status: (label: string) => `${label}: `,
  reading: {
    cdiBest: 'The CDI leaves the most net income and keeps its full protection.',
    lead: (label: string) => `${label}, compared with the CDI: `,
    quarters: (n: number) => `${n} ${n === 1 ? 'quarter' : 'quarters'} earned`,
    pension: (own: string, cdi: string) =>
      `${own} of supplementary pension per year worked instead of ${cdi}`,
    noSickPay: 'no daily sick pay',
    sickPay: (own: string, cdi: string) => `sick pay of ${own} per day instead of ${cdi}`,
    noUnemployment: 'no unemployment insurance',
    nothing: 'the same protection.',
  },
  source: 'modele-social 11.1.0; portage: approximation (employee model).',
}
