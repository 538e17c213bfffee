import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } from '@actions/workflow-parser';
import { describe, expect, it } from 'vitest';

const folder = join(import.meta.dirname, '..', '.github', 'workflows');

/** Errors GitHub's own workflow parser (the one behind its editor checks) finds in a workflow file. */
async function workflowErrors(name: string, content: string): Promise<string[]> {
  const trace = new NoOperationTraceWriter();
  const parsed = parseWorkflow({ name, content }, trace);
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (parsed.value) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    errors.push(...(template.errors ?? []).map((e) => e.Message));
  }
  return errors;
}

describe('GitHub workflows', () => {
  const files = readdirSync(folder).filter((f) => f.endsWith('.yml'));

  it.each(files)('%s passes GitHub’s workflow schema', async (file) => {
    expect(await workflowErrors(file, readFileSync(join(folder, file), 'utf8'))).toEqual([]);
  });

  it('the validator rejects a broken workflow (an unknown key, a job without runs-on)', async () => {
    const broken = 'name: x\non: push\njobs:\n  a:\n    steps:\n      - run: true\n    bogus: 1\n';
    expect((await workflowErrors('broken.yml', broken)).length).toBeGreaterThan(0);
  });

  it('the package data refresh runs weekly and opens a pull request', () => {
    const text = readFileSync(join(folder, 'catalog-refresh.yml'), 'utf8');
    expect(text).toMatch(/cron: '17 5 \* \* 1'/);
    expect(text).toContain('npm run catalog:refresh');
    expect(text).toContain('peter-evans/create-pull-request');
  });
});
