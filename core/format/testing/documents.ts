/** Test vocabulary for .djstack documents: a small valid stack and ways to spoil it. */
import type { Diagram } from '../../diagram/model';

/** A valid diagram: Django, DRF wired into it, Redis, and a package no catalog knows. */
export function sampleDiagram(): Diagram {
  return {
    format: 'djstack',
    version: 1,
    target: { django: '5.2', python: '3.12' },
    nodes: [
      { id: 'django', package: 'django', position: { x: 0, y: 0 } },
      { id: 'drf', package: 'djangorestframework', position: { x: -320, y: 40 }, pin: '3.16.0' },
      { id: 'redis', package: 'redis-server', position: { x: 300.5, y: -12 } },
      {
        id: 'acme',
        package: 'acme-internal-toolkit',
        position: { x: 10, y: 400 },
        options: { flavour: 'x', level: 2 },
      },
    ],
    edges: [{ id: 'e1', source: 'drf', sourcePort: 'api', target: 'django', targetPort: 'api', role: 'api' }],
  };
}

/** A sample document as JSON with one change applied to its parsed form. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function documentWith(change: (doc: Record<string, any>) => void): string {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const doc = JSON.parse(JSON.stringify(sampleDiagram())) as Record<string, any>;
  change(doc);
  return JSON.stringify(doc, null, 2);
}
