import { useConfirmStore } from '../store/confirm';
import { Modal } from './modal';

/** The pending question of `ask()`, if any. */
export function ConfirmDialog() {
  const pending = useConfirmStore((state) => state.pending);
  if (!pending) return null;
  return (
    <Modal title={pending.title} onClose={() => pending.resolve('__dismissed')} testId="confirm">
      <p>{pending.message}</p>
      <div className="button-row">
        {pending.choices.map((choice) => (
          <button
            key={choice.value}
            type="button"
            className={choice.primary ? 'primary-button' : 'secondary-button'}
            data-testid={`confirm.${choice.value}`}
            data-autofocus={choice.primary ? '' : undefined}
            onClick={() => pending.resolve(choice.value)}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </Modal>
  );
}
