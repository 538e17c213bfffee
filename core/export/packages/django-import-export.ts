import { optionSettings } from './option-settings';
import type { PackageModule } from './module';

/** django-import-export: options map to IMPORT_EXPORT_*. */
export const djangoImportExport: PackageModule = {
  name: 'django-import-export',
  settings(ctx, plan) {
    optionSettings(ctx, plan, 'django-import-export', 'packages', [
      'importExportUseTransactions',
      'importExportSkipAdminLog',
      'importExportChunkSize',
      'importExportImportPermissionCode',
      'importExportExportPermissionCode',
      'importExportEscapeFormulaeOnExport',
    ]);
  },
};
