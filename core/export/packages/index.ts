/** Every package module, by package name. Packages without a module need only catalog data. */
import { celery } from './celery';
import { channels } from './channels';
import { daphne } from './daphne';
import { django } from './django';
import { djRestAuth } from './dj-rest-auth';
import { djangoAllauth } from './django-allauth';
import { djangoAllowCidr } from './django-allow-cidr';
import { djangoAnymail } from './django-anymail';
import { djangoAuthLdap } from './django-auth-ldap';
import { djangoAutocompleteLight } from './django-autocomplete-light';
import { djangoQuerycount } from './django-querycount';
import { djangoRecaptcha } from './django-recaptcha';
import { djangoScim2 } from './django-scim2';
import { djangoUnfold } from './django-unfold';
import { djangosaml2 } from './djangosaml2';
import { djangoAuditlog } from './django-auditlog';
import { djangoAxes } from './django-axes';
import { djangoCachalot } from './django-cachalot';
import { djangoCacheops } from './django-cacheops';
import { djangoCeleryBeat } from './django-celery-beat';
import { djangoCeleryResults } from './django-celery-results';
import { djangoCompressor } from './django-compressor';
import { djangoConstance } from './django-constance';
import { djangoCorsHeaders } from './django-cors-headers';
import { djangoCrispyForms } from './django-crispy-forms';
import { djangoCsp } from './django-csp';
import { djangoDebugToolbar } from './django-debug-toolbar';
import { djangoDramatiq, dramatiq } from './django-dramatiq';
import { djangoExtensions } from './django-extensions';
import { djangoFilter } from './django-filter';
import { djangoGuardian } from './django-guardian';
import { djangoHealthCheck } from './django-health-check';
import { djangoImportExport } from './django-import-export';
import { djangoJazzmin } from './django-jazzmin';
import { djangoOauthToolkit } from './django-oauth-toolkit';
import { djangoOtp } from './django-otp';
import { djangoPrometheus } from './django-prometheus';
import { djangoQ2 } from './django-q2';
import { djangoRestKnox } from './django-rest-knox';
import { djangoRedis } from './django-redis';
import { djangoRq } from './django-rq';
import { djangoSimpleHistory } from './django-simple-history';
import { djangoStorages } from './django-storages';
import { djangorestframework } from './djangorestframework';
import { djangorestframeworkCamelCase } from './djangorestframework-camel-case';
import { djangorestframeworkJwt } from './djangorestframework-jwt';
import { djangorestframeworkSimplejwt } from './djangorestframework-simplejwt';
import { drfSpectacular } from './drf-spectacular';
import { drfYasg } from './drf-yasg';
import type { StackContext } from '../context';
import { djangoConfigurations } from './django-configurations';
import { djangoEnviron } from './django-environ';
import { djDatabaseUrl } from './dj-database-url';
import { djangoModeltranslation } from './django-modeltranslation';
import { djangoMptt } from './django-mptt';
import { djangoTaggit } from './django-taggit';
import { gunicorn } from './gunicorn';
import type { PackageModule } from './module';
import { psycopg } from './psycopg';
import { sentrySdk } from './sentry-sdk';
import { uvicorn } from './uvicorn';
import { wagtail } from './wagtail';
import { whitenoise } from './whitenoise';

export const PACKAGE_MODULES: readonly PackageModule[] = [
  celery,
  channels,
  daphne,
  djDatabaseUrl,
  djRestAuth,
  django,
  djangoAllauth,
  djangoAllowCidr,
  djangoAnymail,
  djangoAuthLdap,
  djangoAutocompleteLight,
  djangoAuditlog,
  djangoAxes,
  djangoCachalot,
  djangoCacheops,
  djangoCeleryBeat,
  djangoCeleryResults,
  djangoConfigurations,
  djangoCompressor,
  djangoConstance,
  djangoCorsHeaders,
  djangoCrispyForms,
  djangoCsp,
  djangoDebugToolbar,
  djangoDramatiq,
  djangoEnviron,
  djangoExtensions,
  djangoFilter,
  djangoGuardian,
  djangoHealthCheck,
  djangoImportExport,
  djangoJazzmin,
  djangoModeltranslation,
  djangoMptt,
  djangoOauthToolkit,
  djangoOtp,
  djangoPrometheus,
  djangoQuerycount,
  djangoQ2,
  djangoRecaptcha,
  djangoRestKnox,
  djangoRedis,
  djangoScim2,
  djangoRq,
  djangoSimpleHistory,
  djangoStorages,
  djangoTaggit,
  djangoUnfold,
  djangorestframework,
  djangorestframeworkCamelCase,
  djangosaml2,
  djangorestframeworkJwt,
  djangorestframeworkSimplejwt,
  drfSpectacular,
  drfYasg,
  gunicorn,
  psycopg,
  sentrySdk,
  uvicorn,
  wagtail,
  dramatiq,
  whitenoise,
];

const BY_NAME = new Map(PACKAGE_MODULES.map((module) => [module.name, module]));

/** The modules of the packages on the canvas, in registry order (so that every export lists them alike). */
export function modulesOnCanvas(ctx: StackContext): PackageModule[] {
  return PACKAGE_MODULES.filter((module) => ctx.has(module.name));
}

/** The module of a package, if it has one. */
export function packageModule(name: string): PackageModule | undefined {
  return BY_NAME.get(name);
}
