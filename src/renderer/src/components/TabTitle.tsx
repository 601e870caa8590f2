/**
 * A tab's title in the strip. A comparison's two names are cut short each on its own, either
 * side of the arrow. Note: cut as one line, "Riverside Borough Council Social Media Policy
 * (DRAFT) ↔ …" lost the arrow and read exactly like the source's own tab beside it, so the
 * comparison could not be told from the policy. The text stays "A ↔ B" for assistive technology.
 */
import type { Tab } from '../state/tabs'

export function TabTitle({ tab }: { tab: Tab }): React.JSX.Element {
  if (tab.kind !== 'compare' && tab.kind !== 'compare-versions') return <>{tab.title}</>
  return (
    <span className="tab-pair">
      <span className="tab-side">{tab.names.a}</span>
      <span className="tab-arrow"> ↔ </span>
      <span className="tab-side">{tab.names.b}</span>
    </span>
  )
}
