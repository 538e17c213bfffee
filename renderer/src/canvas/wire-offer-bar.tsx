/** The small, non-modal question shown after a drop: "Wire django-redis → Django cache?". */
import { checkConnection } from '../../../core/diagram/connect';
import { catalog } from '../store/catalog';
import { useDiagramStore } from '../store/diagram-store';
import { dispatch } from '../actions/registry';
import { useWireOfferStore } from './wire-offer';

/** Adds the offered edge (through checkConnection, one undo step) and closes the offer. */
export function acceptWireOffer(): void {
  const { offer, set } = useWireOfferStore.getState();
  set(null);
  if (!offer) return;
  void dispatch('diagram.connect', offer.request);
}

export function WireOfferBar() {
  const offer = useWireOfferStore((state) => state.offer);
  // An offer that later edits made impossible (the node deleted, the port taken) disappears.
  const stillFits = useDiagramStore((state) => !!offer && checkConnection(state.diagram, catalog, offer.request).ok);
  if (!offer || !stillFits) return null;
  return (
    <div className="wire-offer" role="status" data-testid="canvas.wireOffer">
      <span>Wire {offer.label}?</span>
      <button type="button" className="primary-button" data-testid="canvas.wireOffer.accept" onClick={acceptWireOffer}>
        Wire
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Dismiss"
        data-testid="canvas.wireOffer.dismiss"
        onClick={() => useWireOfferStore.getState().set(null)}
      >
        ×
      </button>
    </div>
  );
}
