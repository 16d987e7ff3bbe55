import {
  defaultInputs,
  householdFromParts,
  type InputKey,
  type Inputs,
  inputApplies,
  parseInputsByField,
} from '../domain'

/** Readable query names for each input, as they appear in a shared link. */
export const URL_NAMES = {
  experienceYears: 'xp',
  tjmEurPerDay: 'tjm',
  billableDays: 'jours',
  salaryGrossEurPerYear: 'brut',
  year: 'annee',
  alsaceMoselle: 'alsace',
  paidLeaveDays: 'conges',
  benchDays: 'intercontrat',
  otherDays: 'autres',
  expensesEurPerYear: 'frais',
  portageFeePercent: 'portage',
  microVersementLiberatoire: 'vl',
  householdCouple: 'couple',
  householdChildren: 'enfants',
  householdSingleParent: 'parent_isole',
  spouseIncomeEurPerYear: 'revenu_conjoint',
  referenceTaxIncomeEurPerYear: 'rfr',
  targetNetEurPerMonth: 'objectif',
  missionDaysPerWeek: 'jours_semaine',
  sasuPay: 'sasu',
  eurlIsPay: 'eurlis',
  dividendsMethod: 'dividendes',
  capitalEur: 'capital',
  currentAccountEur: 'cca',
  acre: 'acre',
  creationDate: 'creation',
} as const satisfies Record<InputKey, string>

/**
 * The query name of a scenario in a comparison link (./scenario-link.ts): not an input, kept in
 * the address while the page's own inputs change.
 */
export const SCENARIO_PARAM = 'scenario'

/** Fields always written to a link, so that it means the same thing next year. */
const ALWAYS: InputKey[] = ['experienceYears', 'salaryGrossEurPerYear', 'year']

/** Longest query value read; longer values are junk, not numbers. */
const MAX_VALUE_LENGTH = 32

/** A plain decimal as people and links write it: digits, one optional `.` or `,` fraction. */
const DECIMAL = /^-?\d{1,12}([.,]\d{1,6})?$/

const BOOLEAN_KEYS: InputKey[] = [
  'alsaceMoselle',
  'microVersementLiberatoire',
  'householdCouple',
  'householdSingleParent',
  'acre',
]

/** Older links' name for the fiscal parts, read into the equivalent household (never written). */
const LEGACY_PARTS = 'parts'

/** Reads an old link's `parts` (1 to 10, in halves) into the household it meant; null if unreadable. */
function readLegacyParts(text: string): Partial<Inputs> | null {
  const value = DECIMAL.test(text) ? Number(text.replace(',', '.')) : Number.NaN
  if (!(value >= 1 && value <= 10 && Number.isInteger(value * 2))) return null
  const household = householdFromParts(value)
  return {
    householdCouple: household.couple,
    householdChildren: household.children,
    householdSingleParent: household.singleParent,
  }
}

/** Reads one query value into the type its field expects; undefined when it is not readable. */
function readValue(key: InputKey, text: string): unknown {
  if (text.length > MAX_VALUE_LENGTH) return undefined
  if (BOOLEAN_KEYS.includes(key)) {
    if (text === '1' || text === 'oui') return true
    if (text === '0' || text === 'non') return false
    return undefined
  }
  if (
    (key === 'tjmEurPerDay' || key === 'billableDays' || key === 'referenceTaxIncomeEurPerYear') &&
    text === 'auto'
  )
    return null
  // Named choices are read as written; the schema refuses any other word.
  if (key === 'dividendsMethod' || key === 'creationDate') return text
  if ((key === 'sasuPay' || key === 'eurlIsPay') && /^[a-z]+$/.test(text)) return text
  // `+ 0` turns "-0" into 0, which the page would otherwise show as "-0 €".
  return DECIMAL.test(text) ? Number(text.replace(',', '.')) + 0 : undefined
}

export type UrlReading = {
  values: Partial<Inputs>
  /** Query names that were present but could not be read; the defaults stand for them. */
  rejected: string[]
}

/** Reads the inputs a query string holds, field by field; unknown names are ignored. */
export function decodeQuery(search: string): UrlReading {
  const params = new URLSearchParams(search)
  const raw: Record<string, unknown> = {}
  const rejected: string[] = []
  for (const [key, name] of Object.entries(URL_NAMES) as [InputKey, string][]) {
    const all = params.getAll(name)
    if (all.length === 0) continue
    const distinct = new Set(all)
    const [only] = distinct
    const value =
      distinct.size === 1 && only !== undefined ? readValue(key, only.trim()) : undefined
    if (value === undefined) rejected.push(name)
    else raw[key] = value
  }
  // An old link's parts stand for the household unless the link also describes it.
  const legacy = params.get(LEGACY_PARTS)
  if (legacy !== null) {
    const household = readLegacyParts(legacy.trim())
    if (household === null) rejected.push(LEGACY_PARTS)
    else for (const [key, value] of Object.entries(household)) raw[key] ??= value
  }
  const { values, rejected: invalid } = parseInputsByField(raw)
  return { values, rejected: [...rejected, ...invalid.map((k) => URL_NAMES[k])] }
}

const writeValue = (value: Inputs[InputKey]): string =>
  value === null ? 'auto' : typeof value === 'boolean' ? (value ? '1' : '0') : String(value)

/** The query string (without `?`) that reproduces `inputs`; defaults are left out, but for a few. */
export function encodeQuery(inputs: Inputs): string {
  const defaults = defaultInputs(inputs.year)
  const params = new URLSearchParams()
  for (const [key, name] of Object.entries(URL_NAMES) as [InputKey, string][]) {
    if (!inputApplies(key, inputs)) continue
    if (ALWAYS.includes(key) || inputs[key] !== defaults[key])
      params.set(name, writeValue(inputs[key]))
  }
  return params.toString()
}
