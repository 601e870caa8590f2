/** One sentence for every failed call, so no failure is shown as "[object Object]" or not at all. */
import { describe, expect, it } from 'vitest'
import { WorkbenchError } from '../../src/shared/errors'
import { errorMessage } from '../../src/renderer/src/api/error-message'

describe('errorMessage', () => {
  it("gives the service's own words for its errors", () => {
    expect(errorMessage(new WorkbenchError('not-found', 'That draft is not in the workspace.'))).toBe('That draft is not in the workspace.')
  })

  it('shows anything else as it came', () => {
    expect(errorMessage(new TypeError('Failed to fetch'))).toBe('Failed to fetch')
    expect(errorMessage('disk full')).toBe('disk full')
  })
})
