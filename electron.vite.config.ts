import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { contentSecurityPolicy } from './src/main/security/csp'

/**
 * After the main build, the CLI again with its npm dependencies bundled (scripts/build-cli.mjs):
 * bin/policy-workbench.js runs that one, which starts several times faster.
 */
function bundledCli(): Plugin {
  return {
    name: 'policy-workbench:bundled-cli',
    apply: 'build',
    async closeBundle() {
      const { buildCli } = await import('./scripts/build-cli.mjs')
      await buildCli()
    },
  }
}

/** Puts the CSP in the page itself too, so it holds whichever host serves the files. */
function cspMetaTag(mode: 'production' | 'development'): Plugin {
  return {
    name: 'policy-workbench:csp-meta',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(mode) },
        injectTo: 'head-prepend',
      },
    ],
  }
}

export default defineConfig(({ command }) => ({
  main: {
    build: {
      rollupOptions: {
        // One build, three Node entries over the same service: the Electron main process,
        // the browser host (npm run web) and the CLI (bin/policy-workbench.js).
        input: {
          index: resolve('src/main/electron/main.ts'),
          web: resolve('src/main/web/main.ts'),
          cli: resolve('src/main/cli/main.ts'),
          // The import worker (src/main/import-pool/): each imported file is read in one.
          'import-worker': resolve('src/main/import-pool/import-worker.ts'),
        },
      },
    },
    plugins: [bundledCli()],
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        // Sandboxed preload scripts cannot be ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    build: {
      minify: true,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
    plugins: [react(), cspMetaTag(command === 'serve' ? 'development' : 'production')],
  },
}))
