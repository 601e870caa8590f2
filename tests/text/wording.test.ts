/** The words said in several places: counts, topic names, provenance, the file-too-large sentence. */
import { describe, expect, it } from 'vitest'
import { topics } from '../../src/shared/topics/tag-topics'
import {
  clauseStateLabel,
  count,
  fileTooLargeMessage,
  originName,
  plural,
  pluralWord,
  provenance,
  stateCountsInWords,
  topicLabel,
} from '../../src/shared/text/wording'

describe('plural', () => {
  it('agrees the noun with the count, adding "s" unless told the plural', () => {
    expect(plural(0, 'clause')).toBe('0 clauses')
    expect(plural(1, 'clause')).toBe('1 clause')
    expect(plural(2, 'clause')).toBe('2 clauses')
    expect(plural(1, 'text box', 'text boxes')).toBe('1 text box')
    expect(plural(3, 'text box', 'text boxes')).toBe('3 text boxes')
    expect(plural(2, 'image was', 'images were')).toBe('2 images were')
  })

  it('marks thousands as British English does', () => {
    expect(count(1234)).toBe('1,234')
    expect(plural(2000, 'page')).toBe('2,000 pages')
  })

  it('gives the word alone where the count is written otherwise', () => {
    expect(pluralWord(1, 'file')).toBe('file')
    expect(pluralWord(100, 'file')).toBe('files')
    expect(pluralWord(1, 'was', 'were')).toBe('was')
    expect(pluralWord(2, 'it', 'them')).toBe('them')
  })
})

describe('topicLabel', () => {
  it('names every topic of the taxonomy as the tagger does', () => {
    for (const t of topics) expect(topicLabel(t.id)).toBe(t.label)
    expect(topicLabel('purpose-scope')).toBe('Purpose and scope')
  })

  it('shows an id the taxonomy no longer has as it is', () => {
    expect(topicLabel('retired-topic')).toBe('retired-topic')
  })
})

describe('provenance', () => {
  const origin = { sourceTitle: 'Social Media Policy', label: '3.2' }

  it('says where a clause came from and whether it was changed', () => {
    expect(provenance('verbatim', origin)).toBe('As in Social Media Policy 3.2')
    expect(provenance('adapted', origin)).toBe('Adapted from Social Media Policy 3.2')
    expect(provenance('new', undefined)).toBe('New')
  })

  it('leaves out a label the source did not print', () => {
    expect(originName({ sourceTitle: 'Guidance', label: null })).toBe('Guidance')
    expect(provenance('verbatim', { sourceTitle: 'Guidance', label: null })).toBe('As in Guidance')
  })

  it('labels the states and counts a draft by them', () => {
    expect(clauseStateLabel).toEqual({ verbatim: 'As in source', adapted: 'Adapted', new: 'New' })
    expect(stateCountsInWords({ verbatim: 4, adapted: 2, new: 1 })).toBe('4 as in source, 2 adapted, 1 new')
  })
})

describe('fileTooLargeMessage', () => {
  it('names the file, its size and the limit in whole megabytes', () => {
    const mb = 1024 * 1024
    expect(fileTooLargeMessage('huge.pdf', 73.4 * mb, 50 * mb)).toBe('huge.pdf is 73 MB, larger than the 50 MB a policy could be; it was not imported.')
  })
})
