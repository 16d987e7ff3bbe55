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
}

/** The lazy answer panels' texts; another language's file exports a value of this type. */
export type AnswerCatalogue = typeof frAnswer
