import { PyTuple } from '../python/literal';
import type { PackageModule } from './module';

/** django-csp: a Content-Security-Policy header; its settings changed shape in 4.0. */
export const djangoCsp: PackageModule = {
  name: 'django-csp',
  middlewareWeights: {
    'csp.middleware.CSPMiddleware': { weight: 860, why: "django-csp: anywhere after Django's own middleware" },
  },
  settings(ctx, plan) {
    if (ctx.is('django-csp', '>=4.0')) {
      plan.set('security', 'CONTENT_SECURITY_POLICY', { DIRECTIVES: { 'default-src': ["'self'"] } });
    } else {
      plan.set('security', 'CSP_DEFAULT_SRC', new PyTuple(["'self'"]));
    }
  },
};
