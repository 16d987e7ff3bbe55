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
  /** A new build of the app, installed by the service worker, waits for a reload. */
  update: {
    available: 'Nouvelle version disponible',
    reload: 'Recharger',
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
  /** The answers first: verdict, target net, the company's view, scenarios (issue 13). */
  answer: {
    verdict: {
      heading: 'Verdict',
      waiting: 'Calcul des revenus nets…',
      unavailable: 'Pas de verdict : revenu net non calculable avec ces valeurs.',
      best: (status: string, perMonth: string, perYear: string) =>
        `${status} vous laisse le plus : ${perMonth} net par mois après impôt (${perYear} par an).`,
      lead: (runnerUp: string, perYear: string, perMonth: string) =>
        `C’est ${perYear} de plus par an (${perMonth} par mois) qu’en ${runnerUp}`,
      tie: (runnerUp: string) => `À égalité avec ${runnerUp}`,
      vsCdi: (perYear: string, perMonth: string) =>
        `, et ${perYear} de plus par an (${perMonth} par mois) qu’en CDI.`,
      end: '.',
      caveatLabel: 'À savoir : ',
      caveats: {
        microCeilingExcluded: (ceiling: string) =>
          `micro-entreprise écartée, chiffre d’affaires au-delà de son plafond (${ceiling}).`,
        microNearCeiling: (ceiling: string) =>
          `chiffre d’affaires proche du plafond de la micro-entreprise (${ceiling}).`,
        portageApproximation: (_: string) =>
          'portage salarial approché (hors modèle officiel), avec la protection d’un salarié.',
        freelanceProtection: (_: string) =>
          'en freelance, ni assurance chômage ni congés payés, et une protection moindre qu’en CDI.',
        cdiAhead: (_: string) =>
          'le CDI garde assurance chômage et congés payés ; le TJM qui l’égale est plus bas.',
      },
      ranking: 'Net après impôt par mois, du plus au moins',
      perMonth: (amount: string) => `${amount} / mois`,
      excluded: 'écartée : au-delà du plafond',
      inaccessible: 'non accessible',
    },
    stale: 'Résultats non à jour : corrigez le champ invalide.',
    moreInputs: 'Autres paramètres',
    moreInputsSummary: (salary: string, days: string, year: string) =>
      `Salaire CDI ${salary} · ${days} jours facturables · ${year}`,
    showMore: 'Modifier',
    showLess: 'Replier',
    target: {
      heading: 'Le TJM pour le net que vous visez',
      input: 'Revenu net visé (€ / mois, après impôt)',
      intro: (days: string, tjm: string) =>
        `TJM nécessaire sur vos ${days} jours, jours nécessaires à votre TJM de ${tjm}.`,
      status: 'Statut',
      tjm: 'TJM nécessaire',
      days: 'Jours à votre TJM',
      beyondCeiling: ' (au-delà du plafond)',
      cdiNote: (net: string) => `Le CDI saisi laisse ${net} net par mois.`,
      caption: 'TJM et jours pour le net visé',
    },
    company: {
      heading: 'Point de vue de l’entreprise',
      intro: 'Une mission à temps partiel : CDI au prorata, freelance ou portage au TJM.',
      daysPerWeek: 'Jours par semaine de la mission',
      missionDays: (days: string) =>
        `Soit ${days} jours par an (jours travaillables moins congés).`,
      option: 'Option',
      perYear: 'Coût par an',
      perDay: 'Coût par jour travaillé',
      cdi: 'CDI (coût employeur)',
      freelance: 'Freelance (TJM, HT)',
      portage: 'Portage salarial (TJM, HT)',
      cdiNote: (days: string) =>
        `Coût employeur (modele-social) sur ${days} jours par an : cadre au forfait jours.`,
      vatNote: 'Montants HT : la TVA (20 %) s’ajoute, récupérée par une entreprise assujettie.',
      cheaperFreelance: (saving: string) =>
        `Le freelance (ou le portage) coûte ${saving} de moins par an qu’un CDI.`,
      cheaperCdi: (saving: string) =>
        `Un CDI coûte ${saving} de moins par an que le freelance (ou le portage).`,
      fullTime: (cost: string) => `Un CDI à temps plein : ${cost} par an.`,
      caption: 'Coût de la mission par option',
    },
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
    verdict: 'le verdict',
    target: 'le TJM pour le net visé',
    company: 'le point de vue de l’entreprise',
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
    /** A column of euros per year, as the CSV header names it. */
    eurPerYear: (what: string) => `${what} (€/an)`,
    eurPerDay: (what: string) => `${what} (€/jour)`,
    days: (what: string) => `${what} (jours)`,
    row: 'Ligne',
    files: {
      net: 'revenu-net-par-statut.csv',
      bands: 'tjm-par-experience.csv',
      revenue: 'chiffre-affaires-par-jours.csv',
      comparison: 'freelance-cdi-brut.csv',
      breakdown: 'du-chiffre-affaires-au-net.csv',
      netByDays: 'net-par-jours-factures.csv',
    },
  },
  /** "Comment est-ce calculé ?": the formula or the chain of rules behind each figure. */
  explain: {
    button: 'Comment est-ce calculé ?',
    /** The button's accessible name and its panel's: the question and the figure. */
    about: (what: string) => `Comment est-ce calculé : ${what}`,
    statuses: 'Comment est-ce calculé, par statut :',
    days: (days: string) => `${days} jours`,
    band: (years: string, label: string) =>
      `${years} ans d’expérience, années révolues → tranche « ${label} ».`,
    midpoint: (min: string, max: string, midpoint: string) =>
      `Milieu de tranche : (${min} + ${max}) ÷ 2 = ${midpoint}`,
    billable: (weekdays: string, holidays: string, leave: string, bench: string, other: string) =>
      `${weekdays} jours ouvrés − ${holidays} fériés en semaine − ${leave} congés − ${bench} intercontrat − ${other} autres`,
    revenue: (tjm: string, days: string, revenue: string) => `${tjm} × ${days} jours = ${revenue}`,
    perMonth: (year: string, month: string) => `${year} ÷ 12 = ${month} par mois`,
    difference: (revenue: string, salary: string, difference: string) =>
      `${revenue} − ${salary} = ${difference}`,
    ratio: (difference: string, salary: string, percent: string) =>
      `${difference} ÷ ${salary} = ${percent}`,
    breakEven: (salary: string, days: string, tjm: string) =>
      `${salary} ÷ ${days} jours = ${tjm} par jour`,
    daysNeeded: (salary: string, tjm: string, days: string) => `${salary} ÷ ${tjm} = ${days} jours`,
    netPerMonth: (year: string, month: string) =>
      `Net après impôt : ${year} ÷ 12 = ${month} par mois`,
    vsCdi: (net: string, cdi: string, difference: string) =>
      `Écart avec le CDI : ${net} − ${cdi} = ${difference}`,
    statusBreakEven: (turnover: string, days: string, tjm: string) =>
      `TJM pour égaler le CDI : ${turnover} de chiffre d’affaires ÷ ${days} jours = ${tjm}`,
    microExpenses: (expenses: string) =>
      `Vos frais réels (${expenses}) ne sont pas déductibles en micro-entreprise : ils sont retirés des nets du modèle.`,
    portageFee: (turnover: string, rate: string, fee: string, expenses: string, cost: string) =>
      `Portage : ${turnover} − ${rate} de frais (${fee}) − frais professionnels ${expenses} = ${cost} de coût employeur, versé en salaire.`,
    rulesIntro:
      'Les règles de modele-social appliquées à votre situation, dans l’ordre du calcul :',
    rule: 'Règle',
    value: 'Montant',
    references: 'Références',
    parts: (parts: string) => `${parts} part(s)`,
    bracket: (rate: string, floor: string, ceiling: string) =>
      ceiling === '' ? `${rate} au-delà de ${floor}` : `${rate} de ${floor} à ${ceiling}`,
    bracketReached: ' (tranche atteinte)',
    loading: 'Calcul de l’explication…',
    failed: 'L’explication n’a pas pu être calculée.',
    modelNote:
      'Montants du modèle, arrondis à l’euro ; les références ouvrent les textes officiels dans un nouvel onglet.',
  },
}
