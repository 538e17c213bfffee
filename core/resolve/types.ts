import type { SupportLevel } from './levels';

/** How well a resolved package's chosen release fits the target (see core/resolve/levels). */
export interface PackageLevel {
  level: SupportLevel;
  /** Why it is not `supported` ("declares Django >=3.2,<5.2 (its classifiers)"); "" when it is. */
  reason: string;
  /** A link to the evidence, for a recorded breakage or Django's support policy. */
  evidence?: string;
}

/** What the resolver decided for a diagram: one release per Python package on the canvas. */
export interface Resolution {
  /** True when every Python package on the canvas got a release satisfying every constraint. */
  ok: boolean;
  /**
   * Chosen version by PEP 503 package name ("djangorestframework" → "3.16.0"), including the
   * implicit packages (see `implicit`).
   */
  packages: Record<string, string>;
  /**
   * Packages not on the canvas that pip installs because a chosen release requires them
   * (install-only requirements, transitively): package → the packages that pull it in, sorted
   * ("redis" → ["django-redis"]). Each is also in `packages`, so requirements.txt can pin it
   * with `# via django-redis`.
   */
  implicit: Record<string, string[]>;
  /** Chosen version by node id, for the badges on the canvas. */
  nodes: Record<string, string>;
  /**
   * The level of support of every package in `packages` (and `excluded` for a package on the
   * canvas that no release of which installs on the target), by PEP 503 name.
   */
  levels: Record<string, PackageLevel>;
  /** When !ok: the constraints that clash, in a sentence a user can act on (the first failure). */
  explanation: string | null;
  /** Every reason some package got no version, in a stable order. */
  failures: ResolutionFailure[];
}

/**
 * Why some packages got no version:
 * - `unsupported`: no release of the package supports the target at all (a target problem);
 * - `clash`: each constraint is satisfiable alone, but not together (pins, requirements, conflicts);
 * - `too-complex`: the search gave up (a safety net, never reached by real stacks).
 */
export interface ResolutionFailure {
  kind: 'unsupported' | 'clash' | 'too-complex';
  /** PEP 503 names of the packages involved. */
  packages: string[];
  /** Ids of the nodes involved (pinned nodes first). */
  nodes: string[];
  message: string;
  /** Nodes whose pin, once removed, makes this clash go away (a one-click fix). */
  unpin: string[];
}
