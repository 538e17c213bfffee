/**
 * Shows what an export will write, highlighted, before anything is written; the Save button
 * hands the text (or, for a project, every file) to the host.
 */
import { useMemo, useState } from 'react';
import { getHost } from '../host/host';
import { useDiagramStore } from '../store/diagram-store';
import { useUiStore } from '../store/ui-store';
import { Modal } from '../ui/modal';
import { highlight } from './highlight';
import { projectNameFor, textExport, type PreviewFile } from './text-exports';
import { writeExport } from './write-export';

function CodeView({ file }: { file: PreviewFile }) {
  const html = useMemo(() => highlight(file.content, file.language), [file]);
  return (
    <pre className="code-view" data-testid="export.preview.code" tabIndex={0} aria-label={`Contents of ${file.path}`}>
      {/* highlight.js escapes the text it wraps; no other data is rendered as HTML. */}
      <code className={`hljs language-${file.language}`} dangerouslySetInnerHTML={{ __html: html }} />
    </pre>
  );
}

async function write(exportId: string, files: PreviewFile[], projectName: string): Promise<void> {
  const status = await writeExport(getHost(), textExport(exportId)!.write, files, projectName);
  if (status) useUiStore.getState().showStatus(status.text, status.tone);
}

export function ExportPreview({ exportId }: { exportId: string }) {
  const item = textExport(exportId);
  const diagram = useDiagramStore((state) => state.diagram);
  const source = useDiagramStore((state) => state.document.name);
  const close = useUiStore((state) => state.closeDialog);
  const [projectName, setProjectName] = useState(() => projectNameFor(source));
  const produced = useMemo(() => {
    try {
      return { files: item?.produce({ diagram, projectName, source }) ?? [], error: null };
    } catch (error) {
      return { files: [], error: (error as Error).message };
    }
  }, [item, diagram, projectName, source]);
  const [selected, setSelected] = useState(0);
  if (!item) return null;
  const file = produced.files[Math.min(selected, produced.files.length - 1)];
  return (
    <Modal title={`Export ${item.menuLabel}`} onClose={close} className="export-modal" testId="export.preview">
      {item.usesProjectName ? (
        <div className="field field-inline">
          <label htmlFor="export-project-name">Project name</label>
          <input
            id="export-project-name"
            type="text"
            data-testid="export.projectName"
            value={projectName}
            spellCheck={false}
            onChange={(event) => setProjectName(event.target.value)}
          />
        </div>
      ) : null}
      {produced.error ? (
        <p className="export-error" role="alert">
          {produced.error}
        </p>
      ) : null}
      <div className="export-layout">
        {produced.files.length > 1 ? (
          <ul className="export-files" aria-label="Files">
            {produced.files.map((f, i) => (
              <li key={f.path}>
                <button
                  type="button"
                  aria-current={i === selected}
                  className="export-file"
                  data-testid={`export.file.${f.path}`}
                  onClick={() => setSelected(i)}
                >
                  {f.path}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        {file ? (
          <div className="export-file-view">
            <div className="export-file-name">{file.path}</div>
            <CodeView file={file} />
          </div>
        ) : null}
      </div>
      <div className="button-row">
        <button type="button" className="secondary-button" onClick={close}>
          Cancel
        </button>
        {item.write === 'project' && file ? (
          <button
            type="button"
            className="secondary-button"
            data-testid="export.preview.saveOne"
            onClick={() =>
              void getHost().exportText({ suggestedName: file.path.split('/').pop()!, text: file.content })
            }
          >
            Save only {file.path.split('/').pop()}…
          </button>
        ) : null}
        <button
          type="button"
          className="primary-button"
          data-testid="export.preview.save"
          disabled={produced.files.length === 0}
          onClick={() => {
            close();
            void write(exportId, produced.files, projectName);
          }}
        >
          {item.write === 'project' ? 'Export project…' : `Save ${file?.path ?? ''}…`}
        </button>
      </div>
    </Modal>
  );
}
