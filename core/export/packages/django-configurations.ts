import { pyString } from '../python/literal';
import type { PackageModule } from './module';
import { renderConfigurationsSettings } from './django-configurations-settings';

/**
 * django-configurations: settings.py becomes Configuration classes (Dev, Prod), chosen by
 * DJANGO_CONFIGURATION. Its importers must run before Django loads the settings class, so the
 * entry points load Django through the package's own management, wsgi and asgi modules.
 */
export const djangoConfigurations: PackageModule = {
  name: 'django-configurations',
  entryPoints: {
    settingsEnv: (ctx, indent) => [
      `${indent}os.environ.setdefault('DJANGO_CONFIGURATION', ${pyString(ctx.text('django-configurations', 'configuration', 'Dev'))})`,
    ],
    loaderModule: 'configurations',
    celerySetup: ['import configurations  # noqa: E402', '', 'configurations.setup()'],
  },
  environment(ctx, plan) {
    // The settings class, not DJANGO_DEBUG, decides DEBUG with django-configurations.
    const debug = plan.env.vars.findIndex((v) => v.name === 'DJANGO_DEBUG');
    if (debug >= 0)
      plan.env.vars.splice(debug, 1, {
        name: 'DJANGO_CONFIGURATION',
        local: ctx.text('django-configurations', 'configuration', 'Dev'),
        description: 'The settings class: Dev locally, Prod in production.',
      });
  },
  renderSettings: renderConfigurationsSettings,
};
