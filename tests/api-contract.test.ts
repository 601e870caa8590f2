/** The API contract: one channel and one schema per method, and the public surface pinned. */
import { describe, expect, it } from 'vitest'
import * as apiModule from '../src/shared/api'
import { apiMethods, channels, isApiMethod } from '../src/shared/api'
import { requestSchemas } from '../src/shared/api-schema'
import { WorkbenchService } from '../src/main/service/workbench-service'

describe('API contract', () => {
  it('pins the methods the UI can call', () => {
    expect([...apiMethods].sort()).toEqual([
      'applyDraftAction', 'checkDraft', 'checkSource', 'compare', 'compareDraftVersions', 'compareSoon', 'coverage', 'createDraft', 'deleteDraft', 'exportComparison', 'exportDraft',
      'families', 'getAppInfo', 'getDraft', 'getDraftVersion', 'getSettings', 'getSource', 'importExamples', 'importFiles',
      'listDraftVersions', 'listDrafts', 'listExamples', 'listSources', 'openDraftFile', 'redoDraft', 'removeSource', 'restoreDraftVersion', 'saveDraftFile',
      'saveDraftVersion', 'search', 'setSetting', 'similar', 'undoDraft', 'updateSource',
    ])
  })

  it('gives every method its own workbench: channel', () => {
    const values = Object.values(channels)
    expect(new Set(values).size).toBe(values.length)
    for (const method of apiMethods) expect(channels[method]).toBe(`workbench:${method}`)
  })

  it('has a request schema for every method and no other', () => {
    expect(Object.keys(requestSchemas).sort()).toEqual([...apiMethods].sort())
  })

  it('is implemented by the service, method for method', () => {
    const service = new WorkbenchService({ host: 'test' })
    for (const method of apiMethods) expect(typeof service[method]).toBe('function')
  })

  it('recognises only real method names (not Object.prototype keys)', () => {
    expect(isApiMethod('listSources')).toBe(true)
    expect(isApiMethod('toString')).toBe(false)
    expect(isApiMethod('__proto__')).toBe(false)
  })

  it('exports a stable public surface', () => {
    expect(Object.keys(apiModule).sort()).toEqual(['TOKEN_HEADER', 'apiMethods', 'channels', 'isApiMethod'])
  })
})
