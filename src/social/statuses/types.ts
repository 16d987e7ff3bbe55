import type { Lru } from '../lru'
import type { SocialInputs, Status, StatusResult } from '../model'
import type { Protection } from '../protection-model'
import type { SocialSituation } from '../rules'
import type { Session } from '../session'
import type { Probe } from '../solve'

/** What the engine gives each status model. */
export interface StatusContext {
  /** The status's own session: a shallow copy of the publicodes engine. */
  readonly session: Session
  /** Another session on its own shallow copy, for a status evaluating two kinds of situation. */
  newSession(): Session
  /**
   * The engine's result cache: the figures under `key`, made once; the key must name the status
   * and every input its figures depend on (rounded as the situation rounds them).
   */
  cached(key: string, make: () => StatusResult): StatusResult
  /**
   * Solutions one status found that start another's search for the same unknown, by a key
   * naming the unknown and what it was solved for: where to begin, never the answer (the
   * EI / EURL's revenu professionnel for a margin starts the EURL à l'IS's for that pay).
   */
  readonly starts: Lru<number>
}

/**
 * How a freelance status's break-even is searched: its net after tax increases with a driver
 * (turnover, or the gross salary paid out of it), each probe carrying the turnover it takes.
 */
export interface BreakEvenSearch {
  /** The net after tax in €/year at a value of the driver, the turnover in €/year as data. */
  netAt(driver: number): Probe<number>
  /** Points already known (the current figures), to seed the search at no cost. */
  readonly known: readonly Probe<number>[]
  /** A first value of the driver to try, and an estimate of d(net)/d(driver). */
  readonly guess: number
  readonly slope: number
}

/**
 * One way of working, as the social model sees it: the situation it sets, the rules it reads,
 * its figures, and for a freelance status how its break-even with the CDI is searched.
 */
export interface StatusModel {
  readonly status: Status
  /**
   * Its yearly figures for the inputs; a status may add figures of its own under
   * `extraFigures` (named amounts in €/year), which the page can show without a schema change.
   */
  compute(inputs: SocialInputs): StatusResult
  /**
   * What the contributions buy at the inputs, read at the situation of `compute(inputs)` (see
   * ../protection.ts): a status that implements it gets its column in the "Protection sociale"
   * table; without it the column says "non calculé".
   */
  protection?(inputs: SocialInputs): Protection
  /**
   * The modele-social situation its figures for the inputs are read from (solved amounts
   * included), for "Comment est-ce calculé ?"; a status without one cannot be explained.
   */
  situation?(inputs: SocialInputs): SocialSituation
  /** Freelance statuses only: the break-even search against the CDI's net after tax. */
  readonly breakEven?: {
    /** The inputs, besides the CDI's, the break-even turnover depends on, as a cache key. */
    key(inputs: SocialInputs): string
    /** The search, for the inputs (its seeds may come from the current figures). */
    search(inputs: SocialInputs, cdiNetAfterTaxEurPerYear: number): BreakEvenSearch
  }
}

/** Makes a status model over its context; registered in ./registry.ts. */
export type StatusFactory = (context: StatusContext) => StatusModel
