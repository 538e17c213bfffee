/** Test vocabulary for the renderer's unit tests. */
import { emptyDiagram, type Diagram } from '../../../core/diagram/model';
import { UNTITLED, useDiagramStore } from './diagram-store';
import { EMPTY_SELECTION, useUiStore } from './ui-store';

/** A diagram with one node per package (ids = package names), laid out in a column. */
export function stackOf(...packages: string[]): Diagram {
  const diagram = emptyDiagram();
  diagram.nodes = packages.map((name, i) => ({ id: name, package: name, position: { x: 0, y: i * 160 } }));
  return diagram;
}

/** Resets both stores to a fresh document holding `diagram`. */
export function resetStores(diagram: Diagram = emptyDiagram()): void {
  useDiagramStore.getState().load(diagram, { handle: null, name: UNTITLED });
  useUiStore.setState({ selection: EMPTY_SELECTION, status: null, dialog: { kind: 'none' }, openError: null });
}
