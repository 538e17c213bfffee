import { optionSettings } from './option-settings';
import type { PackageModule } from './module';

/** django-auditlog: its middleware (from the catalog) records the acting user; options map to AUDITLOG_*. */
export const djangoAuditlog: PackageModule = {
  name: 'django-auditlog',
  settings(ctx, plan) {
    optionSettings(ctx, plan, 'django-auditlog', 'packages', {
      auditlogIncludeAllModels: 'AUDITLOG_INCLUDE_ALL_MODELS',
      auditlogDisableOnRawSave: 'AUDITLOG_DISABLE_ON_RAW_SAVE',
      auditlogDisableRemoteAddr: 'AUDITLOG_DISABLE_REMOTE_ADDR',
      auditlogCidHeader: 'AUDITLOG_CID_HEADER',
      auditlogChangeDisplayTruncateLength: 'AUDITLOG_CHANGE_DISPLAY_TRUNCATE_LENGTH',
      auditlogStoreJsonChanges: 'AUDITLOG_STORE_JSON_CHANGES',
    });
  },
};
