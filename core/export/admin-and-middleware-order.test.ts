/**
 * Placement rules of the breadth packages' modules, each as a scenario: apps that must come
 * before django.contrib.admin, middleware with a documented place, settings read from the
 * environment and the URLs a package needs.
 */
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/catalog';
import { importRequirements } from '../import/requirements';
import { exportPreviewFiles } from './project';

const catalog = defaultCatalog();
const zeros = (n: number) => new Uint8Array(n);
const RECENT = { django: '5.2', python: '3.13' };

interface StackOptions {
  /** Keep the requirements file as imported (as `djstack import` does), extras and all. */
  keepFile?: boolean;
  /** Option values set on a package's node, as the inspector sets them. */
  options?: Record<string, Record<string, string>>;
}

/** The exported files of a stack from `name==version` lines, imported as `djstack import` does. */
function filesOf(lines: string[], target = RECENT, stack: StackOptions = {}): Record<string, string> {
  const diagram = importRequirements(lines.join('\n'), catalog, {
    ...target,
    services: [],
    keepFile: stack.keepFile ?? false,
  }).diagram;
  diagram.nodes = diagram.nodes.map((node) => {
    const options = stack.options?.[node.package];
    return options ? { ...node, options: { ...node.options, ...options } } : node;
  });
  return Object.fromEntries(
    exportPreviewFiles(diagram, catalog, { projectName: 'shop', random: zeros }).map((f) => [f.path, f.content]),
  );
}

const settingsOf = (lines: string[], target = RECENT) => filesOf(lines, target)['shop/settings.py']!;

/** The entries of a list setting, in order (the first quoted string of each line). */
function listOf(settings: string, name: string): string[] {
  const block = new RegExp(`^${name} = \\[\\n([\\s\\S]*?)\\n\\]`, 'm').exec(settings)![1]!;
  return block.split('\n').map((line) => /'([^']+)'/.exec(line)![1]!);
}

describe('apps that must come before django.contrib.admin', () => {
  it('unfold comes before django.contrib.admin', () => {
    const apps = listOf(settingsOf(['django==5.2.8', 'django-unfold==0.104.1']), 'INSTALLED_APPS');
    expect(apps.indexOf('unfold')).toBeGreaterThanOrEqual(0);
    expect(apps.indexOf('unfold')).toBeLessThan(apps.indexOf('django.contrib.admin'));
  });

  it('django-autocomplete-light 5 installs dal and dal_alight before the admin; 3.x dal_select2 instead', () => {
    const five = listOf(settingsOf(['django==5.2.8', 'django-autocomplete-light==5.0.0']), 'INSTALLED_APPS');
    const admin = five.indexOf('django.contrib.admin');
    expect(five.indexOf('dal')).toBeLessThan(admin);
    expect(five.indexOf('dal_alight')).toBeLessThan(admin);
    expect(five).not.toContain('dal_select2');
    const three = listOf(
      settingsOf(['django==4.2.28', 'django-autocomplete-light==3.11.0'], { django: '4.2', python: '3.11' }),
      'INSTALLED_APPS',
    );
    expect(three.indexOf('dal_select2')).toBeLessThan(three.indexOf('django.contrib.admin'));
    expect(three).not.toContain('dal_alight');
  });

  it("django-recaptcha's app is django_recaptcha from 4.0 and captcha before", () => {
    expect(listOf(settingsOf(['django==5.2.8', 'django-recaptcha==4.1.0']), 'INSTALLED_APPS')).toContain(
      'django_recaptcha',
    );
    const old = listOf(
      settingsOf(['django==3.2.25', 'django-recaptcha==3.0.0'], { django: '3.2', python: '3.10' }),
      'INSTALLED_APPS',
    );
    expect(old).toContain('captcha');
    expect(old).not.toContain('django_recaptcha');
  });
});

