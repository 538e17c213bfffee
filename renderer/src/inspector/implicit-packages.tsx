/**
 * Packages pip installs that are not on the canvas (the resolver's implicit packages, such as
 * redis-py pulled in by django-redis), so the user sees what requirements.txt will pin.
 */
import type { Resolution } from '../../../core/resolve/types';
import { useAnalysis } from '../store/analysis-store';
import { compareText } from '../../../core/util/collate';

export interface ImplicitPackage {
  name: string;
  version: string | undefined;
  via: readonly string[];
}

/** The implicit packages of a resolution, by name; only those pulled in by `by` when given. */
export function implicitPackages(resolution: Resolution, by?: string): ImplicitPackage[] {
  return Object.entries(resolution.implicit)
    .filter(([, via]) => by === undefined || via.includes(by))
    .map(([name, via]) => ({ name, version: resolution.packages[name], via }))
    .sort((a, b) => compareText(a.name, b.name));
}

/** "redis 5.2.1 (via django-redis)" lines; nothing when there are none. */
export function AlsoInstalls({ by }: { by?: string }) {
  const resolution = useAnalysis((analysis) => analysis.resolution);
  const packages = implicitPackages(resolution, by);
  if (packages.length === 0) return null;
  return (
    <section className="also-installs" data-testid="inspector.implicit" aria-label="Also installs">
      <h3>Also installs</h3>
      <ul>
        {packages.map((pkg) => (
          <li key={pkg.name} data-testid={`inspector.implicit.${pkg.name}`}>
            <code>{pkg.name}</code> {pkg.version ?? ''} <span className="via">(via {pkg.via.join(', ')})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
