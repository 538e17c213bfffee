/**
 * Poetry's version constraints as PEP 440 specifiers, exactly as Poetry's documentation defines
 * them: `^1.2.3` → `>=1.2.3,<2.0.0`, `^0.2.3` → `>=0.2.3,<0.3.0`, `^0.0.3` → `>=0.0.3,<0.0.4`,
 * `~1.2` → `>=1.2,<1.3.0`, `~1` → `>=1,<2.0.0`, `1.2.*` and `*` as written, a bare version as
 * `==`, and comma-separated clauses converted one by one. `||` (a union) has no PEP 440 form.
 */

/** The PEP 440 specifier for a Poetry constraint, or an error naming what cannot be converted. */
export function poetryToPep440(constraint: string): { specifier: string } | { error: string } {
  const text = constraint.trim();
  if (text === '' || text === '*') return { specifier: '' };
  if (text.includes('||')) return { error: `"${constraint}" is a union (||), which a PEP 440 specifier cannot say` };
  const clauses: string[] = [];
  for (const raw of text.split(',')) {
    for (const part of raw.trim().split(/\s+(?=[<>=!~^])/)) {
      const converted = clause(part.trim());
      if (converted === null) return { error: `"${constraint}" is not a Poetry version constraint` };
      if (converted) clauses.push(converted);
    }
  }
  return { specifier: clauses.join(',') };
}

const VERSION = /^\d+(\.\d+)*([a-z0-9.+-]*)$/i;

function clause(part: string): string | null {
  if (part === '*' || part === '') return '';
  const caret = /^\^\s*(.+)$/.exec(part);
  if (caret) return bounded(caret[1]!, caretUpper);
  const tilde = /^~(?!=)\s*(.+)$/.exec(part);
  if (tilde) return bounded(tilde[1]!, tildeUpper);
  const op = /^(===|==|!=|~=|<=|>=|<|>)\s*(.+)$/.exec(part);
  if (op) return VERSION.test(op[2]!) || /^\d+(\.\d+)*\.\*$/.test(op[2]!) ? `${op[1]}${op[2]}` : null;
  if (/^\d+(\.\d+)*\.\*$/.test(part)) return `==${part}`;
  return VERSION.test(part) ? `==${part}` : null;
}

function release(version: string): number[] | null {
  const match = /^(\d+(?:\.\d+)*)/.exec(version);
  return match && VERSION.test(version) ? match[1]!.split('.').map(Number) : null;
}

function bounded(version: string, upper: (parts: number[]) => number[]): string | null {
  const parts = release(version);
  if (!parts) return null;
  return `>=${version},<${upper(parts).join('.')}`;
}

/** ^: the first non-zero release number may not change (all zeros: the last given one). */
function caretUpper(parts: number[]): number[] {
  const width = Math.max(parts.length, 3);
  const padded = [...parts, ...Array<number>(width - parts.length).fill(0)];
  let index = parts.findIndex((p) => p !== 0);
  if (index === -1) index = Math.max(parts.length - 1, 0);
  return padded.map((p, i) => (i < index ? p : i === index ? p + 1 : 0));
}

/** ~: the minor may not change when given (~1.2, ~1.2.3), else the major (~1). */
function tildeUpper(parts: number[]): number[] {
  const index = parts.length >= 2 ? 1 : 0;
  const width = Math.max(parts.length, 3);
  const padded = [...parts, ...Array<number>(width - parts.length).fill(0)];
  return padded.map((p, i) => (i < index ? p : i === index ? p + 1 : 0));
}
