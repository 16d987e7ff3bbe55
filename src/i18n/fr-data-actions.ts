import { FRENCH_DATASET_WORDS } from '../domain/dataset'

/**
 * Loading a dataset file and saving the one in use, in French: those actions load after
 * hydration, so these texts load with them, out of the first load. Another language adds a
 * sibling file of type DataActionsCatalogue.
 */
export const frDataActions = {
  load: 'Charger un jeu de données',
  export: 'Exporter le jeu de données',
  loaded: (name: string) => `Jeu de données « ${name} » chargé.`,
  refused: 'Fichier refusé, les données actuelles sont conservées :',
  notJson: (reason: string) => `le fichier n’est pas du JSON valide (${reason})`,
  tooLarge: 'le fichier dépasse 1 Mo',
  problem: (path: string, message: string) => `${path} : ${message}`,
  exportName: 'jeu-de-donnees.json',
  /** What a refused file's problems say (the domain's own French words). */
  datasetWords: FRENCH_DATASET_WORDS,
}

/** The dataset actions' texts, in any language. */
export type DataActionsCatalogue = typeof frDataActions
