import { useText } from '../../i18n'
import { AfterHydration, lazyPart } from '../AfterHydration'
import { ErrorBoundary } from '../ErrorBoundary'
import { InputNumber } from '../InputField'
import { useSocial } from '../net/SocialProvider'
import { useSocialClientSource } from '../net/socialClient'
import { useResults } from '../useResults'
import type { AnswerPanelProps } from './panelProps'

// Below the verdict and the net table: loaded after the first paint, in a chunk of their own, so
// the first-load JavaScript stays within its budget.
const TargetPanel = lazyPart(() =>
  import('./TargetPanel').then((m) => ({ default: m.TargetPanel })),
)
const VerdictCard = lazyPart(() => import('./Verdict').then((m) => ({ default: m.Verdict })))
const CompanyPanel = lazyPart(() =>
  import('./CompanyPanel').then((m) => ({ default: m.CompanyPanel })),
)
const ScenariosPanel = lazyPart(() =>
  import('../scenarios/ScenariosPanel').then((m) => ({ default: m.ScenariosPanel })),
)

/** A card's place while its code loads: the same heading, so the page does not jump. */
function Placeholder({ heading }: { heading: string }) {
  const t = useText()
  return (
    <section className="card placeholder-card" aria-label={heading}>
      <h2>{heading}</h2>
      <p className="muted">{t.charts.loading}</p>
    </section>
  )
}

const field: AnswerPanelProps['field'] = (key, label) => <InputNumber field={key} label={label} />

/**
 * The verdict, loaded lazily like the panels (it needs the social model's answer anyway): until
 * its code arrives, a region of the same name says it is coming.
 */
export function LazyVerdict() {
  const t = useText()
  const social = useSocial()
  const fallback = (
    <section className="card verdict" aria-labelledby="verdict-heading">
      <h2 id="verdict-heading">{t.answer.verdict.heading}</h2>
      <p className="muted">{t.answer.verdict.waiting}</p>
    </section>
  )
  return (
    <AfterHydration fallback={fallback}>
      <VerdictCard t={t} social={social} />
    </AfterHydration>
  )
}

/** The target-net, company and scenarios panels, each with its error boundary and placeholder. */
export function LaterPanels() {
  const t = useText()
  const { inputs, results } = useResults()
  const social = useSocial()
  const source = useSocialClientSource()
  const props: AnswerPanelProps = { t, inputs, results, social, source, field }
  return (
    <>
      <ErrorBoundary what={t.panels.target}>
        <AfterHydration fallback={<Placeholder heading={t.answer.target.heading} />}>
          <TargetPanel {...props} />
        </AfterHydration>
      </ErrorBoundary>
      <ErrorBoundary what={t.panels.company}>
        <AfterHydration fallback={<Placeholder heading={t.answer.company.heading} />}>
          <CompanyPanel {...props} />
        </AfterHydration>
      </ErrorBoundary>
      <ErrorBoundary what={t.panels.scenarios}>
        <AfterHydration fallback={<Placeholder heading={t.answer.scenarios.heading} />}>
          <ScenariosPanel t={t} />
        </AfterHydration>
      </ErrorBoundary>
    </>
  )
}
