import { PyCode, py } from '../python/literal';
import type { PackageModule } from './module';

/** Wagtail CMS: its admin, documents and the page tree, which catches every URL left (so it comes last). */
export const wagtail: PackageModule = {
  name: 'wagtail',
  settings(ctx, plan) {
    plan.set('packages', 'WAGTAIL_SITE_NAME', ctx.text('wagtail', 'wagtailSiteName', 'wagtail'));
    // Wagtail 3 renamed BASE_URL to WAGTAILADMIN_BASE_URL.
    const baseUrl = plan.env.str(
      'WAGTAILADMIN_BASE_URL',
      'http://localhost:8000',
      'Base URL of the site, for links in notification e-mails.',
    );
    plan.set('packages', ctx.is('wagtail', '>=3') ? 'WAGTAILADMIN_BASE_URL' : 'BASE_URL', baseUrl);
    plan.set('packages', 'DATA_UPLOAD_MAX_NUMBER_FIELDS', ctx.integer('wagtail', 'dataUploadMaxNumberFields', 10000));
  },
  urls: (ctx) => {
    const core = ctx.is('wagtail', '>=3')
      ? 'from wagtail import urls as wagtail_urls'
      : 'from wagtail.core import urls as wagtail_urls';
    const imports = [
      'from wagtail.admin import urls as wagtailadmin_urls',
      'from wagtail.documents import urls as wagtaildocs_urls',
      core,
    ];
    return [
      { route: 'cms/', view: py`include(wagtailadmin_urls)`, imports, comment: 'the Wagtail admin' },
      { route: 'documents/', view: py`include(wagtaildocs_urls)`, imports },
      {
        route: '',
        view: new PyCode('include(wagtail_urls)'),
        imports,
        last: true,
        comment: 'the page tree: last, it matches every URL',
      },
    ];
  },
};
