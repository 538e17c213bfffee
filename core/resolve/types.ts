/** What the resolver decided for a diagram: one release per Python package on the canvas. */
export interface Resolution {
  /** True when every Python package on the canvas got a release satisfying every constraint. */
  ok: boolean;
  /** Chosen version by PEP 503 package name ("djangorestframework" → "3.16.0"). */
  packages: Record<string, string>;
  /** Chosen version by node id, for the badges on the canvas. */
  nodes: Record<string, string>;
  /** When !ok: the constraints that clash, in a sentence a user can act on. */
  explanation: string | null;
}
