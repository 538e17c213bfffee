import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../catalog/catalog';
import { emptyDiagram } from '../../diagram/model';
import { analyze } from '../analyze';

describe('unknown-option', () => {
  it('an option key the catalog does not declare is a warning naming it, and declared keys are not', () => {
    const diagram = emptyDiagram();
    diagram.nodes = [
      { id: 'django', package: 'django', position: { x: 0, y: 0 } },
      {
        id: 'cors',
        package: 'django-cors-headers',
        position: { x: 0, y: 0 },
        options: { cors_allow_all_origins: true, allowCredentials: true },
      },
    ];
    const problems = analyze(diagram, defaultCatalog()).problems.filter((p) => p.code === 'unknown-option');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', nodes: ['cors'] });
    expect(problems[0]!.message).toContain('"cors_allow_all_origins"');
    expect(problems[0]!.message).not.toContain('allowCredentials');
  });
});
