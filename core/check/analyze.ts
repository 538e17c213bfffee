/**
 * The full check of a diagram: resolution plus every problem.
 *
 * FIRST VERSION (foundation): unknown packages and the resolver's verdict only. The
 * compatibility-engine issue adds every check behind the same signature.
 */
import type { Catalog } from '../catalog/catalog';
import type { Diagram } from '../diagram/model';
import { resolveDiagram } from '../resolve/resolve';
import type { Analysis, Problem } from './types';

/** Resolves the diagram and lists its problems. Pure; memoise on the diagram object. */
export function analyze(diagram: Diagram, catalog: Catalog): Analysis {
  const problems: Problem[] = [];
  for (const node of diagram.nodes) {
    if (!catalog.get(node.package)) {
      problems.push({
        key: `unknown-package:${node.id}`,
        severity: 'warning',
        code: 'unknown-package',
        message: `${node.package} is not in the catalog: it is kept as written, but not checked.`,
        packages: [node.package],
        nodes: [node.id],
        edges: [],
        fix: null,
      });
    }
  }
  const resolution = resolveDiagram(diagram, catalog);
  if (!resolution.ok && resolution.explanation) {
    problems.push({
      key: 'no-solution',
      severity: 'error',
      code: 'no-solution',
      message: resolution.explanation,
      packages: [],
      nodes: [],
      edges: [],
      fix: null,
    });
  }
  return { resolution, problems };
}
