import { useEffect } from 'react';
import { useUiStore } from '../store/ui-store';

const VISIBLE_MS = 6000;

/** The last status message (a refused connection, a save), announced to screen readers. */
export function StatusMessageView() {
  const status = useUiStore((state) => state.status);
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(
      () => {
        if (useUiStore.getState().status?.id === status.id) useUiStore.getState().clearStatus();
      },
      status.tone === 'error' ? VISIBLE_MS * 2 : VISIBLE_MS,
    );
    return () => clearTimeout(timer);
  }, [status]);
  return (
    <div className="status-region" role="status" aria-live="polite">
      {status ? (
        <div className={`status-message tone-${status.tone}`} data-testid="status.message" data-tone={status.tone}>
          <span>{status.text}</span>
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss message"
            onClick={() => useUiStore.getState().clearStatus()}
          >
            ✕
          </button>
        </div>
      ) : null}
    </div>
  );
}

/** A file that could not be opened: its message stays until dismissed. */
export function OpenErrorBanner() {
  const error = useUiStore((state) => state.openError);
  if (!error) return null;
  return (
    <div className="open-error" role="alert" data-testid="open.error">
      <span>{error} The open diagram was not changed.</span>
      <button type="button" className="secondary-button" onClick={() => useUiStore.getState().setOpenError(null)}>
        Dismiss
      </button>
    </div>
  );
}
