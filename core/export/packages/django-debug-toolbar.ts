import { py } from '../python/literal';
import type { PackageModule } from './module';

/** Django Debug Toolbar: loaded only while DEBUG is on. */
export const djangoDebugToolbar: PackageModule = {
  name: 'django-debug-toolbar',
  devOnly: true,
  middlewareWeights: {
    'debug_toolbar.middleware.DebugToolbarMiddleware': {
      weight: 120,
      why: 'debug toolbar: as early as possible, after middleware that encodes the response',
    },
  },
  settings(ctx, plan) {
    const ips = ctx
      .text('django-debug-toolbar', 'internal_ips', '127.0.0.1')
      .split(',')
      .map((ip) => ip.trim())
      .filter(Boolean);
    plan.set('development', 'INTERNAL_IPS', ips.length > 0 ? ips : ['127.0.0.1']);
  },
  urls: () => [{ route: '__debug__/', view: py`include('debug_toolbar.urls')`, devOnly: true }],
};
