/**
 * The text worker (text.worker.ts) turns a large diagram into its file text (the autosave) and a
 * large file's text into a diagram (open), off the UI thread: for a 5,000-node diagram these
 * took the UI thread 80 ms every few seconds and half a second on open. Only what a structured
 * clone carries unchanged crosses (core/format/json-copy.ts): a diagram holding a number kept as
 * its text or an integer-like key is written, or read, on the UI thread instead. A diagram to write
 * travels as its difference from the one written before (core/diagram/delta.ts): cloning a whole
 * 5,000-node diagram for every autosave took the UI thread tens of milliseconds.
 * `textHandler()` makes the worker's whole logic, a plain function so that Node tests run it.
 */
import { applyDiagramDelta, diagramDelta, splitDelta, type DiagramDelta } from '../../../core/diagram/delta';
import type { Diagram } from '../../../core/diagram/model';
import { parseDjstack, serializeDjstack, type LoadResult } from '../../../core/format/djstack';
import { survivesStructuredClone } from '../../../core/format/json-copy';
import { sizeProblem, utf8ByteLength } from '../../../core/format/size';
import type { Recovery } from '../../../core/host/contract';

export type TextRequest =
  /** Write the diagram `delta` makes of the one the previous `write` made (none before the first). */
  | { kind: 'write'; id: number; delta: DiagramDelta; catalogVersion: string }
  /** Write it, as `write` does, and store it as the recovery copy (the web build's IndexedDB). */
  | {
      kind: 'autosave';
      id: number;
      delta: DiagramDelta;
      catalogVersion: string;
      name: string | null;
      savedAt: string;
    }
  | { kind: 'read'; id: number; text: string };

export type TextReply =
  /** `bytes`: the text's UTF-8 length, counted here for the size check. */
  | { id: number; text: string; bytes: number }
  | { id: number; loaded: LoadResult }
  /**
   * The recovery copy was stored here, or not stored for being past the file limit (the save says
   * why). One the worker could not store comes back as its text, for the UI thread to store.
   */
  | { id: number; autosaved: 'stored' | 'too large'; bytes: number }
  /** The request is better done on the UI thread (its result would not survive the way back), or failed. */
  | { id: number; here: string };

/** What the worker posts: a reply, or a large read's diagram in parts and then its end (`inParts`). */
export type TextMessage =
  TextReply | { id: number; part: DiagramDelta } | { id: number; loadedInParts: { migratedFrom?: number } };

/** The most nodes (and edges) one message of a read carries: cloning a whole 5,000-node diagram took the UI thread 30-80 ms. */
export const READ_PART_ITEMS = 1000;

/** `reply` as the worker posts it: a large diagram read in parts, each its own task on the UI thread. */
export function inParts(reply: TextReply, size = READ_PART_ITEMS): TextMessage[] {
  if (!('loaded' in reply) || !reply.loaded.ok) return [reply];
  const { diagram, ...rest } = reply.loaded;
  const parts = splitDelta(diagramDelta(null, diagram), size);
  if (parts.length === 1) return [reply];
  return [...parts.map((part) => ({ id: reply.id, part })), { id: reply.id, loadedInParts: rest }];
}

/** The UI side of one request: folds the parts of a read; gives the reply once it is whole, else null. */
export function replyCollector(): (message: TextMessage) => TextReply | null {
  let diagram: Diagram | null = null;
  return (message) => {
    if ('part' in message) {
      diagram = applyDiagramDelta(diagram, message.part);
      return null;
    }
    if ('loadedInParts' in message) {
      if (!diagram) return { id: message.id, here: 'the parts of the diagram did not arrive' };
      return { id: message.id, loaded: { ok: true, diagram, ...message.loadedInParts } };
    }
    return message;
  };
}

/**
 * The worker's logic. It keeps the diagram of the last write or read, which the next write's delta
 * is made against (the UI side knows which: document-text.ts); a failed one leaves none.
 */
export function textHandler(): (request: Exclude<TextRequest, { kind: 'autosave' }>) => TextReply {
  let held: Diagram | null = null;
  return (request) => {
    try {
      if (request.kind === 'write') {
        const before = held;
        held = null; // until the delta applies; a write answered `here` leaves none, as the UI side assumes
        const diagram = applyDiagramDelta(before, request.delta);
        const text = serializeDjstack(diagram, { catalogVersion: request.catalogVersion });
        held = diagram;
        return { id: request.id, text, bytes: utf8ByteLength(text) };
      }
      held = null;
      const loaded = parseDjstack(request.text);
      if (loaded.ok && !survivesStructuredClone(loaded.diagram)) {
        return { id: request.id, here: 'it holds values a structured clone would change' };
      }
      if (loaded.ok) held = loaded.diagram;
      return { id: request.id, loaded };
    } catch (error) {
      return { id: request.id, here: error instanceof Error ? error.message : String(error) };
    }
  };
}

/**
 * The worker's autosave: the text as `answer` writes it, stored by `store` unless it is past the
 * file limit. A text `store` could not keep goes back to the UI thread, which stores it its way.
 */
export async function autosave(
  answer: ReturnType<typeof textHandler>,
  request: Extract<TextRequest, { kind: 'autosave' }>,
  store: (recovery: Recovery) => Promise<boolean>,
): Promise<TextReply> {
  const { id, delta, catalogVersion, name, savedAt } = request;
  const written = answer({ kind: 'write', id, delta, catalogVersion });
  if (!('text' in written)) return written;
  if (sizeProblem(written.bytes)) return { id, autosaved: 'too large', bytes: written.bytes };
  return (await store({ text: written.text, name, savedAt }))
    ? { id, autosaved: 'stored', bytes: written.bytes }
    : written;
}
