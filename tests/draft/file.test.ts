/**
 * The portable draft file: written deterministically, read back equal; every refusal and
 * every repair, with the words the author will see.
 */
import { describe, expect, it } from 'vitest'
import { DRAFT_LIMITS, parseDraftFile, serializeDraftFile } from '../../src/shared/draft'
import { WorkbenchError } from '../../src/shared/errors'
import type { DraftVersion } from '../../src/shared/model'
import { sampleDraft } from './support'

const draft = sampleDraft()
const versions: DraftVersion[] = [
  { id: 'v-1', draftId: draft.id, name: '0.1', note: 'First go', createdAt: '2025-03-02T10:00:00.000Z', draft: { ...draft, sections: draft.sections.slice(0, 1) } },
]
const NAME = 'eastbrook-policy.pwdraft.json'
const text = serializeDraftFile(draft, versions)

/** The sample file as JSON, changed by `edit`, as text. */
function edited(edit: (file: any) => void): string {
  const file = JSON.parse(text)
  edit(file)
  return JSON.stringify(file)
}

function refusal(input: string): { code: string; message: string; file?: string } {
  try {
    parseDraftFile(input, NAME)
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbenchError)
    return (error as WorkbenchError).toInfo()
  }
  throw new Error('expected a refusal')
}

describe('serializeDraftFile', () => {
  it('writes pretty JSON with the format, version and a fixed key order', () => {
    const file = JSON.parse(text)
    expect(Object.keys(file)).toEqual(['format', 'schemaVersion', 'savedAt', 'draft', 'versions'])
    expect(file.format).toBe('policy-workbench-draft')
    expect(file.schemaVersion).toBe(1)
    expect(file.savedAt).toBe(draft.metadata.updatedAt)
    expect(Object.keys(file.draft.metadata)).toEqual(['title', 'organisation', 'version', 'status', 'owner', 'approver', 'committee', 'approvedOn', 'reviewDue', 'createdAt', 'updatedAt'])
    expect(Object.keys(file.draft.sections[0].clauses[0])).toEqual(['id', 'text', 'note', 'level', 'origin'])
    expect(text).toContain('\n  "draft": {\n')
    expect(text.endsWith('}\n')).toBe(true)
  })

  it('gives the same text for the same draft, whatever order its keys were built in', () => {
    const shuffled = JSON.parse(JSON.stringify(draft), (_, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v))
    expect(serializeDraftFile(shuffled, versions)).toBe(text)
  })

  it('takes savedAt when given, and leaves out keys that are not part of the model', () => {
    const extra = { ...draft, colour: 'red' } as typeof draft
    const file = JSON.parse(serializeDraftFile(extra, [], { savedAt: '2025-06-01T12:00:00.000Z' }))
    expect(file.savedAt).toBe('2025-06-01T12:00:00.000Z')
    expect(file.draft.colour).toBeUndefined()
    expect(file.versions).toEqual([])
  })
})

describe('parseDraftFile reads back what was written', () => {
  it('round trip: the same draft and versions, nothing repaired', () => {
    expect(parseDraftFile(text, NAME)).toEqual({ draft, versions, repairs: [] })
  })

  it('accepts a byte order mark and a file without versions', () => {
    const parsed = parseDraftFile(`\uFEFF${edited((f) => delete f.versions)}`, NAME)
    expect(parsed.draft).toEqual(draft)
    expect(parsed.versions).toEqual([])
    expect(parsed.repairs).toEqual([])
  })
})

