import type { RègleModèleSocial } from 'modele-social'
import Engine, { type Situation } from 'publicodes'
import { MODEL_YEAR, modelDate } from '../domain/acre'
import type { SocialInputs } from './model'
import { RULES_DATA, SETTABLE_RULES } from './rules-data'

/** A rule name of modele-social 11.1.0. */
export type RuleName = RègleModèleSocial

/** A situation over modele-social's rules. */
export type SocialSituation = Situation<RuleName>

/** The rules read or set, by role (names checked against modele-social's list at compile time). */
export const RULES = {
  // Salaried (CDI, portage) and SASU president (assimilé salarié).
  gross: 'salarié . contrat . salaire brut',
  executive: 'salarié . contrat . statut cadre',
  director: 'dirigeant',
  employee: 'salarié',
  netBeforeTax: 'salarié . rémunération . net . à payer avant impôt',
  netAfterTax: 'salarié . rémunération . net . payé après impôt',
  employerCost: 'salarié . coût total employeur',
  // Companies and the self-employed.
  legalForm: 'entreprise . catégorie juridique',
  autoEntrepreneur: 'entreprise . catégorie juridique . EI . auto-entrepreneur',
  partners: 'entreprise . associés',
  taxation: 'entreprise . imposition',
  activity: 'entreprise . activité . nature',
  turnover: "entreprise . chiffre d'affaires",
  expenses: 'entreprise . charges',
  taxableProfit: 'entreprise . résultat fiscal',
  professionalIncome: 'dirigeant . indépendant . revenu professionnel',
  nonDeductibleContributions:
    'dirigeant . indépendant . cotisations et contributions . non déductibles',
  remunerationTotal: 'dirigeant . rémunération . totale',
  remunerationContributions: 'dirigeant . rémunération . cotisations',
  remunerationNet: 'dirigeant . rémunération . net',
  remunerationNetAfterTax: 'dirigeant . rémunération . net . après impôt',
  // Companies at corporate tax (IS) and their dividends.
  capital: 'entreprise . capital social',
  corporateTax: 'entreprise . imposition . IS . montant',
  profitAfterTax: 'entreprise . imposition . IS . résultat net',
  beneficiary: 'bénéficiaire',
  currentAccount: "bénéficiaire . compte courant d'associé",
  dividendsGross: 'bénéficiaire . dividendes . bruts',
  dividendsLevies: 'bénéficiaire . dividendes . cotisations et contributions',
  dividendsNetAfterTax: "bénéficiaire . dividendes . nets d'impôt",
  dividendsSelfEmployedBase:
    'bénéficiaire . dividendes . cotisations et contributions . assiette régime indépendant',
  taxMethod: 'impôt . méthode de calcul',
  taxableIncome: 'impôt . foyer fiscal . revenu imposable',
  activityIncome: "impôt . foyer fiscal . revenu imposable . revenu d'activité",
  directorTaxableNet: 'dirigeant . rémunération . net . imposable',
  // Micro-entreprise.
  microContributions: 'dirigeant . auto-entrepreneur . cotisations et contributions',
  microNet: 'dirigeant . auto-entrepreneur . revenu net',
  microNetAfterTax: 'dirigeant . auto-entrepreneur . revenu net . après impôt',
  microLumpSumTax: 'dirigeant . auto-entrepreneur . impôt . versement libératoire',
  microLumpSumTaxExceeded:
    'dirigeant . auto-entrepreneur . impôt . versement libératoire . seuil dépassé',
  microCeiling: "entreprise . chiffre d'affaires . seuil micro . libérale",
  microCeilingExceeded: "entreprise . chiffre d'affaires . seuil micro . dépassé",
  // Household (quotient familial).
  familySituation: 'impôt . foyer fiscal . situation de famille',
  dependentParts: 'impôt . foyer fiscal . nombre de parts . rattachées',
  children: 'impôt . foyer fiscal . enfants à charge',
  singleParent: 'impôt . foyer fiscal . parent isolé',
  householdParts: 'impôt . foyer fiscal . nombre de parts',
  otherTaxableIncome: 'impôt . foyer fiscal . revenu imposable . autres revenus imposables',
  referenceTaxIncome: 'impôt . foyer fiscal . revenu fiscal de référence',
  // The versement libératoire's ceiling per part (RFR of N-2; 29 315 € for 2026).
  microLumpSumTaxCeilingPerPart:
    'dirigeant . auto-entrepreneur . impôt . versement libératoire . plafond',
  // Salaried: the two shares of contributions, and the company health and provident cover.
  employeeContributions: 'salarié . cotisations . salarié',
  employerContributions: 'salarié . cotisations . employeur',
  healthAndProvident: 'salarié . cotisations . prévoyances',
  // ACRE: asked for, and the creation date its rate and proration depend on.
  acre: 'dirigeant . exonérations . ACRE',
  creationDate: 'entreprise . date de création',
} as const satisfies Record<string, RuleName>

