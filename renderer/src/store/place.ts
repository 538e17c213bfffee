/** Adding a package without a mouse: at a free spot near the centre of the visible canvas. */
import { catalog } from './catalog';
import { useDiagramStore } from './diagram-store';
import { addPackage, freeSpot, NODE_WIDTH } from './edits';
import { flowApi } from './flow-api';
import { useUiStore } from './ui-store';

/** The flow position at the centre of the visible canvas (upper-left third). */
export function viewCentre(): { x: number; y: number } {
  const api = flowApi();
  const pane = document.querySelector('.react-flow');
  if (!api || !pane) return { x: 0, y: 0 };
  const box = pane.getBoundingClientRect();
  const centre = api.screenToFlowPosition({ x: box.left + box.width / 3, y: box.top + box.height / 4 });
  return centre;
}

/** Adds `name` at a free spot, selects it, and brings it into view. Returns the node id. */
export function addPackageAtFreeSpot(name: string): string | null {
  const pkg = catalog.get(name);
  if (!pkg) return null;
  let id = '';
  useDiagramStore.getState().setDiagram((diagram) => {
    const result = addPackage(diagram, pkg.name, freeSpot(diagram, pkg.name, viewCentre()));
    id = result.id;
    return result.diagram;
  });
  useUiStore.getState().select({ nodes: [id], edges: [] });
  useUiStore.getState().showStatus(`Added ${pkg.title}.`, 'success');
  const node = useDiagramStore.getState().diagram.nodes.find((n) => n.id === id);
  const api = flowApi();
  if (node && api) {
    const box = document.querySelector('.react-flow')?.getBoundingClientRect();
    const topLeft = box ? api.screenToFlowPosition({ x: box.left, y: box.top }) : null;
    const bottomRight = box ? api.screenToFlowPosition({ x: box.right, y: box.bottom }) : null;
    const visible =
      topLeft &&
      bottomRight &&
      node.position.x >= topLeft.x &&
      node.position.x + NODE_WIDTH <= bottomRight.x &&
      node.position.y >= topLeft.y &&
      node.position.y + 120 <= bottomRight.y;
    if (!visible)
      void api.setCenter(node.position.x + NODE_WIDTH / 2, node.position.y + 60, {
        duration: 200,
        zoom: api.getZoom(),
      });
  }
  return id;
}
