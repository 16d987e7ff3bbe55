// The glossary's definitions, loaded when a person first opens one (they are not needed to paint
// the page). One entry per term.

/** The terms the page defines where they first appear. */
export const GLOSSARY_TERMS = [
  'tjm',
  'forfaitJours',
  'intercontrat',
  'bnc',
  'ir',
  'is',
  'pfu',
  'versementLiberatoire',
  'partsFiscales',
  'acre',
  'portage',
] as const
/** A term of the glossary. */
export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number]

/** A glossary in one language: each term's short definition (names are in the catalogue). */
export type Glossary = Readonly<Record<GlossaryTerm, string>>

/** The glossary in French. */
export const glossaryFr: Glossary = {
  tjm: 'Taux journalier moyen : ce qu’un freelance facture pour une journée de travail, hors taxes.',
  forfaitJours:
    'Temps de travail des cadres autonomes compté en jours par an (218 au plus), sans décompte des heures.',
  intercontrat: 'Jours sans mission entre deux contrats : ni facturés ni payés pour un freelance.',
  bnc: 'Bénéfices non commerciaux : la catégorie fiscale des revenus des professions libérales, dont le conseil et le développement informatique.',
  ir: 'Impôt sur le revenu : payé par le foyer sur ses revenus, selon un barème progressif par part.',
  is: 'Impôt sur les sociétés : payé par la société sur son bénéfice, 15 % jusqu’à 42 500 € puis 25 %.',
  pfu: 'Prélèvement forfaitaire unique (« flat tax ») : impôt et prélèvements sociaux à taux fixe sur les dividendes.',
  versementLiberatoire:
    'Option de la micro-entreprise : l’impôt sur le revenu est payé avec les cotisations, à un taux fixe du chiffre d’affaires (2,2 % en BNC).',
  partsFiscales:
    'Le quotient familial : 1 part par adulte, une demi-part par enfant pour les deux premiers ; l’impôt est calculé par part.',
  acre: 'Aide à la création ou à la reprise d’entreprise : cotisations réduites pendant la première année d’activité.',
  portage:
    'Une société de portage facture vos missions et vous salarie : vous gardez le statut de salarié, moins ses frais de gestion.',
}
