/**
 * Request schemas: every payload from a renderer or an HTTP client is parsed here before the
 * service sees it. The mapped type ties each schema to the method's declared request type.
 */
import { z } from 'zod'
import type { ApiMethod, ApiRequest } from './api'

/** Generous, but bounded: a base64 string this long is about 150 MB of file. */
const MAX_BASE64_CHARS = 200 * 1024 * 1024
const MAX_FILES_PER_BATCH = 500

const sourceId = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'a source id is 64 hexadecimal characters')

const noRequest = z.undefined()

const clauseId = z.string().regex(/^[0-9a-f]{16}\.\d{1,7}$/, 'a clause id is a source id prefix and a position')

const library = z.strictObject({ sourceIds: z.array(sourceId).max(10_000).optional() })

const importFile = z.strictObject({
  name: z.string().min(1).max(1024),
  dataBase64: z
    .string()
    .max(MAX_BASE64_CHARS)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'file data must be base64'),
})

type SchemaFor<M extends ApiMethod> = z.ZodType<ApiRequest<M>>

export const requestSchemas: { [M in ApiMethod]: SchemaFor<M> } = {
  getAppInfo: noRequest,
  importFiles: z.strictObject({ files: z.array(importFile).max(MAX_FILES_PER_BATCH) }),
  listSources: noRequest,
  getSource: z.strictObject({ id: sourceId }),
  removeSource: z.strictObject({ id: sourceId }),
  search: z.strictObject({
    query: z.string().max(1000),
    limit: z.number().int().min(1).max(500).optional(),
    sourceIds: z.array(sourceId).max(10_000).optional(),
  }),
  compare: z.strictObject({ a: sourceId, b: sourceId }),
  families: library,
  coverage: library,
  similar: z.strictObject({
    clauseId,
    perSource: z.number().int().min(1).max(20).optional(),
    limit: z.number().int().min(1).max(500).optional(),
  }),
  checkSource: z.strictObject({ id: sourceId }),
}
