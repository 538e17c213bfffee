/**
 * Options that map one to one onto a package setting (simple-history's `enabled` →
 * SIMPLE_HISTORY_ENABLED). Only values the user set on the node are written: the package's own
 * default stays implicit, so generated settings list what the stack decided and nothing else.
 */
import type { StackContext } from '../context';
import type { SectionId, SettingsPlan } from '../plan';

/** Writes `SETTING = value` for every option of `name` in `map` that the user set. */
export function optionSettings(
  ctx: StackContext,
  plan: SettingsPlan,
  name: string,
  section: SectionId,
  map: Record<string, string>,
): void {
  for (const [key, setting] of Object.entries(map)) {
    const value = ctx.explicit(name, key);
    if (value !== undefined) plan.set(section, setting, value);
  }
}
