/** "Word report…" on a comparison of two sources: the report as a .docx for a researcher's papers. */
import { useComparisonReport } from '../hooks/useComparisonReport'

interface Props {
  a: string
  b: string
  onStatus(message: string): void
}

export function WordReportButton({ a, b, onStatus }: Props): React.JSX.Element {
  const report = useComparisonReport(a, b, onStatus)
  return (
    <button type="button" className="secondary" disabled={report.busy} aria-busy={report.busy} onClick={() => void report.save()} title="A Word document of the two sources side by side, with the counts">
      Word report…
    </button>
  )
}
