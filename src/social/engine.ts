import rules, { type RègleModèleSocial } from 'modele-social'
import Engine, { type Situation } from 'publicodes'
import {
  type BreakEvenPoint,
  type BreakEvenResult,
  FREELANCE_STATUSES,
  type FreelanceStatus,
  MAX_EUR_PER_YEAR,
  type NetByDaysPoint,
  type NetByDaysResult,
  netByDaysDays,
  type SocialInputs,
  type SocialResult,
  type Status,
  type StatusResult,
} from './model'
import { PointMemo, type Probe, type SolveOutcome, solveIncreasing } from './solve'

/** A rule name of modele-social 11.1.0. */
export type RuleName = RègleModèleSocial

type SocialSituation = Situation<RuleName>

/** Break-even turnovers are sought between 0 and 5 M€ a year. */
export const BREAK_EVEN_MAX_TURNOVER_EUR_PER_YEAR = 5_000_000

/** Accepted gap, in €/year, between a freelance net after tax and the CDI's at break-even. */
export const BREAK_EVEN_TOLERANCE_EUR_PER_YEAR = 1

/** Accepted gap, in €/year, when solving a gross salary (its employer's cost is linear in it). */
const SALARY_TOLERANCE_EUR_PER_YEAR = 0.5

/** Accepted gap when solving a revenu professionnel: its contributions are rounded to the euro. */
const PROFESSIONAL_INCOME_TOLERANCE_EUR_PER_YEAR = 1

/** The rules read or set, by role (names checked against modele-social's list at compile time). */
export const RULES = {
  // Salaried (CDI, portage) and SASU president (assimilé salarié).
  gross: 'salarié . contrat . salaire brut',
  executive: 'salarié . contrat . statut cadre',
  director: 'dirigeant',
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
  remunerationTotal: 'dirigeant . rémunération . totale',
  remunerationContributions: 'dirigeant . rémunération . cotisations',
  remunerationNet: 'dirigeant . rémunération . net',
  remunerationNetAfterTax: 'dirigeant . rémunération . net . après impôt',
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
} as const satisfies Record<string, RuleName>

/** Thrown when the model answers something that is not a figure where a figure is expected. */
export class SocialModelError extends Error {
  override name = 'SocialModelError'
}

const silentLogger = { log() {}, warn() {}, error() {} }

/** Builds the publicodes engine over modele-social's rules (≈ 0.5 s: build it once). */
export function buildPublicodesEngine(): Engine<RuleName> {
  return new Engine<RuleName>(rules, { logger: silentLogger })
}

/** A yearly euro amount as publicodes reads it, rounded to the cent ("1234.5 €/an"). */
export function eurPerYear(amount: number): string {
  return `${Math.round(amount * 100) / 100} €/an`
}

const cents = (amount: number) => Math.round(amount * 100) / 100

/**
 * The household's situation for a number of fiscal parts: from 2 parts a couple (the spouse without
 * income) plus dependants' half-parts, below 2 a single person plus dependants' half-parts.
 */
