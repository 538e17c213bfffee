import type { PackageModule } from './module';
import { declaredSetting, optionSettings } from './option-settings';

/** The storage class of each backend the option offers (S3's name depends on the version). */
const BACKENDS: Record<string, string> = {
  azure: 'storages.backends.azure_storage.AzureStorage',
  google: 'storages.backends.gcloud.GoogleCloudStorage',
  dropbox: 'storages.backends.dropbox.DropboxStorage',
  ftp: 'storages.backends.ftp.FTPStorage',
  sftp: 'storages.backends.sftpstorage.SFTPStorage',
  libcloud: 'storages.backends.apache_libcloud.LibCloudStorage',
};

/**
 * django-storages: media files in object storage. Local runs keep the file system; production
 * names the storage class in DJANGO_FILE_STORAGE (e.g. storages.backends.s3boto3.S3Boto3Storage).
 */
export const djangoStorages: PackageModule = {
  name: 'django-storages',
  settings(ctx, plan) {
    // storages.backends.s3.S3Storage is 1.14's name; 1.13 and earlier call it s3boto3.S3Boto3Storage.
    const s3 = ctx.is('django-storages', '>=1.14')
      ? 'storages.backends.s3.S3Storage'
      : 'storages.backends.s3boto3.S3Boto3Storage';
    const chosen = ctx.text('django-storages', 'backend', 's3');
    const backend = chosen === 's3' ? s3 : (BACKENDS[chosen] ?? s3);
    plan.mediaStorage = plan.env.str(
      'DJANGO_FILE_STORAGE',
      'django.core.files.storage.FileSystemStorage',
      `Storage class of uploaded files; production: ${backend}.`,
    );
    // The bucket and region come from the environment; a value on the node is the local one.
    const fromEnv = (key: string, description: string) => {
      const setting = declaredSetting(ctx, 'django-storages', key);
      const value = ctx.explicit('django-storages', key);
      plan.set(
        'static',
        setting,
        typeof value === 'string' ? plan.env.str(setting, value, description) : plan.env.optional(setting, description),
      );
    };
    fromEnv('awsStorageBucketName', 'S3 bucket for uploaded files.');
    fromEnv('awsS3RegionName', 'S3 region.');
    optionSettings(ctx, plan, 'django-storages', 'static', ['awsQuerystringAuth', 'awsS3FileOverwrite']);
  },
  extras(ctx) {
    // The S3 backend needs boto3: django-storages names that extra `boto3`, and `s3` from 1.14 on.
    // The other backends' extras (azure, google, …) are not added yet: the resolver has no records of their libraries.
    if (ctx.text('django-storages', 'backend', 's3') !== 's3') return [];
    return [ctx.is('django-storages', '>=1.14') ? 's3' : 'boto3'];
  },
};
