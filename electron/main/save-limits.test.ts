/**
 * Main accepts every diagram text the app writes for Save, Save As and autosave, and refuses
 * text the app could not open again (issue 17, point 6: the IPC schema once refused the save and
 * the autosave of a legal diagram, and counted UTF-16 units where the loader counts bytes).
 */
import { describe, expect, it } from 'vitest';
import { serializeDjstack } from '../../core/format/djstack';
import { LIMITS } from '../../core/format/limits';
import { sampleDiagram } from '../../core/format/testing/documents';
import { INVOKE_SCHEMAS } from './ipc-schemas';

function nested(depth: number, count: number) {
  let value: unknown = Array.from({ length: count }, () => 'ab');
  for (let i = 0; i < depth; i++) value = [value];
  const diagram = sampleDiagram();
  diagram.nodes[3]!.options = { deep: value as never };
  return diagram;
}

const accepts = (text: string) => ({
  save: INVOKE_SCHEMAS.saveDiagram.safeParse({ handle: null, suggestedName: 'a.djstack', text }).success,
  saveAs: INVOKE_SCHEMAS.saveDiagramAs.safeParse({ suggestedName: 'a.djstack', text }).success,
  autosave: INVOKE_SCHEMAS.writeAutosave.safeParse({ text, name: null }).success,
});

describe('diagram text limits in main match what the app writes', () => {
  it('a legal diagram that indented would be 5.9 MB is written compact, and main accepts it everywhere', () => {
    const pretty = JSON.stringify(JSON.parse(serializeDjstack(nested(58, 45_000))), null, 2);
    expect(new TextEncoder().encode(pretty).byteLength).toBeGreaterThan(LIMITS.fileBytes);
    expect(accepts(pretty)).toEqual({ save: false, saveAs: false, autosave: false });
    const written = serializeDjstack(nested(58, 45_000), { catalogVersion: '2026.12.0' });
    expect(accepts(written)).toEqual({ save: true, saveAs: true, autosave: true });
  });

  it('text within the UTF-16 length but over the limit in UTF-8 bytes is refused', () => {
    const text = '€'.repeat(Math.ceil(LIMITS.fileBytes / 3) + 1);
    expect(text.length).toBeLessThan(LIMITS.fileBytes);
    expect(accepts(text)).toEqual({ save: false, saveAs: false, autosave: false });
  });
});
