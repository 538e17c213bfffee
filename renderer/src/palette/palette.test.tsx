import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetStores, stackOf } from '../store/testing';
import { catalog } from '../store/catalog';
import { paletteOrder } from './palette-model';
import { Palette } from './palette';

const entries = () => document.querySelectorAll('[data-testid^="palette.package."]');

describe('palette', () => {
  let frames: FrameRequestCallback[] = [];
  /** Runs the animation frames requested so far (one frame). */
  const nextFrame = () =>
    act(() => {
      const now = frames;
      frames = [];
      now.forEach((frame) => frame(performance.now()));
    });

  beforeEach(() => {
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (frame: FrameRequestCallback) => frames.push(frame));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    resetStores(stackOf('django'));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('renders a screenful first and the rest a frame at a time, in palette order', () => {
    const order = paletteOrder(catalog, '').map((pkg) => pkg.name);
    expect(order.length).toBeGreaterThan(120);
    render(<Palette />);
    expect(entries()).toHaveLength(40);
    nextFrame();
    expect(entries()).toHaveLength(80);
    while (entries().length < order.length && frames.length > 0) nextFrame();
    expect([...entries()].map((entry) => entry.getAttribute('data-package'))).toEqual(order);
    // Every group shows its full count from the first frame on.
    expect(screen.getByText(`${order.length} of ${catalog.packages.length}`)).toBeTruthy();
  });

  it('End focuses the last entry even before the list has been built that far', () => {
    const order = paletteOrder(catalog, '').map((pkg) => pkg.name);
    render(<Palette />);
    const first = screen.getByTestId(`palette.package.${order[0]}`);
    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'End' });
    const last = screen.getByTestId(`palette.package.${order.at(-1)}`);
    expect(document.activeElement).toBe(last);
  });

  it('a search shows every match at once when they fit the first frame', () => {
    render(<Palette />);
    fireEvent.change(screen.getByTestId('palette.search'), { target: { value: 'celery' } });
    const found = paletteOrder(catalog, 'celery').map((pkg) => pkg.name);
    expect(found.length).toBeLessThanOrEqual(40);
    expect([...entries()].map((entry) => entry.getAttribute('data-package'))).toEqual(found);
  });
});
