import {
  defaultInputs,
  type InputKey,
  type Inputs,
  inputApplies,
  parseInputsByField,
} from './inputs'
import { z } from './zod'

/** How many scenarios the browser keeps, to compare side by side. */
export const MAX_SCENARIOS = 4

/** A scenario's name: 1 to 40 characters once trimmed. */
export const MAX_SCENARIO_NAME_LENGTH = 40

/** The first name `suggested(n)` gives that no scenario has, from n = count + 1. */
export function freeScenarioName(
  taken: readonly string[],
  suggested: (n: number) => string,
): string {
  let n = taken.length + 1
  while (taken.includes(suggested(n))) n += 1
  return suggested(n)
}

/** A scenario's name as the person typed it, trimmed; refused when empty or too long. */
export const ScenarioNameSchema = z
  .string()
  .check(z.trim(), z.minLength(1), z.maxLength(MAX_SCENARIO_NAME_LENGTH))

/** A set of inputs kept under a name. */
export type Scenario = { name: string; inputs: Inputs }

/** What was read from saved or linked scenarios, and how many could not be. */
export type ScenariosReading = { scenarios: Scenario[]; unreadable: number }

/**
 * Reads scenarios from outside (the browser's storage): each needs a valid name, its inputs are
 * read field by field over the defaults of its year, later ones with an earlier one's name and any
 * beyond MAX_SCENARIOS are dropped; what is dropped is counted.
 */
export function readScenarios(raw: unknown, year: number): ScenariosReading {
  if (!Array.isArray(raw)) return { scenarios: [], unreadable: raw === undefined ? 0 : 1 }
  const scenarios: Scenario[] = []
  let unreadable = 0
  for (const item of raw) {
    const scenario = readScenario(item, year)
    if (
      scenario === null ||
      scenarios.length >= MAX_SCENARIOS ||
      scenarios.some((s) => s.name === scenario.name)
    ) {
      unreadable += 1
    } else scenarios.push(scenario)
  }
  return { scenarios, unreadable }
}

function readScenario(item: unknown, fallbackYear: number): Scenario | null {
  if (typeof item !== 'object' || item === null) return null
  const { name, inputs } = item as { name?: unknown; inputs?: unknown }
  const parsed = ScenarioNameSchema.safeParse(name)
  if (!parsed.success) return null
  return { name: parsed.data, inputs: inputsOver(parseInputsByField(inputs).values, fallbackYear) }
}

/** Inputs read in part, completed by the defaults of their year (or `fallbackYear`). */
export function inputsOver(values: Partial<Inputs>, fallbackYear: number): Inputs {
  return { ...defaultInputs(values.year ?? fallbackYear), ...values }
}

/** The inputs whose values are not the same in every one of `all`, in the inputs' order. */
export function differingInputs(all: readonly Inputs[]): InputKey[] {
  const [first, ...rest] = all
  if (first === undefined) return []
  return (Object.keys(first) as InputKey[]).filter(
    (key) =>
      all.some((inputs) => inputApplies(key, inputs)) &&
      // Strict inequality: -0 (from an old save) and 0 are the same value to a person.
      rest.some((inputs) => inputs[key] !== first[key]),
  )
}
