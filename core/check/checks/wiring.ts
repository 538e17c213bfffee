/**
 * How a package added by a fix gets wired: to the node that asked for it (either direction,
 * by shared role), its outputs to the Django hub, and its required inputs to the only
 * provider on the canvas. The wires are data on the fix; `applyFix` passes each one through
 * `checkConnection`, so a wire that is no longer allowed is simply skipped.
 */
import type { NewNodeWire } from '../types';
import type { CheckContext } from './context';

function inputFree(ctx: CheckContext, node: string, port: string): boolean {
  const input = ctx.packageOf.get(node)?.inputs.get(port);
  if (!input) return false;
  return input.multiple || !ctx.edgesInto.get(`${node}\u0000${port}`)?.length;
}

/** The wires for a new node of `packageName`, added because of the nodes `anchors`. */
export function wiresForNewNode(ctx: CheckContext, packageName: string, anchors: string[]): NewNodeWire[] {
  const pkg = ctx.index.packages.get(packageName);
  if (!pkg) return [];
  const wires: NewNodeWire[] = [];
  const add = (wire: NewNodeWire) => {
    if (!wires.some((w) => w.direction === wire.direction && w.node === wire.node && w.port === wire.port))
      wires.push(wire);
  };
  for (const anchor of anchors) {
    const other = ctx.packageOf.get(anchor);
    if (!other) continue;
    for (const role of pkg.outputs.keys())
      if (other.inputs.has(role) && inputFree(ctx, anchor, role)) add({ direction: 'out', node: anchor, port: role });
    for (const role of pkg.inputs.keys())
      if (other.outputs.has(role)) add({ direction: 'in', node: anchor, port: role });
  }
  const hub = ctx.hub;
  if (hub && pkg.pkg.kind === 'python' && !anchors.includes(hub.id)) {
    for (const role of pkg.outputs.keys()) {
      if (wires.some((w) => w.direction === 'out' && w.port === role)) continue;
      if (inputFree(ctx, hub.id, role)) add({ direction: 'out', node: hub.id, port: role });
    }
  }
  for (const [role, input] of pkg.inputs) {
    if (!input.required || wires.some((w) => w.direction === 'in' && w.port === role)) continue;
    const providers = ctx.providersOnCanvas(role);
    if (providers.length === 1) add({ direction: 'in', node: providers[0]!.id, port: role });
  }
  return wires;
}
