/**
 * Starting a module worker where the page may have none: jsdom has no Worker, and a policy may
 * forbid one. `create` holds the `new Worker(new URL(…, import.meta.url))` itself, which the
 * bundler needs to see written out to build the worker's chunk.
 */
export interface WorkerHandlers<Reply> {
  message: (reply: Reply) => void;
  /** The worker did not load, threw, or sent a message that could not be read. */
  broken: (message: string) => void;
}

/** The started worker, wired to `handlers`; null where no worker can start (the caller works here). */
export function startModuleWorker<Reply>(
  /** What the messages call it: "analysis worker". */
  name: string,
  create: () => Worker,
  handlers: WorkerHandlers<Reply>,
): Worker | null {
  if (typeof Worker !== 'function') return null;
  let worker: Worker;
  try {
    worker = create();
  } catch {
    return null;
  }
  worker.onmessage = (event: MessageEvent<Reply>) => handlers.message(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    handlers.broken(event.message || `The ${name} did not start.`);
  };
  worker.onmessageerror = () => handlers.broken(`A message from the ${name} could not be read.`);
  return worker;
}
