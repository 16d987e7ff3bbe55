/**
 * Every text of the interface, in French. Its shape is the `Catalogue` type: another language is
 * one more file `xx.ts` exporting a value of that type (see ./index.ts). Over 250 lines because it
 * is one catalogue (the texts of lazy panels are in the fr-*.ts files loaded with them).
 */
import type { BandName } from './band-name'

export const fr = {
  /**
   * The document's <title> and description: index.html carries the French ones (written at build
   * time), so they load only when the page changes language, in a chunk of their own.
   */
  head: () => import('./fr-head').then((m) => m.frHead),
  title: 'Calculateur TJM et salaire de CTO',
  tagline:
    'Quel taux journalier demander selon votre expérience, combien il rapporte sur les jours réellement facturables, et comment il se compare à un CDI.',
  inputs: {
    heading: 'Votre situation',
    experience: "Années d'expérience",
    experienceSlider: "Années d'expérience (curseur)",
    experienceHint: 'Les années révolues fixent la tranche : 2,9 ans compte pour 2 ans.',
    tjm: 'TJM (€ / jour)',
    tjmFollowsBand: 'Milieu de la tranche du marché.',
    tjmOverridden: 'Votre valeur.',
    tjmOfBand: (midpoint: string) => `Tranche : ${midpoint}.`,
    tjmReset: 'Revenir au TJM de la tranche',
    days: 'Jours facturés par an',
    daysFollowCalendar: 'Calculé depuis le calendrier ci-dessous.',
    daysOverridden: 'Votre valeur.',
    daysOfCalendar: (days: string) => `Calendrier : ${days} jours.`,
    daysReset: 'Revenir au calcul du calendrier',
    salary: 'Salaire brut annuel (CDI)',
    salaryRange: (min: string, mean: string, max: string) =>
      `Glassdoor, CTO en France : ${min} à ${max}, moyenne ${mean}.`,
    salaryOutside:
      'Hors de la fourchette Glassdoor : le calcul reste valable, la comparaison au marché moins.',
  },
  errors: {
    empty: 'Saisissez une valeur.',
    notNumber: 'Saisissez un nombre, par exemple 12,5.',
    notInteger: 'Saisissez un nombre entier.',
    step: (step: string) => `Saisissez un multiple de ${step}.`,
    range: (min: string, max: string) => `Saisissez une valeur entre ${min} et ${max}.`,
  },
  days: {
    heading: 'Jours facturables',
    summary: 'Détail du calendrier',
    year: 'Année',
    weekdays: 'Jours ouvrés (lundi à vendredi)',
    holidays: 'Jours fériés en semaine',
    showHolidays: 'Voir les jours fériés',
    holidaysOf: (year: number) => `Jours fériés ${year}`,
    holidaysLoading: 'Chargement des jours fériés…',
    /** A public holiday's name, as the calendar library gives it in French. */
    holidayName: (name: string) => name,
    alsace: 'Alsace-Moselle (Vendredi saint et Saint-Étienne fériés)',
    workingDays: 'Jours travaillables',
    paidLeave: 'Congés payés (jours)',
    bench: 'Intercontrat (jours)',
    other: 'Autres jours non facturés (formation, maladie, gestion, prospection)',
    billable: 'Jours facturables',
    weekend: 'week-end',
  },
  results: {
    heading: 'Résultats',
    band: 'TJM du marché',
    bandFor: (label: string) => `Tranche « ${label} »`,
    /** A band's name: the source's own label. */
    bandName: (band: BandName): string => band.label,
    midpoint: 'Milieu de tranche',
    spread: (low: string, high: string) => `De ${low} à ${high} selon les profils`,
    top: 'Les mieux payés',
    bandNote:
      "Tranches issues d'une enquête de marché : elles ne montent pas régulièrement avec l'expérience.",
    revenue: "Chiffre d'affaires annuel",
    perMonth: 'par mois',
    revenueDetail: (tjm: string, days: string) => `${tjm} × ${days} jours`,
    comparison: 'Comparaison brute avec le CDI',
    difference: 'Écart avec le salaire brut',
    breakEven: 'TJM qui égale le salaire brut',
    daysNeeded: 'Jours nécessaires à votre TJM',
    moreThanAYear: 'plus d’une année',
    grossNote:
      'Comparaison avant cotisations et impôt : un freelance paie ses propres cotisations, voir le revenu net plus bas.',
  },
  /** The other language, named in itself: the switch's text. */
  language: {
    other: 'English',
    failed:
      'La page en anglais n’a pas pu être chargée (hors connexion ?) : réessayez une fois connecté.',
  },
  /** The words a person may not know, defined where they first appear (./fr-glossary.ts). */
  glossary: {
    label: 'Lexique :',
    /** The terms, as the page writes them (French terms, kept in every language). */
    terms: {
      tjm: 'TJM',
      intercontrat: 'intercontrat',
      bnc: 'BNC',
      ir: 'IR',
      is: 'IS',
      portage: 'portage salarial',
      versementLiberatoire: 'versement libératoire',
      parts: 'parts fiscales',
      forfaitJours: 'forfait jours',
      pfu: 'PFU',
      acre: 'ACRE',
    },
    loading: '…',
    failed: 'Définition indisponible : elle n’a pas pu être chargée (hors connexion ?).',
    definitions: () => import('./fr-glossary').then((m) => m.frGlossary),
  },
  /** Between a label and its value: a no-break space before the colon in French. */
  colon: '\u00a0:',
  actions: {
    copy: 'Copier le lien',
    copied: 'Lien copié dans le presse-papiers.',
    copyFailed: 'Copie impossible : copiez l’adresse de la page.',
    reset: 'Réinitialiser',
  },
  pageError: {
    message:
      'La page n’a pas pu s’afficher avec les données en cours. Revenez aux données d’origine : vos valeurs et le jeu de données chargé seront effacés.',
    recover: 'Revenir aux données d’origine',
  },
  /** The charts' place while their code loads; their own texts are in ./fr-charts.ts. */
  charts: {
    heading: 'En graphiques',
    loading: 'Chargement du graphique…',
  },
  footer: {
    source: 'Source des données',
  },
  net: {
    heading: 'Revenu net selon le statut',
    intro:
      'Ce qu’il vous reste après cotisations sociales et impôt sur le revenu, pour chaque statut, comparé au CDI.',
    expenses: 'Frais professionnels annuels (€)',
    portageFee: 'Frais de gestion du portage (%)',
    versementLiberatoire: 'Micro-entreprise : versement libératoire de l’impôt',
    noDays: 'Indiquez au moins un jour facturé pour calculer le revenu net.',
    tooLarge: (max: string) =>
      `Montants au-delà de ${max} par an : hors du domaine du modèle social, le revenu net n’est pas calculé.`,
    payAboveMargin: (margin: string) =>
      `La rémunération choisie du dirigeant dépasse la marge (${margin}) : le revenu net n’est pas calculé.`,
    failedKept: 'Les chiffres affichés sont ceux des saisies précédentes.',
    loading: 'Chargement du modèle social…',
    updating: 'Mise à jour des montants…',
    computing: 'calcul…',
    noBreakEven: 'hors d’atteinte',
    failed: 'Le calcul du revenu net a échoué. Le calculateur brut reste disponible.',
    caption: 'Revenu net annuel par statut, comparé au CDI',
    approx: ' (approximation)',
    labels: {
      cdi: 'CDI (cadre)',
      eurlIs: 'EURL à l’IS',
      micro: 'Micro-entreprise (BNC)',
      eurl: 'EI / EURL à l’IR',
      sasu: 'SASU (président)',
      portage: 'Portage salarial',
    },
    short: {
      cdi: 'CDI',
      micro: 'Micro',
      eurl: 'EI/EURL',
      sasu: 'SASU',
      portage: 'Portage',
      eurlIs: 'EURL IS',
    },
    rows: {
      gross: 'Salaire brut / chiffre d’affaires',
      netBeforeTax: 'Net avant impôt',
      incomeTax: 'Impôt sur le revenu',
      netAfterTax: 'Net après impôt (an)',
      perMonth: 'Net après impôt (mois)',
      vsCdi: 'Écart avec le CDI (an)',
      breakEven: 'TJM pour égaler le CDI',
    },
    ceiling: (ceiling: string) =>
      `Chiffre d’affaires au-delà du plafond de la micro-entreprise (${ceiling}) : ce statut ne serait plus accessible.`,
    portageNote:
      'Portage salarial : approximation, hors modèle officiel — le modèle salarié appliqué au chiffre d’affaires diminué des frais de gestion.',
    source:
      'Cotisations et impôt calculés avec modele-social 11.1.0 (règles en vigueur au 1er juillet 2026), les règles publicodes des simulateurs de l’administration (mon-entreprise.urssaf.fr), exécutées dans votre navigateur.',
  },
  /**
   * The answers first: verdict, target net, the company's view, scenarios (issue 13). The lazy
   * panels' own texts are in ./fr-answer.ts, loaded with them; here what shows before.
   */
  answer: {
    verdict: {
      heading: 'Verdict',
      waiting: 'Calcul des revenus nets…',
    },
    stale: 'Résultats non à jour : corrigez le champ invalide.',
    moreInputs: 'Autres paramètres',
    moreInputsSummary: (salary: string, days: string, year: string) =>
      `Salaire CDI ${salary} · ${days} jours facturables · ${year}`,
    showMore: 'Modifier',
    showLess: 'Replier',
    target: {
      heading: 'Le TJM pour le net que vous visez',
    },
    company: {
      heading: 'Point de vue de l’entreprise',
    },
    scenarios: {
      heading: 'Scénarios côte à côte',
    },
  },
  /** What a failing panel names in its message. */
  panels: {
    days: 'le détail des jours',
    net: 'le revenu net',
    charts: 'les graphiques',
    verdict: 'le verdict',
    target: 'le TJM pour le net visé',
    company: 'le point de vue de l’entreprise',
    scenarios: 'les scénarios',
  },
  errorPanel: {
    message: (what: string) => `Impossible d’afficher ${what}. Le reste de la page fonctionne.`,
    retry: 'Réessayer',
  },
  data: {
    custom: 'jeu de données chargé depuis un fichier',
    salaryQuote: (source: string, quote: string) => `${source} : « ${quote} »`,
    tjmQuote: (source: string, quote: string) => `${source}. ${quote}`,
  },
  /** The household as a person describes it (issue 11). */
  household: {
    heading: 'Votre foyer fiscal',
    couple: 'Marié(e) ou pacsé(e) (déclaration commune)',
    children: 'Enfants à charge',
    singleParent: 'Parent isolé : vous vivez seul(e) avec vos enfants',
    spouseIncome: 'Revenus imposables du conjoint (€ par an)',
    spouseIncomeHint:
      'Le revenu imposable de sa déclaration (après l’abattement de 10 % sur les salaires) ; 0 sans revenu.',
    // French counts 1 and 1,5 in the singular ("1,5 part"), 2 and more in the plural.
    parts: (parts: string, plural: boolean) =>
      plural
        ? `Soit ${parts} parts fiscales (quotient familial), déduites de ces réponses.`
        : `Soit ${parts} part fiscale (quotient familial), déduite de ces réponses.`,
  },
  /** What a status really allows, the CDI's whole cost, what the model is (issue 11). */
  honest: {
    /**
     * The notes under the net table, shown only once the social model has answered: loaded with
     * them, in a chunk of their own (./fr-notes.ts), so that first-load JavaScript stays small.
     */
    notes: () => import('./fr-notes').then((m) => m.frNotes),
    rows: {
      employerCost: 'Coût annuel pour l’entreprise',
      costPerDay: 'Coût par jour pour l’entreprise',
      contributions: 'Cotisations sociales (toutes parts)',
      employeeShare: 'dont part salariale',
      employerShare: 'dont part patronale',
      healthAndProvident: 'dont mutuelle et prévoyance d’entreprise',
    },
    costPerDayCdi: (cost: string, days: string) => `${cost} (÷ ${days} j)`,
    notAccessible: 'non accessible à ce chiffre d’affaires',
    breakEvenAboveCeiling: 'au-delà du plafond micro',
    rfr: 'Revenu fiscal de référence N-2 du foyer (€)',
    rfrFromCdi: 'Non saisi : celui que donnerait le salaire du CDI simulé.',
    rfrTyped: 'Votre valeur.',
    rfrReset: 'Revenir au revenu du CDI',
    pentecost:
      'Le lundi de Pentecôte est compté férié, non facturé ; pour un salarié, c’est souvent la journée de solidarité (Code du travail, art. L3133-7).',
    grossBreakEvenNote:
      'Ce TJM égale le seul salaire brut, sans cotisations ni coût employeur : voir le coût employeur du CDI et les TJM d’équilibre en net plus bas.',
    plausibility: {
      days: (working: string, year: string) =>
        `Plus que les ${working} jours travaillables de ${year} : vérifiez la saisie.`,
      tjm: (max: string) => `Plus de dix fois le haut de la tranche (${max}) : vérifiez la saisie.`,
      salary: (max: string) => `Plus de dix fois le maximum Glassdoor (${max}) : un zéro de trop ?`,
    },
  },
  /** Spreadsheet export and printing. */
  export: {
    csv: 'Exporter en CSV',
    csvOf: (what: string) => `Exporter en CSV : ${what}`,
    print: 'Imprimer / PDF',
    /** The CSV files' names and column headers (./fr-export.ts), loaded with the first export. */
    texts: () => import('./fr-export').then((m) => m.frExport),
  },
  /** "Comment est-ce calculé ?": the formula or the chain of rules behind each figure. */
  explain: {
    button: 'Comment est-ce calculé ?',
    /** The button's accessible name and its panel's: the question and the figure. */
    about: (what: string) => `Comment est-ce calculé : ${what}`,
    statuses: 'Comment est-ce calculé, par statut :',
    value: 'Montant',
    loading: 'Calcul de l’explication…',
    /**
     * The formulas' texts ("Comment est-ce calculé ?" panels of the page's own arithmetic): loaded
     * with the first panel opened, in a chunk of their own (./fr-formulas.ts), so that first-load
     * JavaScript stays small.
     */
    formulas: () => import('./fr-formulas').then((m) => m.frFormulas),
  },
}
