import type { PackageModule } from './module';
import { declaredSetting } from './option-settings';

/** django-axes: locks out repeated failed logins; its backend first, its middleware last. */
export const djangoAxes: PackageModule = {
  name: 'django-axes',
  middlewareWeights: {
    'axes.middleware.AxesMiddleware': { weight: 990, why: 'axes: last in MIDDLEWARE, as its docs require' },
  },
  settings(ctx, plan) {
    // AxesStandaloneBackend is the name from 5.x's end on; 5.39 still documents AxesBackend.
    const backend = ctx.is('django-axes', '>=6') ? 'axes.backends.AxesStandaloneBackend' : 'axes.backends.AxesBackend';
    plan.addBackend({
      value: backend,
      package: 'django-axes',
      weight: 0,
      why: 'axes: first in AUTHENTICATION_BACKENDS',
    });
    plan.addBackend({
      value: 'django.contrib.auth.backends.ModelBackend',
      package: 'django',
      weight: 100,
      why: "Django's own login",
    });
    plan.set('security', 'AXES_FAILURE_LIMIT', ctx.integer('django-axes', 'failureLimit', 3));
    if (!ctx.flag('django-axes', 'enabled', true)) plan.set('security', 'AXES_ENABLED', false);
    if (ctx.flag('django-axes', 'resetOnSuccess', false)) plan.set('security', 'AXES_RESET_ON_SUCCESS', true);
    // 0 stands for the package default None: a lockout lasts until it is reset.
    const cooloff = ctx.integer('django-axes', 'cooloffTime', 0);
    if (cooloff > 0) plan.set('security', declaredSetting(ctx, 'django-axes', 'cooloffTime'), cooloff, 'hours');
    // AXES_LOCKOUT_PARAMETERS arrived in 6.0; "a+b" locks out the combination of a and b.
    const lockout = ctx.explicit('django-axes', 'lockoutParameters');
    if (typeof lockout === 'string' && ctx.is('django-axes', '>=6')) {
      const parts = lockout.split('+');
      plan.set(
        'security',
        declaredSetting(ctx, 'django-axes', 'lockoutParameters'),
        parts.length === 1 ? parts : [parts],
      );
    }
  },
};
