import { formatNumber } from '../../domain'
import { useText } from '../../i18n'
import { Glossary } from '../Glossary'
import { InputNumber, InputSwitch } from '../InputField'
import { useResults } from '../useResults'

/**
 * The household as a person describes it: married or PACS, dependent children, single parent,
 * the spouse's income; the fiscal parts are derived and said, never asked.
 */
export function HouseholdFields() {
  const t = useText()
  const { inputs, results } = useResults()
  return (
    <fieldset className="household">
      <legend>{t.household.heading}</legend>
      <div className="days-grid">
        <InputSwitch field="householdCouple" label={t.household.couple} />
        <InputNumber field="householdChildren" label={t.household.children} />
        {!inputs.householdCouple && inputs.householdChildren > 0 && (
          <InputSwitch field="householdSingleParent" label={t.household.singleParent} />
        )}
        {inputs.householdCouple && (
          <InputNumber
            field="spouseIncomeEurPerYear"
            label={t.household.spouseIncome}
            hint={t.household.spouseIncomeHint}
          />
        )}
      </div>
      <p className="muted" data-testid="household-parts">
        {t.household.parts(formatNumber(results.householdParts), results.householdParts >= 2)}
      </p>
      <Glossary terms={['parts']} />
    </fieldset>
  )
}
