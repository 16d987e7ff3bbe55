/**
 * The director's pay in the companies at corporate tax (SASU, EURL à l'IS), in French: the panel
 * that uses them loads after the first figures, so these texts load with it, out of the first
 * load. Another language adds a sibling file of type CompanyPayCatalogue.
 */
export const frCompanyPay = {
  heading: 'SASU et EURL à l’IS : salaire ou dividendes',
  intro:
    'À l’IS, la marge que la rémunération ne consomme pas est un bénéfice : il paie l’IS (15 % jusqu’à 42 500 €, 25 % au-delà), puis peut être distribué.',
  sasuLegend: 'Rémunération du dirigeant — SASU',
  eurlIsLegend: 'Rémunération du dirigeant — EURL à l’IS',
  sasuChoices: {
    salaire: 'Tout en salaire',
    dividendes: 'Tout en dividendes',
    chosen: 'Un salaire brut choisi',
    optimal: 'Répartition optimale',
  },
  eurlIsChoices: {
    salaire: 'Toute la marge en rémunération',
    chosen: 'Une rémunération choisie',
    optimal: 'Répartition optimale',
  },
  sasuChosen: 'Salaire brut annuel choisi (€)',
  eurlIsChosen: 'Rémunération annuelle choisie, cotisations comprises (€)',
  tooHigh: (margin: string) =>
    `Saisissez un montant au plus égal à la marge (chiffre d’affaires moins frais : ${margin}).`,
  noTurnover:
    'Sans chiffre d’affaires, aucun salaire ne peut être versé : indiquez un TJM et des jours facturés.',
  methodLegend: 'Imposition des dividendes',
  methods: {
    pfu: 'Prélèvement forfaitaire unique (31,4 % en 2026)',
    bareme: 'Barème progressif (abattement de 40 %)',
  },
  capital: 'Capital social (€)',
  currentAccount: 'Compte courant d’associé (€)',
  splitCaption: 'Répartition entre salaire et dividendes',
  perYear: 'Par an',
  rows: {
    salaryGross: 'Salaire brut (SASU) / rémunération (EURL)',
    salaryCost: 'Coût total de la rémunération',
    corporateTax: 'Impôt sur les sociétés',
    dividendsGross: 'Dividendes bruts',
    dividendsLevies: 'Prélèvements sociaux sur les dividendes',
    incomeTax: 'Impôt sur le revenu (salaire et dividendes)',
    netAfterTax: 'Net après impôt (an)',
    kept: 'Bénéfice laissé dans la société (pas un revenu)',
  },
  betterMethod: (method: string, gain: string) =>
    `Pour ces montants, ${method} laisse ${gain} de plus par an.`,
  sameMethod: 'Pour ces montants, les deux impositions des dividendes se valent.',
  eurlNote: (allowance: string) =>
    `EURL à l’IS : au-delà de 10 % du capital et du compte courant (ici ${allowance}), les dividendes supportent les cotisations des indépendants (CSS L131-6), que modele-social 11.1.0 ne calcule pas : les dividendes s’arrêtent à ces 10 %, le reste du bénéfice reste dans la société.`,
  optimalNote:
    'Répartition optimale : le salaire qui laisse le plus de net après impôt, cherché tous les 10 000 € de brut puis à 50 € près, chaque point calculé par modele-social.',
  curveTitle: 'Net après impôt selon la part de salaire',
  curveLabel: (statuses: string) =>
    `Courbe du net après impôt par an selon le coût du salaire pour l’entreprise (${statuses}) ; le reste du bénéfice est versé en dividendes ; un point marque la répartition retenue.`,
  curveNote:
    'Chaque point : un coût du salaire, le reste en dividendes, calculé par modele-social. Le sommet de la courbe est la répartition optimale.',
  curveCost: (cost: string) => `Coût du salaire : ${cost}`,
  curveFile: 'net-selon-salaire.csv',
  curveColumns: {
    status: 'Statut',
    gross: 'Salaire brut',
    cost: 'Coût du salaire',
    net: 'Net après impôt',
  },
}

/** The pay panel's texts: the shape another language's file follows. */
export type CompanyPayCatalogue = typeof frCompanyPay
