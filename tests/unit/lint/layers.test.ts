import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The folder-layer rule of eslint.config.js, run through ESLint itself on made-up files inside the
 * repository: every forbidden arrow must be reported and every allowed one must pass, so the rule
 * cannot silently stop matching (a renamed folder, a resolver that finds nothing).
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const RULE = 'import-x/no-restricted-paths';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function layerViolations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  if (!result) throw new Error(`ESLint returned nothing for ${file}`);
  const fatal = result.messages.filter((message) => message.fatal);
  if (fatal.length > 0) throw new Error(`${file} did not parse: ${fatal.map((message) => message.message).join('; ')}`);
  return result.messages.filter((message) => message.ruleId === RULE).map((message) => message.message);
}

const importOf = (specifier: string): string => `import { value } from '${specifier}';\nexport const copy = value;\n`;

describe('folder layers', () => {
  it.each([
    ['shared/layerProbe.ts', '../electron/services/storage', 'shared/ is pure'],
    ['shared/lke/layerProbe.ts', '../../renderer/src/lib/files', 'shared/ is pure'],
    ['shared/layerProbe.ts', '../electron/handlers/context', 'shared/ is pure'],
    ['renderer/src/layerProbe.tsx', '../../electron/security', 'renderer/ reaches the main side only'],
    ['renderer/src/features/pakta/layerProbe.ts', '../../../../electron/services/pakta', 'renderer/ reaches the main side only'],
    ['electron/services/layerProbe.ts', '../handlers/context', 'Services are plain Node'],
    ['electron/services/pdf/layerProbe.ts', '../../handlers', 'Services are plain Node'],
    ['electron/services/documents/layerProbe.ts', '../../web/documents', 'Services are plain Node'],
    ['electron/handlers/layerProbe.ts', '../main/ipc', 'Handlers are shared'],
    ['electron/handlers/layerProbe.ts', '../preload', 'Handlers are shared'],
  ])('%s may not import %s', async (file, specifier, message) => {
    const violations = await layerViolations(file, importOf(specifier));
    expect(violations).toHaveLength(1);
    expect(violations[0]).toContain(message);
  });

  it('reports type-only imports and re-exports too', async () => {
    expect(await layerViolations('electron/services/layerProbe.ts', "import type { HostKind } from '../handlers/context';\nexport type Kind = HostKind;\n")).toHaveLength(1);
    expect(await layerViolations('shared/layerProbe.ts', "export { SECURITY_HEADERS } from '../electron/security';\n")).toHaveLength(1);
  });

  it.each([
    ['shared/layerProbe.ts', './result'],
    ['shared/lke/layerProbe.ts', '../format/numbers'],
    ['renderer/src/layerProbe.ts', '../../shared/contract'],
    ['electron/services/layerProbe.ts', '../../shared/result'],
    ['electron/services/pakta/layerProbe.ts', '../storage'],
    ['electron/handlers/layerProbe.ts', '../services/container'],
    ['electron/main/layerProbe.ts', '../handlers'],
    ['electron/main/layerProbe.ts', '../services/storage'],
    ['electron/web/layerProbe.ts', '../handlers'],
    ['electron/preload/layerProbe.ts', '../../shared/contract'],
    ['shared/layerProbe.ts', 'zod'],
  ])('%s may import %s', async (file, specifier) => {
    expect(await layerViolations(file, importOf(specifier))).toEqual([]);
  });
});