export function householdSituation(householdParts: number): SocialSituation {
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

/** Reads figures from an engine as it stood after one setSituation, re-applying it if needed. */
interface Reader {
  eur(rule: RuleName): number
  flag(rule: RuleName): boolean
}

/** One engine per status (a shallow copy of the base one), counting situations set. */
interface Session {
  evaluate(situation: SocialSituation): Reader
}

interface Counter {
  situations: number
}

function createSession(base: Engine<RuleName>, counter: Counter): Session {
  const engine = base.shallowCopy()
  let current: SocialSituation | undefined
  const apply = (situation: SocialSituation) => {
    const previous = current
    const changed = previous && sameKeys(previous, situation) ? changes(previous, situation) : null
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

/** A tiny least-recently-used cache. */
class Lru<V> {
  private readonly map = new Map<string, V>()

  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    const value = this.map.get(key)
    if (value !== undefined) {
      this.map.delete(key)
      this.map.set(key, value)
    }
    return value
  }

  set(key: string, value: V): void {
    this.map.delete(key)
    this.map.set(key, value)
    if (this.map.size > this.capacity) {
      const oldest = this.map.keys().next().value
      if (oldest !== undefined) this.map.delete(oldest)
    }
  }
}

/** A salaried-side evaluation (SASU president or portage employee) at one gross salary. */
interface SalaryFigures {
  grossEurPerYear: number
  employerCostEurPerYear: number
  contributionsEurPerYear: number
  netBeforeTaxEurPerYear: number
  netAfterTaxEurPerYear: number
}

/** No salary: what a budget below the cost of a nil salary (a fixed health cover) pays. */
const NO_SALARY: SalaryFigures = {
  grossEurPerYear: 0,
  employerCostEurPerYear: 0,
  contributionsEurPerYear: 0,
  netBeforeTaxEurPerYear: 0,
  netAfterTaxEurPerYear: 0,
}

/** The rules giving a salary's employer cost and nets. */
interface SalaryRules {
  cost: RuleName
  netBeforeTax: RuleName
  netAfterTax: RuleName
}

/** A SASU president's remuneration: total (the employer's cost), net, net after tax. */
const SASU_OUTPUTS: SalaryRules = {
  cost: RULES.remunerationTotal,
  netBeforeTax: RULES.remunerationNet,
  netAfterTax: RULES.remunerationNetAfterTax,
}

/** An employee's salary: employer's total cost, net paid before and after income tax. */
const EMPLOYEE_OUTPUTS: SalaryRules = {
  cost: RULES.employerCost,
  netBeforeTax: RULES.netBeforeTax,
  netAfterTax: RULES.netAfterTax,
}

/** What the social engine counts, for benchmarks and tests. */
export interface SocialEngineStats {
  /** Situations set on publicodes engines: each costs one evaluation of the model (20–60 ms). */
  situations: number
  /** Status results served from the cache. */
  cacheHits: number
}

/** The social model behind a typed API: every status's figures, break-even TJMs, net by days. */
export interface SocialEngine {
  /** The yearly figures of every status for the inputs (parsed beforehand). */
  compute(inputs: SocialInputs): SocialResult
  /** One status's yearly figures for the inputs. */
  computeStatus(status: Status, inputs: SocialInputs): StatusResult
  /** For each freelance status, the TJM at which its net after tax equals the CDI's. */
  breakEven(inputs: SocialInputs): BreakEvenResult
  /**
   * Every status's net after tax against billable days (NET_BY_DAYS_GRID and the person's own
   * days), the TJM held at turnover ÷ billable days; days whose turnover would pass 10 M€ are left
   * out, the person's own days never.
   */
  netByDays(inputs: SocialInputs): NetByDaysResult
  /**
   * The same curve in steps: each step computes one status at one point (those already cached
   * take no step), so that the worker can answer more urgent requests in between.
   */
  netByDaysSteps(inputs: SocialInputs): Generator<void, NetByDaysResult, void>
  /** Counters since creation. */
  stats(): SocialEngineStats
}

/**
 * Creates the social engine over one publicodes engine (built here unless given): one shallow copy
 * per status, results cached per status by the inputs that status depends on, and the salaries or
 * revenus professionnels that the official simulators find by inversion solved here from the
 * previous solutions, which takes one or two evaluations instead of ten to twenty.
 */
export function createSocialEngine(base: Engine<RuleName> = buildPublicodesEngine()): SocialEngine {
  const counter: Counter = { situations: 0 }
  let cacheHits = 0
  const sessions = {
    cdi: createSession(base, counter),
    micro: createSession(base, counter),
    eurl: createSession(base, counter),
    sasu: createSession(base, counter),
    portage: createSession(base, counter),
  }
  const results = new Lru<StatusResult>(500)
  const breakEvens = new Lru<{ turnoverEurPerYear: number | null }>(200)
  // Points of the curves solved by inversion, which do not depend on the household: employer's
  // cost by gross salary (SASU, portage), CA − charges by revenu professionnel (EURL).
  const sasuCurve = new PointMemo()
  const portageCurve = new PointMemo()
  const eurlCurve = new PointMemo()
  // The gross salary solved for each employer's cost, by status, to seed break-even searches.
  const solvedGross = new Lru<number>(200)

  const cached = (key: string, make: () => StatusResult): StatusResult => {
    const hit = results.get(key)
    if (hit !== undefined) {
      cacheHits += 1
      return hit
    }
    const made = make()
    results.set(key, made)
    return made
  }

  // CDI cadre: the gross salary is an input, one evaluation.
  const cdi = (grossEurPerYear: number, householdParts: number): StatusResult =>
    cached(`cdi|${cents(grossEurPerYear)}|${householdParts}`, () => {
      const read = sessions.cdi.evaluate({
        [RULES.gross]: eurPerYear(grossEurPerYear),
        [RULES.executive]: 'oui',
        // Without `dirigeant: non` the model takes the person for a company director and
        // computes no income tax on the salary.
        [RULES.director]: 'non',
        ...householdSituation(householdParts),
      })
      const netBefore = read.eur(RULES.netBeforeTax)
      const netAfter = read.eur(RULES.netAfterTax)
      return figures({
        grossOrTurnoverEurPerYear: grossEurPerYear,
        contributionsEurPerYear: grossEurPerYear - netBefore,
        netBeforeTaxEurPerYear: netBefore,
        netAfterTaxEurPerYear: netAfter,
        official: true,
        employerCostEurPerYear: read.eur(RULES.employerCost),
      })
    })

  // Micro-entreprise, BNC libérale: one evaluation. Its real expenses are not deductible (a flat
  // allowance is), yet they are spent: they come off the nets so that statuses compare.
  const microModel = (turnover: number, lumpSumTax: boolean, householdParts: number) =>
    cached(`micro|${cents(turnover)}|${lumpSumTax}|${householdParts}`, () => {
      const read = sessions.micro.evaluate({
        [RULES.legalForm]: "'EI'",
        [RULES.autoEntrepreneur]: 'oui',
        [RULES.turnover]: eurPerYear(turnover),
        [RULES.activity]: "'libérale'",
        [RULES.microLumpSumTax]: lumpSumTax ? 'oui' : 'non',
        ...householdSituation(householdParts),
      })
      return figures({
        grossOrTurnoverEurPerYear: turnover,
        contributionsEurPerYear: read.eur(RULES.microContributions),
        netBeforeTaxEurPerYear: read.eur(RULES.microNet),
        netAfterTaxEurPerYear: read.eur(RULES.microNetAfterTax),
        official: true,
        ceilingEurPerYear: read.eur(RULES.microCeiling),
        ceilingExceeded: read.flag(RULES.microCeilingExceeded),
        ...(lumpSumTax
          ? { versementLiberatoireThresholdExceeded: read.flag(RULES.microLumpSumTaxExceeded) }
          : {}),
      })
    })
  const micro = (inputs: SocialInputs, turnover = inputs.turnoverEurPerYear): StatusResult => {
    const model = microModel(turnover, inputs.microVersementLiberatoire, inputs.householdParts)
    const expenses = inputs.expensesEurPerYear
    if (expenses === 0) return model
    return figures({
      ...model,
      netBeforeTaxEurPerYear: model.netBeforeTaxEurPerYear - expenses,
      netAfterTaxEurPerYear: model.netAfterTaxEurPerYear - expenses,
    })
  }

  // EI / EURL at the income tax (indépendant): the model finds the revenu professionnel by
  // solving `CA = revenu professionnel + charges + cotisations(revenu professionnel)` from scratch
  // (10–25 evaluations); here it is set in the situation and solved from the previous solutions.
  const eurl = (turnover: number, expenses: number, householdParts: number): StatusResult =>
    cached(`eurl|${cents(turnover)}|${cents(expenses)}|${householdParts}`, () => {
      const target = turnover - expenses
      const situationAt = (professionalIncome: number): SocialSituation => ({
        [RULES.legalForm]: "'SARL'",
        [RULES.partners]: "'unique'",
        [RULES.taxation]: "'IR'",
        [RULES.turnover]: eurPerYear(turnover),
        [RULES.expenses]: eurPerYear(expenses),
        [RULES.professionalIncome]: eurPerYear(professionalIncome),
        ...householdSituation(householdParts),
      })
      // y = revenu professionnel + deductible contributions, which must equal CA − charges.
      const probe = (professionalIncome: number): Probe<Reader> => {
        const x = cents(professionalIncome)
        const read = sessions.eurl.evaluate(situationAt(x))
        return { x, y: x + target - read.eur(RULES.taxableProfit), data: read }
      }
      const read = solveOnCurve(probe, eurlCurve, {
        target,
        lo: -MAX_SOLVE_EUR,
        hi: MAX_SOLVE_EUR,
        defaultSlope: 1.4,
        tolerance: PROFESSIONAL_INCOME_TOLERANCE_EUR_PER_YEAR,
        settle: 'closest',
        what: 'EURL revenu professionnel',
      })
      if (read === null) throw new SocialModelError('no revenu professionnel fits the turnover')
      return figures({
        grossOrTurnoverEurPerYear: turnover,
        contributionsEurPerYear: read.eur(RULES.remunerationContributions),
        netBeforeTaxEurPerYear: read.eur(RULES.remunerationNet),
        netAfterTaxEurPerYear: read.eur(RULES.remunerationNetAfterTax),
        official: true,
      })
    })

  // A gross salary on the salaried model: SASU president (assimilé salarié) or portage employee.
  const salaryAt = (
    session: Session,
    situation: (gross: string) => SocialSituation,
    outputs: SalaryRules,
    grossEurPerYear: number,
  ): Probe<() => SalaryFigures> => {
    const gross = cents(grossEurPerYear)
    const read = session.evaluate(situation(eurPerYear(gross)))
    const cost = read.eur(outputs.cost)
    return {
      x: gross,
      y: cost,
      data: () => {
        const netBefore = read.eur(outputs.netBeforeTax)
        return {
          grossEurPerYear: gross,
          employerCostEurPerYear: cost,
          contributionsEurPerYear: cost - netBefore,
          netBeforeTaxEurPerYear: netBefore,
          netAfterTaxEurPerYear: read.eur(outputs.netAfterTax),
        }
      },
    }
  }
  /**
   * Solves the gross salary whose employer's cost is the target; when the cost jumps over it (at
   * 3 SMIC, where the réduction générale RGDU of ≈ 1 300 € stops), the gross below the jump, as
   * the budget cannot pay more; no salary at all when the budget is below the cost of a nil one.
   */
  const salaryForCost = (
    status: 'sasu' | 'portage',
    at: (gross: number) => Probe<() => SalaryFigures>,
    costEurPerYear: number,
  ): SalaryFigures => {
    const key = `${status}|${cents(costEurPerYear)}`
    if (costEurPerYear <= 0) return NO_SALARY
    const salary = solveOnCurve(at, status === 'sasu' ? sasuCurve : portageCurve, {
      target: costEurPerYear,
      lo: 0,
      hi: MAX_SOLVE_EUR,
      defaultSlope: 1.45,
      tolerance: SALARY_TOLERANCE_EUR_PER_YEAR,
      settle: 'below',
      what: `${status} gross salary`,
    })
    if (salary === null) return NO_SALARY
    const solved = salary()
    solvedGross.set(key, solved.grossEurPerYear)
    return solved
  }

  const sasuSituation =
    (householdParts: number) =>
    (gross: string): SocialSituation => ({
      [RULES.legalForm]: "'SAS'",
      [RULES.partners]: "'unique'",
      [RULES.gross]: gross,
      ...householdSituation(householdParts),
    })
  const sasuAt = (householdParts: number) => (gross: number) =>
    salaryAt(sessions.sasu, sasuSituation(householdParts), SASU_OUTPUTS, gross)

  // SASU: the whole margin (turnover − expenses) is paid to the president as remuneration
  // (`dirigeant . rémunération . totale`, which is the employer's total cost of the salary).
  const sasuModel = (marginEurPerYear: number, householdParts: number) =>
    cached(`sasu|${cents(marginEurPerYear)}|${householdParts}`, () => {
      const salary = salaryForCost('sasu', sasuAt(householdParts), marginEurPerYear)
      return figures({
        grossOrTurnoverEurPerYear: marginEurPerYear,
        contributionsEurPerYear: salary.contributionsEurPerYear,
        netBeforeTaxEurPerYear: salary.netBeforeTaxEurPerYear,
        netAfterTaxEurPerYear: salary.netAfterTaxEurPerYear,
        official: true,
      })
    })
  const sasu = (inputs: SocialInputs): StatusResult => ({
    ...sasuModel(inputs.turnoverEurPerYear - inputs.expensesEurPerYear, inputs.householdParts),
    grossOrTurnoverEurPerYear: inputs.turnoverEurPerYear,
  })

  const portageSituation =
    (householdParts: number) =>
    (gross: string): SocialSituation => ({
      [RULES.gross]: gross,
      [RULES.executive]: 'oui',
      [RULES.director]: 'non',
      ...householdSituation(householdParts),
    })
  const portageAt = (householdParts: number) => (gross: number) =>
    salaryAt(sessions.portage, portageSituation(householdParts), EMPLOYEE_OUTPUTS, gross)

  // Portage salarial (not in modele-social, approximated): the portage company keeps its fee,
  // reimburses the expenses, and spends the rest as the employer's total cost of a cadre salary.
  const portageModel = (employerCostEurPerYear: number, householdParts: number) =>
    cached(`portage|${cents(employerCostEurPerYear)}|${householdParts}`, () => {
      const salary = salaryForCost('portage', portageAt(householdParts), employerCostEurPerYear)
      return figures({
        grossOrTurnoverEurPerYear: 0,
        contributionsEurPerYear: salary.contributionsEurPerYear,
        netBeforeTaxEurPerYear: salary.netBeforeTaxEurPerYear,
        netAfterTaxEurPerYear: salary.netAfterTaxEurPerYear,
        official: false,
        employerCostEurPerYear: salary.employerCostEurPerYear,
      })
    })
  const portage = (inputs: SocialInputs): StatusResult => {
    const turnover = inputs.turnoverEurPerYear
    const fee = turnover * inputs.portageFeeRate
    return {
      ...portageModel(turnover - fee - inputs.expensesEurPerYear, inputs.householdParts),
      grossOrTurnoverEurPerYear: turnover,
      managementFeeEurPerYear: cents(fee),
    }
  }

  const computeStatus = (status: Status, inputs: SocialInputs): StatusResult => {
    switch (status) {
      case 'cdi':
        return cdi(inputs.cdiGrossEurPerYear, inputs.householdParts)
      case 'micro':
        return micro(inputs)
      case 'eurl':
        return eurl(inputs.turnoverEurPerYear, inputs.expensesEurPerYear, inputs.householdParts)
      case 'sasu':
        return sasu(inputs)
      case 'portage':
        return portage(inputs)
    }
  }

  // Break-even: each freelance net after tax is increasing in a driver (turnover for micro and
  // EURL, gross salary for SASU and portage), searched by secants from the current figures.
  const breakEvenTurnover = (
    status: FreelanceStatus,
    inputs: SocialInputs,
    cdiNet: number,
  ): number | null => {
    const max = BREAK_EVEN_MAX_TURNOVER_EUR_PER_YEAR
    const expenses = inputs.expensesEurPerYear
    const common = {
      target: cdiNet,
      tolerance: BREAK_EVEN_TOLERANCE_EUR_PER_YEAR,
      maxEvaluations: 30,
      xTolerance: 0.5,
      // Nets are rounded to the euro at several steps.
      noise: 10,
    }
    const current = computeStatus(status, inputs)
    const currentNet = current.netAfterTaxEurPerYear
    const turnoverOf = (outcome: SolveOutcome<number>): number | null => {
      if (outcome.kind === 'aboveRange') return null
      const gap = Math.abs(outcome.probe.y - cdiNet)
      if (outcome.kind === 'gaveUp' && gap > 5 * BREAK_EVEN_TOLERANCE_EUR_PER_YEAR) return null
      const turnover = outcome.probe.data
      return turnover <= max ? Math.max(0, turnover) : null
    }

    if (status === 'micro' || status === 'eurl') {
      const netAt = (turnover: number): Probe<number> => {
        const t = cents(turnover)
        const result =
          status === 'micro'
            ? micro(inputs, t)
            : eurl(t, inputs.expensesEurPerYear, inputs.householdParts)
        return { x: t, y: result.netAfterTaxEurPerYear, data: t }
      }
      const known = { x: inputs.turnoverEurPerYear, y: currentNet, data: inputs.turnoverEurPerYear }
      return turnoverOf(
        solveIncreasing(netAt, {
          ...common,
          lo: 0,
          hi: max,
          guess: proportional(known, cdiNet, 0.55),
          slope: 0.55,
          known: [known],
        }),
      )
    }

    const parts = inputs.householdParts
    const at = status === 'sasu' ? sasuAt(parts) : portageAt(parts)
    const costToTurnover = (cost: number) =>
      status === 'sasu' ? cost + expenses : (cost + expenses) / (1 - inputs.portageFeeRate)
    const netAt = (gross: number): Probe<number> => {
      const probe = at(gross)
      return { x: probe.x, y: probe.data().netAfterTaxEurPerYear, data: costToTurnover(probe.y) }
    }
    const currentCost =
      status === 'sasu'
        ? inputs.turnoverEurPerYear - expenses
        : inputs.turnoverEurPerYear * (1 - inputs.portageFeeRate) - expenses
    const currentGross = solvedGross.get(`${status}|${cents(currentCost)}`)
    const known: Probe<number>[] =
      currentGross !== undefined && currentGross > 0
        ? [{ x: currentGross, y: currentNet, data: inputs.turnoverEurPerYear }]
        : []
    return turnoverOf(
      solveIncreasing(netAt, {
        ...common,
        lo: 0,
        hi: max,
        guess: known[0] ? proportional(known[0], cdiNet, 0.6) : cdiNet / 0.6,
        slope: 0.6,
        known,
      }),
    )
  }

  // Net by days: every point is computeStatus at TJM × days, so each reuses the result cache (the
  // person's own days are the compute just made) and seeds the solvers' curves for the next one.
  function* netByDaysSteps(inputs: SocialInputs): Generator<void, NetByDaysResult, void> {
    const own = inputs.billableDays
    const tjm = inputs.turnoverEurPerYear / own
    const cdiNet = cdi(inputs.cdiGrossEurPerYear, inputs.householdParts).netAfterTaxEurPerYear
    const points: NetByDaysPoint[] = []
    for (const days of netByDaysDays(own)) {
      if (days !== own && tjm * days > MAX_EUR_PER_YEAR) continue
      const turnover = days === own ? inputs.turnoverEurPerYear : cents(tjm * days)
      const at: SocialInputs = { ...inputs, turnoverEurPerYear: turnover, billableDays: days }
      const nets = { micro: 0, eurl: 0, sasu: 0, portage: 0 }
      for (const status of FREELANCE_STATUSES) {
        const before = counter.situations
        nets[status] = computeStatus(status, at).netAfterTaxEurPerYear
        if (counter.situations > before) yield
      }
      points.push({ days, turnoverEurPerYear: turnover, cdi: cdiNet, ...nets })
    }
    return { tjmEurPerDay: tjm, points }
  }

  return {
    compute(inputs) {
      return {
        results: {
          cdi: computeStatus('cdi', inputs),
          micro: computeStatus('micro', inputs),
          eurl: computeStatus('eurl', inputs),
          sasu: computeStatus('sasu', inputs),
          portage: computeStatus('portage', inputs),
        },
      }
    },
    computeStatus,
    breakEven(inputs) {
      const cdiNet = cdi(inputs.cdiGrossEurPerYear, inputs.householdParts).netAfterTaxEurPerYear
      const point = (status: FreelanceStatus): BreakEvenPoint => {
        // The break-even turnover does not depend on the turnover nor on the billable days.
        const key = [
          status,
          cents(inputs.cdiGrossEurPerYear),
          inputs.householdParts,
          cents(inputs.expensesEurPerYear),
          status === 'micro' ? inputs.microVersementLiberatoire : '',
          status === 'portage' ? inputs.portageFeeRate : '',
        ].join('|')
        let hit = breakEvens.get(key)
        if (hit === undefined) {
          const turnover = breakEvenTurnover(status, inputs, cdiNet)
          hit = { turnoverEurPerYear: turnover === null ? null : cents(turnover) }
          breakEvens.set(key, hit)
        } else {
          cacheHits += 1
        }
        const turnover = hit.turnoverEurPerYear
        return {
          turnoverEurPerYear: turnover,
          tjmEurPerDay: turnover === null ? null : turnover / inputs.billableDays,
        }
      }
      return {
        cdiNetAfterTaxEurPerYear: cdiNet,
        statuses: {
          micro: point('micro'),
          eurl: point('eurl'),
          sasu: point('sasu'),
          portage: point('portage'),
        },
      }
    },
    netByDays(inputs) {
      const steps = netByDaysSteps(inputs)
      for (;;) {
        const step = steps.next()
        if (step.done) return step.value
      }
    },
    netByDaysSteps,
    stats: () => ({ situations: counter.situations, cacheHits }),
  }
}

/** Solved amounts are sought within ±100 M€ a year. */
const MAX_SOLVE_EUR = 100_000_000

/**
 * Solves f(x) = target on a curve that does not depend on the household, seeded with the points
 * already seen on it (which it remembers), and returns what f produced at the solution, or null
 * when even f(lo) exceeds a target that must not be exceeded.
 */
function solveOnCurve<D>(
  f: (x: number) => Probe<D>,
  curve: PointMemo,
  options: {
    target: number
    lo: number
    hi: number
    defaultSlope: number
    tolerance: number
    settle: 'closest' | 'below'
    what: string
  },
): D | null {
  const remembered = (x: number): Probe<D | undefined> => {
    const probe = f(x)
    curve.remember(probe.x, probe.y)
    return probe
  }
  const outcome = solveIncreasing<D | undefined>(remembered, {
    ...options,
    guess: options.target / options.defaultSlope,
    slope: options.defaultSlope,
    maxEvaluations: 30,
    known: curve.near(options.target),
    xTolerance: 0.5,
  })
  const { kind, probe } = outcome
  if (kind === 'found' || kind === 'jump') {
    return probe.data ?? f(probe.x).data
  }
  if (kind === 'belowRange' && options.settle === 'below') return null
  throw new SocialModelError(
    `could not solve the ${options.what}: ${kind} after ${outcome.evaluations} evaluations`,
  )
}

/** A first guess for x at which y reaches the target, scaling a known point (or by a slope). */
function proportional(known: Probe<unknown>, target: number, slope: number): number {
  if (known.y > 1000 && known.x > 0) return (known.x * target) / known.y
  return known.x + (target - known.y) / slope
}

/** Rounds a status's figures to the cent and derives the income tax. */
function figures(result: Omit<StatusResult, 'incomeTaxEurPerYear'>): StatusResult {
  const netBefore = cents(result.netBeforeTaxEurPerYear)
  const netAfter = cents(result.netAfterTaxEurPerYear)
  const rounded: StatusResult = {
    ...result,
    grossOrTurnoverEurPerYear: cents(result.grossOrTurnoverEurPerYear),
    contributionsEurPerYear: cents(result.contributionsEurPerYear),
    netBeforeTaxEurPerYear: netBefore,
    netAfterTaxEurPerYear: netAfter,
    incomeTaxEurPerYear: cents(netBefore - netAfter),
  }
  if (result.employerCostEurPerYear !== undefined) {
    rounded.employerCostEurPerYear = cents(result.employerCostEurPerYear)
  }
  if (result.ceilingEurPerYear !== undefined) {
    rounded.ceilingEurPerYear = cents(result.ceilingEurPerYear)
  }
  return rounded
}
