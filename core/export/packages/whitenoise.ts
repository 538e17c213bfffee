import type { PackageModule } from './module';

/** WhiteNoise: serves static files from the Django process, compressed and cache-busted. */
export const whitenoise: PackageModule = {
  name: 'whitenoise',
  appWeights: {
    'whitenoise.runserver_nostatic': { weight: 149, why: 'WhiteNoise: immediately above django.contrib.staticfiles' },
  },
  middlewareWeights: {
    'whitenoise.middleware.WhiteNoiseMiddleware': {
      weight: 110,
      why: 'WhiteNoise: directly after SecurityMiddleware, above all other middleware',
    },
  },
  settings(ctx, plan) {
    const backend = ctx.text(
      'whitenoise',
      'staticfilesStorage',
      'whitenoise.storage.CompressedManifestStaticFilesStorage',
    );
    plan.staticStorage = { backend, package: 'whitenoise' };
    if (ctx.integer('whitenoise', 'maxAge', 60) !== 60)
      plan.set('static', 'WHITENOISE_MAX_AGE', ctx.integer('whitenoise', 'maxAge', 60));
    if (ctx.flag('whitenoise', 'useFinders', false)) plan.set('static', 'WHITENOISE_USE_FINDERS', true);
    if (ctx.flag('whitenoise', 'autorefresh', false)) plan.set('static', 'WHITENOISE_AUTOREFRESH', true);
    if (!ctx.flag('whitenoise', 'manifestStrict', true)) plan.set('static', 'WHITENOISE_MANIFEST_STRICT', false);
  },
};
