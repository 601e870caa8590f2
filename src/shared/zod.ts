/**
 * zod, configured once: every schema in src/ imports `z` from here, never from 'zod' itself
 * (tests/security/zod-jitless.test.ts checks both).
 *
 * Note: jitless, because zod otherwise probes `new Function("")` when its first object
 * schema is built, to compile fast parsers. The renderer's CSP forbids eval, so Chromium
 * reported a CSP violation on every page load even though zod swallowed the failure. This
 * runs before any schema is built since each schema module imports this one first.
 */
import { z } from 'zod'

z.config({ jitless: true })

export { z }
