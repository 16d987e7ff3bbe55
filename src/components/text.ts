/** Every text of the interface, in French. */
export const fr = {
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
    tjmReset: 'Revenir au TJM de la tranche',
    days: 'Jours facturés par an',
    daysFollowCalendar: 'Calculé depuis le calendrier ci-dessous.',
    daysOverridden: 'Votre valeur.',
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
  },
  charts: {
    heading: 'En graphiques',
    showData: 'Voir les données',
    loading: 'Chargement du graphique…',
    bands: 'TJM selon l’expérience',
    bandsLabel: 'Fourchettes de TJM par tranche d’expérience, votre tranche mise en avant',
    revenue: "Chiffre d'affaires selon les jours facturés",
    revenueLabel:
      "Chiffre d'affaires annuel selon les jours facturés, aux TJM minimum, milieu et maximum de la tranche et au vôtre, avec les salaires Glassdoor en repère",
    comparison: 'Freelance et CDI, en brut',
    comparisonLabel: "Chiffre d'affaires freelance et salaire brut CDI côte à côte",
  },
  footer: {
    source: 'Source des données',
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
  },
} as const