/**
 * The social-protection rules read for the "Protection sociale" table (issue 12), with the unit
 * each is read in. Checked against modele-social 11.1.0: `retraite . base` is a full-career
 * estimate (50 % of this year's capped income, as if every year were this one), not what this
 * year adds; the aggregated `complémentaire . points acquis` and `… valeur du point` are left
 * aside because with a micro-entreprise situation `salarié` stays true, so the AGIRC-ARRCO branch
 * is taken and the sum is undefined: each scheme's own rules are read instead.
 */
export const PROTECTION_RULES = {
  quarters: 'protection sociale . retraite . trimestres',
  basePension: 'protection sociale . retraite . base',
  agircArrcoPoints: 'protection sociale . retraite . complémentaire . AGIRC ARRCO . points acquis',
  agircArrcoPointValue:
    'protection sociale . retraite . complémentaire . AGIRC ARRCO . valeur du point',
  rciPoints: 'protection sociale . retraite . complémentaire . RCI . points acquis',
  rciPointValue: 'protection sociale . retraite . complémentaire . RCI . valeur du point',
  sickPay: 'protection sociale . maladie . arrêt maladie',
  sickPayWaitingDays: 'protection sociale . maladie . arrêt maladie . délai de carence',
  maternity: 'protection sociale . maladie . maternité paternité adoption',
  invalidity: 'protection sociale . invalidité et décès . pension invalidité . invalidité totale',
  deathCapital: 'protection sociale . invalidité et décès . capital décès',
  unemploymentContributions: 'salarié . cotisations . chômage',
  employerHealthCover: 'salarié . cotisations . prévoyances . santé . employeur',
  employerProvidentCover:
    'salarié . cotisations . prévoyances . incapacité invalidité décès . employeur',
} as const satisfies Record<string, RuleName>

/**
 * What a self-employed status's situation says of the salaried scheme: the person is no employee.
 * Without it `salarié` stays true in modele-social 11.1.0 for a micro-entrepreneur or an EI /
 * EURL manager, so the invalidity pension tests a salaried base (an inversion of a gross salary
 * from the turnover or the pay, which fails: no figure, after 10 evaluations of the salaried
 * scheme) and the death capital takes the salaried amount. Said, both are the self-employed
 * scheme's, and no net figure moves (they are checked against situations without it). A function,
 * not a constant: the worker's rules are every string the constants here hold (./prune.ts).
 */
export const notAnEmployee = (): SocialSituation => ({ [RULES.employee]: 'non' })

/** Thrown when the model answers something that is not a figure where a figure is expected. */
export class SocialModelError extends Error {
  override name = 'SocialModelError'
}

const silentLogger = { log() {}, warn() {}, error() {} }

let settableSet: ReadonlySet<string> | undefined

/** SETTABLE_RULES as a set, made on first use; undefined when every rule can be set. */
function settableRules(): ReadonlySet<string> | undefined {
  if (SETTABLE_RULES === undefined) return undefined
  settableSet ??= new Set(SETTABLE_RULES)
  return settableSet
}

/**
 * Builds the publicodes engine over modele-social's rules (./rules-data.ts: in a build, only
 * those the worker evaluates, of which only SETTABLE_RULES can be set), ≈ 0.5 s for the whole
 * model: build it once.
 */
export function buildPublicodesEngine(): Engine<RuleName> {
  // `settableRules` is read by the worker's publicodes only (./lean-publicodes.ts).
  const settable = settableRules()
  const options = { logger: silentLogger, ...(settable && { settableRules: settable }) }
  return new Engine<RuleName>(RULES_DATA as never, options)
}

