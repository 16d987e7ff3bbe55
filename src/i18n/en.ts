/**
 * Every text of the interface, in English: the twin of ./fr.ts, held to the same `Catalogue`
 * shape, and loaded only when the page is in English.
 */
import type { Catalogue } from '.'
import { englishBandName } from './band-name'
import { fr } from './fr'

/** The public holidays' names, which the calendar library gives in French. */
const HOLIDAYS: Record<string, string> = {
  "Jour de l'an": 'New Year’s Day',
  'Fête du travail': 'Labour Day',
  'Victoire des alliés': 'Victory in Europe Day',
  'Fête Nationale': 'Bastille Day',
  Assomption: 'Assumption Day',
  Toussaint: 'All Saints’ Day',
  Armistice: 'Armistice Day',
  Noël: 'Christmas Day',
  'Lundi de Pâques': 'Easter Monday',
  Ascension: 'Ascension Day',
  'Lundi de Pentecôte': 'Whit Monday',
  'Vendredi Saint': 'Good Friday',
  'Saint Étienne': 'St Stephen’s Day',
}

export const en: Catalogue = {
  /** The document's <title> and description. */
  head: async () => ({
    title: 'CTO daily rate (TJM) and salary calculator for France',
    description:
      'Daily rate (TJM) and salary calculator for CTOs in France: daily rate band by experience, revenue over billable days, comparison with a CDI (permanent employment contract).',
  }),
  title: 'CTO daily rate (TJM) and salary calculator',
  tagline:
    'What daily rate (TJM) to charge for your experience, what it earns over the days you can actually bill, and how it compares with a CDI (permanent employment contract).',
  inputs: {
    heading: 'Your situation',
    experience: 'Years of experience',
    experienceSlider: 'Years of experience (slider)',
    experienceHint: 'Completed years set the band: 2.9 years counts as 2.',
    tjm: 'TJM (€ / day)',
    tjmFollowsBand: 'Midpoint of the market band.',
    tjmOverridden: 'Your value.',
    tjmOfBand: (midpoint: string) => `Band: ${midpoint}.`,
    tjmReset: 'Back to the band’s TJM',
    days: 'Days billed per year',
    daysFollowCalendar: 'Calculated from the calendar below.',
    daysOverridden: 'Your value.',
    daysOfCalendar: (days: string) => `Calendar: ${days} days.`,
    daysReset: 'Back to the calendar’s count',
    salary: 'Annual gross salary (CDI)',
    salaryRange: (min: string, mean: string, max: string) =>
      `Glassdoor, CTO in France: ${min} to ${max}, average ${mean}.`,
    salaryOutside:
      'Outside the Glassdoor range: the calculation still holds, the market comparison less so.',
  },
  errors: {
    empty: 'Enter a value.',
    notNumber: 'Enter a number, e.g. 12.5.',
    notInteger: 'Enter a whole number.',
    step: (step: string) => `Enter a multiple of ${step}.`,
    range: (min: string, max: string) => `Enter a value between ${min} and ${max}.`,
  },
  days: {
    heading: 'Billable days',
    summary: 'Calendar breakdown',
    year: 'Year',
    weekdays: 'Weekdays (Monday to Friday)',
    holidays: 'Public holidays on weekdays',
    showHolidays: 'Show the public holidays',
    holidaysOf: (year: number) => `${year} public holidays`,
    holidaysLoading: 'Loading the public holidays…',
    holidayName: (name: string) => HOLIDAYS[name] ?? name,
    alsace: 'Alsace-Moselle (Good Friday and St Stephen’s Day are public holidays)',
    workingDays: 'Working days',
    paidLeave: 'Paid leave (days)',
    bench: 'Bench time between contracts (days)',
    other: 'Other unbilled days (training, sickness, admin, business development)',
    billable: 'Billable days',
    weekend: 'weekend',
  },
  results: {
    heading: 'Results',
    band: 'Market TJM',
    bandFor: (label: string) => `“${label}” band`,
    bandName: englishBandName,
    midpoint: 'Band midpoint',
    spread: (low: string, high: string) => `${low} to ${high} depending on the profile`,
    top: 'Top earners',
    bandNote: 'Bands from a market survey: they do not rise steadily with experience.',
    revenue: 'Annual revenue',
    perMonth: 'per month',
    revenueDetail: (tjm: string, days: string) => `${tjm} × ${days} days`,
    comparison: 'Gross comparison with the CDI',
    difference: 'Difference from the gross salary',
    breakEven: 'TJM that matches the gross salary',
    daysNeeded: 'Days needed at your TJM',
    moreThanAYear: 'more than a year',
    grossNote:
      'Comparison before contributions and tax: a freelancer pays their own social contributions, see net income below.',
  },
  language: {
    other: 'Français',
    failed: 'The French page could not be loaded (offline?): try again once connected.',
  },
  glossary: {
    label: 'Glossary:',
    // The French terms, kept in every language.
    terms: fr.glossary.terms,
    loading: '…',
    failed: 'Definition unavailable: it could not be loaded (offline?).',
    definitions: () => import('./en-glossary').then((m) => m.enGlossary),
  },
  colon: ':',
  actions: {
    copy: 'Copy link',
    copied: 'Link copied to the clipboard.',
    copyFailed: 'Could not copy: copy the page’s address instead.',
    reset: 'Reset',
  },
  /** A new build of the app, installed by the service worker, waits for a reload. */
  pageError: {
    message:
      'The page could not be displayed with the current data. Go back to the original data: your values and the loaded data set will be cleared.',
    recover: 'Back to the original data',
  },
  /** The charts' place while their code loads; their own texts are in ./en-charts.ts. */
  charts: {
    heading: 'In charts',
    loading: 'Loading chart…',
  },
  footer: {
    source: 'Data source',
  },
  net: {
    heading: 'Net income by status',
    intro:
      'What you keep after social contributions and income tax, for each status, compared with a CDI.',
    expenses: 'Annual business expenses (€)',
    portageFee: 'Portage salarial (umbrella company) management fee (%)',
    versementLiberatoire:
      'Micro-entreprise: income tax paid with contributions (versement libératoire)',
    noDays: 'Enter at least one billed day to calculate net income.',
    tooLarge: (max: string) =>
      `Amounts above ${max} a year are outside the social model’s range: net income is not calculated.`,
    payAboveMargin: (margin: string) =>
      `The director’s chosen pay is above the margin (${margin}): net income is not calculated.`,
    failedKept: 'The figures shown are those of the previous inputs.',
    loading: 'Loading the social model…',
    updating: 'Updating the amounts…',
    computing: 'calculating…',
    noBreakEven: 'out of reach',
    failed: 'The net income calculation failed. The gross calculator is still available.',
    caption: 'Annual net income by status, compared with a CDI',
    approx: ' (approximation)',
    labels: {
      cdi: 'CDI (executive)',
      eurlIs: 'EURL (corporate tax, IS)',
      micro: 'Micro-entreprise (BNC)',
      eurl: 'EI / EURL (income tax, IR)',
      sasu: 'SASU (president)',
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
      gross: 'Gross salary / revenue',
      netBeforeTax: 'Net before tax',
      incomeTax: 'Income tax',
      netAfterTax: 'Net after tax (year)',
      perMonth: 'Net after tax (month)',
      vsCdi: 'Difference from the CDI (year)',
      breakEven: 'TJM to match the CDI',
    },
    ceiling: (ceiling: string) =>
      `Revenue above the micro-entreprise ceiling (${ceiling}): this status would no longer be available.`,
    portageNote:
      'Portage salarial (umbrella company): an approximation outside the official model — the employee model applied to revenue minus the management fee.',
    source:
      'Contributions and tax calculated with modele-social 11.1.0 (rules in force on 1 July 2026), the publicodes rules behind the French administration’s simulators (mon-entreprise.urssaf.fr), run in your browser.',
  },
  /** The answers first: verdict, target net, the company's view, scenarios (issue 13). */
  answer: {
    verdict: {
      heading: 'Verdict',
      waiting: 'Calculating net incomes…',
    },
    stale: 'Results out of date: correct the invalid field.',
    moreInputs: 'More settings',
    moreInputsSummary: (salary: string, days: string, year: string) =>
      `CDI salary ${salary} · ${days} billable days · ${year}`,
    showMore: 'Edit',
    showLess: 'Collapse',
    target: {
      heading: 'The TJM for the net income you want',
    },
    company: {
      heading: 'The company’s view',
    },
    scenarios: {
      heading: 'Scenarios side by side',
    },
  },
  /** What a failing panel names in its message. */
  panels: {
    days: 'the breakdown of days',
    net: 'net income',
    charts: 'the charts',
    verdict: 'the verdict',
    target: 'the TJM for your target net income',
    company: 'the company’s view',
    scenarios: 'the scenarios',
  },
  errorPanel: {
    message: (what: string) => `Could not display ${what}. The rest of the page still works.`,
    retry: 'Try again',
  },
  data: {
    custom: 'data set loaded from a file',
    salaryQuote: (source: string, quote: string) => `${source}: “${quote}”`,
    tjmQuote: (source: string, quote: string) => `${source}. ${quote}`,
  },
  /** The household as a person describes it (issue 11). */
  household: {
    heading: 'Your tax household',
    couple: 'Married or in a civil partnership (PACS), filing jointly',
    children: 'Dependent children',
    singleParent: 'Single parent: you live alone with your children',
    spouseIncome: 'Spouse’s or partner’s taxable income (€ per year)',
    spouseIncomeHint:
      'The taxable income on their return (after the 10% allowance on salaries); 0 if they have no income.',
    // `plural` follows French (2 and more); English is singular for exactly 1 only ("1.5 tax shares").
    parts: (parts: string, plural: boolean) =>
      plural || parts !== '1'
        ? `That is ${parts} tax shares (parts fiscales, quotient familial), worked out from these answers.`
        : `That is ${parts} tax share (part fiscale, quotient familial), worked out from these answers.`,
  },
  /** What a status really allows, the CDI's whole cost, what the model is (issue 11). */
  honest: {
    /** The notes under the net table, in a lazy chunk of their own (./en-notes.ts). */
    notes: () => import('./en-notes').then((m) => m.enNotes),
    rows: {
      employerCost: 'Annual cost to the company',
      costPerDay: 'Cost per day to the company',
      contributions: 'Social contributions (employee and employer)',
      employeeShare: 'of which employee share',
      employerShare: 'of which employer share',
      healthAndProvident: 'of which company health and provident insurance',
    },
    costPerDayCdi: (cost: string, days: string) => `${cost} (÷ ${days} d)`,
    notAccessible: 'not available at this revenue',
    breakEvenAboveCeiling: 'above the micro ceiling',
    rfr: 'Household reference tax income (revenu fiscal de référence), year N-2 (€)',
    rfrFromCdi: 'Not entered: the one the simulated CDI salary would give.',
    rfrTyped: 'Your value.',
    rfrReset: 'Back to the CDI income',
    pentecost:
      'Whit Monday is counted as a public holiday, not billed; for an employee it is often the solidarity day: see the French Labour Code (Code du travail), art. L3133-7.',
    grossBreakEvenNote:
      'This TJM matches the gross salary alone, without contributions or employer cost: see the CDI’s employer cost and the net break-even TJMs below.',
    plausibility: {
      days: (working: string, year: string) =>
        `More than the ${working} working days in ${year}: check your entry.`,
      tjm: (max: string) => `More than ten times the top of the band (${max}): check your entry.`,
      salary: (max: string) =>
        `More than ten times the Glassdoor maximum (${max}): one zero too many?`,
    },
  },
  /** Spreadsheet export and printing. */
  export: {
    csv: 'Export as CSV',
    csvOf: (what: string) => `Export as CSV: ${what}`,
    print: 'Print / PDF',
    /** The CSV files' names and column headers (./en-export.ts), loaded with the first export. */
    texts: () => import('./en-export').then((m) => m.enExport),
  },
  /** "How is this calculated?": the formula or the chain of rules behind each figure. */
  explain: {
    button: 'How is this calculated?',
    /** The button's accessible name and its panel's: the question and the figure. */
    about: (what: string) => `How is this calculated: ${what}`,
    statuses: 'How is this calculated, by status:',
    value: 'Amount',
    loading: 'Calculating the explanation…',
    /** The formulas' texts, in a lazy chunk of their own (./en-formulas.ts). */
    formulas: () => import('./en-formulas').then((m) => m.enFormulas),
  },
}
