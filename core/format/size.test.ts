/**
 * A diagram that loads also saves to a file that loads (issue 17, point 6: pretty-printing once
 * inflated a legal 159 KB diagram to a 6.4 MB save that the app's own 5 MB limit then refused).
 */
import { describe, expect, it } from 'vitest';
import { parseDjstack, serializeDjstack } from './djstack';
import { LIMITS } from './limits';
import { fitsFileLimit, saveSizeProblem, sizeProblem, utf8ByteLength } from './size';
import { sampleDiagram } from './testing/documents';

/** Options nested `depth` arrays deep, holding `count` short strings at the bottom. */
function deeplyNested(depth: number, count: number): string {
  const diagram = sampleDiagram();
  const file = JSON.parse(serializeDjstack(diagram)) as { nodes: { options?: unknown }[] };
  let value: unknown = Array.from({ length: count }, () => 'ab');
  for (let i = 0; i < depth; i++) value = [value];
  file.nodes[3]!.options = { deep: value };
  return JSON.stringify(file);
}

describe('saved size', () => {
  it('a legal diagram whose indented form would pass the limit is saved compact, and reopens', () => {
    const text = deeplyNested(58, 45_000);
    expect(utf8ByteLength(text)).toBeLessThan(400_000);
    const loaded = parseDjstack(text);
    if (!loaded.ok) throw new Error(loaded.error);
    const saved = serializeDjstack(loaded.diagram);
    expect(utf8ByteLength(saved)).toBeLessThanOrEqual(LIMITS.fileBytes);
    expect(saved.split('\n')).toHaveLength(2); // one line and the final newline
    const again = parseDjstack(saved);
    expect(again.ok).toBe(true);
    if (again.ok) expect(serializeDjstack(again.diagram)).toBe(saved);
  });

  it('an ordinary diagram is still written indented', () => {
    expect(serializeDjstack(sampleDiagram()).split('\n').length).toBeGreaterThan(20);
  });

  it('the limit counts UTF-8 bytes, as the loader does', () => {
    expect(utf8ByteLength('aé€😀')).toBe(new TextEncoder().encode('aé€😀').byteLength);
    expect(utf8ByteLength('\ud800x')).toBe(new TextEncoder().encode('\ud800x').byteLength);
    const euros = '€'.repeat(Math.ceil(LIMITS.fileBytes / 3) + 1);
    expect(euros.length).toBeLessThan(LIMITS.fileBytes);
    expect(fitsFileLimit(euros)).toBe(false);
    expect(saveSizeProblem(euros)).toMatch(/over the 5\.0 MB a \.djstack diagram may be; it was not saved/);
    expect(parseDjstack(new TextEncoder().encode(euros)).ok).toBe(false);
    expect(fitsFileLimit('€'.repeat(Math.floor(LIMITS.fileBytes / 3)))).toBe(true);
    // A length counted elsewhere (the text worker) says the same.
    expect(sizeProblem(utf8ByteLength(euros))).toBe(saveSizeProblem(euros));
    expect(sizeProblem(LIMITS.fileBytes)).toBeNull();
  });
});
