/**
 * The UI thread's side of the analysis worker: at most one request in flight (the diagram of
 * that moment, posted as its difference from the diagram posted before, a large one in parts of
 * PART_ITEMS nodes and edges, each posted in a task of its own), the catalog sent again
 * only when it changed, and a reply accepted only when it answers the request in flight with the
 * catalog that request was made with.
 */
import { applyAnalysisDelta } from '../../../core/check/analysis-delta';
import type { Catalog } from '../../../core/catalog/catalog';
import { diagramDelta, splitDelta } from '../../../core/diagram/delta';
import type { Diagram } from '../../../core/diagram/model';
import type { IndexedAnalysis } from './analysis';
import { catalogContents, type CheckerReply, type CheckerRequest } from './analysis-protocol';

export type CheckOutcome =
  /** The analysis of `diagram`, computed with `catalog`, indexed by node and edge. */
  | { kind: 'analysis'; diagram: Diagram; catalog: Catalog; analysis: IndexedAnalysis }
  /** The worker could not check `diagram` (null: the worker broke with nothing in flight). */
  | { kind: 'failed'; diagram: Diagram | null; message: string }
  /** A reply computed with another catalog than the request's: dropped. */
  | { kind: 'discarded' };

interface InFlight {
  id: number;
  diagram: Diagram;
  catalog: Catalog;
  catalogVersion: number;
}

/**
 * The most nodes (and edges) one message carries: the structured clone of a 5,000-node diagram
 * opened held the UI thread for about 50 ms; a part of this size takes a few.
 */
export const PART_ITEMS = 1000;

/** Runs `task` now (tests); the app passes a later task of its own (analysis-store.ts). */
const NOW = (task: () => void) => task();

export class AnalysisChecker {
  private nextId = 1;
  private sent: { catalog: Catalog; version: number } | null = null;
  private inFlight: InFlight | null = null;
  /** The diagram the worker holds: the last one posted (null: none, or a request failed). */
  private held: Diagram | null = null;
  /** The analysis the worker replied last, rebuilt: its next reply is a delta against it. */
  private received: IndexedAnalysis | null = null;

  /**
   * @param post sends a request to the worker
   * @param settled hears how each request ended; it is the moment to ask again for the diagram
   *   of now, since `check` asks nothing while a request is in flight
   */
  constructor(
    private readonly post: (request: CheckerRequest) => void,
    private readonly settled: (outcome: CheckOutcome) => void,
    /** Runs a post: each request is posted through it, in order. */
    private readonly schedule: (task: () => void) => void = NOW,
  ) {}

  /** The diagram whose analysis is awaited, if any. */
  get pending(): Diagram | null {
    return this.inFlight?.diagram ?? null;
  }

  /** Asks for the analysis of `diagram` with `catalog`; does nothing while a request is in flight. */
  check(diagram: Diagram, catalog: Catalog): void {
    if (this.inFlight) return;
    if (this.sent?.catalog !== catalog) {
      const version = (this.sent?.version ?? 0) + 1;
      const request: CheckerRequest = { kind: 'catalog', version, catalog: catalogContents(catalog) };
      this.schedule(() => this.post(request));
      this.sent = { catalog, version };
    }
    const id = this.nextId++;
    this.inFlight = { id, diagram, catalog, catalogVersion: this.sent.version };
    const parts = splitDelta(diagramDelta(this.held, diagram), PART_ITEMS);
    this.held = diagram;
    parts.forEach((delta, i) => {
      const request: CheckerRequest = i < parts.length - 1 ? { kind: 'hold', delta } : { kind: 'analyze', id, delta };
      this.schedule(() => this.post(request));
    });
  }

  /** A reply from the worker. */
  receive(reply: CheckerReply): void {
    const request = this.inFlight;
    if (!request || reply.id !== request.id) return;
    this.inFlight = null;
    if (reply.kind === 'failed') return this.forget(request.diagram, reply.message);
    let analysis: IndexedAnalysis;
    try {
      // Every reply is applied, a discarded one too: the next is a delta against it.
      analysis = applyAnalysisDelta(this.received, reply.delta);
    } catch (error) {
      return this.forget(request.diagram, error instanceof Error ? error.message : String(error));
    }
    this.received = analysis;
    if (reply.catalogVersion !== request.catalogVersion) this.settled({ kind: 'discarded' });
    else this.settled({ kind: 'analysis', diagram: request.diagram, catalog: request.catalog, analysis });
  }

  /** A request failed: the worker holds nothing now, and the checker assumes as much. */
  private forget(diagram: Diagram | null, message: string): void {
    this.held = null;
    this.received = null;
    this.settled({ kind: 'failed', diagram, message });
  }

  /** The worker broke (it did not load, or a message could not be read): whatever was in flight failed. */
  fail(message: string): void {
    const request = this.inFlight;
    this.inFlight = null;
    this.forget(request?.diagram ?? null, message);
  }
}
