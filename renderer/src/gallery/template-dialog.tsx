import { useUiStore } from '../store/ui-store';
import { Modal } from '../ui/modal';
import { TemplateList } from './template-list';

export function TemplateDialog() {
  const close = useUiStore((state) => state.closeDialog);
  return (
    <Modal title="New from template" onClose={close} testId="templates">
      <TemplateList />
    </Modal>
  );
}
