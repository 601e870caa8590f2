/**
 * The command-line build: src/main/cli/ with its npm dependencies bundled into out/cli/, in
 * three esbuild builds:
 * - the launcher: out/cli/main.js, a CommonJS script (src/main/cli/launch.ts; out/cli/ holds a
 *   package.json saying so), which runs a compose command line through compose.cjs and hands
 *   any other to the ES module build. Why: an ES module entry starts Node's ES module loader
 *   and builds the namespaces of node's own modules it imports (fs with fs.promises and the
 *   streams, crypto with webcrypto), about 12 ms of CPU of a short compose run;
 * - the ES module build, in out/cli/esm/ (its own package.json: "module"): esm/main.js, one
 *   chunk per command's engines (split at the CLI's dynamic imports), and compose's lazy parts
 *   as entries with fixed names (out/cli/esm/lazy/NAME.js);
 * - compose's build: out/cli/compose.cjs, the compose command in one file, with everything a
 *   plain `compose RECIPE --out FILE` runs (the command line's checks, recipe, draft, the
 *   export model, the text writer, packing, fflate). Why: split at every dynamic import, that
 *   run loaded about 30 chunks, and resolving, reading, compiling and linking each ES module
 *   cost more than the code in it. What only some runs need (zod's messages, --against,
 *   --pack, --reference, comments and contents, importing files, the service and workspace)
 *   stays lazy: compose.cjs imports those from out/cli/esm/lazy/. It is a script, not an ES
 *   module, so that it runs with V8's code cache (src/main/cli/code-cache.ts).
 * Why bundle at all: electron-vite's main build leaves node_modules external, and resolving and
 * loading the hundreds of small ES modules of zod, docx, unified and the rest cost a CLI run
 * more than the work itself. Left external: better-sqlite3 (a native addon) and pdfjs-dist (it
 * finds its worker file beside itself).
 *
 *   node scripts/build-cli.mjs      (npm run build runs it after the main build)
 */
import { build } from 'esbuild'
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs'
import path from 'node:path'
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

/**
 * The parts compose's one file leaves to the ES module build, by name (out/cli/esm/lazy/NAME.js): each
 * is imported dynamically and only by runs that ask for it. Note: compose.js and these entries
 * each hold their own copy of the small modules both use (errors, the export model); nothing
 * passes between them but plain data, promises and errors, which compose only reads the
 * message of (tests/cli/compose-bundle.test.ts runs each lazy part from the built command).
 */
export const composeLazyParts = {
  'recipe-schema': 'src/shared/draft/recipe-schema.ts',
  'import-for-command': 'src/main/cli/commands/import-for-command.ts',
  'read-input-file': 'src/main/cli/read-input-file.ts',
  options: 'src/shared/export/options.ts',
  pack: 'src/shared/export/pack.ts',
  tracked: 'src/shared/export/tracked/index.ts',
  'tracked-blocks': 'src/shared/export/tracked-blocks.ts',
  'comparison-report': 'src/shared/export/comparison-report.ts',
  'docx-document': 'src/shared/export/docx/docx-document.ts',
  'reference-styles': 'src/shared/export/docx/reference-styles.ts',
  // The service and the workspace (command-line.ts's service factory): compose with a
  // workspace, with files to import or with --against.
  'workbench-service': 'src/main/service/workbench-service.ts',
  workspace: 'src/main/workspace/index.ts',
}

const COMPOSE_SOURCE = 'src/main/cli/commands/compose.ts'
/** compose.cjs's entry: the command, and a whole compose process run with it alone. */
const COMPOSE_SCRIPT_SOURCE = 'src/main/cli/compose-process.ts'
const withoutExtension = (file) => file.replace(/\.[cm]?[jt]sx?$/, '')

/** In the main build, run-cli's import of the compose command is compose.js (built-compose.ts). */
const composeApart = {
  name: 'compose-apart',
  setup(b) {
    b.onResolve({ filter: /[\\/]commands[\\/]compose$/ }, (args) =>
      args.kind === 'dynamic-import' && withoutExtension(path.resolve(args.resolveDir, args.path)) === withoutExtension(path.join(root, COMPOSE_SOURCE)) ? { path: './compose.js', external: true } : undefined,
    )
  },
}

/** In compose's build, a dynamic import of a lazy part is the main build's entry for it. */
const lazyFromMainBuild = {
  name: 'lazy-from-main-build',
  setup(b) {
    const byFile = new Map(Object.entries(composeLazyParts).map(([name, file]) => [withoutExtension(path.join(root, file)), name]))
    b.onResolve({ filter: /^\./ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined
      const name = byFile.get(withoutExtension(path.resolve(args.resolveDir, args.path))) ?? byFile.get(path.resolve(args.resolveDir, args.path, 'index'))
      return name ? { path: `./esm/lazy/${name}.js`, external: true } : undefined
    })
  },
}

/**
 * In compose's one file, fflate runs its module code (compiling it and building its Huffman
 * and CRC tables: 15 to 18 ms of CPU in a cold process, measured at load 13) only when one of
 * its functions is first called, not when a module importing it loads. Why: a plain export
 * zips with Node's zlib (src/main/service/node-zip-codec.ts) and calls no fflate function, yet
 * the export model imports the template reader (export/build.ts, reference.ts), which imports
 * the importers' zip reader (import/zip.ts), which imports fflate. Each name below forwards
 * to fflate, loaded on first call through esbuild's require() of a bundled module; a name used
 * in src/ but missing here fails the build ("No matching export"), never a user's run.
 */
