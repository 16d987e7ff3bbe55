/**
 * The glossary's definitions, in French: loaded when a person first opens one (the terms
 * themselves, on the buttons, are in ./fr.ts). The English twin is ./en-glossary.ts.
 */
export const frGlossary = {
  tjm: 'Taux journalier moyen : le prix hors taxes d’une journée de travail qu’un freelance facture à son client.',
  intercontrat:
    'Les jours sans mission entre deux contrats : le freelance ne les facture pas, mais ils comptent dans son année.',
  bnc: 'Bénéfices non commerciaux : la catégorie fiscale des professions libérales, conseil et prestations intellectuelles compris. En micro-entreprise, l’impôt les compte après un abattement forfaitaire de 34 % pour frais.',
  ir: 'Impôt sur le revenu : l’impôt du foyer, au barème progressif. Une entreprise « à l’IR » n’est pas imposée elle-même : son bénéfice l’est au nom du dirigeant.',
  is: 'Impôt sur les sociétés : l’impôt de la société sur son bénéfice (15 % jusqu’à 42 500 €, 25 % au-delà). Le dirigeant est imposé ensuite sur ce qu’il en reçoit : salaire et dividendes.',
  portage:
    'Portage salarial : le freelance trouve ses missions, une entreprise de portage les facture au client et l’emploie comme salarié, contre des frais de gestion ; il garde la protection d’un salarié, assurance chômage comprise.',
  versementLiberatoire:
    'Versement libératoire : en micro-entreprise, l’impôt sur le revenu payé avec les cotisations, à un taux fixe du chiffre d’affaires (2,2 % pour les BNC) au lieu du barème ; réservé aux foyers dont le revenu fiscal de référence reste sous un plafond.',
  parts:
    'Parts fiscales (quotient familial) : le revenu du foyer est divisé par ce nombre avant d’appliquer le barème de l’impôt, puis l’impôt multiplié d’autant : 1 part par adulte, une demi-part pour chacun des deux premiers enfants, une part à partir du troisième.',
  forfaitJours:
    'Forfait jours : un cadre autonome est payé pour un nombre de jours travaillés dans l’année (218 au plus, Code du travail, art. L3121-64), non pour des heures.',
  pfu: 'Prélèvement forfaitaire unique (« flat tax ») : 31,4 % des dividendes en 2026, 12,8 % d’impôt et 18,6 % de prélèvements sociaux. On peut choisir à la place le barème progressif de l’impôt, après un abattement de 40 %.',
  acre: 'ACRE (aide à la création ou à la reprise d’entreprise) : une exonération partielle des cotisations sociales pendant les 12 premiers mois d’activité, sur demande et pour certains publics.',
}

/** The glossary's definitions; another language's file exports a value of this type. */
export type GlossaryCatalogue = typeof frGlossary

/** A term of the glossary. */
export type GlossaryTerm = keyof GlossaryCatalogue
