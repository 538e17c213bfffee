/**
 * The one store that owns the diagram (source data only: packages, positions, wiring, pins,
 * target) plus the document it belongs to. Undo history covers the diagram and nothing else:
 * selection, viewport, sizes and the document's name are not undo steps.
 */
import { temporal } from 'zundo';
import { create } from 'zustand';
import { emptyDiagram, type Diagram } from '../../../core/diagram/model';

export interface DocumentInfo {
  /** Host handle of the file, null for a document never saved. */
  handle: string | null;
  name: string;
}

export interface DiagramState {
  diagram: Diagram;
  document: DocumentInfo;
  /** The diagram as last saved or opened: the document is dirty when it differs. */
  saved: Diagram;
  /** Replaces the diagram; one call is one undo step. */
  setDiagram: (next: Diagram | ((current: Diagram) => Diagram)) => void;
  /** Loads a document (New, Open, a template, a recovery): clears the undo history. */
  load: (diagram: Diagram, document: DocumentInfo, options?: { dirty?: boolean }) => void;
  markSaved: (document: DocumentInfo) => void;
}

export const UNTITLED = 'Untitled.djstack';

const HISTORY_LIMIT = 200;

export const useDiagramStore = create<DiagramState>()(
  temporal(
    (set, get) => {
      const initial = emptyDiagram();
      return {
        diagram: initial,
        document: { handle: null, name: UNTITLED },
        saved: initial,
        setDiagram: (next) => {
          const current = get().diagram;
          const diagram = typeof next === 'function' ? next(current) : next;
          if (diagram !== current) set({ diagram });
        },
        load: (diagram, document, options) => {
          set({ diagram, document, saved: options?.dirty ? emptyDiagram() : diagram });
          useDiagramStore.temporal.getState().clear();
        },
        markSaved: (document) => set({ document, saved: get().diagram }),
      };
    },
    {
      partialize: (state) => ({ diagram: state.diagram }),
      // Only a change of the diagram object is an undo step (not a rename or a save).
      equality: (past, current) => past.diagram === current.diagram,
      limit: HISTORY_LIMIT,
    },
  ),
);

/** Whether the document has unsaved changes. */
export function isDirty(state: Pick<DiagramState, 'diagram' | 'saved'>): boolean {
  return state.diagram !== state.saved;
}

let gestureStart: Diagram | null = null;

/**
 * Starts a gesture (a drag) whose many intermediate diagrams must make one undo step:
 * history is paused until `endGesture`, which records the diagram from before the gesture.
 */
export function beginGesture(): void {
  if (gestureStart) return;
  gestureStart = useDiagramStore.getState().diagram;
  useDiagramStore.temporal.getState().pause();
}

export function endGesture(): void {
  if (!gestureStart) return;
  const before = gestureStart;
  gestureStart = null;
  const temporalStore = useDiagramStore.temporal;
  temporalStore.getState().resume();
  if (useDiagramStore.getState().diagram !== before) {
    const { pastStates } = temporalStore.getState();
    temporalStore.setState({
      pastStates: [...pastStates, { diagram: before }].slice(-HISTORY_LIMIT),
      futureStates: [],
    });
  }
}

/** Runs `change` so that every diagram update inside it makes one undo step. */
export function asOneStep(change: () => void): void {
  const nested = gestureStart !== null;
  if (!nested) beginGesture();
  try {
    change();
  } finally {
    if (!nested) endGesture();
  }
}

export const undo = (): void => useDiagramStore.temporal.getState().undo();
export const redo = (): void => useDiagramStore.temporal.getState().redo();
