/**
 * The command-line build: src/main/cli/main.ts with its npm dependencies bundled into
 * out/cli/, one chunk per command's engines (split at the CLI's dynamic imports).
 * Why: electron-vite's main build leaves node_modules external, and resolving and loading the
 * hundreds of small ES modules of zod, docx, unified and the rest cost a CLI run more than
 * the work itself. Left external: better-sqlite3 (a native addon) and pdfjs-dist (it finds
 * its worker file beside itself).
 *
 *   node scripts/build-cli.mjs      (npm run build runs it after the main build)
 */
import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

/**
 * zod's 40-odd translations of its error messages, reduced to English. Note: zod exports them
 * as one namespace (`z.locales`), which no bundler can shake, and loading them cost a CLI run
 * about 40 ms of its ~100 ms start (half of zod's bundled size). English, the only one the
 * workbench sets (zod's own default), stays; nothing in src/ reads `z.locales`.
 */
const englishZodOnly = {
  name: 'english-zod-only',
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({ contents: "export { default as en } from './en.js'", loader: 'js' }))
  },
}

/**
 * zod's ahead-of-time compiler (z.compile, 47 KB) and its JSON Schema reader (z.fromJSONSchema,
 * 18 KB) left out: a fifth of zod's bundle, parsed by every command that validates, and neither
 * used by the workbench (zod runs the compiler only when asked: z.compile or "zod/compile").
 * Note: `z` is one namespace, which no bundler can shake, hence stand-ins with the same export
 * names, which throw if ever called, so that a future use fails loudly rather than oddly.
 */
const zodWithoutCompiler = {
  name: 'zod-without-compiler',
  setup(b) {
    const absent = "const absent = (name) => () => { throw new Error(`zod's ${name} is left out of the CLI build (scripts/build-cli.mjs, zod-without-compiler)`) };"
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]core[\\/]compile\.js$/ }, () => ({
      contents: `${absent}
export const INVALID = Symbol.for('zod.compile.invalid');
export class ZodCompileAsyncError extends Error {}
export class ZodCompileUnsupportedError extends Error {}
export const compile = absent('compile');
export const withParser = absent('withParser');
export const compileFn = absent('compileFn');`,
      loader: 'js',
    }))
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]classic[\\/]from-json-schema\.js$/ }, () => ({ contents: `${absent}\nexport const fromJSONSchema = absent('fromJSONSchema');`, loader: 'js' }))
  },
}

/**
 * fflate's build without its worker code. Note: its Node build loads worker_threads as soon as
 * it is imported (for the asynchronous zip functions, which nothing in src/ calls), a few
 * milliseconds of every export's start; the synchronous functions the workbench uses are the
 * same code in both builds, so the bytes written are the same (tests/cli/start-up.test.ts).
 */
const fflateWithoutWorkers = { fflate: 'fflate/browser' }

/** The esbuild options, shared with the test that checks what --version loads. */
export const cliBuildOptions = {
  absWorkingDir: root,
  // Note: the import worker too, beside main.js, where import-pool/worker-entry.ts looks for it
  // (without it the built CLI could not import a file: clauses, import, compare all failed).
  entryPoints: { main: 'src/main/cli/main.ts', 'import-worker': 'src/main/import-pool/import-worker.ts' },
  outdir: 'out/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['better-sqlite3', 'pdfjs-dist', 'pdfjs-dist/*'],
  // Note: whitespace and syntax only; names are kept so a stack trace still says where.
  minifyWhitespace: true,
  minifySyntax: true,
  chunkNames: 'chunks/[name]-[hash]',
  // Bundled CommonJS packages call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  alias: fflateWithoutWorkers,
  plugins: [englishZodOnly, zodWithoutCompiler],
}

export async function buildCli(options = {}) {
  return build({ ...cliBuildOptions, ...options })
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli()
