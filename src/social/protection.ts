// Reading a status's social protection from modele-social (worker side), at the very situation
// its net figures were read from, and remembering where to read it.
import { Lru } from './lru'
import type { SocialInputs } from './model'
import type { Protection } from './protection-model'
import { PROTECTION_RULES as P, SocialModelError, type SocialSituation } from './rules'
import type { Reader } from './session'

/** Reads every protection figure from a reader, for a salaried or a self-employed status. */
export function readProtection(read: Reader, scheme: Protection['scheme']): Protection {
  const salaried = scheme === 'salaried'
  const points = read.amount(salaried ? P.agircArrcoPoints : P.rciPoints, 'point')
  return {
    scheme,
    quartersPerYear: read.amount(P.quarters, 'trimestre validé/an'),
    basePensionFullCareerEurPerYear: read.amount(P.basePension, '€/an'),
    // Each scheme's own rules: the aggregated ones take the AGIRC-ARRCO branch for a
    // micro-entrepreneur (see PROTECTION_RULES).
    // Whole points, as the model's total `complémentaire . points acquis` rounds them (arrondi).
    supplementaryPoints: points === null ? null : Math.round(points),
    supplementaryPointValueEur: read.amount(
      salaried ? P.agircArrcoPointValue : P.rciPointValue,
      '€/an/point',
    ),
    sickPayEurPerDay: read.amount(P.sickPay, '€/jour'),
    sickPayWaitingDays: read.amount(P.sickPayWaitingDays, 'jour'),
    maternityEurPerDay: read.amount(P.maternity, '€/jour'),
    invalidityEurPerMonth: read.amount(P.invalidity, '€/mois'),
    deathCapitalEur: read.amount(P.deathCapital, '€'),
    unemploymentContributionsEurPerYear: salaried
      ? read.amount(P.unemploymentContributions, '€/an')
      : null,
    employerHealthCoverEurPerYear: salaried ? read.amount(P.employerHealthCover, '€/an') : null,
    employerProvidentCoverEurPerYear: salaried
      ? read.amount(P.employerProvidentCover, '€/an')
      : null,
  }
}

/** Where a status model keeps the readers of its figures, to read their protection on demand. */
export interface ProtectionMemo {
  /** Remembers the reader a status's figures (cache key `key`) were read from. */
  record(key: string, read: Reader): void
  /** The protection at the figures under `key` (read once, then remembered). */
  at(key: string): Protection
  /** The modele-social situation the figures under `key` were read from. */
  situationAt(key: string): SocialSituation
}

/**
 * A protection memo for one status model: the figures' readers by cache key, and the protection
 * read from each; the protection is read only when asked (a compute), never for the break-even
 * searches or the curves, which compute many figures.
 */
export function createProtectionMemo(scheme: Protection['scheme']): ProtectionMemo {
  const readers = new Lru<Reader>(500)
  const read = new Lru<Protection>(100)
  return {
    record(key, reader) {
      readers.set(key, reader)
    },
    situationAt(key) {
      const reader = readers.get(key)
      if (reader === undefined) throw new SocialModelError(`no figures under ${key} to explain`)
      return reader.situation
    },
    at(key) {
      const hit = read.get(key)
      if (hit !== undefined) return hit
      const reader = readers.get(key)
      if (reader === undefined) throw new SocialModelError(`no figures under ${key} to read from`)
      const protection = readProtection(reader, scheme)
      read.set(key, protection)
      return protection
    },
  }
}

/**
 * A status model's `protection` and `situation`: its figures computed (or found in the cache),
 * then what they were read from, under the key `keyOf` gives the figures of `inputs`.
 */
export function protectionReaders(
  memo: ProtectionMemo,
  compute: (inputs: SocialInputs) => unknown,
  keyOf: (inputs: SocialInputs) => string,
) {
  return {
    protection: (inputs: SocialInputs): Protection => {
      compute(inputs)
      return memo.at(keyOf(inputs))
    },
    situation: (inputs: SocialInputs): SocialSituation => {
      compute(inputs)
      return memo.situationAt(keyOf(inputs))
    },
  }
}
