import { beforeEach, describe, expect, it } from 'vitest';
import { asOneStep, beginGesture, endGesture, isDirty, redo, undo, useDiagramStore } from './diagram-store';
import { addPackage, moveNodes, setTarget } from './edits';
import { resetStores, stackOf } from './testing';
import { useUiStore } from './ui-store';

const store = () => useDiagramStore.getState();
const past = () => useDiagramStore.temporal.getState().pastStates.length;

describe('diagram store', () => {
  beforeEach(() => resetStores(stackOf('django')));

  it('makes each diagram change one undo step, and undo/redo walk them', () => {
    store().setDiagram((d) => addPackage(d, 'celery', { x: 300, y: 0 }).diagram);
    store().setDiagram((d) => setTarget(d, { django: '4.2' }));
    expect(past()).toBe(2);
    undo();
    expect(store().diagram.target.django).toBe('5.2');
    expect(store().diagram.nodes.map((n) => n.id)).toEqual(['django', 'celery']);
    undo();
    expect(store().diagram.nodes.map((n) => n.id)).toEqual(['django']);
    redo();
    redo();
    expect(store().diagram.target.django).toBe('4.2');
  });

  it('does not record selection, renames or a no-op update', () => {
    useUiStore.getState().select({ nodes: ['django'] });
    store().setDiagram((d) => d);
    store().markSaved({ handle: 'h', name: 'shop.djstack' });
    expect(past()).toBe(0);
  });

  it('squashes a drag of many moves into one undo step back to where it started', () => {
    const start = store().diagram;
    beginGesture();
    for (let x = 1; x <= 20; x++) store().setDiagram((d) => moveNodes(d, new Map([['django', { x: x * 10, y: 0 }]])));
    endGesture();
    expect(past()).toBe(1);
    expect(store().diagram.nodes[0]!.position).toEqual({ x: 200, y: 0 });
    undo();
    expect(store().diagram).toBe(start);
  });

  it('records nothing for a gesture that changed nothing', () => {
    beginGesture();
    endGesture();
    expect(past()).toBe(0);
  });

  it('runs nested one-step changes as a single step', () => {
    asOneStep(() => {
      store().setDiagram((d) => addPackage(d, 'celery', { x: 0, y: 0 }).diagram);
      asOneStep(() => store().setDiagram((d) => setTarget(d, { python: '3.11' })));
    });
    expect(past()).toBe(1);
  });

  it('is dirty after an edit and clean again when undone to the saved diagram', () => {
    expect(isDirty(store())).toBe(false);
    store().setDiagram((d) => setTarget(d, { django: '4.2' }));
    expect(isDirty(store())).toBe(true);
    undo();
    expect(isDirty(store())).toBe(false);
  });

  it('clears the history when a document is loaded, and a recovered one starts dirty', () => {
    store().setDiagram((d) => setTarget(d, { django: '4.2' }));
    store().load(stackOf('celery'), { handle: null, name: 'x.djstack' }, { dirty: true });
    expect(past()).toBe(0);
    expect(isDirty(store())).toBe(true);
  });
});
