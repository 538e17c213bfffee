/** Problems found in a diagram, and the one-click fixes that some of them offer. */
import type { Resolution } from '../resolve/types';

export type Severity = 'error' | 'warning' | 'info';

/** Stable codes that scripts may rely on (`djstack check --json`); documented in the README. */
export type ProblemCode =
  | 'unsupported-target'
  | 'missing-requirement'
  | 'no-solution'
  | 'unfilled-role'
  | 'duplicate-role'
  | 'bad-edge'
  | 'deprecated'
  | 'unmaintained'
  | 'conflict'
  | 'unknown-package'
  | 'bad-pin';

/** A fix is data: `applyFix` in core/check/fixes.ts turns it into a new diagram. */
export type FixAction =
  | { kind: 'add-package'; package: string; /** wire the new node's output into this input */ wireTo?: { node: string; port: string } }
  | { kind: 'add-edge'; source: string; sourcePort: string; target: string; targetPort: string }
  | { kind: 'remove-edge'; edge: string }
  | { kind: 'replace-package'; node: string; package: string }
  | { kind: 'set-pin'; node: string; pin: string | null }
  | { kind: 'set-target'; django?: string; python?: string };

export interface Fix {
  /** The button text ("Add djangorestframework and wire it"). */
  label: string;
  actions: FixAction[];
}

export interface Problem {
  /** Stable while the problem persists, so the UI can keep selection across edits. */
  key: string;
  severity: Severity;
  code: ProblemCode;
  message: string;
  packages: string[];
  nodes: string[];
  edges: string[];
  fix: Fix | null;
}

export interface Analysis {
  resolution: Resolution;
  problems: Problem[];
}
