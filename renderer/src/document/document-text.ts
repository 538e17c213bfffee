/**
 * A diagram's file text, as saved and autosaved (it records the catalog version it was made
 * with), and a file's diagram. `documentTextSoon` and `parseDiagramSoon` do a large one in the
 * text worker (text-protocol.ts), so that neither the autosave nor opening a large file holds
 * the UI thread; a small one, one a structured clone would change, or any where no worker can
 * start, here.
 */
import { CATALOG_VERSION } from '../../../catalog/index';
import { diagramDelta } from '../../../core/diagram/delta';
import type { Diagram } from '../../../core/diagram/model';
import { parseDjstack, serializeDjstack, type LoadResult } from '../../../core/format/djstack';
import { survivesStructuredClone } from '../../../core/format/json-copy';
import { utf8ByteLength } from '../../../core/format/size';
import { startModuleWorker } from '../store/module-worker';
import { replyCollector, type TextMessage, type TextReply, type TextRequest } from './text-protocol';

/** From how many nodes a diagram's text is written in the worker; below, it takes a few milliseconds. */
export const TEXT_WORKER_FROM_NODES = 200;
/** From how many characters a file is read in the worker (a 200-node diagram is about 100,000). */
export const READ_WORKER_FROM_CHARS = 100_000;

export function documentText(diagram: Diagram): string {
  return serializeDjstack(diagram, { catalogVersion: CATALOG_VERSION });
}

type Waiting = { resolve: (reply: TextReply | null) => void; collect: (message: TextMessage) => TextReply | null };
/** A request before it is numbered. */
type Unnumbered = TextRequest extends infer R ? (R extends TextRequest ? Omit<R, 'id'> : never) : never;

/** Undefined until needed; null when no worker can start here (jsdom, a policy) or it broke. */
let worker: Worker | null | undefined;
const waiting = new Map<number, Waiting>();
let nextId = 1;
/** The diagram the worker holds: the last one written or read there (null: none known). */
let held: Diagram | null = null;
/** The read in flight whose diagram the worker will hold, unless a write is posted after it. */
let reading: object | null = null;

/** The worker is gone: every request still waiting is done here. */
function failAll(): void {
  worker?.terminate();
  worker = null;
  held = null;
  reading = null;
  for (const [id, request] of waiting) {
    waiting.delete(id);
    request.resolve(null);
  }
}

function startWorker(): Worker | null {
  return startModuleWorker<TextMessage>(
    'text worker',
    () => new Worker(new URL('./text.worker.ts', import.meta.url), { type: 'module' }),
    {
      message: (message) => {
        const request = waiting.get(message.id);
        if (!request) return;
        // A large read comes in parts, each in a task of its own: the reply is whole at its end.
        const reply = request.collect(message);
        if (!reply) return;
        waiting.delete(message.id);
        request.resolve(reply);
      },
      broken: failAll,
    },
  );
}

/** Sends a request to the worker; null when there is none (or it broke): do it here. */
function ask(request: Unnumbered): Promise<TextReply | null> {
  if (worker === undefined) worker = startWorker();
  const running = worker;
  if (!running) return Promise.resolve(null);
  return new Promise((resolve) => {
    const id = nextId++;
    waiting.set(id, { resolve, collect: replyCollector() });
    running.postMessage({ ...request, id } as TextRequest);
  });
}

/** A diagram's text and its UTF-8 length (what the size check reads). */
export interface DocumentText {
  text: string;
  bytes: number;
}

function writtenHere(diagram: Diagram): DocumentText {
  const text = documentText(diagram);
  return { text, bytes: utf8ByteLength(text) };
}

/**
 * `diagram` to the worker as its difference from the one the worker holds (after an open, the one
 * it read), with what else `request` asks; null when it is better done here (a small diagram, a
 * change a structured clone would alter, no worker).
 */
async function askWithDiagram(
  diagram: Diagram,
  request: { kind: 'write' } | { kind: 'autosave'; name: string | null; savedAt: string },
): Promise<TextReply | null> {
  if (diagram.nodes.length < TEXT_WORKER_FROM_NODES) return null;
  // While a read is in flight the worker's diagram is not known here yet: the whole one goes.
  const delta = diagramDelta(reading ? null : held, diagram);
  if (!survivesStructuredClone(delta)) return null;
  // Set before the reply: messages reach the worker in order, so the next delta is made against it.
  held = diagram;
  reading = null;
  const reply = await ask({ ...request, delta, catalogVersion: CATALOG_VERSION });
  if (reply && 'here' in reply) held = null; // the worker holds nothing now
  return reply;
}

/** The text of `diagram`: from the worker for a large diagram, else written here. */
export async function documentTextSoon(diagram: Diagram): Promise<DocumentText> {
  const reply = await askWithDiagram(diagram, { kind: 'write' });
  if (reply && 'text' in reply) return { text: reply.text, bytes: reply.bytes };
  return writtenHere(diagram);
}

/**
 * A large diagram's recovery copy, written and stored by the worker (where the host lets it:
 * `recoveryInWorker`), so that its text never crosses to the UI thread; otherwise, and when the
 * worker could not store it, its text and size for the UI thread to store.
 */
export async function autosaveSoon(
  diagram: Diagram,
  name: string | null,
  savedAt: string,
): Promise<{ autosaved: 'stored' | 'too large' } | DocumentText> {
  const reply = await askWithDiagram(diagram, { kind: 'autosave', name, savedAt });
  if (reply && 'autosaved' in reply) return { autosaved: reply.autosaved };
  if (reply && 'text' in reply) return { text: reply.text, bytes: reply.bytes };
  return writtenHere(diagram);
}

/** The diagram in a file's text: read in the worker for a large file, else here. */
export async function parseDiagramSoon(text: string): Promise<LoadResult> {
  if (text.length < READ_WORKER_FROM_CHARS) return parseDjstack(text);
  const read = {};
  reading = read;
  const reply = await ask({ kind: 'read', text });
  // The worker now holds the diagram it read (a write posted meanwhile came after it: not then).
  if (reading === read) {
    reading = null;
    held = reply && 'loaded' in reply && reply.loaded.ok ? reply.loaded.diagram : null;
  }
  return reply && 'loaded' in reply ? reply.loaded : parseDjstack(text);
}
