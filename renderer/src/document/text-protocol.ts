/**
 * The text worker (text.worker.ts) writes a large diagram's file text off the UI thread, for the
 * autosave: serialising a 5,000-node diagram took the UI thread 80 ms every few seconds.
 * `textHandler` is the worker's whole logic, a plain function so that Node tests run it.
 */
import type { Diagram } from '../../../core/diagram/model';
import { serializeDjstack } from '../../../core/format/djstack';

export interface TextRequest {
  id: number;
  diagram: Diagram;
  catalogVersion: string;
}

export type TextReply = { id: number; text: string } | { id: number; error: string };

export function textHandler(request: TextRequest): TextReply {
  try {
    return { id: request.id, text: serializeDjstack(request.diagram, { catalogVersion: request.catalogVersion }) };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}
