import { optionSettings } from './option-settings';
import type { PackageModule } from './module';

/** django-import-export: options map to IMPORT_EXPORT_*. */
export const djangoImportExport: PackageModule = {
  name: 'django-import-export',
  settings(ctx, plan) {
    optionSettings(ctx, plan, 'django-import-export', 'packages', {
      importExportUseTransactions: 'IMPORT_EXPORT_USE_TRANSACTIONS',
      importExportSkipAdminLog: 'IMPORT_EXPORT_SKIP_ADMIN_LOG',
      importExportChunkSize: 'IMPORT_EXPORT_CHUNK_SIZE',
      importExportImportPermissionCode: 'IMPORT_EXPORT_IMPORT_PERMISSION_CODE',
      importExportExportPermissionCode: 'IMPORT_EXPORT_EXPORT_PERMISSION_CODE',
      importExportEscapeFormulaeOnExport: 'IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT',
    });
  },
};
