import type { PackageModule } from './module';

/**
 * django-allow-cidr: host headers in CIDR ranges. The README puts its middleware first; without
 * ALLOWED_CIDR_NETS it raises MiddlewareNotUsed, so the networks are read from the environment.
 */
export const djangoAllowCidr: PackageModule = {
  name: 'django-allow-cidr',
  middlewareWeights: {
    'allow_cidr.middleware.AllowCIDRMiddleware': {
      weight: 10,
      why: 'allow-cidr: first, before any middleware reads the host',
    },
  },
  settings(ctx, plan) {
    const nets = ctx.textList('django-allow-cidr', 'allowedCidrNets', '');
    plan.set(
      'security',
      'ALLOWED_CIDR_NETS',
      plan.env.list('ALLOWED_CIDR_NETS', nets, 'Networks (CIDR, comma-separated) whose addresses are allowed hosts.'),
    );
  },
};
