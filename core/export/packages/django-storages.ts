import type { PackageModule } from './module';

/**
 * django-storages: media files in object storage. Local runs keep the file system; production
 * names the storage class in DJANGO_FILE_STORAGE (e.g. storages.backends.s3boto3.S3Boto3Storage).
 */
export const djangoStorages: PackageModule = {
  name: 'django-storages',
  settings(_ctx, plan) {
    plan.mediaStorage = plan.env.str(
      'DJANGO_FILE_STORAGE',
      'django.core.files.storage.FileSystemStorage',
      'Storage class of uploaded files; storages.backends.s3boto3.S3Boto3Storage keeps them in S3.',
    );
    plan.set('static', 'AWS_STORAGE_BUCKET_NAME', plan.env.optional('AWS_STORAGE_BUCKET_NAME', 'S3 bucket for uploaded files.'));
    plan.set('static', 'AWS_S3_REGION_NAME', plan.env.optional('AWS_S3_REGION_NAME', 'S3 region.'));
  },
  extras(ctx) {
    // The S3 backend needs boto3: django-storages names that extra `boto3`, and `s3` from 1.14 on.
    if (ctx.text('django-storages', 'backend', 's3') !== 's3') return [];
    return [ctx.is('django-storages', '>=1.14') ? 's3' : 'boto3'];
  },
};
