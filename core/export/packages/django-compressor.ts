import type { PackageModule } from './module';

/** The two finders Django uses when STATICFILES_FINDERS is not set. */
const DJANGO_FINDERS = [
  'django.contrib.staticfiles.finders.FileSystemFinder',
  'django.contrib.staticfiles.finders.AppDirectoriesFinder',
];

/**
 * Django Compressor: its finder next to Django's two, so that what {% compress %} writes to
 * COMPRESS_ROOT (STATIC_ROOT by default) is found and served (docs: quickstart, "add
 * compressor's file finder"); with django-libsass, SCSS is compiled by its precompiler.
 */
export const djangoCompressor: PackageModule = {
  name: 'django-compressor',
  settings(ctx, plan) {
    plan.set('static', 'STATICFILES_FINDERS', [...DJANGO_FINDERS, 'compressor.finders.CompressorFinder']);
    if (ctx.has('django-libsass'))
      plan.set(
        'static',
        'COMPRESS_PRECOMPILERS',
        [['text/x-scss', 'django_libsass.SassCompiler']],
        'django-libsass compiles <style type="text/x-scss"> and .scss files inside {% compress %}',
      );
  },
};
