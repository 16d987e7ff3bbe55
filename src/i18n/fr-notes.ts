/**
 * The notes under the net table, in French: what the figures are and are not. A lazy part of the
 * catalogue (`fr.honest.notes()`), loaded when the social model's figures arrive.
 */
export const frNotes = {
  versementOpen: (rfr: string, parts: string, ceiling: string) =>
    `Versement libératoire accessible : ${rfr} pour ${parts} part${Number.parseFloat(parts.replace(',', '.')) >= 2 ? 's' : ''}, sous le plafond de ${ceiling} par part (revenu fiscal 2024 pour 2026).`,
  versementClosed: (rfr: string, parts: string, ceiling: string) =>
    `Versement libératoire non accessible : ${rfr} pour ${parts} part${Number.parseFloat(parts.replace(',', '.')) >= 2 ? 's' : ''} dépasse ${ceiling} par part (revenu fiscal 2024 pour 2026). La micro-entreprise est calculée sans.`,
  costPerDayNote: (days: string) =>
    `Coût pour l’entreprise : pour le CDI, le coût employeur (salaire brut et cotisations patronales), par jour divisé par les ${days} jours travaillés d’un cadre au forfait jours (Code du travail, art. L3121-64) ; pour un freelance, son chiffre d’affaires et son TJM. C’est ce qu’une entreprise compare.`,
  breakEvenAboveCeilingNote: (ceiling: string) =>
    `TJM d’équilibre de la micro-entreprise : le chiffre d’affaires qu’il donne dépasse le plafond de ${ceiling}, la micro-entreprise n’y est donc pas accessible.`,
  unspent: (label: string, amount: string) =>
    `${label} : à ce chiffre d’affaires, aucun salaire ne dépense exactement le budget (le coût employeur saute d’environ 1 380 € là où la réduction générale de cotisations 2026 s’arrête, à 3 SMIC) ; ${amount} ne sont pas versés et figurent dans « Frais et autres ».`,
  eurlReform:
    'EI / EURL : modele-social 11.1.0 n’intègre pas la réforme 2025 des cotisations des indépendants (assiette unique avec abattement de 26 %) ; ces montants suivent l’ancien calcul, comme l’indique mon-entreprise.urssaf.fr.',
  otherYear: (year: string) =>
    `Année ${year} : le calendrier suit cette année, mais les cotisations et l’impôt sont ceux de 2026 (modele-social 11.1.0).`,
  requalification:
    'Freelance à plein temps pour un seul client : si le client dirige le travail comme un employeur, la mission risque d’être requalifiée en contrat de travail (Code du travail, art. L8221-6).',
  portageLimit:
    'Portage salarial : seulement pour une tâche hors de l’activité normale et permanente du client, ou une expertise qu’il n’a pas, et 36 mois au plus par mission (Code du travail, art. L1254-3 et L1254-4).',
}

/** The notes' texts; another language's notes file exports a value of this type. */
export type NotesCatalogue = typeof frNotes
