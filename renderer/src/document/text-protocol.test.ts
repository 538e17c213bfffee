import { describe, expect, it } from 'vitest';
import { parseDjstack, serializeDjstack } from '../../../core/format/djstack';
import { sampleDiagram } from '../../../core/format/testing/documents';
import { diagramDelta } from '../../../core/diagram/delta';
import { LIMITS } from '../../../core/format/limits';
import type { Recovery } from '../../../core/host/contract';
import { autosave, inParts, replyCollector, textHandler, type TextReply } from './text-protocol';

/** What the UI thread receives: the reply as a structured clone, as postMessage delivers it. */
const received = (reply: TextReply) => structuredClone(reply);

describe('the text worker', () => {
  it('writes a diagram as the UI thread would, with the catalog version', () => {
    const diagram = sampleDiagram();
    const reply = received(
      textHandler()(structuredClone({ kind: 'write', id: 3, delta: diagramDelta(null, diagram), catalogVersion: '9' })),
    );
    const text = serializeDjstack(diagram, { catalogVersion: '9' });
    expect(reply).toEqual({ id: 3, text, bytes: new TextEncoder().encode(text).length });
  });

  it('writes the next diagram from its difference from the last, and one it cannot rebuild on the UI thread', () => {
    const answer = textHandler();
    const first = sampleDiagram();
    answer(structuredClone({ kind: 'write', id: 1, delta: diagramDelta(null, first), catalogVersion: '9' }));
    const second = { ...first, target: { django: '4.2', python: '3.10' } };
    const delta = diagramDelta(first, second);
    expect(delta.nodes).toEqual({ kind: 'same' });
    expect(answer(structuredClone({ kind: 'write', id: 2, delta, catalogVersion: '9' }))).toMatchObject({
      id: 2,
      text: serializeDjstack(second, { catalogVersion: '9' }),
    });
    // A fresh worker holds nothing to apply the delta to: the UI thread writes it.
    expect(textHandler()({ kind: 'write', id: 3, delta, catalogVersion: '9' })).toMatchObject({
      id: 3,
      here: expect.any(String),
    });
  });

  it('reads a file into the diagram the UI thread would read, and its errors as they are', () => {
    const text = serializeDjstack(sampleDiagram());
    const reply = received(textHandler()({ kind: 'read', id: 4, text }));
    expect(reply).toEqual({ id: 4, loaded: parseDjstack(text) });
    const broken = received(textHandler()({ kind: 'read', id: 5, text: '{"format": "djstack", "version": 1' }));
    expect(broken).toEqual({ id: 5, loaded: parseDjstack('{"format": "djstack", "version": 1') });
    expect('loaded' in broken && !broken.loaded.ok).toBe(true);
  });

  it('hands back a file whose diagram a structured clone would change, to be read on the UI thread', () => {
    const text = serializeDjstack(sampleDiagram()).replace(/\n}\n$/, ',\n  "extra": 9007199254740993\n}\n');
    expect(textHandler()({ kind: 'read', id: 6, text })).toEqual({
      id: 6,
      here: 'it holds values a structured clone would change',
    });
  });

  it('holds the diagram it read: the first write after an open is a difference from it', () => {
    const answer = textHandler();
    const text = serializeDjstack(sampleDiagram());
    const reply = answer({ kind: 'read', id: 1, text });
    const read = 'loaded' in reply && reply.loaded.ok ? structuredClone(reply.loaded.diagram) : null;
    const edited = { ...read!, target: { django: '4.2', python: '3.10' } };
    expect(answer({ kind: 'write', id: 2, delta: diagramDelta(read, edited), catalogVersion: '9' })).toMatchObject({
      id: 2,
      text: serializeDjstack(edited, { catalogVersion: '9' }),
    });
  });

  it('sends a large diagram read in parts, which the UI side puts back together', () => {
    const diagram = sampleDiagram();
    const text = serializeDjstack(diagram);
    const reply = textHandler()({ kind: 'read', id: 8, text });
    const size = Math.max(1, Math.floor(diagram.nodes.length / 2));
    const messages = inParts(reply, size).map((message) => structuredClone(message));
    expect(messages.length).toBeGreaterThan(2);
    expect(messages.slice(0, -1).every((message) => 'part' in message)).toBe(true);
    const collect = replyCollector();
    const replies = messages.map(collect);
    expect(replies.slice(0, -1)).toEqual(messages.slice(0, -1).map(() => null));
    expect(replies.at(-1)).toEqual({ id: 8, loaded: parseDjstack(text) });
    // A small one, or an error, is one message.
    expect(inParts(reply, 100_000)).toEqual([reply]);
    expect(inParts({ id: 9, here: 'no' })).toEqual([{ id: 9, here: 'no' }]);
  });

  describe('autosave', () => {
    const request = (id: number, delta: ReturnType<typeof diagramDelta>) =>
      structuredClone({
        kind: 'autosave' as const,
        id,
        delta,
        catalogVersion: '9',
        name: 'shop.djstack',
        savedAt: '2026-12-05T10:00:00.000Z',
      });

    it('stores the text the UI thread would write, with its name and time; only that it did crosses back', async () => {
      const stored: Recovery[] = [];
      const answer = textHandler();
      const diagram = sampleDiagram();
      const reply = await autosave(answer, request(1, diagramDelta(null, diagram)), async (copy) => {
        stored.push(copy);
        return true;
      });
      const text = serializeDjstack(diagram, { catalogVersion: '9' });
      expect(reply).toEqual({ id: 1, autosaved: 'stored', bytes: new TextEncoder().encode(text).length });
      expect(stored).toEqual([{ text, name: 'shop.djstack', savedAt: '2026-12-05T10:00:00.000Z' }]);
      // The worker holds the diagram it stored: the next write is a difference from it.
      const next = { ...diagram, target: { django: '4.2', python: '3.10' } };
      expect(answer({ kind: 'write', id: 2, delta: diagramDelta(diagram, next), catalogVersion: '9' })).toMatchObject({
        text: serializeDjstack(next, { catalogVersion: '9' }),
      });
    });

    it('hands the text back when the store refuses it (full, gone), for the UI thread to store', async () => {
      const diagram = sampleDiagram();
      const reply = await autosave(textHandler(), request(3, diagramDelta(null, diagram)), async () => false);
      expect(reply).toMatchObject({ id: 3, text: serializeDjstack(diagram, { catalogVersion: '9' }) });
    });

    it('stores nothing past the file limit, as the host would refuse it', async () => {
      const diagram = sampleDiagram();
      const big = {
        ...diagram,
        nodes: diagram.nodes.map((node, i) => (i === 0 ? { ...node, notes: 'x'.repeat(LIMITS.fileBytes) } : node)),
      };
      let calls = 0;
      const reply = await autosave(textHandler(), request(4, diagramDelta(null, big)), async () => {
        calls++;
        return true;
      });
      expect(reply).toMatchObject({ id: 4, autosaved: 'too large' });
      expect((reply as { bytes: number }).bytes).toBeGreaterThan(LIMITS.fileBytes);
      expect(calls).toBe(0);
    });

    it('a delta the worker cannot apply is for the UI thread, and nothing is stored', async () => {
      const diagram = sampleDiagram();
      const delta = diagramDelta(diagram, { ...diagram, target: { django: '4.2', python: '3.10' } });
      let calls = 0;
      const reply = await autosave(textHandler(), request(5, delta), async () => {
        calls++;
        return true;
      });
      expect(reply).toMatchObject({ id: 5, here: expect.any(String) });
      expect(calls).toBe(0);
    });
  });
});
