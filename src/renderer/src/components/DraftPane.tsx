/** The author's draft. Drafting arrives with the workspace; until then the pane says so. */
import { forwardRef } from 'react'

export const DraftPane = forwardRef<HTMLElement>(function DraftPane(_props, ref) {
  return (
    <aside ref={ref} className="pane draft" aria-labelledby="draft-heading" tabIndex={-1}>
      <div className="pane-header">
        <h2 id="draft-heading">Your draft</h2>
      </div>
      <div className="empty-state">
        <p>No draft yet.</p>
        <p className="hint">
          This is where you will build your own policy from clauses of any source, adapt their wording, and always see
          where each one came from. Drafting is not available in this version.
        </p>
      </div>
    </aside>
  )
})
