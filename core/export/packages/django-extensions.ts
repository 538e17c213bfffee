import { optionSettings } from './option-settings';
import type { PackageModule } from './module';

/** django-extensions: shell_plus options. */
export const djangoExtensions: PackageModule = {
  name: 'django-extensions',
  settings(ctx, plan) {
    optionSettings(ctx, plan, 'django-extensions', 'development', ['shellPlusPrintSql']);
  },
};
