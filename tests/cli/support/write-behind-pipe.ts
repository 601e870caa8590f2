/**
 * Child for reader-gone.test.ts: sets up stdout as the CLI has it once an import worker has
 * started (Node creates the stdout stream, which makes the pipe non-blocking, and pipes the
 * worker's output into it), then writes far more than a pipe holds through writeTo.
 */
import { PassThrough } from 'node:stream'
import { writeTo } from '../../../src/main/cli/write-line'

const workerOutput = new PassThrough()
workerOutput.pipe(process.stdout)
const line = `${'Staff must keep their passwords to themselves and change them when asked. '.repeat(20)}\n`
for (let i = 0; i < 2000; i++) writeTo(1, line)
writeTo(2, '')
process.exitCode = 0
