import { diagramOfStarter, STARTER_STACKS } from '../../../core/templates/templates';
import { newDocument } from '../document/document';
import { useUiStore } from '../store/ui-store';

async function start(id: string): Promise<void> {
  const stack = STARTER_STACKS.find((s) => s.id === id);
  if (!stack) return;
  useUiStore.getState().closeDialog();
  await newDocument(diagramOfStarter(stack));
}

/** The starter stacks as buttons. */
export function TemplateList() {
  return (
    <ul className="template-grid">
      {STARTER_STACKS.map((stack) => (
        <li key={stack.id}>
          <button
            type="button"
            className="template-card"
            data-testid={`template.${stack.id}`}
            onClick={() => void start(stack.id)}
          >
            <strong>{stack.title}</strong>
            <span>{stack.description}</span>
            <span>
              {stack.nodes.length} packages · Django {stack.target.django}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
