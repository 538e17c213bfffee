/** no-solution: the resolver's clashes, with "remove the pin" as the fix when that resolves it. */
import type { Fix } from '../types';
import type { Check } from './context';

export const noSolution: Check = (ctx, problems) => {
  for (const failure of ctx.resolution.failures) {
    if (failure.kind === 'unsupported') continue;
    const fixes: Fix[] = failure.unpin.map((node) => {
      const pin = ctx.nodeById.get(node)!;
      return { label: `Remove the pin ${pin.package}==${pin.pin}`, actions: [{ kind: 'set-pin', node, pin: null }] };
    });
    problems.push({
      key: `no-solution:${[...failure.packages].sort().join(':')}`,
      severity: 'error',
      code: 'no-solution',
      message: failure.message,
      packages: failure.packages,
      nodes: failure.nodes,
      edges: [],
      fix: fixes[0] ?? null,
      alternatives: fixes.slice(1),
    });
  }
};