/**
 * Throws when a situation sets a rule the engine cannot set (not in SETTABLE_RULES): the lean
 * publicodes would otherwise ignore its value without a word.
 */
export function checkSettable(situation: SocialSituation): void {
  const settable = settableRules()
  if (settable === undefined) return
  for (const name in situation) {
    if (!settable.has(name)) {
      throw new SocialModelError(`"${name}" cannot be set: add it to a constant of rules.ts`)
    }
  }
}

/** A yearly euro amount as publicodes reads it, rounded to the cent ("1234.5 €/an"). */
export function eurPerYear(amount: number): string {
  return `${Math.round(amount * 100) / 100} €/an`
}

/** An amount in € rounded to the cent. */
export const cents = (amount: number): number => Math.round(amount * 100) / 100

/** What the household's situation is made of: the parts, or the household described. */
export type HouseholdInputs = Pick<SocialInputs, 'householdParts' | 'household'>

/**
 * The household's situation, for every status: the household as described (situation de famille,
 * enfants à charge, parent isolé, the spouse's income as the household's other taxable income);
 * without a description, from the parts: from 2 a couple (the spouse without income) plus
 * dependants' half-parts, below 2 a single person plus dependants' half-parts.
 */
export function householdSituation({
  householdParts,
  household,
}: HouseholdInputs): SocialSituation {
  if (household !== undefined) {
    return {
      [RULES.familySituation]: household.couple ? "'couple'" : "'célibataire'",
      [RULES.children]: `${household.children} enfant`,
      [RULES.singleParent]: !household.couple && household.singleParent ? 'oui' : 'non',
      [RULES.otherTaxableIncome]: eurPerYear(household.spouseIncomeEurPerYear),
    }
  }
  return legacySituation(householdParts)
}

/** A cache key part naming everything the household's situation depends on. */
export function householdKey({ householdParts, household }: HouseholdInputs): string {
  if (household === undefined) return String(householdParts)
  const { couple, children, singleParent, spouseIncomeEurPerYear } = household
  return `${couple}/${children}/${singleParent}/${cents(spouseIncomeEurPerYear)}`
}

function legacySituation(householdParts: number): SocialSituation {
  // Setting `impôt . foyer fiscal . nombre de parts` alone is undone by the quotient familial
  // ceiling (plafonnement), computed from the situation de famille and the dependants' parts.
  return householdParts >= 2
    ? {
        [RULES.familySituation]: "'couple'",
        [RULES.dependentParts]: `${householdParts - 2} part`,
      }
    : {
        [RULES.familySituation]: "'célibataire'",
        [RULES.dependentParts]: `${householdParts - 1} part`,
      }
}

/** What ACRE's situation depends on: the creation date, when the person asks for it. */
export type CreatorInputs = Pick<SocialInputs, 'acreCreationDate'>

/**
 * ACRE's situation for a freelance status, empty without it. The micro-entreprise gets the
 * creation date as given: its reduced rate depends on it (50 % of the contributions for a creation
 * before July 2026, 75 % after). The other statuses get the first day of the model's year: for
 * every creation of that year their rate is the same (a partial exemption up to 75 % of the PASS,
 * tapering to nothing at the PASS: for the self-employed, 25 % of the contributions; in SASU, 25 %
 * of the employer's exempted contributions, the employee's health and old-age ones in full), and a later date would make the model count the turnover over
 * the months left in the year (a prorated PASS), where the page models a full year of billed days.
 */
export function acreSituation(
  { acreCreationDate }: CreatorInputs,
  kind: 'micro' | 'company',
): SocialSituation {
  if (acreCreationDate === undefined) return {}
  const date = kind === 'micro' ? modelDate(acreCreationDate) : `01/01/${MODEL_YEAR}`
  return { [RULES.acre]: 'oui', [RULES.creationDate]: `'${date}'` }
}

/** Whom a freelance status pays: the household, and ACRE when asked for. */
export type PersonInputs = HouseholdInputs & CreatorInputs

/** A cache key part naming everything acreSituation(inputs, kind) depends on. */
export function acreKey({ acreCreationDate }: CreatorInputs, kind: 'micro' | 'company'): string {
  if (acreCreationDate === undefined) return 'no-acre'
  return kind === 'micro' ? `acre ${acreCreationDate}` : 'acre'
}
