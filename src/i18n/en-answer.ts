/**
 * The English twin of fr-answer.ts (the lazy answer panels' texts), loaded only when the page is
 * in English.
 */
import type { AnswerCatalogue } from './fr-answer'

/** "1 day", "2 days", "1.5 days": the count arrives already formatted. */
const days = (count: string) => `${count} ${count === '1' ? 'day' : 'days'}`

/** "1 scenario", "2 scenarios". */
const scenarios = (count: number) => `${count} scenario${count === 1 ? '' : 's'}`

export const enAnswer: AnswerCatalogue = {
  verdict: {
    unavailable: 'No verdict: net income can’t be computed with these values.',
    best: (status: string, perMonth: string, perYear: string) =>
      `${status} leaves you the most: ${perMonth} net a month after tax (${perYear} a year).`,
    lead: (runnerUp: string, perYear: string, perMonth: string) =>
      `That’s ${perYear} more a year (${perMonth} a month) than with ${runnerUp}`,
    tie: (runnerUp: string) => `Tied with ${runnerUp}`,
    vsCdi: (perYear: string, perMonth: string) =>
      `, and ${perYear} more a year (${perMonth} a month) than with a CDI.`,
    end: '.',
    caveatLabel: 'Good to know: ',
    caveats: {
      acreFirstYear: (_: string) =>
        'with ACRE (start-up contribution relief), these are the figures for the first 12 months: the exemption lasts only one year, and it drops to nothing for income above the annual social security ceiling (PASS).',
      microCeilingExcluded: (ceiling: string) =>
        `micro-entreprise ruled out: revenue above its ceiling (${ceiling}).`,
      microNearCeiling: (ceiling: string) =>
        `revenue close to the micro-entreprise ceiling (${ceiling}).`,
      portageApproximation: (_: string) =>
        'portage salarial (umbrella company) is approximated (outside the official model), with an employee’s protection.',
      freelanceProtection: (_: string) =>
        'as a freelancer, you get no unemployment insurance and no paid leave, and less protection than on a CDI (permanent contract).',
      cdiAhead: (_: string) =>
        'the CDI (permanent contract) keeps unemployment insurance and paid leave; the TJM that matches it is shown below.',
    },
    ranking: 'Net after tax per month, highest first',
    perMonth: (amount: string) => `${amount} / month`,
    excluded: 'ruled out: above the ceiling',
    inaccessible: 'not available',
  },
  target: {
    input: 'Target net income (€ / month, after tax)',
    intro: (count: string, tjm: string) =>
      `TJM (daily rate) needed over your ${days(count)}, and days needed at your TJM of ${tjm}.`,
    status: 'Status',
    tjm: 'TJM needed',
    days: 'Days at your TJM',
    beyondCeiling: ' (above the ceiling)',
    cdiNote: (net: string) => `The CDI you entered leaves ${net} net a month.`,
    caption: 'TJM and days for the target net',
  },
  company: {
    intro: 'A part-time assignment: a pro-rata CDI, a freelancer or portage at a TJM.',
    daysPerWeek: 'Assignment days per week',
    missionDays: (count: string) =>
      `That is ${days(count)} a year (working days minus paid leave).`,
    option: 'Option',
    perYear: 'Cost per year',
    perDay: 'Cost per day worked',
    cdi: 'CDI (employer cost)',
    freelance: 'Freelance (TJM, excl. VAT)',
    portage: 'Portage salarial (TJM, excl. VAT)',
    cdiNote: (count: string) =>
      `Employer cost (modele-social) over ${days(count)} a year: an executive on forfait jours (annual day count).`,
    vatNote:
      'Amounts excl. VAT: VAT (20%) is added on top, and a VAT-registered company recovers it.',
    cheaperFreelance: (saving: string) =>
      `Freelance (or portage) costs ${saving} less a year than a CDI.`,
    cheaperCdi: (saving: string) =>
      `A CDI costs ${saving} less a year than freelance (or portage).`,
    fullTime: (cost: string) => `A full-time CDI: ${cost} a year.`,
    caption: 'Assignment cost by option',
  },
  scenarios: {
    intro:
      'Save up to four sets of inputs under a name, in this browser only, then compare them side by side.',
    name: 'Scenario name',
    nameHint: (max: string) =>
      `1 to ${max} characters. A name already in use replaces that scenario with the current inputs.`,
    suggested: (n: number) => `Scenario ${n}`,
    save: 'Save this scenario',
    saved: (name: string) => `“${name}” saved.`,
    replaced: (name: string) => `“${name}” replaced with the current inputs.`,
    full: (max: string) => `${max} scenarios at most: delete one to save this one.`,
    badName: (max: string) => `Enter a name of 1 to ${max} characters.`,
    stale: 'A field holds an invalid value: fix it before saving this scenario.',
    list: 'Saved scenarios',
    none: 'No saved scenarios.',
    open: 'Open',
    openOf: (name: string) => `Open “${name}” in the calculator`,
    opened: (name: string) => `“${name}” opened in the calculator.`,
    remove: 'Delete',
    removeOf: (name: string) => `Delete “${name}”`,
    removed: (name: string) => `“${name}” deleted.`,
    unreadable: (count: number) =>
      count === 1
        ? 'A saved scenario was unreadable and has been discarded.'
        : `${count} saved scenarios were unreadable and have been discarded.`,
    compare: 'Compare',
    hide: 'Hide the comparison',
    needsTwo: 'Save at least two scenarios to compare them.',
    caption: 'Scenario comparison',
    sharedCaption: 'Comparison from a link',
    row: 'Scenario',
    differing: 'Inputs that differ',
    activity: 'Activity',
    tjm: 'TJM (€ / day)',
    days: 'Billed days',
    turnover: 'Revenue (€ / year)',
    netHeading: 'Net after tax (€ / year)',
    verdictHeading: 'Verdict',
    best: 'Most net',
    bestOf: (status: string, perMonth: string) => `${status}: ${perMonth} / month`,
    excluded: 'ruled out: above the ceiling',
    computing: 'computing…',
    failed: 'not computed',
    outOfModel: 'outside the model',
    noDays: 'no billed days',
    payAboveMargin: 'chosen pay above the margin',
    link: 'Comparison link',
    copyLink: 'Copy the comparison link',
    copied: 'Comparison link copied.',
    copyFailed: 'Couldn’t copy: open the link and copy it from the address bar.',
    shared: {
      heading: 'Comparison from a link',
      intro: (count: number) =>
        `This link compares ${scenarios(count)}; your own inputs have not changed.`,
      keep: 'Keep these scenarios',
      kept: (count: number) => `${scenarios(count)} kept in this browser.`,
      notAllKept: (max: string) =>
        `The others (beyond ${max}, or with a name already used here) are still shown above: delete a scenario here, then keep them again.`,
      close: 'Close the shared comparison',
      dropped: (count: number) =>
        count === 1
          ? 'One scenario in the link was ignored: no valid name (1 to 40 characters), a name already in use, or more than four.'
          : `${count} scenarios in the link were ignored: no valid name (1 to 40 characters), a name already in use, or more than four.`,
      partly: (name: string, fields: string) =>
        `“${name}”: ${fields} unreadable in the link, defaults used.`,
    },
    csv: 'the scenario comparison',
    csvNote: 'note',
    csvRow: (group: string, row: string) => `${group}: ${row}`,
    fields: {
      experienceYears: 'Years of experience',
      tjmEurPerDay: 'TJM (€ / day)',
      billableDays: 'Billed days',
      salaryGrossEurPerYear: 'CDI gross salary (€ / year)',
      year: 'Year',
      alsaceMoselle: 'Alsace-Moselle',
      paidLeaveDays: 'Paid leave (days)',
      benchDays: 'Bench time between contracts (days)',
      otherDays: 'Other non-billed days',
      expensesEurPerYear: 'Business expenses (€ / year)',
      portageFeePercent: 'Portage management fee (%)',
      microVersementLiberatoire: 'Versement libératoire (flat-rate income tax)',
      householdCouple: 'Couple (joint tax return)',
      householdChildren: 'Dependent children',
      householdSingleParent: 'Single parent',
      spouseIncomeEurPerYear: 'Partner’s income (€ / year)',
      referenceTaxIncomeEurPerYear: 'Reference tax income (revenu fiscal de référence, €)',
      targetNetEurPerMonth: 'Target net income (€ / month)',
      missionDaysPerWeek: 'Assignment days per week',
      sasuPay: 'Pay in SASU',
      eurlIsPay: 'Pay in EURL (corporate tax, IS)',
      dividendsMethod: 'Dividend taxation',
      capitalEur: 'Share capital (€)',
      currentAccountEur: 'Shareholder current account (€)',
      acre: 'ACRE',
      creationDate: 'Business start date (ACRE)',
    },
    values: {
      auto: 'automatic',
      yes: 'yes',
      no: 'no',
      salaire: 'all as salary',
      dividendes: 'all as dividends',
      optimal: 'optimal split',
      pfu: 'PFU (flat tax)',
      bareme: 'progressive income tax scale',
      chosenPay: (amount: string) => `chosen salary: ${amount}`,
    },
  },
}
