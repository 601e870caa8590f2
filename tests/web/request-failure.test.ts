/** What the browser host logs for a failed request: one line when the client left, the trace for a bug. */
import { describe, expect, it } from 'vitest'
import { describeFailure, isClientGone } from '../../src/main/web/request-failure'

const withCode = (message: string, code?: string): Error => Object.assign(new Error(message), code ? { code } : {})

describe('request failures', () => {
  it('logs a client that closed the connection as one line, without a stack trace', () => {
    for (const error of [withCode('aborted', 'ECONNRESET'), withCode('aborted'), withCode('write EPIPE', 'EPIPE')]) {
      expect(isClientGone(error)).toBe(true)
      const line = describeFailure(error, '/api/importFiles?x=1')
      expect(line).toBe('browser host: the client closed the connection before /api/importFiles was answered')
      expect(line).not.toContain('\n')
    }
  })

  it('keeps the stack trace of anything else, since that is a bug', () => {
    const error = new TypeError('cannot read x')
    expect(isClientGone(error)).toBe(false)
    expect(describeFailure(error, '/api/compare')).toContain('at ')
    expect(describeFailure('odd', '/x')).toBe('browser host: /x failed: odd')
  })
})
