import { py, type PyValue } from '../python/literal';
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
    const ips = ctx.textList('django-debug-toolbar', 'internalIps', '127.0.0.1');
    plan.set('development', 'INTERNAL_IPS', ips.length > 0 ? ips : ['127.0.0.1']);
    const config: Record<string, PyValue> = {};
    for (const key of ['resultsCacheSize', 'renderPanels']) {
      const value = ctx.explicit('django-debug-toolbar', key);
      const setting = /^DEBUG_TOOLBAR_CONFIG\['(\w+)'\]$/.exec(ctx.setting('django-debug-toolbar', key) ?? '');
      if (value !== undefined && setting) config[setting[1]!] = value;
    }
    if (Object.keys(config).length > 0) plan.set('development', 'DEBUG_TOOLBAR_CONFIG', config);
  },
  urls: () => [{ route: '__debug__/', view: py`include('debug_toolbar.urls')`, devOnly: true }],
};