const FFLATE_ON_FIRST_USE = ['deflateSync', 'unzipSync', 'strFromU8', 'strToU8']
const fflateOnFirstUse = {
  name: 'fflate-on-first-use',
  setup(b) {
    const namespace = 'fflate-on-first-use'
    const fflateFile = realpathSync(path.join(root, 'node_modules', 'fflate', 'esm', 'browser.js'))
    // Note: the stand-in requires a second module that re-exports only these names from fflate's
    // ES module build, so that esbuild still leaves the rest of fflate out of the file.
    b.onResolve({ filter: /^fflate(\/browser)?$/ }, (args) => {
      if (args.namespace !== namespace) return { path: 'stand-in', namespace }
      return args.importer === 'used' ? { path: fflateFile } : undefined
    })
    b.onResolve({ filter: /^fflate-used$/ }, () => ({ path: 'used', namespace }))
    b.onLoad({ filter: /^stand-in$/, namespace }, () => ({
      contents: ['let loaded', "const fflate = () => (loaded ??= require('fflate-used'))", ...FFLATE_ON_FIRST_USE.map((name) => `export const ${name} = (...args) => fflate().${name}(...args)`)].join('\n'),
      resolveDir: root,
      loader: 'js',
    }))
    b.onLoad({ filter: /^used$/, namespace }, () => ({ contents: `export { ${FFLATE_ON_FIRST_USE.join(', ')} } from 'fflate'`, resolveDir: root, loader: 'js' }))
  },
}

/**
 * compose.cjs is one function expression, which code-cache.ts compiles and calls with
 * CommonJS's arguments and __pwImport, import() relative to the script. Note: a vm.Script's
 * own import() needs an experimental flag in Node 20, hence each lazy part's import() is
 * renamed __pwImport once esbuild has written it; a build that leaves any other import() in
 * the script fails here rather than at a user's run.
 */
const SCRIPT_PARAMETERS = 'exports, require, module, __filename, __dirname, __pwImport'
function asComposeScript(text) {
  const script = text.replace(/\bimport\("(\.\/esm\/lazy\/[\w-]+\.js)"\)/g, '__pwImport("$1")')
  if (/\bimport\(/.test(script)) throw new Error('compose.cjs still has an import() that is not a lazy part (scripts/build-cli.mjs, composeLazyParts)')
  return script
}

/** The package.json of each folder: out/cli/'s scripts are CommonJS, out/cli/esm/'s ES modules. */
const PACKAGE_TYPES = { '.': 'commonjs', esm: 'module' }

/** The three builds' options (`options` overrides all, e.g. outdir, metafile, write; the ES module build goes to its esm/ folder). */
export function cliBuilds(options = {}) {
  const outdir = options.outdir ?? cliBuildOptions.outdir
  const lazyEntries = Object.fromEntries(Object.entries(composeLazyParts).map(([name, file]) => [`lazy/${name}`, file]))
  return {
    main: { ...cliBuildOptions, entryPoints: { ...cliBuildOptions.entryPoints, ...lazyEntries, compose: 'src/main/cli/built-compose.ts' }, plugins: [...cliBuildOptions.plugins, composeApart], ...options, outdir: path.join(outdir, 'esm') },
    // Note: one file (no splitting): esbuild inlines the dynamic imports it does not leave out.
    compose: {
      ...cliBuildOptions,
      entryPoints: { compose: COMPOSE_SCRIPT_SOURCE },
      outExtension: { '.js': '.cjs' },
      splitting: false,
      format: 'cjs',
      banner: { js: `(function (${SCRIPT_PARAMETERS}) {` },
      footer: { js: '})' },
      plugins: [...cliBuildOptions.plugins, lazyFromMainBuild, fflateOnFirstUse],
      ...options,
      write: false,
    },
    // Note: a plain CommonJS file; its one import() (of esm/main.js) is built at run time, so esbuild leaves it.
    launcher: {
      ...cliBuildOptions,
      entryPoints: { main: 'src/main/cli/launch.ts' },
      splitting: false,
      format: 'cjs',
      banner: undefined,
      plugins: [],
      ...options,
    },
  }
}

/** The three builds; their results by name. compose's script is written here, once renamed (asComposeScript). */
export async function buildCli(options = {}) {
  const builds = cliBuilds(options)
  const [main, compose, launcher] = await Promise.all([build(builds.main), build(builds.compose), build(builds.launcher)])
  for (const file of compose.outputFiles) {
    if (!file.path.endsWith('.cjs')) continue
    const script = asComposeScript(file.text)
    if (options.write !== false) {
      mkdirSync(path.dirname(file.path), { recursive: true })
      writeFileSync(file.path, script)
    }
  }
  if (options.write !== false) {
    const outdir = path.resolve(root, builds.launcher.outdir)
    for (const [folder, type] of Object.entries(PACKAGE_TYPES)) writeFileSync(path.join(outdir, folder, 'package.json'), `${JSON.stringify({ type })}\n`)
  }
  return { main, compose, launcher }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli()
