import { createRequire } from 'node:module';

/**
 * Loads pdfkit (and pdfmake's internal QR encoder) exactly where pdfmake itself finds them.
 *
 * pdfkit is a dependency of pdfmake, not of ZI Desk, so a bare `import 'pdfkit'` would only work
 * while npm happens to hoist it to the top-level node_modules. Resolving it from pdfmake's own
 * location works hoisted or nested, from the TS sources (tsx, vitest) and from the esbuild bundle
 * (where pdfmake stays an external package in node_modules), and guarantees both libraries share
 * one pdfkit instance.
 */

const requireHere = createRequire(import.meta.url);

let fromPdfmake: NodeJS.Require | null = null;

/** `require` bound to pdfmake's entry file (`node_modules/pdfmake/js/index.js`). */
export function pdfmakeRequire(id: string): unknown {
  fromPdfmake ??= createRequire(requireHere.resolve('pdfmake'));
  return fromPdfmake(id);
}
