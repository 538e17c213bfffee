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
  settings(_ctx, plan) {
    plan.staticStorage = { backend: 'whitenoise.storage.CompressedManifestStaticFilesStorage', package: 'whitenoise' };
  },
};
