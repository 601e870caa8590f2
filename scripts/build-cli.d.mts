import type { BuildOptions, BuildResult } from 'esbuild'

export declare const cliBuildOptions: BuildOptions
export declare function buildCli(options?: BuildOptions): Promise<BuildResult>
