/**
 * Credentials in requirement URLs (`https://user:token@host/…`, `https://token@host/…`) must
 * never reach a diagram, which users share and commit. pip expands `${VAR}` in requirements
 * files, so replacing the secret with a variable keeps the file installable once the variable is set.
 */

/** A redacted credential: the variable that now stands for it and where it was. */
export interface Redaction {
  variable: string;
  host: string;
}

const USERINFO = /\b([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^\s/@#?]+)@([^\s/:?#]*)/g;
const REFERENCE = /^\$\{[A-Z0-9_]+\}$/;

function variableFor(host: string, kind: 'PASSWORD' | 'TOKEN'): string {
  const stem =
    host
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'INDEX';
  return `${stem}_${kind}`;
}

/**
 * `text` with every URL password (and every user-only token on a non-SSH URL) replaced by a
 * `${HOST_PASSWORD}` / `${HOST_TOKEN}` reference. An SSH user (`git@github.com`) is a login
 * name, not a secret, and stays; `${VAR}` references already there stay.
 */
export function redactCredentials(text: string): { text: string; redactions: Redaction[] } {
  const redactions: Redaction[] = [];
  const redacted = text.replace(USERINFO, (whole, scheme: string, userinfo: string, host: string) => {
    const colon = userinfo.indexOf(':');
    if (colon !== -1) {
      const secret = userinfo.slice(colon + 1);
      if (REFERENCE.test(secret) || secret === '') return whole;
      const variable = variableFor(host, 'PASSWORD');
      redactions.push({ variable, host });
      return `${scheme}://${userinfo.slice(0, colon)}:\${${variable}}@${host}`;
    }
    if (REFERENCE.test(userinfo) || /ssh/i.test(scheme)) return whole;
    const variable = variableFor(host, 'TOKEN');
    redactions.push({ variable, host });
    return `${scheme}://\${${variable}}@${host}`;
  });
  return { text: redacted, redactions };
}
