/**
 * What the UI thread and the analysis worker say to each other. Only plain data crosses (the
 * structured clone): the catalog travels as its packages, roles and dependency records, and the
 * worker builds its own `Catalog` from them; a diagram travels as its difference from the one the
 * worker was sent last (core/diagram/delta.ts), so that a target change posts a few bytes instead
 * of cloning 5,000 nodes on the UI thread; an analysis travels back as its difference from the one
 * sent before, indexed by node and edge (core/check/analysis-delta.ts). `checkerHandler` is the
 * worker's whole logic, a plain function so that Node tests run it without a worker.
 */
import { analyze } from '../../../core/check/analyze';
import { analysisDelta, type AnalysisDelta, type SentAnalysis } from '../../../core/check/analysis-delta';
import { Catalog } from '../../../core/catalog/catalog';
import { applyDiagramDelta, type DiagramDelta } from '../../../core/diagram/delta';
import type { Diagram } from '../../../core/diagram/model';

/** A catalog as plain data. */
export interface CatalogContents {
  packages: Catalog['packages'];
  roles: Catalog['roles'];
  dependencies: Catalog['dependencies'];
}

export type CheckerRequest =
  /** From now on, check with this catalog; `version` names it in later requests and replies. */
  | { kind: 'catalog'; version: number; catalog: CatalogContents }
  /** Check the diagram `delta` makes of the one the previous request made (none before the first). */
  | { kind: 'analyze'; id: number; delta: DiagramDelta }
  /** A part of a large diagram on its way (splitDelta): apply it, check nothing yet, say nothing. */
  | { kind: 'hold'; delta: DiagramDelta };

export type CheckerReply =
  /** `catalogVersion`: the catalog the analysis was computed with; `delta`: it, against the analysis replied before. */
  | { kind: 'analysis'; id: number; catalogVersion: number; delta: AnalysisDelta }
  /** After a failure the worker holds no diagram and no analysis: the next ones are sent whole. */
  | { kind: 'failed'; id: number; message: string };

/** The catalog's contents, to post to the worker. */
export function catalogContents(catalog: Catalog): CatalogContents {
  return { packages: catalog.packages, roles: catalog.roles, dependencies: catalog.dependencies };
}

/**
 * The worker's logic: keeps the latest catalog, the diagram of the last request and what it
 * replied last, and answers each `analyze` request with its analysis. A request that fails (no
 * catalog, a delta it cannot apply) leaves it holding neither, as the UI side then assumes.
 */
export function checkerHandler(): (request: CheckerRequest) => CheckerReply | null {
  let current: { version: number; catalog: Catalog } | null = null;
  let held: Diagram | null = null;
  let replied: SentAnalysis | null = null;
  return (request) => {
    if (request.kind === 'catalog') {
      const { packages, roles, dependencies } = request.catalog;
      current = { version: request.version, catalog: new Catalog(packages, roles, dependencies) };
      return null;
    }
    if (request.kind === 'hold') {
      try {
        held = applyDiagramDelta(held, request.delta);
      } catch {
        held = null; // the `analyze` request that follows fails for it
      }
      return null;
    }
    if (!current) {
      held = null;
      replied = null;
      return { kind: 'failed', id: request.id, message: 'The worker has no catalog yet.' };
    }
    try {
      const before = held;
      held = null; // until the delta applies and the analysis is made
      const earlier = replied;
      replied = null;
      const diagram = applyDiagramDelta(before, request.delta);
      const { delta, sent } = analysisDelta(earlier, analyze(diagram, current.catalog));
      held = diagram;
      replied = sent;
      return { kind: 'analysis', id: request.id, catalogVersion: current.version, delta };
    } catch (error) {
      return { kind: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) };
    }
  };
}
