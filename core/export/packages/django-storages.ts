import type { PackageModule } from './module';

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
    const chosen = ctx.text('django-storages', 'backend', s3);
    const backend = /s3/.test(chosen) ? s3 : chosen;
    plan.mediaStorage = plan.env.str(
      'DJANGO_FILE_STORAGE',
      'django.core.files.storage.FileSystemStorage',
      `Storage class of uploaded files; production: ${backend}.`,
    );
    plan.set(
      'static',
      'AWS_STORAGE_BUCKET_NAME',
      plan.env.optional('AWS_STORAGE_BUCKET_NAME', 'S3 bucket for uploaded files.'),
    );
    plan.set('static', 'AWS_S3_REGION_NAME', plan.env.optional('AWS_S3_REGION_NAME', 'S3 region.'));
  },
  extras(ctx) {
    // The S3 backend needs boto3: django-storages names that extra `boto3`, and `s3` from 1.14 on.
    if (!/s3/.test(ctx.text('django-storages', 'backend', 's3'))) return [];
    return [ctx.is('django-storages', '>=1.14') ? 's3' : 'boto3'];
  },
};