describe('parseDraftFile refuses, naming the file', () => {
  const cases: [string, string, string, string][] = [
    ['an empty file', ' \n', 'empty-file', `${NAME} is empty.`],
    ['a file that is not JSON', 'PK\u0003\u0004 some zip', 'unsupported-format', `${NAME} is not a Policy Workbench draft file.`],
    ['JSON that is not an object', '[1, 2]', 'unsupported-format', `${NAME} is not a Policy Workbench draft file.`],
    ['JSON of another format', '{"name": "my-package", "version": "1.0.0"}', 'unsupported-format', `${NAME} is not a Policy Workbench draft file.`],
    [
      'a compose recipe',
      '{"title": "T", "sections": []}',
      'unsupported-format',
      `${NAME} is not a Policy Workbench draft file. It looks like a compose recipe: make a draft from it with policy-workbench compose.`,
    ],
    ['broken JSON', '{\n  "format": "policy-workbench-draft",\n  oops\n}', 'damaged-file', `${NAME} is damaged: the JSON is broken at line 3, column 3.`],
    ['a file cut short', text.slice(0, 200), 'damaged-file', `${NAME} is damaged: it ends too soon.`],
    [
      'a newer file version',
      edited((f) => (f.schemaVersion = 3)),
      'unsupported-format',
      `${NAME} was saved by a newer version of Policy Workbench (draft file version 3); update Policy Workbench to open it.`,
    ],
    ['no file version', edited((f) => delete f.schemaVersion), 'damaged-file', `${NAME} is damaged: it does not say which draft file version it is.`],
    ['a file version that is not a whole number', edited((f) => (f.schemaVersion = '1')), 'damaged-file', `${NAME} is damaged: it does not say which draft file version it is.`],
    ['no draft', edited((f) => delete f.draft), 'damaged-file', `${NAME} is damaged: draft is missing.`],
    ['no sections', edited((f) => delete f.draft.sections), 'damaged-file', `${NAME} is damaged: draft.sections is missing.`],
    ['a clause without text', edited((f) => delete f.draft.sections[1].clauses[0].text), 'damaged-file', `${NAME} is damaged: draft.sections[1].clauses[0].text is missing.`],
    ['a clause whose text is not text', edited((f) => (f.draft.sections[0].clauses[2].text = 42)), 'damaged-file', `${NAME} is damaged: draft.sections[0].clauses[2].text should be text.`],
    [
      'a broken record of where a clause came from',
      edited((f) => delete f.draft.sections[0].clauses[0].origin.originalText),
      'damaged-file',
      `${NAME} is damaged: draft.sections[0].clauses[0].origin.originalText is missing.`,
    ],
    ['sections that are not a list', edited((f) => (f.draft.sections = {})), 'damaged-file', `${NAME} is damaged: draft.sections should be a list.`],
    [
      'a draft id that is not an id',
      edited((f) => (f.draft.id = '../../etc')),
      'damaged-file',
      `${NAME} is damaged: draft.id should be an id of letters, digits and . _ : - (at most 200).`,
    ],
    ['an id that is a list', edited((f) => (f.draft.sections[0].id = ['s'])), 'damaged-file', `${NAME} is damaged: draft.sections[0].id should be text.`],
    ['a broken version', edited((f) => delete f.versions[0].draft), 'damaged-file', `${NAME} is damaged: versions[0].draft is missing.`],
    [
      'several problems at once',
      edited((f) => {
        f.draft.sections[0].clauses[0].text = null
        f.draft.sections[0].clauses[1].text = null
        f.draft.sections[0].clauses[2].text = null
        f.draft.sections[1].clauses[0].text = null
      }),
      'damaged-file',
      `${NAME} is damaged: draft.sections[0].clauses[0].text should be text; draft.sections[0].clauses[1].text should be text; draft.sections[0].clauses[2].text should be text; and 1 more.`,
    ],
    [
      'a clause longer than the limit',
      edited((f) => (f.draft.sections[0].clauses[0].text = 'x'.repeat(DRAFT_LIMITS.textChars + 1))),
      'file-too-large',
      `${NAME} is too large to open: draft.sections[0].clauses[0].text is too long (at most 100,000 characters).`,
    ],
    [
      'more clauses than a draft may have',
      edited((f) => {
        f.draft.sections = [0, 1].map((s) => ({ id: `s${s}`, heading: '', clauses: Array.from({ length: 5001 }, (_, i) => ({ id: `c${s}-${i}`, text: '', note: '' })) }))
      }),
      'file-too-large',
      `${NAME} is too large to open: draft has 10,002 clauses, and a draft may have at most 10,000.`,
    ],
    [
      'more versions than a file may have',
      edited((f) => (f.versions = Array.from({ length: DRAFT_LIMITS.versions + 1 }, () => f.versions[0]))),
      'file-too-large',
      `${NAME} is too large to open: versions has too many entries (at most 200).`,
    ],
  ]
  it.each(cases)('%s', (_, input, code, message) => {
    expect(refusal(input)).toEqual({ code, message, file: NAME })
  })

  it('a file larger than the limit, before reading it', () => {
    expect(refusal(' '.repeat(DRAFT_LIMITS.fileChars + 1))).toEqual({
      code: 'file-too-large',
      message: `${NAME} is too large to be a draft file (65 MB; the limit is 64 MB).`,
      file: NAME,
    })
  })
})

