// Types of scripts/package-layout.mjs for the TypeScript tests that use it.
export interface PackagedFile {
  /** Relative to the app, `/`-separated: `dist/electron/main.js`, `node_modules/pdfkit/js/pdfkit.js`. */
  path: string;
  /** The file it is copied from. */
  source: string;
  size: number;
  /** In app.asar.unpacked rather than app.asar. */
  unpacked: boolean;
}
export interface PackageLayout {
  files: PackagedFile[];
  /** The production packages: folder in the app (`node_modules/...`) → folder copied from. */
  packages: Map<string, string>;
  /** Extra resources: `from` in the project, `to` under the app's resources folder. */
  resources: Array<{ from: string; to: string }>;
}
export type BuilderConfig = Record<string, unknown>;
export const WORKER_ENTRY: string;
export const WORKER_BUNDLE: string;
export const WORKER_RUNTIME_PACKAGES: string[];
export const REQUIRED_FUSES: Record<string, boolean>;
export const EXCLUDED_FROM_PACKAGE: RegExp[];
export const SMOKE_OUTPUT: string;
export function smokeBuildConfig(config: BuilderConfig): BuilderConfig;
export function appFileRule(config: BuilderConfig, relative: string): { included: boolean; unpacked: boolean };
export function loadBuilderConfig(projectDir?: string): BuilderConfig;
export function locatePackage(has: (dir: string) => boolean, from: string, name: string): string | null;
export function productionTree(projectDir?: string): Promise<Map<string, string>>;
export function dependencyClosure(tree: Map<string, string>, roots: string[]): Set<string>;
export function workerEntryPackages(projectDir?: string): Promise<Set<string>>;
export function packageLayout(projectDir?: string, config?: BuilderConfig, tree?: Map<string, string>): Promise<PackageLayout>;
