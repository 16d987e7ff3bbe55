/**
 * ACRE (aide à la création ou à la reprise d'entreprise), in French: the fields that use them load
 * after the page is hydrated, so these texts load with them, out of the first load. Another
 * language adds a sibling file of type AcreCatalogue.
 */
export const frAcre = {
  label: 'ACRE (aide à la création ou à la reprise d’entreprise)',
  date: 'Date de création de l’entreprise',
  dateHint:
    'Une date de 2026 : le modèle suit les règles de 2026. Les chiffres sont ceux des 12 premiers mois d’activité, comptés sur une année pleine de jours facturés.',
  errors: {
    format: 'Saisissez une date complète, par exemple 01/03/2026.',
    range:
      'Saisissez une date de 2026 : le modèle suit les règles de 2026, et l’ACRE ne couvre que les 12 premiers mois.',
  },
  eligibility:
    'Depuis 2026, l’ACRE n’est plus automatique : elle se demande à l’Urssaf dans les 60 jours suivant la création, et reste réservée à certains publics (demandeurs d’emploi, bénéficiaires du RSA ou de l’ASS, moins de 26 ans, création en quartier prioritaire…), en société à condition de contrôler le capital, et pas deux fois en trois ans.',
  effect:
    'D’après le modèle : en micro-entreprise, la moitié des cotisations pour une création avant juillet 2026, les trois quarts après ; en EI, EURL (à l’IR ou à l’IS) et SASU, une exonération partielle pour un revenu jusqu’à 75 % du plafond annuel de la Sécurité sociale (PASS), puis de moins en moins, jusqu’à rien au PASS. Les dividendes n’en profitent pas ; le CDI et le portage non plus.',
  after: 'Dès le 13e mois, les cotisations reviennent au taux plein : le net baisse d’autant.',
  source: 'Urssaf : les règles de l’ACRE depuis le 1er janvier 2026',
  sourceUrl: 'https://www.urssaf.fr/accueil/actualites/acre-nouvelles-regles-demarches.html',
} as const

/** The ACRE fields' texts, in any language. */
export type AcreCatalogue = {
  readonly [K in keyof typeof frAcre]: (typeof frAcre)[K] extends string
    ? string
    : { readonly [E in keyof (typeof frAcre)[K]]: string }
}
