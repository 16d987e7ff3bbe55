/** The page's default scenario as the social model receives it: 492,5 €/day × 212 days. */
export const defaultScenario = {
  turnoverEurPerYear: 104410,
  billableDays: 212,
  cdiGrossEurPerYear: 97193,
  householdParts: 1,
  microVersementLiberatoire: false,
}
