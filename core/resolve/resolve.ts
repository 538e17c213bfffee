/**
 * Chooses a release for every Python package on the canvas.
 *
 * FIRST VERSION (foundation): newest release matching the target and the pin, without
 * constraints between packages. The compatibility-engine issue replaces it with a
 * backtracking resolver behind the same signature.
 */
import type { Catalog } from '../catalog/catalog';
import type { Diagram } from '../diagram/model';
import { newestFirst, satisfies } from '../util/pep440';
import type { Resolution } from './types';

/** Resolves every Python package of `diagram` against its target and pins. */
export function resolveDiagram(diagram: Diagram, catalog: Catalog): Resolution {
  const resolution: Resolution = { ok: true, packages: {}, nodes: {}, explanation: null };
  for (const node of diagram.nodes) {
    const pkg = catalog.get(node.package);
    if (!pkg || pkg.kind !== 'python') continue;
    const release = [...pkg.releases]
      .sort((a, b) => newestFirst(a.version, b.version))
      .find(
        (r) =>
          satisfies(diagram.target.django, r.django) &&
          satisfies(diagram.target.python, r.python) &&
          (!node.pin || r.version === node.pin),
      );
    if (!release) {
      resolution.ok = false;
      resolution.explanation ??= `No release of ${pkg.name} fits Django ${diagram.target.django} / Python ${diagram.target.python}.`;
      continue;
    }
    resolution.packages[pkg.name] = release.version;
    resolution.nodes[node.id] = release.version;
  }
  return resolution;
}
