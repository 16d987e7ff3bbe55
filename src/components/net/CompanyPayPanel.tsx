import './CompanyPayPanel.css'
import { useId } from 'react'
import { formatEur, LIMITS } from '../../domain'
import { chosenPayProblem } from '../../domain/company-pay'
import { useText } from '../../i18n'
import { type CompanyPayCatalogue, useCompanyPayText } from '../../i18n/company-pay'
import type { SocialResult, StatusResult } from '../../social'
import type { useCalculator } from '../../store'
import type { DataTable } from '../DataTable'
import type { Glossary } from '../Glossary'
import type { InputNumber } from '../InputField'
import type { NumberField } from '../NumberField'
import { SplitCurves } from './SplitCurves'

/**
 * The page's field and table components, given by the net panel: importing them here would split
 * them out of the first load into a chunk shared with this lazy one (≈ 1 KiB more to download).
 */
export type CompanyPayPanelParts = {
  DataTable: typeof DataTable
  Glossary: typeof Glossary
  InputNumber: typeof InputNumber
  NumberField: typeof NumberField
  /** The store's hook (imported here, it would be split out of the first load too). */
  useCalculator: typeof useCalculator
}

type Props = {
  /** The last figures of the social model, or null while none came. */
  figures: SocialResult['results'] | null
  /** Turnover − expenses, in €/year: what the director's pay can spend at most. */
  marginEurPerYear: number
  /** Whether the figures were computed with ACRE (the CSV says so). */
  acre: boolean
  parts: CompanyPayPanelParts
}

/** A first chosen salary: a quarter of the margin, to the thousand euros. */
const firstChoice = (margin: number) => Math.max(0, Math.round(margin / 4000) * 1000)

/**
 * The pay of a company director at corporate tax (SASU, EURL à l'IS): the strategy, the dividends'
 * taxation, the capital, and the split each status ends with.
 */
export function CompanyPayPanel({ figures, marginEurPerYear, acre, parts }: Props) {
  const { DataTable, Glossary, InputNumber, NumberField, useCalculator } = parts
  const t = useText()
  const c = useCompanyPayText()
  const inputs = useCalculator((s) => s.inputs)
  const setInput = useCalculator((s) => s.setInput)
  const ids = useId()
  const checkPay = (value: number) => {
    const problem = chosenPayProblem(value, marginEurPerYear)
    return problem === 'noMargin'
      ? c.noTurnover
      : problem === 'aboveMargin'
        ? c.tooHigh(formatEur(marginEurPerYear))
        : null
  }

  const sasu = figures?.sasu
  const eurlIs = figures?.eurlIs
  const allowance = 0.1 * (inputs.capitalEur + inputs.currentAccountEur)

  return (
    <div className="company" data-testid="company-panel">
      <h3>{c.heading}</h3>
      <p className="muted">{c.intro}</p>
      <div className="company-grid">
        <fieldset>
          <legend>{c.sasuLegend}</legend>
          {(['salaire', 'dividendes', 'chosen', 'optimal'] as const).map((choice) => (
            <label key={choice} className="choice">
              <input
                type="radio"
                name={`${ids}-sasu`}
                checked={
                  choice === 'chosen'
                    ? typeof inputs.sasuPay === 'number'
                    : inputs.sasuPay === choice
                }
                onChange={() =>
                  setInput('sasuPay', choice === 'chosen' ? firstChoice(marginEurPerYear) : choice)
                }
              />
              <span>{c.sasuChoices[choice]}</span>
            </label>
          ))}
          {typeof inputs.sasuPay === 'number' && (
            <NumberField
              label={c.sasuChosen}
              value={inputs.sasuPay}
              limits={LIMITS.chosenPayEurPerYear}
              onValue={(v) => setInput('sasuPay', v)}
              check={checkPay}
            />
          )}
        </fieldset>
        <fieldset>
          <legend>{c.eurlIsLegend}</legend>
          {(['salaire', 'chosen', 'optimal'] as const).map((choice) => (
            <label key={choice} className="choice">
              <input
                type="radio"
                name={`${ids}-eurlis`}
                checked={
                  choice === 'chosen'
                    ? typeof inputs.eurlIsPay === 'number'
                    : inputs.eurlIsPay === choice
                }
                onChange={() =>
                  setInput(
                    'eurlIsPay',
                    choice === 'chosen' ? firstChoice(marginEurPerYear) : choice,
                  )
                }
              />
              <span>{c.eurlIsChoices[choice]}</span>
            </label>
          ))}
          {typeof inputs.eurlIsPay === 'number' && (
            <NumberField
              label={c.eurlIsChosen}
              value={inputs.eurlIsPay}
              limits={LIMITS.chosenPayEurPerYear}
              onValue={(v) => setInput('eurlIsPay', v)}
              check={checkPay}
            />
          )}
        </fieldset>
        <fieldset>
          <legend>{c.methodLegend}</legend>
          {(['pfu', 'bareme'] as const).map((method) => (
            <label key={method} className="choice">
              <input
                type="radio"
                name={`${ids}-method`}
                checked={inputs.dividendsMethod === method}
                onChange={() => setInput('dividendsMethod', method)}
              />
              <span>{c.methods[method]}</span>
            </label>
          ))}
          <Glossary terms={['pfu']} />
        </fieldset>
        <div>
          <InputNumber field="capitalEur" label={c.capital} />
          <InputNumber field="currentAccountEur" label={c.currentAccount} />
        </div>
      </div>
      {sasu && eurlIs && (
        <>
          <DataTable
            caption={c.splitCaption}
            columns={[c.perYear, t.net.labels.sasu, t.net.labels.eurlIs]}
            rows={splitRows(c).map((row) => ({
              key: row.key,
              header: row.label,
              cells: [sasu, eurlIs].map((r) => formatEur(row.value(r))),
            }))}
          />
          <MethodVerdict sasu={sasu} method={inputs.dividendsMethod} />
          <SplitCurves t={t} c={c} results={{ sasu, eurlIs }} acre={acre} DataTable={DataTable} />
        </>
      )}
      {inputs.sasuPay === 'optimal' && <p className="note">{c.optimalNote}</p>}
      <p className="note">{c.eurlNote(formatEur(allowance))}</p>
    </div>
  )
}

