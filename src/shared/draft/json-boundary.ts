/**
 * Shared by the two JSON files people hand to the app (draft files and compose recipes): JSON
 * syntax errors with a line and column, JSON paths as a reader writes them
 * (`sections[1].clauses[0].from`), and zod's issues in plain words.
 */
import type { z } from 'zod'
import { pluralWord } from '../text/wording'
import { jsonErrorOffset } from './json-locate'

export type JsonPath = readonly PropertyKey[]

/** `sections[1].clauses[0].from`; the empty path is "the file". */
export function formatPath(path: JsonPath): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key
    else out += `[${JSON.stringify(String(key))}]`
  }
  return out || 'the file'
}

/** The value at a path of parsed JSON, or undefined. */
export function valueAt(root: unknown, path: JsonPath): unknown {
  let value = root
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined
    if (!Object.hasOwn(value, key as string)) return undefined
    value = (value as Record<PropertyKey, unknown>)[key as string]
  }
  return value
}

/** Where JSON that JSON.parse refused goes wrong, in words: "the JSON is broken at line 3, column 5". */
export function jsonSyntaxDetail(text: string): string {
  const offset = jsonErrorOffset(text)
  if (offset < 0) return 'the JSON cannot be read'
  if (offset >= text.trimEnd().length) return 'it ends too soon'
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  return `the JSON is broken at line ${line}, column ${column}`
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
}

/** One issue as "PATH is missing" / "PATH should be text" / "PATH is too long (at most N characters)". */
export function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const path = formatPath(issue.path)
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(root, issue.path) === undefined) return `${path} is missing`
      return `${path} should be ${TYPE_WORDS[issue.expected] ?? issue.expected}`
    }
    case 'too_big': {
      const max = Number(issue.maximum).toLocaleString('en-GB')
      if (issue.origin === 'string') return `${path} is too long (at most ${max} characters)`
      if (issue.origin === 'array') return `${path} has too many entries (at most ${max})`
      return `${path} is too large (at most ${max})`
    }
    case 'too_small':
      if (issue.origin === 'string') return `${path} is empty`
      if (issue.origin === 'array') return `${path} has too few entries`
      return `${path} is too small`
    case 'invalid_union':
      // Only the repairable fields (ids, status, dates) are unions, and each is written as text.
      return `${path} should be text`
    case 'invalid_value':
      return `${path} should be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`
    case 'unrecognized_keys':
      return `${path === 'the file' ? 'the file has' : `${path} has`} ${pluralWord(issue.keys.length, 'an unknown field', 'unknown fields')} ${issue.keys
        .map((k) => JSON.stringify(k))
        .join(', ')}`
    case 'invalid_format':
    case 'custom':
      // Our own refinements are written as the rest of a sentence after the path.
      return `${path} ${issue.message}`
    default:
      return `${path}: ${issue.message}`
  }
}

/** Zod issues in words, at most `max` of them, then "and N more". */
export function describeIssues(issues: readonly z.core.$ZodIssue[], root: unknown, max = 10): string[] {
  const lines = issues.slice(0, max).map((issue) => describeIssue(issue, root))
  if (issues.length > max) lines.push(`and ${issues.length - max} more`)
  return lines
}
