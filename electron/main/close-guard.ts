/**
 * Closing a window with unsaved changes. The renderer owns the document, so the main process
 * asks it (onCloseRequest) and waits for its answer (confirmClose): it may save, discard or
 * cancel. If the renderer cannot answer (it hung or crashed), a native dialog asks after a
 * timeout instead, so the window can always be closed and never closes without a question.
 */

export interface CloseGuardOptions {
  /** Sends the close request to the renderer; false when it cannot receive it (crashed, not loaded). */
  askRenderer(): boolean;
  /** The fallback: a native "close anyway?" question; resolves true to close. */
  askUser(): Promise<boolean>;
  /** Closes the window for real (the guard lets that close through). */
  close(): void;
  /** The user kept the window open: a quit in progress is cancelled. */
  onCancelled(): void;
  timeoutMs?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export const CLOSE_ANSWER_TIMEOUT_MS = 5000;

export class CloseGuard {
  private dirty = false;
  private allowed = false;
  private pending = false;
  private timer: unknown = null;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;

  constructor(private readonly options: CloseGuardOptions) {
    this.setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
    this.clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as NodeJS.Timeout));
  }

  setDirty(dirty: boolean): void {
    this.dirty = dirty;
  }

  get isDirty(): boolean {
    return this.dirty;
  }

  /**
   * Called from the window's `close` event: true lets the close happen now; false means it was
   * prevented while the renderer (or the fallback dialog) decides.
   */
  requestClose(): boolean {
    if (this.allowed || !this.dirty) return true;
    if (this.pending) return false;
    this.pending = true;
    if (!this.options.askRenderer()) {
      void this.fallback();
      return false;
    }
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.fallback();
    }, this.options.timeoutMs ?? CLOSE_ANSWER_TIMEOUT_MS);
    return false;
  }

  /** The renderer's answer to a close request (after any save it did). */
  answer(allow: boolean): void {
    if (!this.pending) return;
    this.settle(allow);
  }

  private async fallback(): Promise<void> {
    if (!this.pending) return;
    const allow = await this.options.askUser();
    // The renderer may have answered while the dialog was open; its answer stands.
    if (this.pending) this.settle(allow);
  }

  private settle(allow: boolean): void {
    this.pending = false;
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    if (allow) {
      this.allowed = true;
      this.options.close();
    } else {
      this.options.onCancelled();
    }
  }
}
