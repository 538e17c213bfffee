import { beforeEach, describe, expect, it } from 'vitest';
import { runAction } from '../actions/registry';
import { DEFAULT_VIEW_PREFS, parseViewPrefs, useViewPrefs, VIEW_PREFS_KEY } from './view-prefs';

describe('view preferences', () => {
  beforeEach(() => {
    localStorage.clear();
    useViewPrefs.setState(DEFAULT_VIEW_PREFS);
  });

  it('folding a panel from its action is stored, and read back in the next session', async () => {
    expect(await runAction('view.toggleInspector')).toBe(true);
    expect(useViewPrefs.getState().collapsed.inspector).toBe(true);
    const stored = parseViewPrefs(localStorage.getItem(VIEW_PREFS_KEY));
    expect(stored.collapsed).toEqual({ palette: false, inspector: true, problems: false });
    await runAction('view.toggleMinimap');
    expect(parseViewPrefs(localStorage.getItem(VIEW_PREFS_KEY)).minimap).toBe(false);
    await runAction('view.toggleInspector');
    expect(parseViewPrefs(localStorage.getItem(VIEW_PREFS_KEY)).collapsed.inspector).toBe(false);
  });

  it('a damaged or foreign stored value falls back to the defaults, field by field', () => {
    expect(parseViewPrefs('not json')).toEqual(DEFAULT_VIEW_PREFS);
    expect(parseViewPrefs(null)).toEqual(DEFAULT_VIEW_PREFS);
    expect(parseViewPrefs('{"collapsed":{"palette":"yes","problems":true},"minimap":0}')).toEqual({
      collapsed: { palette: false, inspector: false, problems: true },
      minimap: true,
    });
  });
});
