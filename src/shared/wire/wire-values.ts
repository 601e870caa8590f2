/**
 * What a host sends for a method's answer, and what the renderer makes of it again. Both hosts
 * (the browser host's HTTP, Electron's IPC) call `toWire` on what handleRequest answered, and the
 * renderer's client calls `fromWire` before anything else sees the value; the service, the CLI and
 * the tests keep the plain values. Note: a source document (source-pack.ts) and a comparison
 * (comparison-pack.ts) are packed, the two answers large enough for their size to keep the page
 * waiting; every other answer passes through untouched.
 */
import type { ApiMethod, WireResult } from '../api'
import type { Comparison, SourceDocument } from '../model'
import { isPackedComparison, packComparison, unpackComparison } from './comparison-pack'
import { isPackedSource, packSource, unpackSource } from './source-pack'

/** `method` as the request named it: an unknown one has already answered an error. */
export function toWire(method: string, result: WireResult<unknown>): WireResult<unknown> {
  if (!result.ok) return result
  if (method === 'getSource') return { ok: true, value: packSource(result.value as SourceDocument) }
  if (method === 'compare') return { ok: true, value: packComparison(result.value as Comparison) }
  return result
}

export function fromWire(method: ApiMethod, value: unknown): unknown {
  if (method === 'getSource' && isPackedSource(value)) return unpackSource(value)
  if (method === 'compare' && isPackedComparison(value)) return unpackComparison(value)
  return value
}
