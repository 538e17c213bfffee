import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_ANSWER_TIMEOUT_MS, CloseGuard } from './close-guard';

function guard(options: { rendererAvailable?: boolean; userSays?: boolean } = {}) {
  let resolveUser: (allow: boolean) => void = () => undefined;
  const calls = {
    askRenderer: vi.fn(() => options.rendererAvailable ?? true),
    askUser: vi.fn(
      () =>
        new Promise<boolean>((resolve) => {
          resolveUser = resolve;
          if (options.userSays !== undefined) resolve(options.userSays);
        }),
    ),
    close: vi.fn(),
    onCancelled: vi.fn(),
  };
  return { guard: new CloseGuard(calls), calls, answerDialog: (allow: boolean) => resolveUser(allow) };
}

describe('closing with unsaved changes', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a window without unsaved changes closes at once, without asking', () => {
    const { guard: g, calls } = guard();
    expect(g.requestClose()).toBe(true);
    expect(calls.askRenderer).not.toHaveBeenCalled();
  });

  it('with unsaved changes the close waits and the renderer is asked once', () => {
    const { guard: g, calls } = guard();
    g.setDirty(true);
    expect(g.requestClose()).toBe(false);
    expect(g.requestClose()).toBe(false);
    expect(calls.askRenderer).toHaveBeenCalledOnce();
  });

  it('when the renderer allows (after saving or discarding), the window closes for real', () => {
    const { guard: g, calls } = guard();
    g.setDirty(true);
    g.requestClose();
    g.answer(true);
    expect(calls.close).toHaveBeenCalledOnce();
    expect(g.requestClose()).toBe(true);
  });

  it('when the user cancels, the window stays and a quit in progress stops', () => {
    const { guard: g, calls } = guard();
    g.setDirty(true);
    g.requestClose();
    g.answer(false);
    expect(calls.close).not.toHaveBeenCalled();
    expect(calls.onCancelled).toHaveBeenCalledOnce();
    expect(g.requestClose()).toBe(false);
    expect(calls.askRenderer).toHaveBeenCalledTimes(2);
  });

  it('an answer nobody asked for is ignored', () => {
    const { guard: g, calls } = guard();
    g.setDirty(true);
    g.answer(true);
    expect(calls.close).not.toHaveBeenCalled();
    expect(g.requestClose()).toBe(false);
  });

  it('a renderer that does not answer in time gets a native question instead', async () => {
    const { guard: g, calls } = guard({ userSays: true });
    g.setDirty(true);
    g.requestClose();
    await vi.advanceTimersByTimeAsync(CLOSE_ANSWER_TIMEOUT_MS - 1);
    expect(calls.askUser).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.askUser).toHaveBeenCalledOnce();
    expect(calls.close).toHaveBeenCalledOnce();
  });

  it('a crashed renderer is not waited for: the native question comes at once', async () => {
    const { guard: g, calls } = guard({ rendererAvailable: false, userSays: false });
    g.setDirty(true);
    g.requestClose();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.askUser).toHaveBeenCalledOnce();
    expect(calls.close).not.toHaveBeenCalled();
    expect(calls.onCancelled).toHaveBeenCalledOnce();
  });

  it('if the renderer answers while the fallback dialog is open, its answer stands', async () => {
    const { guard: g, calls, answerDialog } = guard();
    g.setDirty(true);
    g.requestClose();
    await vi.advanceTimersByTimeAsync(CLOSE_ANSWER_TIMEOUT_MS);
    expect(calls.askUser).toHaveBeenCalledOnce();
    g.answer(false);
    answerDialog(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.close).not.toHaveBeenCalled();
    expect(calls.onCancelled).toHaveBeenCalledOnce();
  });

  it('saving (dirty becomes false) before the close lets it through', () => {
    const { guard: g } = guard();
    g.setDirty(true);
    g.setDirty(false);
    expect(g.requestClose()).toBe(true);
  });
});
