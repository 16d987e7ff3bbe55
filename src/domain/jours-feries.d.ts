declare module '@socialgouv/jours-feries' {
  /** French public holidays of `year`, by name, each a Date at local midnight. */
  export default function getJoursFeries(
    year: number,
    options?: { alsace?: boolean },
  ): Record<string, Date>
}
