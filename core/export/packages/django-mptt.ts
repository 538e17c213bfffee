import type { PackageModule } from './module';
import { optionSettings } from './option-settings';

/** django-mptt: its admin and form settings, as the node sets them. */
export const djangoMptt: PackageModule = {
  name: 'django-mptt',
  settings(ctx, plan) {
    optionSettings(ctx, plan, 'django-mptt', 'packages', ['mpttAdminLevelIndent', 'mpttDefaultLevelIndicator']);
  },
};
