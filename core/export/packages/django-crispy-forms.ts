import type { PackageModule } from './module';
import { optionSettings } from './option-settings';

/** django-crispy-forms: 1.x bundles Bootstrap 4 templates; 2.x needs a template pack package. */
export const djangoCrispyForms: PackageModule = {
  name: 'django-crispy-forms',
  settings(ctx, plan) {
    optionSettings(ctx, plan, 'django-crispy-forms', 'packages', { crispyFailSilently: 'CRISPY_FAIL_SILENTLY' });
    if (ctx.is('django-crispy-forms', '>=2.0')) {
      plan.addApp({
        value: 'crispy_bootstrap5',
        package: 'django-crispy-forms',
        weight: 501,
        why: 'crispy-forms 2: the Bootstrap 5 template pack',
      });
      plan.set('packages', 'CRISPY_ALLOWED_TEMPLATE_PACKS', 'bootstrap5');
      plan.set('packages', 'CRISPY_TEMPLATE_PACK', 'bootstrap5');
    } else {
      plan.set('packages', 'CRISPY_TEMPLATE_PACK', 'bootstrap4');
    }
  },
  companions(ctx) {
    return ctx.is('django-crispy-forms', '>=2.0')
      ? [{ name: 'crispy-bootstrap5', specifier: '', why: 'the template pack crispy-forms 2 renders with' }]
      : [];
  },
};
