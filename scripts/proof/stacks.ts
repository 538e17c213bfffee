/**
 * The stacks the proof matrix exports in every environment. Together they name every catalog
 * package that a Debian suite packages (debian-packages.json; the matrix asserts it for its
 * suite), plus a few old ones that no suite has; in an environment, a stack keeps the packages
 * that environment has installed (a suite without a package proves the rest of the stack).
 * Packages that Conflict in Debian (django-fsm / django-fsm-2, django-q / django-q2) are in
 * different stacks.
 */
export interface ProofStack {
  name: string;
  packages: string[];
  /** Services to place besides those a required input needs. */
  services?: string[];
}

export const PROOF_STACKS: ProofStack[] = [
  { name: 'django alone', packages: [] },
  {
    name: 'REST API with JWT, OpenAPI docs, filters and CORS on gunicorn',
    packages: [
      'djangorestframework',
      'djangorestframework-simplejwt',
      'drf-spectacular',
      'django-filter',
      'django-cors-headers',
      'gunicorn',
    ],
  },
  {
    name: 'accounts with allauth, object permissions, lockout and two-factor',
    packages: ['django-allauth', 'django-guardian', 'django-axes', 'django-otp'],
  },
  {
    name: 'Celery with a Redis broker, database results and beat',
    packages: ['celery', 'django-celery-results', 'django-celery-beat', 'redis'],
  },
  { name: 'Redis cache with ORM caching', packages: ['django-redis', 'django-cachalot', 'redis'] },
  {
    name: 'static files, websockets and object storage on uvicorn',
    packages: ['whitenoise', 'channels', 'channels-redis', 'daphne', 'django-storages', 'uvicorn'],
  },
  {
    name: 'models, history, state machines and admin tools',
    packages: [
      'django-simple-history',
      'django-fsm-2',
      'django-reversion',
      'django-taggit',
      'django-mptt',
      'django-treebeard',
      'django-polymorphic',
      'django-import-export',
      'django-model-utils',
      'django-auditlog',
    ],
  },
  {
    name: 'forms, live settings and configuration from the environment',
    packages: ['django-crispy-forms', 'crispy-bootstrap5', 'django-constance', 'django-environ', 'dj-database-url'],
    services: ['redis-server'],
  },
  {
    name: 'monitoring, security headers and development tools',
    packages: [
      'sentry-sdk',
      'django-prometheus',
      'django-health-check',
      'django-debug-toolbar',
      'django-extensions',
      'django-csp',
    ],
  },
  {
    name: 'API with OAuth2, Swagger, job queues and Postgres drivers',
    packages: [
      'djangorestframework',
      'django-oauth-toolkit',
      'drf-yasg',
      'django-rq',
      'django-cacheops',
      'redis',
      'psycopg2',
      'psycopg',
      'mysqlclient',
    ],
  },
  {
    name: 'task queues: django-q2 and Dramatiq',
    packages: ['django-q2', 'dramatiq', 'django-dramatiq', 'gunicorn'],
  },
  {
    name: 'older packages: django-fsm, django-q, knox, REST auth, class-based settings',
    packages: [
      'djangorestframework',
      'django-fsm',
      'django-q',
      'django-rest-knox',
      'dj-rest-auth',
      'django-configurations',
      'djangorestframework-jwt',
      'django-rest-swagger',
      'django-celery',
      'psycopg2-binary',
    ],
  },
  { name: 'Wagtail CMS', packages: ['wagtail'] },
  {
    name: 'server-rendered pages: htmx, tables, form wizards, widgets and Select2',
    packages: [
      'django-htmx',
      'django-tables2',
      'django-formtools',
      'django-widget-tweaks',
      'django-select2',
      'django-js-asset',
      'django-redis',
      'redis',
    ],
  },
  {
    // django-imagekit schedules its RQ job at import whenever django_rq is importable, which needs
    // RQ_QUEUES: in an environment that has django-rq, imagekit is proven beside it.
    name: 'assets on gunicorn: compressor, Sass, image thumbnails rendered by RQ workers, file cleanup',
    packages: [
      'django-compressor',
      'django-libsass',
      'django-appconf',
      'django-imagekit',
      'django-rq',
      'redis',
      'django-cleanup',
      'gunicorn',
    ],
  },
  {
    name: 'model fields: countries, phone numbers, money, time zones, pickles, translations',
    packages: [
      'django-countries',
      'django-phonenumber-field',
      'django-money',
      'django-timezone-field',
      'django-picklefield',
      'django-dirtyfields',
      'django-cte',
      'django-modeltranslation',
      'django-modelcluster',
      'django-taggit',
    ],
  },
  {
    name: 'admin and feature flags: object actions, JSON widget, waffle, LDAP login',
    packages: ['django-object-actions', 'django-json-widget', 'django-waffle', 'django-auth-ldap'],
  },
  {
    name: 'APIs with django-ninja and DRF API keys, rate limits and structured logs',
    packages: [
      'django-ninja',
      'djangorestframework',
      'djangorestframework-api-key',
      'django-ratelimit',
      'django-structlog',
      'django-ipware',
      'django-redis',
      'redis',
    ],
  },
  {
    name: 'typed code, database tasks, mail, Postgres triggers and migration tests',
    packages: [
      'django-tasks',
      'django-stubs',
      'django-stubs-ext',
      'django-test-migrations',
      'django-anymail',
      'django-pgtrigger',
      'psycopg',
    ],
  },
];
