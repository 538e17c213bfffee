import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analysisOf } from '../store/analysis';
import { useDiagramStore } from '../store/diagram-store';
import { resetStores, stackOf } from '../store/testing';
import { useUiStore } from '../store/ui-store';
import { Inspector } from './inspector';

describe('implicit packages in the inspector', () => {
  beforeEach(() => resetStores(stackOf('django', 'django-redis', 'djangorestframework')));
  afterEach(cleanup);

  it('django-redis says it also installs redis-py at the resolved version', () => {
    useUiStore.setState({ selection: { nodes: ['django-redis'], edges: [] } });
    render(<Inspector />);
    const version = analysisOf(useDiagramStore.getState().diagram).resolution.packages['redis'];
    expect(version).toMatch(/^\d/);
    expect(screen.getByTestId('inspector.implicit.redis').textContent).toBe(`redis ${version} (via django-redis)`);
  });

  it('a package that pulls nothing in lists nothing', () => {
    useUiStore.setState({ selection: { nodes: ['djangorestframework'], edges: [] } });
    render(<Inspector />);
    expect(screen.getByTestId('inspector.node')).toBeTruthy();
    expect(screen.queryByTestId('inspector.implicit')).toBeNull();
  });

  it('the stack summary lists every implicit package', () => {
    render(<Inspector />);
    expect(screen.getByTestId('inspector.stack').textContent).toContain('Also installs');
    expect(screen.getByTestId('inspector.implicit.redis').textContent).toContain('(via django-redis)');
  });
});
