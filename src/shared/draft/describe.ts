/**
 * Actions in words, for the Edit menu ("Undo: edit clause 2.3"). Described when dispatched,
 * against the draft before and after, so the numbers are the ones the author saw.
 */
import type { Draft } from '../model'
import { plural } from '../text/wording'
import type { DraftAction, SimpleDraftAction } from './actions'
import { draftLabels, type DraftLabels } from './state'


/** A short lower-case phrase: "edit clause 2.3", "add 4 clauses", "move section 2 to 1". */
export function describeAction(action: DraftAction, before: Draft, after: Draft): string {
  const was = draftLabels(before)
  const now = draftLabels(after)
  if (action.type !== 'batch') return describeOne(action, was, now, before)
  if (action.label) return action.label
  const only = action.actions.length === 1 ? action.actions[0] : undefined
  if (only) return describeOne(only, was, now, before)
  const types = new Set(action.actions.map((a) => a.type))
  const n = action.actions.length
  if ([...types].every((t) => t === 'add-source-clause' || t === 'add-clause')) return `add ${plural(n, 'clause')}`
  if (types.size === 1 && types.has('remove-clause')) return `remove ${plural(n, 'clause')}`
  if (types.size === 1 && types.has('move-clause')) return `move ${plural(n, 'clause')}`
  return `${n} changes`
}

function describeOne(action: SimpleDraftAction, was: DraftLabels, now: DraftLabels, before: Draft): string {
  const clause = (labels: DraftLabels, id: string): string => `clause ${labels.clauses[id] ?? ''}`.trim()
  const section = (labels: DraftLabels, id: string): string => `section ${labels.sections[id] ?? ''}`.trim()
  switch (action.type) {
    case 'add-source-clause': {
      const added = addedId(was.clauses, now.clauses)
      return `add ${added ? clause(now, added) : 'a clause'} from ${action.source.sourceTitle || 'a source'}`
    }
    case 'add-clause': {
      const added = addedId(was.clauses, now.clauses)
      return `add ${added ? clause(now, added) : 'a clause'}`
    }
    case 'edit-clause':
      return `edit ${clause(was, action.clauseId)}`
    case 'restore-clause':
      return `restore the source wording of ${clause(was, action.clauseId)}`
    case 'indent-clause':
      return `indent ${clause(was, action.clauseId)}`
    case 'outdent-clause':
      return `outdent ${clause(was, action.clauseId)}`
    case 'set-note':
      return `edit the note on ${clause(was, action.clauseId)}`
    case 'move-clause':
      return `move ${clause(was, action.clauseId)} to ${now.clauses[action.clauseId] ?? 'elsewhere'}`
    case 'remove-clause':
      return `remove ${clause(was, action.clauseId)}`
    case 'add-section': {
      const added = addedId(was.sections, now.sections)
      return `add ${added ? section(now, added) : 'a section'}`
    }
    case 'rename-section':
      return `rename ${section(was, action.sectionId)}`
    case 'move-section':
      return `move ${section(was, action.sectionId)} to ${now.sections[action.sectionId] ?? 'elsewhere'}`
    case 'remove-section': {
      const removed = before.sections.find((s) => s.id === action.sectionId)
      const n = removed?.clauses.length ?? 0
      return n === 0 ? `remove ${section(was, action.sectionId)}` : `remove ${section(was, action.sectionId)} and its ${plural(n, 'clause')}`
    }
    case 'set-metadata': {
      const keys = Object.keys(action.metadata)
      if (keys.length === 1 && keys[0] === 'title') return 'rename the draft'
      if (keys.length === 1 && keys[0] === 'status') return `set the status to ${action.metadata.status}`
      return "change the draft's details"
    }
    default:
      return 'change the draft'
  }
}

/** The id of the one clause or section in `now` that was not in `was`. */
function addedId(was: Record<string, string>, now: Record<string, string>): string | undefined {
  return Object.keys(now).find((id) => !(id in was))
}
