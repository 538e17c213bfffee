/**
 * Options that map one to one onto a settings.py name (simple-history's `enabled` →
 * SIMPLE_HISTORY_ENABLED). The name is the one the catalog declares in the option's `setting`,
 * so a module lists which options it writes this way and never spells a setting of its own. Only
 * values the user set on the node are written: the package's own default stays implicit, so
 * generated settings list what the stack decided and nothing else.
 */
import type { StackContext } from '../context';
import type { SectionId, SettingsPlan } from '../plan';

const PLAIN_SETTING = /^[A-Z][A-Z0-9_]*$/;

/** The settings.py name an option declares; throws when it declares none or a nested one (a module bug). */
export function declaredSetting(ctx: StackContext, name: string, key: string): string {
  const setting = ctx.setting(name, key);
  if (!setting || !PLAIN_SETTING.test(setting))
    throw new Error(`${name}.${key} declares ${setting ?? 'no setting'}, not a settings.py name`);
  return setting;
}

/** Writes `SETTING = value` for every listed option of `name` that the user set. */
export function optionSettings(
  ctx: StackContext,
  plan: SettingsPlan,
  name: string,
  section: SectionId,
  keys: readonly string[],
): void {
  for (const key of keys) {
    const setting = declaredSetting(ctx, name, key);
    const value = ctx.explicit(name, key);
    if (value !== undefined) plan.set(section, setting, value);
  }
}
