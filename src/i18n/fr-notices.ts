/**
 * The notices a link or the saved state call for (unreadable fields, a link that replaced saved
 * values) and the new-version notice, in French: shown only after the page has started, so loaded
 * with the notices, out of the first load. Another language adds a sibling file of type NoticesCatalogue.
 */
export const frNotices = {
  /** A new build of the app, installed by the service worker, waits for a reload. */
  update: {
    available: 'Nouvelle version disponible',
    reload: 'Recharger',
  },
  url: {
    notice: (names: string) =>
      `Certaines valeurs du lien étaient illisibles ou hors des limites acceptées (${names}) : les valeurs par défaut les remplacent.`,
    replacedSaved:
      'Ce lien affiche les valeurs de la personne qui l’a partagé, à la place de vos valeurs enregistrées.',
    backToSaved: 'Revenir à mes valeurs enregistrées',
  },
  saved: {
    notice: (names: string) =>
      `Certaines valeurs enregistrées étaient illisibles ou hors des limites acceptées (${names}) : les valeurs par défaut les remplacent.`,
    /** How the notice names each saved field. */
    fields: {
      experienceYears: "Années d'expérience",
      tjmEurPerDay: 'TJM',
      billableDays: 'Jours facturés par an',
      salaryGrossEurPerYear: 'Salaire brut annuel',
      year: 'Année',
      alsaceMoselle: 'Alsace-Moselle',
      paidLeaveDays: 'Congés payés',
      benchDays: 'Intercontrat',
      otherDays: 'Autres jours non facturés',
      expensesEurPerYear: 'Frais professionnels',
      householdCouple: 'Couple marié ou pacsé',
      householdChildren: 'Enfants à charge',
      householdSingleParent: 'Parent isolé',
      spouseIncomeEurPerYear: 'Revenus du conjoint',
      referenceTaxIncomeEurPerYear: 'Revenu fiscal de référence',
      portageFeePercent: 'Frais de portage',
      microVersementLiberatoire: 'Versement libératoire',
      targetNetEurPerMonth: 'Revenu net visé',
      missionDaysPerWeek: 'Jours par semaine de la mission',
      sasuPay: 'Rémunération du dirigeant (SASU)',
      eurlIsPay: 'Rémunération du dirigeant (EURL à l’IS)',
      dividendsMethod: 'Imposition des dividendes',
      capitalEur: 'Capital social',
      currentAccountEur: 'Compte courant d’associé',
      acre: 'ACRE',
      creationDate: 'Date de création',
      dataset: 'jeu de données chargé',
    },
  },
}

/** The notices' texts: the shape another language's file follows. */
export type NoticesCatalogue = typeof frNotices
