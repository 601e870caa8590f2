/**
 * The committee pack: one document a committee clerk drops into the papers. A short cover
 * report in the shape UK council committee reports take (purpose, recommendation, background,
 * what changed since the base, consultation, implications), then Appendix A, the clean policy,
 * and Appendix B, the tracked-changes version against the base, when there is one. Pure: it
 * takes the two export documents already built and only arranges them.
 *
 * Decisions: the cover report's headings are unnumbered (Heading 2), so no report number can
 * be mistaken for a clause number; each appendix numbers its policy from 1 again (a restart
 * marker), as the policy prints on its own. What only the author knows (implications,
 * consultation) is left as a visible placeholder, never invented.
 */
import type { Draft } from '../model'
import { longDate } from './dates'
import { statusWords } from './front-matter'
import type { ExportBlock, ExportComment, ExportDocument, InlineRun } from './model'
import type { ExportOptions } from './options'
import type { ChangeSummary } from './tracked/summary'

export const AUTHOR_PLACEHOLDER = '[To be completed by the author]'

export const IMPLICATIONS = ['Financial', 'Legal', 'Equalities', 'Risk'] as const

export interface CommitteePackInput {
  draft: Draft
  /** The draft as a clean policy (buildExport). */
  clean: ExportDocument
  /** The draft as tracked changes against the base; null when there is no base. */
  tracked: ExportDocument | null
  /** What changed since the base (summariseChanges); null when there is no base. */
  changes: ChangeSummary | null
  /** How the base is named in words ("version 0.2", "Riverside Social Media Policy"). */
  baseName: string | null
  options: ExportOptions
}

const paragraph = (text: string): ExportBlock => ({ kind: 'paragraph', runs: [{ text }] })
const heading = (text: string): ExportBlock => ({ kind: 'plain-heading', text })
const labelled = (label: string, text: string): ExportBlock => ({ kind: 'paragraph', runs: [{ text: `${label}: `, bold: true }, { text }] as InlineRun[] })

export function buildCommitteePack(input: CommitteePackInput): ExportDocument {
  const { draft, clean, options } = input
  const md = draft.metadata
  const title = md.title.trim() || 'Untitled policy'
  const committee = md.committee.trim() || 'Committee'
  const date = options.date ?? clean.meta.date
  const base = input.tracked && input.changes ? { tracked: input.tracked, changes: input.changes, name: input.baseName?.trim() || 'the earlier version' } : null

  const cover: ExportBlock[] = [
    { kind: 'title', title: `${committee}: ${title}`, subtitle: [md.organisation].filter((s) => s.trim()) },
    labelled('Report of', md.owner.trim() || clean.meta.author),
    labelled('Date', longDate(date)),
    heading('Purpose of the report'),
    paragraph(`To ask the committee to approve the ${title}${md.version ? ` (version ${md.version})` : ''}, set out at Appendix A.`),
    heading('Recommendation'),
    paragraph(`That the committee approves the ${title} at Appendix A.`),
    heading('Background'),
    paragraph(background(input, title, base?.name ?? null)),
    heading(base ? `Summary of changes since ${base.name}` : 'Summary of changes'),
    ...changeParagraphs(base).map(paragraph),
    heading('Consultation'),
    paragraph(AUTHOR_PLACEHOLDER),
    heading('Implications'),
    ...IMPLICATIONS.flatMap((kind) => [labelled(`${kind} implications`, AUTHOR_PLACEHOLDER)]),
    heading('Appendices'),
    paragraph(`Appendix A: ${title}`),
    ...(base ? [paragraph(`Appendix B: ${title}, with tracked changes since ${base.name}`)] : []),
  ]
  if (md.owner.trim()) cover.push(labelled('Contact officer', md.owner.trim()))

  const blocks: ExportBlock[] = [...cover, ...appendix(`Appendix A: ${title}`, clean.blocks)]
  let comments: ExportComment[] = [...clean.comments]
  if (base) {
    // The tracked document numbers its comments from 0 too: they follow the clean one's.
    const offset = clean.comments.length
    blocks.push(...appendix(`Appendix B: ${title}, with tracked changes since ${base.name}`, base.tracked.blocks.map((b) => shiftComments(b, offset))))
    comments = comments.concat(base.tracked.comments.map((c) => ({ ...c, id: c.id + offset })))
  }
  const doc: ExportDocument = { meta: { ...clean.meta, date }, blocks, comments }
  if (clean.referenceStyles !== undefined) doc.referenceStyles = clean.referenceStyles
  return doc
}

/** An appendix starts on a new page with its heading, and numbers its policy from 1. */
function appendix(heading: string, blocks: readonly ExportBlock[]): ExportBlock[] {
  return [{ kind: 'page-break' }, { kind: 'plain-heading', text: heading }, { kind: 'restart-numbering' }, ...blocks]
}

function shiftComments(block: ExportBlock, offset: number): ExportBlock {
  if (block.kind !== 'clause' || block.comments.length === 0 || offset === 0) return block
  return { ...block, comments: block.comments.map((id) => id + offset) }
}

function background(input: CommitteePackInput, title: string, baseName: string | null): string {
  const md = input.draft.metadata
  const who = md.organisation.trim() ? `${md.organisation.trim()}'s` : 'The'
  const status = statusWords(md.status).toLowerCase()
  const version = md.version ? `version ${md.version}, ${status}` : status
  const sections = input.draft.sections.length
  const clauses = input.draft.sections.reduce((n, s) => n + s.clauses.length, 0)
  const first = `${who} ${title} (${version}) has ${count(sections, 'section')} and ${count(clauses, 'clause')}.`
  if (!baseName) return `${first} There is no earlier version: this is a new policy.`
  return `${first} It replaces ${baseName}; Appendix B shows every change since then as tracked changes, which can be read in Word's review pane.`
}

/** The counts in words: "3 clauses new, 5 changed, 1 removed and 2 moved"; a count of none is left out. */
export function changeParagraphs(base: { changes: ChangeSummary; name: string } | null): string[] {
  if (!base) return ['There is no earlier version to compare with, so every clause is new.']
  const c = base.changes
  const clauses = counted('clause', [[c.clausesNew, 'new'], [c.clausesChanged, 'changed'], [c.clausesRemoved, 'removed'], [c.clausesMoved, 'moved']])
  const sections = counted('section', [[c.sectionsAdded, 'added'], [c.sectionsRemoved, 'removed'], [c.sectionsRenamed, 'renamed']])
  if (!clauses && !sections) return [`The wording is unchanged since ${base.name}.`]
  const out = [clauses ? `Since ${base.name}: ${clauses}.` : `No clause's wording has changed since ${base.name}.`]
  out.push(sections ? `Sections: ${sections}.` : 'No section was added or removed.')
  if (c.clausesMoved > 0 && c.clausesChanged > 0) out.push('A clause that moved and was also reworded counts as both moved and changed.')
  return out
}

/** "3 clauses new, 5 changed and 2 moved": the noun on the first count only; empty when all are 0. */
function counted(noun: string, parts: readonly [number, string][]): string {
  const words = parts.filter(([n]) => n > 0).map(([n, what], i) => (i === 0 ? `${count(n, noun)} ${what}` : `${n} ${what}`))
  return listWords(words)
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`

function listWords(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
}
