import { describe, expect, it } from 'vitest';
import { parseDjstack, serializeDjstack } from '../../../core/format/djstack';
import { sampleDiagram } from '../../../core/format/testing/documents';
import { diagramDelta } from '../../../core/diagram/delta';
import { inParts, replyCollector, textHandler, type TextReply } from './text-protocol';

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
});