/** The split's rows, from the status's extra figures (0 when a status has none). */
function splitRows(c: CompanyPayCatalogue) {
  const extra = (name: string) => (r: StatusResult) => r.extraFigures?.[name] ?? 0
  const rows = c.rows
  return [
    { key: 'salaryGross', label: rows.salaryGross, value: extra('salaryGrossEurPerYear') },
    { key: 'salaryCost', label: rows.salaryCost, value: extra('salaryCostEurPerYear') },
    { key: 'corporateTax', label: rows.corporateTax, value: extra('corporateTaxEurPerYear') },
    { key: 'dividendsGross', label: rows.dividendsGross, value: extra('dividendsGrossEurPerYear') },
    { key: 'levies', label: rows.dividendsLevies, value: extra('dividendsLeviesEurPerYear') },
    { key: 'incomeTax', label: rows.incomeTax, value: (r: StatusResult) => r.incomeTaxEurPerYear },
    { key: 'net', label: rows.netAfterTax, value: (r: StatusResult) => r.netAfterTaxEurPerYear },
    { key: 'kept', label: rows.kept, value: extra('keptInCompanyEurPerYear') },
  ]
}

/** Which dividends taxation leaves more, at the SASU's split. */
function MethodVerdict({ sasu, method }: { sasu: StatusResult; method: 'pfu' | 'bareme' }) {
  const c = useCompanyPayText()
  const other = sasu.extraFigures?.netAfterTaxOtherMethodEurPerYear
  if (other === undefined) return null
  const gain = other - sasu.netAfterTaxEurPerYear
  if (Math.abs(gain) < 1) return <p className="note">{c.sameMethod}</p>
  const better = gain > 0 ? (method === 'pfu' ? 'bareme' : 'pfu') : method
  return (
    <p className="note" data-testid="method-verdict">
      {c.betterMethod(c.methods[better].toLowerCase(), formatEur(Math.abs(gain)))}
    </p>
  )
}
