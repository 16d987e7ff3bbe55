/**
 * The texts of the chain of modele-social rules in an explanation panel, in French: a part of the
 * catalogue only the panel's lazy chunk imports (read with `useRulesText()` from ./rules.ts), so
 * that first-load JavaScript stays small. Another language adds a sibling file exporting a value
 * of type `RulesCatalogue`.
 */
export const frRules = {
  rulesIntro: 'Les règles de modele-social appliquées à votre situation, dans l’ordre du calcul :',
  rule: 'Règle',
  references: 'Références',
  parts: (parts: string) => `${parts} part(s)`,
  /** A rate as French writes it: `4,7 %` (a narrow no-break space before the sign). */
  percent: (rate: string) => `${rate}\u202f%`,
  bracket: (rate: string, floor: string, ceiling: string) =>
    ceiling === '' ? `${rate} au-delà de ${floor}` : `${rate} de ${floor} à ${ceiling}`,
  bracketReached: ' (tranche atteinte)',
  failed: 'L’explication n’a pas pu être calculée.',
  modelNote:
    'Montants du modèle, arrondis à l’euro ; les références ouvrent les textes officiels dans un nouvel onglet.',
}

/** The chain of rules' texts; another language's file exports a value of this type. */
export type RulesCatalogue = typeof frRules
