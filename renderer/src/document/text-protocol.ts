/**
 * The text worker (text.worker.ts) turns a large diagram into its file text (the autosave) and a
 * large file's text into a diagram (open), off the UI thread: for a 5,000-node diagram these
 * took the UI thread 80 ms every few seconds and half a second on open. Only what a structured
 * clone carries unchanged crosses (core/format/json-copy.ts): a diagram holding a number kept as
 * its text or an integer-like key is written, or read, on the UI thread instead.
 * `textHandler` is the worker's whole logic, a plain function so that Node tests run it.
 */
import type { Diagram } from '../../../core/diagram/model';
import { parseDjstack, serializeDjstack, type LoadResult } from '../../../core/format/djstack';
import { survivesStructuredClone } from '../../../core/format/json-copy';

export type TextRequest =
  { kind: 'write'; id: number; diagram: Diagram; catalogVersion: string } | { kind: 'read'; id: number; text: string };

export type TextReply =
  | { id: number; text: string }
  | { id: number; loaded: LoadResult }
  /** The request is better done on the UI thread (its result would not survive the way back), or failed. */
  | { id: number; here: string };

export function textHandler(request: TextRequest): TextReply {
  try {
    if (request.kind === 'write') {
      return { id: request.id, text: serializeDjstack(request.diagram, { catalogVersion: request.catalogVersion }) };
    }
    const loaded = parseDjstack(request.text);
    if (loaded.ok && !survivesStructuredClone(loaded.diagram)) {
      return { id: request.id, here: 'it holds values a structured clone would change' };
    }
    return { id: request.id, loaded };
  } catch (error) {
    return { id: request.id, here: error instanceof Error ? error.message : String(error) };
  }
}
