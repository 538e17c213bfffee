import { beforeEach, describe, expect, it } from 'vitest';
import { serializeDjstack } from '../../../core/format/djstack';
import { useDiagramStore } from '../store/diagram-store';
import { resetStores, stackOf } from '../store/testing';
import { useUiStore } from '../store/ui-store';
import { loadOpenedFile } from './document';

describe('opening a file', () => {
  beforeEach(() => resetStores(stackOf('django', 'celery')));

  it('leaves the open diagram untouched and shows why when the file is not a diagram', () => {
    const before = useDiagramStore.getState().diagram;
    expect(loadOpenedFile({ handle: 'h', name: 'notes.djstack', text: '{"format": "something"}' })).toBe(false);
    expect(useDiagramStore.getState().diagram).toBe(before);
    expect(useUiStore.getState().openError).toMatch(/notes\.djstack could not be opened.*"format"/);
  });

  it('loads a valid file as a clean document named after it', () => {
    const text = serializeDjstack(stackOf('djangorestframework'));
    expect(loadOpenedFile({ handle: 'h1', name: 'api.djstack', text })).toBe(true);
    const state = useDiagramStore.getState();
    expect(state.diagram.nodes.map((n) => n.package)).toEqual(['djangorestframework']);
    expect(state.document).toEqual({ handle: 'h1', name: 'api.djstack' });
    expect(state.diagram).toBe(state.saved);
    expect(serializeDjstack(state.diagram)).toBe(text);
  });
});
