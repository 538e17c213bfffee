import type { StackContext } from '../context';
import type { PyValue } from '../python/literal';
import type { PackageModule } from './module';

interface Esp {
  /** The module under anymail.backends. */
  backend: string;
  /** The prefix of its ANYMAIL settings (anymail/utils.py: esp_name upper-cased, spaces to "_"). */
  prefix: string;
  /** Settings its backend reads without a default: [name, is it a secret]. */
  required: readonly (readonly [string, boolean])[];
}

/**
 * Each ESP by the extra that installs it (pyproject.toml at v15.1), with the settings its backend
 * requires (anymail/backends/<esp>.py at v15.1: get_anymail_setting without a default).
 */
const ESPS: Partial<Record<string, Esp>> = {
  'amazon-ses': { backend: 'amazon_ses', prefix: 'AMAZON_SES', required: [] },
  brevo: { backend: 'brevo', prefix: 'BREVO', required: [['API_KEY', true]] },
  mailersend: { backend: 'mailersend', prefix: 'MAILERSEND', required: [['API_TOKEN', true]] },
  mailgun: { backend: 'mailgun', prefix: 'MAILGUN', required: [['API_KEY', true]] },
  mailjet: {
    backend: 'mailjet',
    prefix: 'MAILJET',
    required: [
      ['API_KEY', true],
      ['SECRET_KEY', true],
    ],
  },
  mailtrap: { backend: 'mailtrap', prefix: 'MAILTRAP', required: [['API_TOKEN', true]] },
  mandrill: { backend: 'mandrill', prefix: 'MANDRILL', required: [['API_KEY', true]] },
  postal: {
    backend: 'postal',
    prefix: 'POSTAL',
    required: [
      ['API_KEY', true],
      ['API_URL', false],
    ],
  },
  postmark: { backend: 'postmark', prefix: 'POSTMARK', required: [['SERVER_TOKEN', true]] },
  resend: { backend: 'resend', prefix: 'RESEND', required: [['API_KEY', true]] },
  scaleway: {
    backend: 'scaleway',
    prefix: 'SCALEWAY',
    required: [
      ['SECRET_KEY', true],
      ['PROJECT_ID', false],
    ],
  },
  sendgrid: { backend: 'sendgrid', prefix: 'SENDGRID', required: [['API_KEY', true]] },
  sendinblue: { backend: 'sendinblue', prefix: 'SENDINBLUE', required: [['API_KEY', true]] },
  sparkpost: { backend: 'sparkpost', prefix: 'SPARKPOST', required: [['API_KEY', true]] },
  'unisender-go': { backend: 'unisender_go', prefix: 'UNISENDER_GO', required: [['API_KEY', true]] },
};

/**
 * Anymail: the e-mail service is the node's `esp` option, or else the ESP extra its imported
 * requirement names (`django-anymail[sendgrid]`). EMAIL_BACKEND is its backend (read from the
 * environment, so that a local run may use Django's console backend), ANYMAIL holds what that
 * backend requires, each from the environment, secrets left blank in .env.example, and the
 * requirement gets the ESP's extra (which installs boto3 for Amazon SES, svix for Resend, ...).
 * With no service chosen nothing is guessed.
 */
export const djangoAnymail: PackageModule = {
  name: 'django-anymail',
  settings(ctx, plan) {
    const esp = ESPS[espOf(ctx)];
    if (!esp) return;
    plan.set(
      'packages',
      'EMAIL_BACKEND',
      plan.env.str(
        'EMAIL_BACKEND',
        `anymail.backends.${esp.backend}.EmailBackend`,
        'How e-mail is sent; django.core.mail.backends.console.EmailBackend prints it instead.',
      ),
    );
    if (esp.required.length === 0) return;
    const anymail: Record<string, PyValue> = {};
    for (const [name, secret] of esp.required) {
      const setting = `${esp.prefix}_${name}`;
      anymail[setting] = plan.env.str(setting, '', `Anymail: ${setting}.`, secret ? { secret: true } : {});
    }
    plan.set('packages', 'ANYMAIL', anymail);
  },
  extras(ctx) {
    const chosen = ctx.text('django-anymail', 'esp', 'none');
    return ESPS[chosen] ? [chosen] : [];
  },
};

/** The chosen ESP's extra name: the option, else the first ESP extra of the imported requirement. */
function espOf(ctx: StackContext): string {
  const chosen = ctx.text('django-anymail', 'esp', 'none');
  if (ESPS[chosen]) return chosen;
  const extras = ctx.nodeOf('django-anymail')?.node.requirement?.extras ?? [];
  return extras.map((extra) => extra.toLowerCase().replace(/[._]+/g, '-')).find((extra) => ESPS[extra]) ?? 'none';
}
