/**
 * The browser's stand-in for a native Save dialog: a modal <dialog> asking for a file name.
 * Built with DOM calls in the host (it is the host's dialog, as the OS's is Electron's), styled
 * by the app's .modal classes; resolves with the name, or null when cancelled.
 */
export interface NameDialogRequest {
  title: string;
  label: string;
  suggested: string;
  /** What the confirm button says ("Save", "Download"). */
  action: string;
}

export function askFileName(doc: Document, request: NameDialogRequest): Promise<string | null> {
  return new Promise((resolve) => {
    const dialog = doc.createElement('dialog');
    dialog.className = 'modal';
    dialog.dataset.testid = 'host.name-dialog';
    dialog.setAttribute('aria-labelledby', 'host-name-dialog-title');
    const form = doc.createElement('form');
    form.method = 'dialog';
    const header = doc.createElement('div');
    header.className = 'modal-header';
    const heading = doc.createElement('h2');
    heading.id = 'host-name-dialog-title';
    heading.textContent = request.title;
    header.append(heading);
    const body = doc.createElement('div');
    body.className = 'modal-body';
    const label = doc.createElement('label');
    label.className = 'field';
    label.textContent = request.label;
    const input = doc.createElement('input');
    input.type = 'text';
    input.value = request.suggested;
    input.required = true;
    input.spellcheck = false;
    input.dataset.testid = 'host.name-dialog.input';
    label.append(input);
    const buttons = doc.createElement('div');
    buttons.className = 'button-row';
    const cancel = doc.createElement('button');
    cancel.type = 'button';
    cancel.className = 'secondary-button';
    cancel.textContent = 'Cancel';
    cancel.dataset.testid = 'host.name-dialog.cancel';
    const ok = doc.createElement('button');
    ok.type = 'submit';
    ok.className = 'primary-button';
    ok.textContent = request.action;
    ok.dataset.testid = 'host.name-dialog.ok';
    buttons.append(cancel, ok);
    body.append(label, buttons);
    form.append(header, body);
    dialog.append(form);
    doc.body.append(dialog);

    let answer: string | null = null;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const name = input.value.trim();
      if (!name) return;
      answer = name;
      dialog.close();
    });
    cancel.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(answer);
    });
    dialog.showModal();
    // The name without its extension is selected, as native Save dialogs do.
    input.focus();
    const dot = request.suggested.lastIndexOf('.');
    input.setSelectionRange(0, dot > 0 ? dot : request.suggested.length);
  });
}
