/** The dialogs of "Update package data…" and "Add package by name…": they collect a value and dispatch. */
import { useState, type FormEvent } from 'react';
import { catalogDataText } from '../../../core/refresh/catalog-data';
import { checkPackageName } from '../actions/package-data-actions';
import { dispatch } from '../actions/registry';
import { useCatalogStore } from '../store/catalog';
import { usePackageDataStore } from '../store/package-data-store';
import { Modal } from '../ui/modal';
import './package-data.css';

const close = () => usePackageDataStore.setState({ dialog: 'none' });

function UpdatePackageDataDialog() {
  const { running, progress, error, indexUrl } = usePackageDataStore();
  const data = useCatalogStore((state) => state.data);
  const [url, setUrl] = useState(indexUrl);
  const start = (event: FormEvent) => {
    event.preventDefault();
    void dispatch('data.refreshPackageData', { indexUrl: url.trim() });
  };
  const cancel = () => void dispatch('data.cancelPackageDataRefresh', {});
  const onClose = () => {
    if (running) cancel();
    close();
  };
  return (
    <Modal title="Update package data" onClose={onClose} testId="packageData.dialog">
      <form onSubmit={start} className="package-data-form">
        <p>
          Reads every package&apos;s releases (versions, upload dates, Requires-Python, Requires-Dist, Django
          classifiers, yanked releases) from PyPI&apos;s JSON API, or from a mirror&apos;s PEP 691 simple index (a URL
          ending in /simple). Checks use <span data-testid="packageData.current">{catalogDataText(data)}</span>.
        </p>
        <label className="field">
          <span>Index URL</span>
          <input
            type="url"
            data-autofocus
            data-testid="packageData.indexUrl"
            value={url}
            disabled={running}
            onChange={(event) => setUrl(event.target.value)}
            required
          />
        </label>
        {running ? (
          <div className="package-data-progress" data-testid="packageData.progress" role="status">
            <progress value={progress?.done ?? 0} max={progress?.total ?? 1} aria-label="Packages read" />
            <span>{progress ? `${progress.done} / ${progress.total} packages` : 'Starting…'}</span>
          </div>
        ) : null}
        {error ? (
          <p className="form-error" role="alert" data-testid="packageData.error">
            {error}
          </p>
        ) : null}
        <div className="modal-actions">
          {running ? (
            <button type="button" className="secondary-button" onClick={cancel} data-testid="packageData.cancel">
              Cancel update
            </button>
          ) : (
            <>
              <button type="button" className="secondary-button" onClick={close}>
                Close
              </button>
              <button type="submit" className="primary-button" data-testid="packageData.start">
                Update
              </button>
            </>
          )}
        </div>
      </form>
    </Modal>
  );
}

function AddPackageByNameDialog() {
  const [typed, setTyped] = useState('');
  const [touched, setTouched] = useState(false);
  const checked = checkPackageName(typed);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!checked.ok) return;
    close();
    void dispatch('diagram.addPackageByName', { name: typed });
  };
  return (
    <Modal title="Add package by name" onClose={close} testId="addByName.dialog">
      <form onSubmit={submit} className="package-data-form" noValidate>
        <label className="field">
          <span>PyPI name</span>
          <input
            type="text"
            data-autofocus
            data-testid="addByName.name"
            value={typed}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={touched && !checked.ok}
            aria-describedby="add-by-name-hint"
            onChange={(event) => {
              setTyped(event.target.value);
              setTouched(true);
            }}
          />
        </label>
        <p
          id="add-by-name-hint"
          className={touched && !checked.ok ? 'form-error' : 'form-hint'}
          data-testid="addByName.hint"
        >
          {touched && !checked.ok
            ? checked.error
            : checked.ok
              ? `Adds ${checked.name}: checked on its metadata (Requires-Python, Requires-Dist on Django, Django classifiers) when it is known.`
              : 'Any package on PyPI, for example django-ipware.'}
        </p>
        <div className="modal-actions">
          <button type="button" className="secondary-button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary-button" data-testid="addByName.submit">
            Add
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** Whichever package data dialog is open. */
export function PackageDataDialogs() {
  const dialog = usePackageDataStore((state) => state.dialog);
  if (dialog === 'update') return <UpdatePackageDataDialog />;
  if (dialog === 'add-by-name') return <AddPackageByNameDialog />;
  return null;
}
