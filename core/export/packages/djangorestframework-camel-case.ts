import type { PackageModule } from './module';

/**
 * djangorestframework-camel-case: REST_FRAMEWORK's renderers and parsers become its camelCase
 * ones (README). Runs after DRF's module, so it also sees DRF's browsable-API choice. Its
 * query-parameter middleware is documented as an extra step: not added by default.
 */
export const djangorestframeworkCamelCase: PackageModule = {
  name: 'djangorestframework-camel-case',
  optional: ['djangorestframework_camel_case.middleware.CamelCaseMiddleWare'],
  settings(ctx, plan) {
    if (!ctx.has('djangorestframework')) return;
    plan.restFramework.DEFAULT_RENDERER_CLASSES = [
      'djangorestframework_camel_case.render.CamelCaseJSONRenderer',
      ...(ctx.flag('djangorestframework', 'browsableApi', true)
        ? ['djangorestframework_camel_case.render.CamelCaseBrowsableAPIRenderer']
        : []),
    ];
    plan.restFramework.DEFAULT_PARSER_CLASSES = [
      'djangorestframework_camel_case.parser.CamelCaseFormParser',
      'djangorestframework_camel_case.parser.CamelCaseMultiPartParser',
      'djangorestframework_camel_case.parser.CamelCaseJSONParser',
    ];
  },
};
