/**
 * Share link: the diagram compressed into the link's fragment (core/share/share-link.ts), shown
 * to copy. The fragment stays in the browser, so nothing is uploaded anywhere.
 */
import { useMemo, useState } from 'react';
import { encodeShareFragment } from '../../../core/share/share-link';
import { useDiagramStore } from '../store/diagram-store';
import { useUiStore } from '../store/ui-store';
import { Modal } from '../ui/modal';

/** The page's address without its fragment, plus the diagram's: the link to share. */
export function shareUrl(location: Pick<Location, 'href'>, fragment: string): string {
  const base = location.href.split('#')[0]!;
  return `${base}#${fragment}`;
}

export function ShareDialog() {
  const diagram = useDiagramStore((state) => state.diagram);
  const close = useUiStore((state) => state.closeDialog);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const encoded = useMemo(() => encodeShareFragment(diagram), [diagram]);
  const link = encoded.ok ? shareUrl(window.location, encoded.fragment) : null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link!);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <Modal title="Share link" onClose={close} testId="share">
      {link ? (
        <>
          <p>
            Anyone who opens this link sees this diagram as a new, unsaved document. The diagram travels inside the
            link, after the <code>#</code>, which browsers never send to a server.
          </p>
          <label className="field">
            Link ({link.length.toLocaleString('en')} characters)
            <input
              type="text"
              readOnly
              value={link}
              data-testid="share.link"
              data-autofocus=""
              onFocus={(event) => event.currentTarget.select()}
            />
          </label>
          {copied === 'yes' && <p role="status">Copied to the clipboard.</p>}
          {copied === 'failed' && <p role="status">The browser did not allow copying: select the link and copy it.</p>}
          <div className="button-row">
            <button type="button" className="secondary-button" onClick={close}>
              Close
            </button>
            <button type="button" className="primary-button" data-testid="share.copy" onClick={() => void copy()}>
              Copy link
            </button>
          </div>
        </>
      ) : (
        <>
          <p role="alert" data-testid="share.error">
            {(encoded as { error: string }).error}
          </p>
          <div className="button-row">
            <button type="button" className="primary-button" data-autofocus="" onClick={close}>
              Close
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}
