// A comparison shared as a link: each scenario is one `scenario` query value holding its name
// (`nom`) and its inputs written as the page's own link writes them, e.g.
// `?scenario=nom%3DOffre+A%26xp%3D12%26tjm%3D650`.
import { inputsOver, MAX_SCENARIOS, type Scenario, ScenarioNameSchema } from '../domain/scenarios'
import { LANGUAGE_PARAM } from './language'
import { decodeQuery, encodeQuery, SCENARIO_PARAM } from './url'

/** The query name of a scenario's name inside its value. */
const NAME_PARAM = 'nom'

/**
 * The query string (without `?`) that shares these scenarios, with the page's `lang` when the
 * page's own link carries one (languageQuery), so that the comparison opens as it was read.
 */
export function encodeComparison(
  scenarios: readonly Scenario[],
  language: string | null = null,
): string {
  const params = new URLSearchParams()
  for (const { name, inputs } of scenarios) {
    const inner = new URLSearchParams(encodeQuery(inputs))
    inner.set(NAME_PARAM, name)
    params.append(SCENARIO_PARAM, inner.toString())
  }
  if (language !== null) params.set(LANGUAGE_PARAM, language)
  return params.toString()
}

/** What a comparison link holds: its scenarios, and the names of those it could not read fully. */
export type ComparisonReading = {
  scenarios: Scenario[]
  /** Each scenario dropped (no name, a repeated name, beyond four) or read in part, said once. */
  problems: { name: string | null; fields: string[] }[]
}

/**
 * Reads the scenarios of a link (`search` as in location.search): each needs a name; its fields
 * are read as the page reads a link (unreadable ones take their defaults and are listed), the
 * year of the scenario or else `year`. Up to MAX_SCENARIOS, the first of a name only.
 */
export function decodeComparison(search: string, year: number): ComparisonReading {
  const scenarios: Scenario[] = []
  const problems: ComparisonReading['problems'] = []
  for (const value of new URLSearchParams(search).getAll(SCENARIO_PARAM)) {
    const name = ScenarioNameSchema.safeParse(new URLSearchParams(value).get(NAME_PARAM))
    if (
      !name.success ||
      scenarios.length >= MAX_SCENARIOS ||
      scenarios.some((s) => s.name === name.data)
    ) {
      problems.push({ name: name.success ? name.data : null, fields: [] })
      continue
    }
    const reading = decodeQuery(value)
    scenarios.push({ name: name.data, inputs: inputsOver(reading.values, year) })
    if (reading.rejected.length > 0) problems.push({ name: name.data, fields: reading.rejected })
  }
  return { scenarios, problems }
}

/** Takes the shared scenarios out of the address bar (the person closed the comparison). */
export function dropComparisonFromAddress(): void {
  const params = new URLSearchParams(window.location.search)
  if (!params.has(SCENARIO_PARAM)) return
  params.delete(SCENARIO_PARAM)
  const url = `${window.location.pathname}?${params.toString()}${window.location.hash}`
  window.history.replaceState(window.history.state, '', url)
}
