/**
 * The texts of the answer panels that load lazily (the verdict, the TJM for a target net, the
 * company's view), in French, without their headings and waiting texts (in ./fr.ts, shown before
 * the panels' chunks arrive): a part of the catalogue only those chunks import (read with
 * `useAnswerText()` from ./answer.ts), so that first-load JavaScript stays small. Another language
 * adds a sibling file exporting a value of type `AnswerCatalogue`.
 */
export const frAnswer = {
  verdict: {
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
      acreFirstYear: (_: string) =>
        'avec l’ACRE, ce sont les chiffres des 12 premiers mois : l’exonération ne dure qu’un an, et s’annule pour un revenu au-delà du plafond de la Sécurité sociale.',
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
  target: {
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
    intro: 'Une mission à temps partiel : CDI au prorata, freelance ou portage au TJM.',
    daysPerWeek: 'Jours par semaine de la mission',
    missionDays: (days: string) => `Soit ${days} jours par an (jours travaillables moins congés).`,
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
  scenarios: {
    intro:
      'Gardez jusqu’à quatre jeux de paramètres sous un nom, dans ce navigateur seulement, puis comparez-les côte à côte.',
    name: 'Nom du scénario',
    nameHint: (max: string) =>
      `1 à ${max} caractères. Un nom déjà pris remplace ce scénario par les paramètres actuels.`,
    suggested: (n: number) => `Scénario ${n}`,
    save: 'Enregistrer ce scénario',
    saved: (name: string) => `« ${name} » enregistré.`,
    replaced: (name: string) => `« ${name} » remplacé par les paramètres actuels.`,
    full: (max: string) => `${max} scénarios au plus : supprimez-en un pour enregistrer celui-ci.`,
    badName: (max: string) => `Saisissez un nom de 1 à ${max} caractères.`,
    stale: 'Un champ contient une valeur invalide : corrigez-le avant d’enregistrer ce scénario.',
    list: 'Scénarios enregistrés',
    none: 'Aucun scénario enregistré.',
    open: 'Ouvrir',
    openOf: (name: string) => `Ouvrir « ${name} » dans le calculateur`,
    opened: (name: string) => `« ${name} » ouvert dans le calculateur.`,
    remove: 'Supprimer',
    removeOf: (name: string) => `Supprimer « ${name} »`,
    removed: (name: string) => `« ${name} » supprimé.`,
    unreadable: (count: number) =>
      count === 1
        ? 'Un scénario enregistré était illisible : il a été écarté.'
        : `${count} scénarios enregistrés étaient illisibles : ils ont été écartés.`,
    compare: 'Comparer',
    hide: 'Masquer la comparaison',
    needsTwo: 'Enregistrez au moins deux scénarios pour les comparer.',
    caption: 'Comparaison des scénarios',
    sharedCaption: 'Comparaison reçue par lien',
    row: 'Scénario',
    differing: 'Paramètres qui diffèrent',
    activity: 'Activité',
    tjm: 'TJM (€ / jour)',
    days: 'Jours facturés',
    turnover: 'Chiffre d’affaires (€ / an)',
    netHeading: 'Net après impôt (€ / an)',
    verdictHeading: 'Verdict',
    best: 'Le plus de net',
    bestOf: (status: string, perMonth: string) => `${status} : ${perMonth} / mois`,
    excluded: 'écartée : au-delà du plafond',
    computing: 'calcul…',
    failed: 'non calculé',
    outOfModel: 'hors du modèle',
    noDays: 'aucun jour facturé',
    payAboveMargin: 'rémunération choisie au-delà de la marge',
    link: 'Lien de la comparaison',
    copyLink: 'Copier le lien de la comparaison',
    copied: 'Lien de la comparaison copié.',
    copyFailed: 'Copie impossible : ouvrez le lien et copiez-le depuis la barre d’adresse.',
    shared: {
      heading: 'Comparaison reçue par lien',
      intro: (count: number) =>
        `Ce lien compare ${count} scénario${count > 1 ? 's' : ''} ; vos propres paramètres n’ont pas changé.`,
      keep: 'Garder ces scénarios',
      kept: (count: number) =>
        `${count} scénario${count > 1 ? 's' : ''} gardé${count > 1 ? 's' : ''} dans ce navigateur.`,
      notAllKept: (max: string) =>
        `Les autres (au-delà de ${max}, ou d’un nom déjà pris ici) restent affichés ci-dessus : supprimez ici un scénario, puis gardez-les à nouveau.`,
      close: 'Fermer la comparaison reçue',
      dropped: (count: number) =>
        count === 1
          ? 'Un scénario du lien a été ignoré : sans nom valide (1 à 40 caractères), d’un nom déjà pris ou au-delà de quatre.'
          : `${count} scénarios du lien ont été ignorés : sans nom valide (1 à 40 caractères), d’un nom déjà pris ou au-delà de quatre.`,
      partly: (name: string, fields: string) =>
        `« ${name} » : ${fields} illisible(s) dans le lien, valeurs par défaut utilisées.`,
    },
    csv: 'la comparaison des scénarios',
    csvNote: 'remarque',
    /** A CSV row's name: the figure's group and its row. */
    csvRow: (group: string, row: string) => `${group} : ${row}`,
    fields: {
      experienceYears: 'Années d’expérience',
      tjmEurPerDay: 'TJM (€ / jour)',
      billableDays: 'Jours facturés',
      salaryGrossEurPerYear: 'Salaire brut CDI (€ / an)',
      year: 'Année',
      alsaceMoselle: 'Alsace-Moselle',
      paidLeaveDays: 'Congés payés (jours)',
      benchDays: 'Intercontrat (jours)',
      otherDays: 'Autres jours non facturés',
      expensesEurPerYear: 'Frais professionnels (€ / an)',
      portageFeePercent: 'Frais de gestion du portage (%)',
      microVersementLiberatoire: 'Versement libératoire',
      householdCouple: 'En couple',
      householdChildren: 'Enfants à charge',
      householdSingleParent: 'Parent isolé',
      spouseIncomeEurPerYear: 'Revenu du conjoint (€ / an)',
      referenceTaxIncomeEurPerYear: 'Revenu fiscal de référence (€)',
      targetNetEurPerMonth: 'Revenu net visé (€ / mois)',
      missionDaysPerWeek: 'Jours par semaine de la mission',
      sasuPay: 'Rémunération en SASU',
      eurlIsPay: 'Rémunération en EURL à l’IS',
      dividendsMethod: 'Imposition des dividendes',
      capitalEur: 'Capital social (€)',
      currentAccountEur: 'Compte courant d’associé (€)',
      acre: 'ACRE',
      creationDate: 'Date de création (ACRE)',
    },
    values: {
      auto: 'automatique',
      yes: 'oui',
      no: 'non',
      salaire: 'tout en salaire',
      dividendes: 'tout en dividendes',
      optimal: 'répartition optimale',
      pfu: 'prélèvement forfaitaire unique',
      bareme: 'barème progressif',
      chosenPay: (amount: string) => `salaire choisi : ${amount}`,
    },
  },
}

/** The lazy answer panels' texts; another language's file exports a value of this type. */
export type AnswerCatalogue = typeof frAnswer
