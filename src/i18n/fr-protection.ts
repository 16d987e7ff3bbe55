/**
 * The texts of the "Protection sociale" table (issue 12), in French: a part of the catalogue that
 * only the table's lazy chunk imports (read with `useProtectionText()` from ./protection.ts), so
 * that first-load JavaScript stays small. Another language adds a sibling file exporting a value
 * of type `ProtectionCatalogue`.
 */
export const frProtection = {
  heading: 'Protection sociale',
  intro: 'Ce que les cotisations de l’année vous ouvrent, aux mêmes entrées que le revenu net.',
  caption: 'Protection sociale par statut, pour une année',
  updating: 'Mise à jour de la protection sociale…',
  /** A cell whose figure is being read (the first answer for these inputs). */
  computing: 'calcul…',
  rows: {
    quarters: {
      label: 'Trimestres de retraite validés',
      help: '1 par tranche de 150 h de SMIC cotisées, 4 au plus (retraite . trimestres).',
    },
    basePension: {
      label: 'Retraite de base, carrière complète à ce revenu',
      help: 'Taux plein si toute la carrière valait cette année : 50 % du revenu plafonné (retraite . base). Pas ce que cette année ajoute.',
    },
    supplementaryPoints: {
      label: 'Points de retraite complémentaire',
      help: 'Acquis cette année : AGIRC-ARRCO (salariés, SASU), RCI (indépendants).',
    },
    supplementaryPension: {
      label: 'Retraite complémentaire gagnée cette année',
      help: 'Points × valeur du point : pension annuelle ajoutée, à vie.',
    },
    sickPay: {
      label: 'Indemnités journalières maladie',
      help: 'Par jour d’arrêt (maladie . arrêt maladie).',
    },
    waitingDays: {
      label: 'Jours de carence',
      help: 'Premiers jours d’arrêt non payés (délai de carence).',
    },
    maternity: {
      label: 'Maternité, paternité, adoption',
      help: 'Par jour de congé (maladie . maternité paternité adoption).',
    },
    invalidity: {
      label: 'Pension d’invalidité totale',
      help: 'Par mois (invalidité et décès . pension invalidité).',
    },
    deathCapital: {
      label: 'Capital décès',
      help: 'Versé aux proches (invalidité et décès . capital décès).',
    },
    unemployment: {
      label: 'Assurance chômage',
      help: 'Oui si le statut y cotise (salarié . cotisations . chômage). L’allocation (ARE) n’est pas calculée.',
    },
    health: {
      label: 'Mutuelle, part employeur',
      help: 'Payée par l’employeur ou la société (prévoyances . santé).',
    },
    provident: {
      label: 'Prévoyance, part employeur',
      help: 'Incapacité, invalidité, décès (prévoyances . incapacité invalidité décès).',
    },
  },
  values: {
    quarters: (n: string) => `${n} sur 4`,
    points: (n: string, scheme: 'salaried' | 'selfEmployed') =>
      `${n} points ${scheme === 'salaried' ? 'AGIRC-ARRCO' : 'RCI'}`,
    pension: (perYear: string, pointValue: string) => `${perYear} par an (${pointValue} le point)`,
    perYear: (amount: string) => `${amount} par an`,
    perMonth: (amount: string) => `${amount} par mois`,
    perDay: (amount: string) => `${amount} par jour`,
    days: (n: string) => `${n} jours`,
    none: 'aucune',
    noSickPay: 'sans objet',
    yes: (amount: string) => `oui (${amount} de cotisations par an)`,
    no: 'non',
    noEmployer: 'non, à votre charge',
  },
  notComputed: 'non calculé',
  why: {
    selfEmployedBelowThreshold: 'le modèle n’en prévoit pas à ce revenu',
    missing: 'le modèle ne le donne pas pour ce statut',
    noProtection: 'pas encore fourni pour ce statut',
  },
  status: (label: string) => `${label} : `,
  reading: {
    cdiBest: 'Le CDI laisse le plus de net et garde toute sa protection.',
    lead: (label: string) => `En ${label}, face au CDI : `,
    quarters: (n: number) => (n > 1 ? `${n} trimestres validés` : `${n} trimestre validé`),
    pension: (own: string, cdi: string) =>
      `${own} de retraite complémentaire par année travaillée au lieu de ${cdi}`,
    noSickPay: 'pas d’indemnités journalières',
    sickPay: (own: string, cdi: string) => `indemnités de ${own} par jour au lieu de ${cdi}`,
    noUnemployment: 'pas d’assurance chômage',
    nothing: 'la même protection.',
  },
  source: 'modele-social 11.1.0 ; portage : approximation (modèle salarié).',
}

/** The protection table's texts; another language's file exports a value of this type. */
export type ProtectionCatalogue = typeof frProtection
