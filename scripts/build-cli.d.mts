import type { BuildOptions, BuildResult } from 'esbuild'

export declare const cliBuildOptions: BuildOptions
export declare const composeLazyParts: Record<string, string>
export declare function cliBuilds(options?: BuildOptions): { main: BuildOptions; compose: BuildOptions; launcher: BuildOptions }
export declare function buildCli(options?: BuildOptions): Promise<{ main: BuildResult; compose: BuildResult; launcher: BuildResult }>
