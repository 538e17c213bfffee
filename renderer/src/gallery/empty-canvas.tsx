import { useDiagramStore } from '../store/diagram-store';
import { TemplateList } from './template-list';

/** On an empty canvas: the starter stacks, and how to begin without one. */
export function EmptyCanvas() {
  const empty = useDiagramStore((state) => state.diagram.nodes.length === 0);
  if (!empty) return null;
  return (
    <div className="empty-canvas">
      <section className="empty-canvas-card" aria-labelledby="gallery-heading" data-testid="gallery">
        <h2 id="gallery-heading">Start a stack</h2>
        <p>Pick a starter stack, or drag packages from the palette (or select one and press Enter).</p>
        <TemplateList />
      </section>
    </div>
  );
}