describe('middleware with a documented place', () => {
  it('AllowCIDRMiddleware is first, and ALLOWED_CIDR_NETS is read from the environment with the node value', () => {
    const out = filesOf(['django==5.2.8', 'django-allow-cidr==0.8.0'], RECENT, {
      options: { 'django-allow-cidr': { allowedCidrNets: '10.0.0.0/8, 192.168.1.0/24' } },
    });
    const settings = out['shop/settings.py']!;
    expect(listOf(settings, 'MIDDLEWARE')[0]).toBe('allow_cidr.middleware.AllowCIDRMiddleware');
    expect(settings).toMatch(/^ALLOWED_CIDR_NETS = .*ALLOWED_CIDR_NETS.*10\.0\.0\.0\/8,192\.168\.1\.0\/24/m);
    expect(out['.env.example']).toContain('ALLOWED_CIDR_NETS=10.0.0.0/8,192.168.1.0/24');
  });

  it('the SCIM auth check runs after AuthenticationMiddleware, and scim/v2/ is routed to django_scim.urls', () => {
    const out = filesOf(['django==5.2.8', 'django-scim2==0.23.0']);
    const middleware = listOf(out['shop/settings.py']!, 'MIDDLEWARE');
    expect(middleware.indexOf('django_scim.middleware.SCIMAuthCheckMiddleware')).toBeGreaterThan(
      middleware.indexOf('django.contrib.auth.middleware.AuthenticationMiddleware'),
    );
    expect(out['shop/urls.py']).toContain("path('scim/v2/', include('django_scim.urls')),");
  });

  it('querycount only runs while DEBUG is on', () => {
    const settings = settingsOf(['django==5.2.8', 'django-querycount==0.8.3']);
    expect(settings).toContain("*(['querycount.middleware.QueryCountMiddleware'] if DEBUG else []),");
  });

  it("htmlmin's two middleware keep the README's order: HtmlMinifyMiddleware, then MarkRequestMiddleware", () => {
    const middleware = listOf(
      settingsOf(['django==3.2.25', 'django-htmlmin==0.11.0'], { django: '3.2', python: '3.10' }),
      'MIDDLEWARE',
    );
    expect(middleware.indexOf('htmlmin.middleware.HtmlMinifyMiddleware')).toBe(
      middleware.indexOf('htmlmin.middleware.MarkRequestMiddleware') - 1,
    );
  });
});

describe('settings a package needs', () => {
  it("djangosaml2 adds its backend after Django's ModelBackend and its session middleware", () => {
    const settings = settingsOf(['django==5.2.8', 'djangosaml2==1.11.1']);
    expect(listOf(settings, 'AUTHENTICATION_BACKENDS')).toEqual([
      'django.contrib.auth.backends.ModelBackend',
      'djangosaml2.backends.Saml2Backend',
    ]);
    expect(listOf(settings, 'MIDDLEWARE')).toContain('djangosaml2.middleware.SamlSessionMiddleware');
  });

  it('reCAPTCHA keys come from the environment, the private one blank in .env.example', () => {
    const out = filesOf(['django==5.2.8', 'django-recaptcha==4.1.0']);
    expect(out['shop/settings.py']).toMatch(/^RECAPTCHA_PUBLIC_KEY = .*'RECAPTCHA_PUBLIC_KEY'/m);
    expect(out['shop/settings.py']).toMatch(/^RECAPTCHA_PRIVATE_KEY = .*'RECAPTCHA_PRIVATE_KEY'/m);
    expect(out['.env.example']).toMatch(/^RECAPTCHA_PRIVATE_KEY=$/m);
  });
});

describe('REST framework add-ons', () => {
  it("camel-case replaces DRF's renderers and parsers and leaves its optional middleware out", () => {
    const settings = settingsOf(
      ['django==4.2.28', 'djangorestframework==3.16.0', 'djangorestframework-camel-case==1.4.2'],
      { django: '4.2', python: '3.11' },
    );
    expect(settings).toMatch(
      /'DEFAULT_RENDERER_CLASSES': \[\s*'djangorestframework_camel_case\.render\.CamelCaseJSONRenderer',\s*'djangorestframework_camel_case\.render\.CamelCaseBrowsableAPIRenderer',\s*\]/,
    );
    expect(settings).toContain("'djangorestframework_camel_case.parser.CamelCaseJSONParser'");
    expect(settings).not.toContain('CamelCaseMiddleWare');
  });
});

