/**
 * A diagram's file text, as saved and autosaved: it records the catalog version it was made with.
 * `documentTextSoon` writes a large diagram's text in the text worker (text-protocol.ts), so that
 * the autosave never holds the UI thread; a small one, or where no worker can start, here.
 */
import { CATALOG_VERSION } from '../../../catalog/index';
import type { Diagram } from '../../../core/diagram/model';
import { serializeDjstack } from '../../../core/format/djstack';
import type { TextReply, TextRequest } from './text-protocol';

/** From how many nodes the text is written in the worker; below, it takes a few milliseconds. */
export const TEXT_WORKER_FROM_NODES = 200;

export function documentText(diagram: Diagram): string {
  return serializeDjstack(diagram, { catalogVersion: CATALOG_VERSION });
}

interface TextWorker {
  post: (request: TextRequest) => void;
}

/** Undefined until needed; null when no worker can start here (jsdom, a policy) or it broke. */
let worker: TextWorker | null | undefined;
const waiting = new Map<number, { resolve: (text: string) => void; diagram: Diagram }>();
let nextId = 1;

/** Answers every request still waiting here, on the UI thread: the worker is gone. */
function failAll(): void {
  worker = null;
  for (const [id, request] of waiting) {
    waiting.delete(id);
    request.resolve(documentText(request.diagram));
  }
}

function startWorker(): TextWorker | null {
  if (typeof Worker !== 'function') return null;
  let started: Worker;
  try {
    started = new Worker(new URL('./text.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  started.onmessage = (event: MessageEvent<TextReply>) => {
    const reply = event.data;
    const request = waiting.get(reply.id);
    if (!request) return;
    waiting.delete(reply.id);
    request.resolve('text' in reply ? reply.text : documentText(request.diagram));
  };
  started.onerror = (event) => {
    event.preventDefault();
    started.terminate();
    failAll();
  };
  started.onmessageerror = () => {
    started.terminate();
    failAll();
  };
  return { post: (request) => started.postMessage(request) };
}

/** The text of `diagram`: from the worker for a large diagram, else (or without a worker) written here. */
export function documentTextSoon(diagram: Diagram): Promise<string> {
  if (diagram.nodes.length < TEXT_WORKER_FROM_NODES) return Promise.resolve(documentText(diagram));
  if (worker === undefined) worker = startWorker();
  const running = worker;
  if (!running) return Promise.resolve(documentText(diagram));
  return new Promise((resolve) => {
    const id = nextId++;
    waiting.set(id, { resolve, diagram });
    running.post({ id, diagram, catalogVersion: CATALOG_VERSION });
  });
}
