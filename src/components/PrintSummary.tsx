import './PrintSummary.css'
import { formatEur, formatEurCents, formatNumber } from '../domain'
import { useText } from '../i18n'
import { useResults } from './useResults'

/**
 * The inputs as a short summary, shown only on paper (the print stylesheet hides the fields,
 * which print badly, and shows this instead), with the date of printing.
 */
export function PrintSummary() {
  const t = useText()
  const { inputs, results } = useResults()
  const f = t.saved.fields
  const yesNo = (b: boolean) => (b ? '✓' : '—')
  const items: [string, string][] = [
    [f.experienceYears, formatNumber(inputs.experienceYears)],
    [f.tjmEurPerDay, formatEurCents(results.tjmEurPerDay)],
    [f.billableDays, formatNumber(results.days)],
    [f.salaryGrossEurPerYear, formatEur(inputs.salaryGrossEurPerYear)],
    [f.year, String(inputs.year)],
    [f.alsaceMoselle, yesNo(inputs.alsaceMoselle)],
    [f.paidLeaveDays, formatNumber(inputs.paidLeaveDays)],
    [f.benchDays, formatNumber(inputs.benchDays)],
    [f.otherDays, formatNumber(inputs.otherDays)],
    [f.expensesEurPerYear, formatEur(inputs.expensesEurPerYear)],
    [f.householdParts, formatNumber(inputs.householdParts)],
    [f.portageFeePercent, `${formatNumber(inputs.portageFeePercent)} %`],
    [f.microVersementLiberatoire, yesNo(inputs.microVersementLiberatoire)],
  ]
  return (
    <section className="print-summary" aria-label={t.export.summary}>
      <h2>{t.export.summary}</h2>
      <dl>
        {items.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
