/** An in-app question with buttons (a page must not block on window.confirm). */
import { create } from 'zustand';

export interface ConfirmChoice<T extends string> {
  value: T;
  label: string;
  primary?: boolean;
}

export interface PendingConfirm {
  title: string;
  message: string;
  choices: ConfirmChoice<string>[];
  resolve: (value: string) => void;
}

export const useConfirmStore = create<{ pending: PendingConfirm | null }>()(() => ({ pending: null }));

/** Asks the user; resolves with the chosen value, or `cancel` when dismissed. */
export function ask<T extends string>(
  title: string,
  message: string,
  choices: ConfirmChoice<T>[],
  cancel: T,
): Promise<T> {
  return new Promise((resolve) => {
    useConfirmStore.getState().pending?.resolve('__replaced');
    useConfirmStore.setState({
      pending: {
        title,
        message,
        choices,
        resolve: (value) => {
          useConfirmStore.setState({ pending: null });
          resolve((choices.some((c) => c.value === value) ? value : cancel) as T);
        },
      },
    });
  });
}
