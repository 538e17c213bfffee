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
  | 'unknown-option'
  | 'bad-pin'
  | 'undeclared-target'
  | 'end-of-life-target'
  | 'wrong-host'
  | 'duplicate-package';

/**
 * How a node added by a fix is wired: `out` connects the new node's output `port` to the input
 * of the same role on `node`; `in` connects `node`'s output `port` to the new node's input.
 */
export interface NewNodeWire {
  direction: 'out' | 'in';
  node: string;
  port: string;
}

/** A fix is data: `applyFix` in core/check/fixes.ts turns it into a new diagram. */
export type FixAction =
  | {
      kind: 'add-package';
      package: string;
      /** wire the new node's output into this input */
      wireTo?: { node: string; port: string };
      /** every wire of the new node (each passes through checkConnection when applied) */
      wire?: NewNodeWire[];
      /** place the new node near this node */
      near?: string;
    }
  | { kind: 'add-edge'; source: string; sourcePort: string; target: string; targetPort: string }
  | { kind: 'remove-edge'; edge: string }
  | { kind: 'remove-node'; node: string }
  /** merge the copies `nodes` of one package into `into`, keeping their wires */
  | { kind: 'merge-nodes'; into: string; nodes: string[] }
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
  /** The recommended fix, if one exists. */
  fix: Fix | null;
  /** Other fixes the user may prefer (another successor, another target), best first. */
  alternatives?: Fix[];
}

export interface Analysis {
  resolution: Resolution;
  problems: Problem[];
}
