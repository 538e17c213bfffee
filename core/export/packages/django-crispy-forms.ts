import type { PackageModule } from './module';
import { declaredSetting, optionSettings } from './option-settings';

/** django-crispy-forms: 1.x bundles Bootstrap 4 templates; 2.x needs a template pack package. */
export const djangoCrispyForms: PackageModule = {
  name: 'django-crispy-forms',
  settings(ctx, plan) {
    optionSettings(ctx, plan, 'django-crispy-forms', 'packages', ['crispyFailSilently']);
    if (ctx.is('django-crispy-forms', '>=2.0')) {
      plan.addApp({
        value: 'crispy_bootstrap5',
        package: 'django-crispy-forms',
        weight: 501,
        why: 'crispy-forms 2: the Bootstrap 5 template pack',
      });
      // crispy-bootstrap5's README writes the allowed packs as one string; its node may change it.
      plan.set(
        'packages',
        'CRISPY_ALLOWED_TEMPLATE_PACKS',
        ctx.has('crispy-bootstrap5')
          ? ctx.text('crispy-bootstrap5', 'crispyAllowedTemplatePacks', 'bootstrap5')
          : 'bootstrap5',
      );
    }
    // 2.x has no default pack (the setting must be set); 1.x bundles Bootstrap 4's templates.
    const pack = ctx.explicit('django-crispy-forms', 'crispyTemplatePack');
    plan.set(
      'packages',
      declaredSetting(ctx, 'django-crispy-forms', 'crispyTemplatePack'),
      typeof pack === 'string' ? pack : ctx.is('django-crispy-forms', '>=2.0') ? 'bootstrap5' : 'bootstrap4',
    );
  },
  companions(ctx) {
    return ctx.is('django-crispy-forms', '>=2.0')
      ? [{ name: 'crispy-bootstrap5', specifier: '', why: 'the template pack crispy-forms 2 renders with' }]
      : [];
  },
};
