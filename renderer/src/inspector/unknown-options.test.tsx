import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useDiagramStore } from '../store/diagram-store';
import { resetStores, stackOf } from '../store/testing';
import { useUiStore } from '../store/ui-store';
import { Inspector } from './inspector';

describe('unknown options in the inspector', () => {
  afterEach(cleanup);

  it('an option key the catalog does not declare is listed as not exported', () => {
    const diagram = stackOf('django', 'django-cors-headers');
    diagram.nodes = diagram.nodes.map((node) =>
      node.package === 'django-cors-headers' ? { ...node, options: { cors_allow_all_origins: true } } : node,
    );
    resetStores(diagram);
    const id = useDiagramStore.getState().diagram.nodes.find((node) => node.package === 'django-cors-headers')!.id;
    useUiStore.setState({ selection: { nodes: [id], edges: [] } });
    render(<Inspector />);
    expect(screen.getByTestId('inspector.unknown-options').textContent).toContain(
      'cors_allow_all_origins: unknown option, not exported',
    );
  });
});
