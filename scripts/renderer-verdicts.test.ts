/**
 * The renderer renders and dispatches; verdicts are core's. The lint rule (eslint.config.js,
 * `verdictsInCore`) refuses a PEP 440 import in renderer/, and no renderer file has one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('verdicts stay in core', () => {
  it('the lint rule refuses a PEP 440 import in a renderer file', async () => {
    const eslint = new ESLint();
    const [result] = await eslint.lintText(
      "import { satisfies } from '../../../core/util/pep440';\nexport const fits = satisfies('5.2', '>=4.2');\n",
      { filePath: 'renderer/src/ui/example.ts' },
    );
    expect(result!.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
  });

  it('no renderer file compares versions itself', () => {
    const offenders = sources('renderer/src').filter((path) => /pep440/.test(readFileSync(path, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
