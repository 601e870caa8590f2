/**
 * What a host sends for a method's answer, and what the renderer makes of it again. Both hosts
 * (the browser host's HTTP, Electron's IPC) call `toWire` on what handleRequest answered, and the
 * renderer's client calls `fromWire` before anything else sees the value; the service, the CLI and
 * the tests keep the plain values. Note: only a source document is packed (source-pack.ts): it is
 * the one answer whose size the page waited for; an answer not packed passes through untouched.
 */
import type { ApiMethod, WireResult } from '../api'
import { isPackedSource, packSource, unpackSource } from './source-pack'
import type { SourceDocument } from '../model'

/** `method` as the request named it: an unknown one has already answered an error. */
export function toWire(method: string, result: WireResult<unknown>): WireResult<unknown> {
  if (!result.ok || method !== 'getSource') return result
  return { ok: true, value: packSource(result.value as SourceDocument) }
}

export function fromWire(method: ApiMethod, value: unknown): unknown {
  return method === 'getSource' && isPackedSource(value) ? unpackSource(value) : value
}
