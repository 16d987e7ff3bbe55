import type Engine from 'publicodes'
import { checkSettable, type RuleName, SocialModelError, type SocialSituation } from './rules'

/** Reads figures from an engine as it stood after one setSituation, re-applying it if needed. */
export interface Reader {
  /** A yearly amount in €; throws SocialModelError when the model gives no finite number. */
  eur(rule: RuleName): number
  /** Whether a rule is true. */
  flag(rule: RuleName): boolean
  /** A figure in `unit` (e.g. "€/jour"), or null when the model gives none (not applicable, undefined). */
  amount(rule: RuleName, unit: string): number | null
  /** The situation read from, for "Comment est-ce calculé ?". */
  readonly situation: SocialSituation
}

/** One engine per status (a shallow copy of the base one), counting situations set. */
export interface Session {
  /** Sets the situation (only what changed, when the same rules are set) and reads from it. */
  evaluate(situation: SocialSituation): Reader
}

/** Counts situations set, across sessions. */
export interface Counter {
  situations: number
  /**
   * While set, asked before each situation is set: true stops the evaluation under way with an
   * Interrupted error (a net-by-days curve's step whose time is up, ./engine.ts).
   */
  interrupt?: () => boolean
}

/** Thrown instead of setting a situation when the counter's `interrupt` says so. */
export class Interrupted extends Error {
  override name = 'Interrupted'
}

/** Creates a session over a shallow copy of the base engine. */
export function createSession(base: Engine<RuleName>, counter: Counter): Session {
  const engine = base.shallowCopy()
  let current: SocialSituation | undefined
  const apply = (situation: SocialSituation) => {
    const previous = current
    const changed = previous && sameKeys(previous, situation) ? changes(previous, situation) : null
    // The same values (a solver's answer read again): the engine and its cache stand at them.
    if (changed !== null && Object.keys(changed).length === 0) {
      current = situation
      return
    }
    if (counter.interrupt?.()) throw new Interrupted('interrupted before setting a situation')
    checkSettable(situation)
    // Same rules with other values (a solver's next step): only the changed values are parsed,
    // on top of the previous situation, as publicodes' own inversion does.
    if (changed) engine.setSituation(changed, { keepPreviousSituation: true, strict: true })
    else engine.setSituation(situation, { strict: true })
    current = situation
    counter.situations += 1
  }
  return {
    evaluate(situation) {
      apply(situation)
      const ensure = () => {
        if (current !== situation) apply(situation)
      }
      return {
        eur(rule) {
          ensure()
          const value = engine.evaluate({ valeur: rule, unité: '€/an' }).nodeValue
          if (typeof value !== 'number' || !Number.isFinite(value)) {
            throw new SocialModelError(`${rule} is ${String(value)}, not an amount`)
          }
          return value
        },
        flag(rule) {
          ensure()
          return engine.evaluate(rule).nodeValue === true
        },
        situation,
        amount(rule, unit) {
          ensure()
          const value = engine.evaluate({ valeur: rule, unité: unit }).nodeValue
          return typeof value === 'number' && Number.isFinite(value) ? value : null
        },
      }
    },
  }
}

function sameKeys(a: SocialSituation, b: SocialSituation): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => key in b)
}

function changes(previous: SocialSituation, next: SocialSituation): SocialSituation {
  const changed: SocialSituation = {}
  for (const [key, value] of Object.entries(next) as [RuleName, SocialSituation[RuleName]][]) {
    if (previous[key] !== value) changed[key] = value
  }
  return changed
}
