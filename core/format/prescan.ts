/**
 * A single pass over the JSON text before it is parsed: refuses documents nested deeper than
 * any diagram needs (recursive steps after JSON.parse would overflow the stack), holding more
 * nodes and edges than a diagram may, or so many values that validating them would stall the
 * app, without building anything first.
 */
import { LIMITS } from './limits';

export interface PrescanLimits {
  depth: number;
  /** Objects directly inside top-level arrays: nodes, edges (and entries of unknown arrays). */
  elements: number;
  /** Arrays and objects anywhere. */
  containers: number;
  /** Values anywhere, counted by their separating commas. */
  values: number;
}

export const PRESCAN_LIMITS: PrescanLimits = {
  depth: LIMITS.depth,
  elements: LIMITS.nodes + LIMITS.edges,
  containers: LIMITS.containers,
  values: LIMITS.values,
};

/** Returns a message when the text is beyond one of the limits, else null. */
export function prescanJson(text: string, limits: PrescanLimits = PRESCAN_LIMITS): string | null {
  let depth = 0;
  let elements = 0;
  let containers = 0;
  let values = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 /* " */) {
      // Skip the string: brackets and commas inside it are text.
      for (i++; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x5c /* \ */) i++;
        else if (c === 0x22) break;
      }
    } else if (code === 0x7b /* { */ || code === 0x5b /* [ */) {
      depth++;
      if (depth > limits.depth) {
        return `The file nests arrays and objects more than ${limits.depth} levels deep; a .djstack diagram never does.`;
      }
      if (++containers > limits.containers) {
        return `The file holds more than ${limits.containers} arrays and objects; a .djstack diagram is far smaller.`;
      }
      // Objects directly inside a top-level array are nodes and edges: count them as they open.
      if (code === 0x7b && depth === 3 && ++elements > limits.elements) {
        return `The file holds more than ${limits.elements} nodes, edges or other entries; a diagram may have at most ${LIMITS.nodes} nodes and ${LIMITS.edges} edges.`;
      }
    } else if (code === 0x7d /* } */ || code === 0x5d /* ] */) {
      depth--;
    } else if (code === 0x2c /* , */ && ++values > limits.values) {
      return `The file holds more than ${limits.values} values; a .djstack diagram is far smaller.`;
    }
  }
  return null;
}
