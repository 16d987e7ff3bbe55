/**
 * Every text of the interface, in French. Its shape is the `Catalogue` type: another language is
 * one more file `xx.ts` exporting a value of that type (see ./index.ts).
 */
export const fr = {
  /** The document's <title> and description, written into index.html at build time. */
  document: {
    title: 'Calculateur TJM et salaire de CTO en France',
    description:
      "Calculateur de TJM et de salaire de CTO en France : tranche de taux journalier selon l'expérience, chiffre d'affaires sur les jours facturables, comparaison avec un CDI.",
  },
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
  actions: {
    copy: 'Copier le lien',
    copied: 'Lien copié dans le presse-papiers.',
    copyFailed: 'Copie impossible : copiez l’adresse de la page.',
    reset: 'Réinitialiser',
  },
  url: {
    notice: (names: string) =>
      `Certaines valeurs du lien étaient illisibles (${names}) : les valeurs par défaut les remplacent.`,
    replacedSaved:
      'Ce lien affiche les valeurs de la personne qui l’a partagé, à la place de vos valeurs enregistrées.',
    backToSaved: 'Revenir à mes valeurs enregistrées',
  },
  saved: {
    notice: (names: string) =>
      `Certaines valeurs enregistrées étaient illisibles (${names}) : les valeurs par défaut les remplacent.`,
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
      householdParts: 'Parts fiscales',
      portageFeePercent: 'Frais de portage',
      microVersementLiberatoire: 'Versement libératoire',
      sasuPay: 'Rémunération du dirigeant (SASU)',
      eurlIsPay: 'Rémunération du dirigeant (EURL à l’IS)',
      dividendsMethod: 'Imposition des dividendes',
      capitalEur: 'Capital social',
      currentAccountEur: 'Compte courant d’associé',
      dataset: 'jeu de données chargé',
    },
  },
  pageError: {
    message:
      'La page n’a pas pu s’afficher avec les données en cours. Revenez aux données d’origine : vos valeurs et le jeu de données chargé seront effacés.',
    recover: 'Revenir aux données d’origine',
  },
  charts: {
    heading: 'En graphiques',
    showData: 'Voir les données',
    loading: 'Chargement du graphique…',
    chartWhat: (title: string) => `le graphique « ${title} »`,
    bands: 'TJM selon l’expérience',
    bandsLabel: 'Fourchettes de TJM par tranche d’expérience, votre tranche mise en avant',
    revenue: "Chiffre d'affaires selon les jours facturés",
    revenueLabel:
      "Chiffre d'affaires annuel selon les jours facturés, aux TJM minimum, milieu et maximum de la tranche et au vôtre, avec les salaires Glassdoor en repère",
    comparison: 'Freelance et CDI, en brut',
    comparisonLabel: "Chiffre d'affaires freelance et salaire brut CDI côte à côte",
    /** Series names: in each chart's legend and tooltip, and as its table's column headers. */
    series: {
      band: 'Fourchette de TJM',
      top: 'Les mieux payés',
      tjmMin: 'TJM min',
      tjmMid: 'TJM milieu',
      tjmMax: 'TJM max',
      tjmOwn: 'Votre TJM',
      freelance: 'Freelance (chiffre d’affaires)',
      cdiGross: 'CDI (salaire brut)',
      eurPerYear: '€ par an',
      net: 'Net après impôt',
      incomeTax: 'Impôt sur le revenu',
      contributions: 'Cotisations',
      other: 'Frais et autres',
    },
    /** First column of the tables. */
    rowHeader: { band: 'Tranche', days: 'Jours', status: 'Statut' },
    glassdoor: { min: 'Glassdoor min', mean: 'Glassdoor moyenne', max: 'Glassdoor max' },
    yours: (label: string) => `${label} (vous)`,
    daysUnit: ' j',
    daysTooltip: (days: string) => `${days} jours`,
    // A no-break space: an axis label never breaks between the number and its unit.
    kiloEur: (thousands: string) => `${thousands}\u00a0k€`,
    noValue: '—',
  },
  footer: {
    source: 'Source des données',
  },
  net: {
    heading: 'Revenu net selon le statut',
    intro:
      'Ce qu’il vous reste après cotisations sociales et impôt sur le revenu, pour chaque statut, comparé au CDI.',
    expenses: 'Frais professionnels annuels (€)',
    parts: 'Parts fiscales du foyer',
    portageFee: 'Frais de gestion du portage (%)',
    versementLiberatoire: 'Micro-entreprise : versement libératoire de l’impôt',
    noDays: 'Indiquez au moins un jour facturé pour calculer le revenu net.',
    tooLarge: (max: string) =>
      `Montants au-delà de ${max} par an : hors du domaine du modèle social, le revenu net n’est pas calculé.`,
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
      contributions: 'Cotisations sociales',
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
    chartTitle: 'Du chiffre d’affaires au net, par statut',
    chartLabel:
      'Barres empilées par statut : cotisations, impôt sur le revenu, net après impôt et frais, le CDI à côté',
    days: (days: string) => `Sur ${days} jours facturés par an.`,
    daysChartTitle: 'Net après impôt selon les jours facturés',
    daysChartLabel: (tjm: string, days: string) =>
      `Courbes du revenu net après impôt par an selon les jours facturés, une par statut, à votre TJM de ${tjm} : le CDI en ligne plate, vos ${days} jours marqués d’un trait vertical`,
    daysChartNote: (tjm: string) =>
      `Au TJM de ${tjm}, le chiffre d’affaires suit les jours facturés ; le salaire du CDI n’en dépend pas.`,
    daysColumn: 'Jours facturés',
    turnoverColumn: 'Chiffre d’affaires',
    yourDays: 'Vos jours',
    yourDaysTag: ' (vous)',
  },
  /** Companies at corporate tax (SASU, EURL à l'IS): the director's pay and the dividends. */
  company: {
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
    curveTitle: 'Net après impôt selon le salaire (SASU)',
    curveColumns: {
      gross: 'Salaire brut',
      cost: 'Coût du salaire',
      net: 'Net après impôt',
    },
  },
  /** The "Protection sociale" table (issue 12): what each status's contributions buy. */
  protection: {
    heading: 'Protection sociale',
    intro: 'Ce que les cotisations de l’année vous ouvrent, aux mêmes entrées que le revenu net.',
    caption: 'Protection sociale par statut, pour une année',
    loading: 'calcul…',
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
      pension: (perYear: string, pointValue: string) =>
        `${perYear} par an (${pointValue} le point)`,
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
      selfEmployedInvalidity:
        'le modèle y ajoute une assiette salariale absente pour un indépendant',
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
  },
  /** What a failing panel names in its message. */
  panels: {
    days: 'le détail des jours',
    net: 'le revenu net',
    charts: 'les graphiques',
  },
  errorPanel: {
    message: (what: string) => `Impossible d’afficher ${what}. Le reste de la page fonctionne.`,
    retry: 'Réessayer',
  },
  data: {
    load: 'Charger un jeu de données',
    export: 'Exporter le jeu de données',
    custom: 'jeu de données chargé depuis un fichier',
    loaded: (name: string) => `Jeu de données « ${name} » chargé.`,
    refused: 'Fichier refusé, les données actuelles sont conservées :',
    notJson: (reason: string) => `le fichier n’est pas du JSON valide (${reason})`,
    tooLarge: 'le fichier dépasse 1 Mo',
    salaryQuote: (source: string, quote: string) => `${source} : « ${quote} »`,
    tjmQuote: (source: string, quote: string) => `${source}. ${quote}`,
    problem: (path: string, message: string) => `${path} : ${message}`,
    exportName: 'jeu-de-donnees.json',
    /**
     * Slot for the dataset schema's validation messages, by problem code: the schema
     * (src/domain/dataset.ts) reports codes and paths, the page words them from here.
     */
    validation: {} as Record<string, string>,
  },
}
