/** The CLI's ES module entry (from source, `npm run cli` through out/cli/main.js, and the app's build). */
import { runAsProcess } from './run-as-process'
import { runCli } from './run-cli'
import { phase } from './timings'

phase('node started, CLI loaded')

runAsProcess((argv, io) => runCli(argv, io))
