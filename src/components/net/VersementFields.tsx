import { Suspense, use } from 'react'
import { formatEur, formatNumber, LIMITS } from '../../domain'
import { useText } from '../../i18n'
import type { StatusResult, VersementLiberatoire } from '../../social'
import { useCalculator } from '../../store'
import { InputSwitch } from '../InputField'
import { NumberField } from '../NumberField'
import { notesOf } from './notes'

/** Whether the option is open, with the RFR per part against the ceiling (texts loaded lazily). */
function Eligibility({ eligibility }: { eligibility: VersementLiberatoire }) {
  const n = use(notesOf(useText()))
  return (
    <p
      className={eligibility.open ? 'note' : 'notice'}
      data-testid="versement-eligibility"
      data-open={eligibility.open}
    >
      {(eligibility.open ? n.versementOpen : n.versementClosed)(
        formatEur(eligibility.referenceTaxIncomeEurPerYear),
        formatNumber(eligibility.householdParts),
        formatEur(eligibility.ceilingPerPartEurPerYear),
      )}
    </p>
  )
}

/**
 * The micro-entreprise's versement libératoire: the option, the household's reference tax income
 * that opens it (taken from the CDI salary until typed, and said so), and whether it is open.
 */
export function VersementFields({ micro }: { micro: StatusResult | null }) {
  const t = useText()
  const requested = useCalculator((s) => s.inputs.microVersementLiberatoire)
  const typed = useCalculator((s) => s.inputs.referenceTaxIncomeEurPerYear)
  const setInput = useCalculator((s) => s.setInput)
  const eligibility = micro?.versementLiberatoire
  // Whole euros, as an avis d'imposition writes it.
  const shown = typed ?? Math.round(eligibility?.referenceTaxIncomeEurPerYear ?? 0)
  return (
    <div className="versement">
      <InputSwitch field="microVersementLiberatoire" label={t.net.versementLiberatoire} />
      {requested && (
        <>
          <NumberField
            label={t.honest.rfr}
            value={shown}
            limits={LIMITS.referenceTaxIncomeEurPerYear}
            onValue={(v) => setInput('referenceTaxIncomeEurPerYear', v)}
            hint={typed === null ? t.honest.rfrFromCdi : t.honest.rfrTyped}
          >
            <button
              type="button"
              className="link-button"
              disabled={typed === null}
              onClick={() => setInput('referenceTaxIncomeEurPerYear', null)}
            >
              {t.honest.rfrReset}
            </button>
          </NumberField>
          {eligibility && (
            <Suspense fallback={null}>
              <Eligibility eligibility={eligibility} />
            </Suspense>
          )}
        </>
      )}
    </div>
  )
}
