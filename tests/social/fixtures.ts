/** The page's default scenario as the page sends it: 492,5 €/day × 212 days (104 410 €). */
export const defaultScenario = {
  tjmEurPerDay: 492.5,
  billableDays: 212,
  cdiGrossEurPerYear: 97193,
  householdParts: 1,
  microVersementLiberatoire: false,
}

/**
 * The TJM and days at which the worker's turnover (TJM × days) is `turnoverEurPerYear` to the
 * cent, the precision of the model's situations: for tests written as turnovers.
 */
export function atTurnover(
  turnoverEurPerYear: number,
  billableDays = 212,
): { tjmEurPerDay: number; billableDays: number } {
  return { tjmEurPerDay: turnoverEurPerYear / billableDays, billableDays }
}
