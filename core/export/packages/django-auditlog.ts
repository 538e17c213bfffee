import { optionSettings } from './option-settings';
import type { PackageModule } from './module';

/** django-auditlog: its middleware (from the catalog) records the acting user; options map to AUDITLOG_*. */
export const djangoAuditlog: PackageModule = {
  name: 'django-auditlog',
  settings(ctx, plan) {
    optionSettings(ctx, plan, 'django-auditlog', 'packages', [
      'auditlogIncludeAllModels',
      'auditlogDisableOnRawSave',
      'auditlogDisableRemoteAddr',
      'auditlogCidHeader',
      'auditlogChangeDisplayTruncateLength',
      'auditlogStoreJsonChanges',
    ]);
  },
};
