// The baseline for the canvas benchmark: @xyflow/react with default nodes and nothing else,
// the same number of nodes and edges as the app's benchmark diagram (`?nodes=N`).
import { ReactFlow, applyNodeChanges, type Edge, type Node, type NodeChange } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';

const count = Number(new URLSearchParams(location.search).get('nodes') ?? 100);
const columns = Math.ceil(Math.sqrt(count));
const initialNodes: Node[] = Array.from({ length: count }, (_, i) => ({
  id: `n${i}`,
  position: { x: (i % columns) * 280, y: Math.floor(i / columns) * 180 },
  data: { label: `package ${i}` },
}));
const initialEdges: Edge[] = Array.from({ length: Math.max(0, count - 1) }, (_, i) => ({
  id: `e${i}`,
  source: `n${i}`,
  target: `n${i + 1}`,
}));

const FIT_VIEW = { padding: 0.15, maxZoom: 1 };

function Bare() {
  const [nodes, setNodes] = useState(initialNodes);
  const onNodesChange = useCallback(
    (changes: NodeChange[]) => setNodes((current) => applyNodeChanges(changes, current)),
    [],
  );
  // The same camera as the app after it opens a diagram (fit the whole diagram, zoom out to 0.1),
  // so both pages paint the same number of nodes.
  return (
    <ReactFlow
      nodes={nodes}
      edges={initialEdges}
      onNodesChange={onNodesChange}
      onlyRenderVisibleElements={false}
      minZoom={0.1}
      fitView
      fitViewOptions={FIT_VIEW}
    />
  );
}

createRoot(document.getElementById('root')!).render(<Bare />);
