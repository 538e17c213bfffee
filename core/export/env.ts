/**
 * Values that differ per deployment are read from the environment. How they are read depends on
 * the config package on the canvas: django-environ's `env.*` helpers, or plain `os.environ`
 * (also used inside django-configurations classes, whose `values.*` do not resolve inside
 * nested dicts). Every variable read is recorded for `.env.example`.
 */
import { py, pyLiteral, type PyCode, type PyValue } from './python/literal';

export type EnvStyle = 'environ' | 'plain';

export interface EnvVar {
  name: string;
  /** What a local run uses when the variable is not set (written to .env.example). */
  local: string;
  description: string;
  /** Secrets are left blank in .env.example. */
  secret?: boolean;
  /** The value docker-compose gives the web container, when it differs from `local`. */
  compose?: string;
}

/** Builds the Python expression that reads each variable, and remembers the variables. */
export class EnvReader {
  readonly vars: EnvVar[] = [];

  constructor(readonly style: EnvStyle) {}

  private record(variable: EnvVar): void {
    const existing = this.vars.find((v) => v.name === variable.name);
    if (!existing) this.vars.push(variable);
  }

  /** A string variable with a local default. */
  str(name: string, local: string, description: string, extra: Partial<EnvVar> = {}): PyCode {
    this.record({ name, local, description, ...extra });
    return this.style === 'environ' ? py`env(${name}, default=${local})` : py`os.environ.get(${name}, ${local})`;
  }

  /** A string variable that may be unset (None). */
  optional(name: string, description: string, extra: Partial<EnvVar> = {}): PyCode {
    this.record({ name, local: '', description, ...extra });
    return this.style === 'environ' ? py`env(${name}, default=None)` : py`os.environ.get(${name}) or None`;
  }

  /** A boolean variable ("true", "1", "yes", "on" are true). */
  bool(name: string, local: boolean, description: string): PyCode {
    this.record({ name, local: local ? 'True' : 'False', description });
    if (this.style === 'environ') return py`env.bool(${name}, default=${local})`;
    return py`os.environ.get(${name}, ${local ? 'True' : 'False'}).lower() in ('1', 'true', 'yes', 'on')`;
  }

  /** An integer variable. */
  int(name: string, local: number, description: string): PyCode {
    this.record({ name, local: String(local), description });
    return this.style === 'environ'
      ? py`env.int(${name}, default=${local})`
      : py`int(os.environ.get(${name}, ${String(local)}))`;
  }

  /** A comma-separated list variable. */
  list(name: string, local: readonly string[], description: string): PyCode {
    this.record({ name, local: local.join(','), description });
    if (this.style === 'environ') return py`env.list(${name}, default=${local as PyValue})`;
    const joined = local.join(',');
    return py`[item.strip() for item in os.environ.get(${name}, ${joined}).split(',') if item.strip()]`;
  }
}

/** Renders an expression with a trailing comment, for readability in generated files. */
export function withComment(value: PyValue, comment: string): string {
  return `${pyLiteral(value)}  # ${comment}`;
}
