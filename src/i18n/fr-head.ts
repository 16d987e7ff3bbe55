/** The document's <title> and description, in French: index.html's, written at build time. */
export const frHead = {
  title: 'Calculateur TJM et salaire de CTO en France',
  description:
    "Calculateur de TJM et de salaire de CTO en France : tranche de taux journalier selon l'expérience, chiffre d'affaires sur les jours facturables, comparaison avec un CDI.",
}

/** The document's head texts; the English twin is in ./en.ts. */
export type HeadCatalogue = typeof frHead