describe('parseDraftFile repairs what is safe to repair, and says so', () => {
  const repairsOf = (input: string) => parseDraftFile(input, NAME)
  const versionsOf = (input: string) => repairsOf(input).versions
  const repaired = (vs: DraftVersion[]) => vs[0]!.draft.sections[0]!.clauses.map((c) => c.id)

  it('drops unknown fields', () => {
    const { draft: d, repairs } = repairsOf(
      edited((f) => {
        f.comment = 'hello'
        f.draft.sections[0].colour = 'red'
        f.draft.sections[0].clauses[0].origin.url = 'https://example.org'
      }),
    )
    expect(d).toEqual(draft)
    expect(repairs).toEqual(['Ignored 3 unknown fields: comment; draft.sections[0].colour; draft.sections[0].clauses[0].origin.url.'])
  })

  it('fills in missing optional fields with defaults', () => {
    const { draft: d, repairs } = repairsOf(
      edited((f) => {
        delete f.draft.sections[0].heading
        delete f.draft.sections[0].clauses[2].note
        f.draft.sections[1].clauses[0].note = null
        delete f.draft.sections[0].clauses[0].origin.label
        delete f.draft.sections[0].clauses[0].origin.sourceTitle
        delete f.draft.metadata.owner
        delete f.draft.metadata.reviewDue
      }),
    )
    expect(d.sections[0]!.heading).toBe('')
    expect(d.sections[0]!.clauses[2]!.note).toBe('')
    expect(d.sections[0]!.clauses[0]!.origin).toMatchObject({ label: null, sourceTitle: '' })
    expect(d.metadata).toMatchObject({ owner: '', reviewDue: null })
    expect(repairs).toEqual([
      'Filled in 7 missing fields with defaults: draft.sections[0].heading; draft.sections[0].clauses[0].origin.label; draft.sections[0].clauses[0].origin.sourceTitle; draft.sections[0].clauses[2].note; draft.sections[1].clauses[0].note; and 2 more.',
    ])
  })

  it('a missing clause list is an empty section; missing metadata is the defaults, timed from savedAt', () => {
    const { draft: d, repairs } = repairsOf(
      edited((f) => {
        delete f.draft.sections[1].clauses
        delete f.draft.metadata
        f.savedAt = '2025-05-05T05:05:05.000Z'
      }),
    )
    expect(d.sections[1]!.clauses).toEqual([])
    expect(d.metadata).toMatchObject({ title: 'Untitled draft', status: 'draft', createdAt: '2025-05-05T05:05:05.000Z', updatedAt: '2025-05-05T05:05:05.000Z' })
    expect(repairs).toEqual(['Filled in 2 missing fields with defaults: draft.sections[1].clauses; draft.metadata.'])
  })

  it('gives new ids for missing, malformed and repeated ones, never taking an id in use', () => {
    const { draft: d, repairs } = repairsOf(
      edited((f) => {
        f.draft.sections[0].clauses[1].id = 'c1'
        delete f.draft.sections[0].clauses[2].id
        f.draft.sections[1].id = '__proto__'
        f.draft.sections[1].clauses[0].id = 'clause-1'
        f.versions[0].draft.sections[0].clauses[0].id = 7
      }),
    )
    expect(d.sections.map((s) => [s.id, s.clauses.map((c) => c.id)])).toEqual([
      [draft.sections[0]!.id, ['c1', 'clause-2', 'clause-3']],
      ['section-1', ['clause-1']],
    ])
    // Each draft has its own ids: a version's snapshot may reuse any of them.
    expect(repaired(versionsOf(edited((f) => (f.versions[0].draft.sections[0].clauses[0].id = 7))))).toEqual(['clause-1', 'c2', 'c3'])
    expect(d.sections[0]!.clauses[1]!.text).toBe(draft.sections[0]!.clauses[1]!.text)
    expect(repairs).toEqual([
      'Gave new ids to 4 items whose ids were missing, repeated or malformed: draft.sections[0].clauses[1].id; draft.sections[0].clauses[2].id; draft.sections[1].id; versions[0].draft.sections[0].clauses[0].id.',
    ])
  })

  it('replaces a status, dates and times it cannot use', () => {
    const { draft: d, repairs } = repairsOf(
      edited((f) => {
        f.draft.metadata.status = 'published'
        f.draft.metadata.approvedOn = '12 March 2025'
        f.draft.metadata.createdAt = 'yesterday'
      }),
    )
    expect(d.metadata).toMatchObject({ status: 'draft', approvedOn: null, createdAt: draft.metadata.updatedAt })
    expect(repairs).toEqual([
      `Replaced 3 values Policy Workbench cannot use: draft.metadata.status ("published" became "draft"); draft.metadata.approvedOn ("12 March 2025" is not a date written YYYY-MM-DD; cleared); draft.metadata.createdAt ("yesterday" is not a date and time; set to ${draft.metadata.updatedAt}).`,
    ])
  })

  it('attaches versions that name another draft to this one, and fills in their missing fields', () => {
    const { versions: vs, repairs } = repairsOf(
      edited((f) => {
        f.versions[0].draftId = 'other'
        f.versions[0].draft.id = 'other'
        delete f.versions[0].name
        f.versions.push({ ...f.versions[0], id: 'v-1', draftId: f.draft.id })
      }),
    )
    expect(vs.map((v) => [v.id, v.draftId, v.draft.id, v.name])).toEqual([
      ['v-1', draft.id, draft.id, ''],
      ['version-1', draft.id, draft.id, ''],
    ])
    expect(repairs).toEqual([
      'Filled in 2 missing fields with defaults: versions[0].name; versions[1].name.',
      'Gave new ids to 1 item whose ids were missing, repeated or malformed: versions[1].id.',
      // The copy still holds the other draft's snapshot, so it is attached too.
      'Attached 2 versions that named another draft to this draft: versions[0]; versions[1].',
    ])
  })

  it('a repaired file then round-trips with nothing more to repair', () => {
    const repaired = repairsOf(edited((f) => delete f.draft.sections[0].clauses[2].id))
    expect(parseDraftFile(serializeDraftFile(repaired.draft, repaired.versions), NAME)).toEqual({ ...repaired, repairs: [] })
  })
})

describe('hostile files', () => {
  it('deep nesting is refused in words, not with a stack overflow', () => {
    expect(refusal('['.repeat(200_000) + ']'.repeat(200_000)).code).toBe('unsupported-format')
    const deep = `{"format":"policy-workbench-draft","schemaVersion":1,"draft":${'['.repeat(200_000)}${']'.repeat(200_000)}}`
    expect(refusal(deep)).toEqual({ code: 'damaged-file', message: `${NAME} is damaged: draft should be an object.`, file: NAME })
  })

  it('a "__proto__" key is dropped, and changes no prototype', () => {
    const { draft: d } = parseDraftFile(text.replace('"draft": {', '"draft": {\n    "__proto__": {"polluted": true},'), NAME)
    expect(d).toEqual(draft)
    expect(Object.getPrototypeOf(d)).toBe(Object.prototype)
    expect((d as unknown as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
