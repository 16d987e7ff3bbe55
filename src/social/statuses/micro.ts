import type { SocialInputs } from '../model'
import { createProtectionMemo } from '../protection'
import { cents, eurPerYear, householdSituation, RULES } from '../rules'
import { figures, proportional } from './figures'
import type { StatusFactory } from './types'

/**
 * Micro-entreprise, BNC libérale: one evaluation. Its real expenses are not deductible (a flat
 * allowance is), yet they are spent: they come off the nets so that statuses compare.
 */
export const createMicroModel: StatusFactory = ({ session, cached }) => {
  const keyOf = (turnover: number, lumpSumTax: boolean, householdParts: number) =>
    `micro|${cents(turnover)}|${lumpSumTax}|${householdParts}`
  const protection = createProtectionMemo('selfEmployed')
  const model = (turnover: number, lumpSumTax: boolean, householdParts: number) => {
    const key = keyOf(turnover, lumpSumTax, householdParts)
    return cached(key, () => {
      const read = session.evaluate({
        [RULES.legalForm]: "'EI'",
        [RULES.autoEntrepreneur]: 'oui',
        [RULES.turnover]: eurPerYear(turnover),
        [RULES.activity]: "'libérale'",
        [RULES.microLumpSumTax]: lumpSumTax ? 'oui' : 'non',
        ...householdSituation(householdParts),
      })
      protection.record(key, read)
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
  }
  const compute = (inputs: SocialInputs) => {
    const base = model(
      inputs.turnoverEurPerYear,
      inputs.microVersementLiberatoire,
      inputs.householdParts,
    )
    const expenses = inputs.expensesEurPerYear
    if (expenses === 0) return base
    return figures({
      ...base,
      netBeforeTaxEurPerYear: base.netBeforeTaxEurPerYear - expenses,
      netAfterTaxEurPerYear: base.netAfterTaxEurPerYear - expenses,
    })
  }
  return {
    status: 'micro',
    compute,
    protection: (inputs) => {
      compute(inputs)
      const { turnoverEurPerYear, microVersementLiberatoire, householdParts } = inputs
      return protection.at(keyOf(turnoverEurPerYear, microVersementLiberatoire, householdParts))
    },
    breakEven: {
      key: (inputs) => String(inputs.microVersementLiberatoire),
      search: (inputs, cdiNet) => turnoverSearch(inputs, cdiNet, compute),
    },
  }
}

/** A break-even search whose driver is the turnover itself (micro-entreprise, EI / EURL). */
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