describe('assets and directory logins', () => {
  it("django-compressor adds its finder after Django's two; with django-libsass, SCSS goes through its compiler", () => {
    const alone = settingsOf(['django==5.2.8', 'django-compressor==4.6.0']);
    expect(listOf(alone, 'INSTALLED_APPS')).toContain('compressor');
    expect(listOf(alone, 'STATICFILES_FINDERS')).toEqual([
      'django.contrib.staticfiles.finders.FileSystemFinder',
      'django.contrib.staticfiles.finders.AppDirectoriesFinder',
      'compressor.finders.CompressorFinder',
    ]);
    expect(alone).not.toContain('COMPRESS_PRECOMPILERS');
    const sass = settingsOf(['django==5.2.8', 'django-compressor==4.6.0', 'django-libsass==0.9']);
    expect(sass).toMatch(
      /^COMPRESS_PRECOMPILERS = \[\s*\[\s*'text\/x-scss',\s*'django_libsass\.SassCompiler',?\s*\],?\s*\]/m,
    );
  });

  it('django-auth-ldap puts its backend before Django’s and reads the directory from the environment', () => {
    const files = filesOf(['django==5.2.8', 'django-auth-ldap==5.4.0']);
    const settings = files['shop/settings.py']!;
    expect(listOf(settings, 'AUTHENTICATION_BACKENDS')).toEqual([
      'django_auth_ldap.backend.LDAPBackend',
      'django.contrib.auth.backends.ModelBackend',
    ]);
    for (const name of [
      'AUTH_LDAP_SERVER_URI',
      'AUTH_LDAP_BIND_DN',
      'AUTH_LDAP_BIND_PASSWORD',
      'AUTH_LDAP_USER_DN_TEMPLATE',
    ])
      expect(settings).toMatch(new RegExp(`^${name} = os\\.environ\\.get\\('${name}'`, 'm'));
    const example = files['.env.example']!;
    expect(example).toMatch(/^AUTH_LDAP_BIND_PASSWORD=$/m);
    expect(example).toContain('uid=%(user)s,ou=users,dc=example,dc=com');
  });
});

describe('e-mail through Anymail', () => {
  it('the ESP named by the extra gives EMAIL_BACKEND and the settings its backend requires, from the environment', () => {
    const files = filesOf(['django==5.2.8', 'django-anymail[mailjet]==13.0'], RECENT, { keepFile: true });
    const settings = files['shop/settings.py']!;
    expect(settings).toMatch(
      /^EMAIL_BACKEND = os\.environ\.get\('EMAIL_BACKEND', 'anymail\.backends\.mailjet\.EmailBackend'\)/m,
    );
    expect(settings).toMatch(/'MAILJET_API_KEY': os\.environ\.get\('MAILJET_API_KEY', ''\)/);
    expect(settings).toMatch(/'MAILJET_SECRET_KEY': os\.environ\.get\('MAILJET_SECRET_KEY', ''\)/);
    expect(files['.env.example']).toMatch(/^MAILJET_SECRET_KEY=$/m);
    expect(files['requirements.txt']).toMatch(/^django-anymail\[mailjet\]==13\.0$/m);
  });

  it('Amazon SES needs no key of its own (boto3 reads AWS credentials); no ESP extra, nothing is guessed', () => {
    const ses = filesOf(['django==5.2.8', 'django-anymail[amazon-ses]==13.0'], RECENT, { keepFile: true })[
      'shop/settings.py'
    ]!;
    expect(ses).toContain("'anymail.backends.amazon_ses.EmailBackend'");
    expect(ses).not.toContain('ANYMAIL =');
    const bare = settingsOf(['django==5.2.8', 'django-anymail==13.0']);
    expect(bare).not.toContain('EMAIL_BACKEND');
    expect(listOf(bare, 'INSTALLED_APPS')).toContain('anymail');
  });

  it('the ESP chosen in the inspector adds its extra to the requirement line', () => {
    const files = filesOf(['django==5.2.8', 'django-anymail==13.0'], RECENT, {
      options: { 'django-anymail': { esp: 'postmark' } },
    });
    expect(files['requirements.txt']).toMatch(/^django-anymail\[postmark\]==13\.0$/m);
    expect(files['shop/settings.py']).toMatch(
      /'POSTMARK_SERVER_TOKEN': os\.environ\.get\('POSTMARK_SERVER_TOKEN', ''\)/,
    );
  });
});
