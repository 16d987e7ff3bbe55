import { householdParts as partsOf } from '../../domain/household'
import { Lru } from '../lru'
import type { SocialInputs, StatusResult, VersementLiberatoire } from '../model'
import { createProtectionMemo, protectionReaders } from '../protection'
import {
  acreKey,
  acreSituation,
  cents,
  eurPerYear,
  householdKey,
  householdSituation,
  notAnEmployee,
  RULES,
} from '../rules'
import type { Session } from '../session'
import { figures, proportional } from './figures'
import type { StatusFactory } from './types'

/** The household's fiscal parts: those of the household described, else the parts given. */
function partsOfInputs(inputs: SocialInputs): number {
  return inputs.household === undefined ? inputs.householdParts : partsOf(inputs.household)
}

/**
 * The versement libératoire's eligibility: open when the household's reference tax income of N-2
 * per part is at most the model's ceiling (29 315 € for 2026); the RFR is the one typed, else the
 * one the CDI salary simulated gives (the person's likely last salary).
 */
function createEligibility(session: Session) {
  const cdiRfr = new Lru<number>(50)
  // The ceiling is the income tax's second bracket of N-1: one figure for the model's year, read
  // once when the engine is made, so that asking for the option costs one evaluation at most.
  const ceilingPerPart = session
    .evaluate({
      [RULES.legalForm]: "'EI'",
      [RULES.autoEntrepreneur]: 'oui',
      [RULES.microLumpSumTax]: 'oui',
    })
    .eur(RULES.microLumpSumTaxCeilingPerPart)
  return (inputs: SocialInputs): VersementLiberatoire => {
    const typed = inputs.referenceTaxIncomeEurPerYear ?? null
    let rfr = typed
    if (rfr === null) {
      const key = `${cents(inputs.cdiGrossEurPerYear)}|${householdKey(inputs)}`
      rfr = cdiRfr.get(key) ?? null
      if (rfr === null) {
        rfr = session
          .evaluate({
            [RULES.gross]: eurPerYear(inputs.cdiGrossEurPerYear),
            [RULES.executive]: 'oui',
            [RULES.director]: 'non',
            ...householdSituation(inputs),
          })
          .eur(RULES.referenceTaxIncome)
        cdiRfr.set(key, rfr)
      }
    }
    const parts = partsOfInputs(inputs)
    return {
      open: rfr / parts <= ceilingPerPart,
      referenceTaxIncomeEurPerYear: cents(rfr),
      fromCdi: typed === null,
      householdParts: parts,
      ceilingPerPartEurPerYear: cents(ceilingPerPart),
    }
  }
}

/**
 * Micro-entreprise, BNC libérale: one evaluation. Its real expenses are not deductible (a flat
 * allowance is), yet they are spent: they come off the nets so that statuses compare. The
 * versement libératoire counts only when the household's reference tax income opens it; above
 * the turnover ceiling the status is marked not accessible.
 */
export const createMicroModel: StatusFactory = ({ session, cached }) => {
  const eligibility = createEligibility(session)
  const keyOf = (turnover: number, lumpSumTax: boolean, inputs: SocialInputs) =>
    `micro|${cents(turnover)}|${lumpSumTax}|${householdKey(inputs)}|${acreKey(inputs, 'micro')}`
  const protection = createProtectionMemo('selfEmployed')
  const model = (turnover: number, lumpSumTax: boolean, inputs: SocialInputs) => {
    const key = keyOf(turnover, lumpSumTax, inputs)
    return cached(key, () => {
      const read = session.evaluate({
        [RULES.legalForm]: "'EI'",
        [RULES.autoEntrepreneur]: 'oui',
        [RULES.turnover]: eurPerYear(turnover),
        [RULES.activity]: "'libérale'",
        [RULES.microLumpSumTax]: lumpSumTax ? 'oui' : 'non',
        ...notAnEmployee(),
        ...householdSituation(inputs),
        ...acreSituation(inputs, 'micro'),
      })
      protection.record(key, read)
      const ceilingExceeded = read.flag(RULES.microCeilingExceeded)
      return figures({
        grossOrTurnoverEurPerYear: turnover,
        contributionsEurPerYear: read.eur(RULES.microContributions),
        netBeforeTaxEurPerYear: read.eur(RULES.microNet),
        netAfterTaxEurPerYear: read.eur(RULES.microNetAfterTax),
        official: true,
        ceilingEurPerYear: read.eur(RULES.microCeiling),
        ceilingExceeded,
        accessible: !ceilingExceeded,
        ...(ceilingExceeded ? { inaccessibleReason: 'turnoverAboveCeiling' as const } : {}),
        ...(lumpSumTax
          ? { versementLiberatoireThresholdExceeded: read.flag(RULES.microLumpSumTaxExceeded) }
          : {}),
      })
    })
  }
  // The option counts only when the household's RFR opens it.
  const lumpSumTaxOf = (inputs: SocialInputs) =>
    inputs.microVersementLiberatoire ? eligibility(inputs) : undefined
  const compute = (inputs: SocialInputs): StatusResult => {
    const versement = lumpSumTaxOf(inputs)
    const base = model(inputs.turnoverEurPerYear, versement?.open === true, inputs)
    const expenses = inputs.expensesEurPerYear
    const withExpenses =
      expenses === 0
        ? base
        : figures({
            ...base,
            netBeforeTaxEurPerYear: base.netBeforeTaxEurPerYear - expenses,
            netAfterTaxEurPerYear: base.netAfterTaxEurPerYear - expenses,
          })
    return versement === undefined
      ? withExpenses
      : { ...withExpenses, versementLiberatoire: versement }
  }
  return {
    status: 'micro',
    compute,
    ...protectionReaders(protection, compute, (inputs) =>
      keyOf(inputs.turnoverEurPerYear, lumpSumTaxOf(inputs)?.open === true, inputs),
    ),
    breakEven: {
      key: (inputs) =>
        `${inputs.microVersementLiberatoire}|${inputs.referenceTaxIncomeEurPerYear ?? 'cdi'}`,
      search: (inputs, cdiNet) => turnoverSearch(inputs, cdiNet, compute),
    },
  }
}

/**
 * A break-even search whose driver is the turnover itself: the micro-entreprise's, and the SASU's
 * and the EURL à l'IS's when they pay dividends or a set pay (each probe a compute).
 */
export function turnoverSearch(
  inputs: SocialInputs,
  cdiNet: number,
  compute: (inputs: SocialInputs) => { netAfterTaxEurPerYear: number },
) {
  const slope = 0.55
  const known = {
    x: inputs.turnoverEurPerYear,
    y: compute(inputs).netAfterTaxEurPerYear,
    data: inputs.turnoverEurPerYear,
  }
  return {
    netAt: (turnover: number) => {
      const t = cents(turnover)
      const net = compute({ ...inputs, turnoverEurPerYear: t }).netAfterTaxEurPerYear
      return { x: t, y: net, data: t }
    },
    known: [known],
    guess: proportional(known, cdiNet, slope),
    slope,
  }
}
