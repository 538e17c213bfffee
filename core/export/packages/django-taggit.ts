import type { PackageModule } from './module';
import { optionSettings } from './option-settings';

/** django-taggit: how tags compare and slugify, as the node sets them. */
export const djangoTaggit: PackageModule = {
  name: 'django-taggit',
  settings(ctx, plan) {
    optionSettings(ctx, plan, 'django-taggit', 'packages', [
      'taggitCaseInsensitive',
      'taggitStripUnicodeWhenSlugifying',
    ]);
  },
};
