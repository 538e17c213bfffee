/**
 * A single pass over the JSON text before it is parsed: refuses documents nested deeper than
 * any diagram needs (recursive steps after JSON.parse would overflow the stack) or holding more
 * nodes and edges than a diagram may, without building them first.
 */
import { LIMITS } from './limits';

/** Returns a message when the text is too deeply nested or holds too many elements, else null. */
export function prescanJson(
  text: string,
  limits: { depth: number; elements: number } = defaultLimits(),
): string | null {
  let depth = 0;
  let elements = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 /* " */) {
      // Skip the string: brackets inside it are text.
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
      // Objects directly inside a top-level array are nodes and edges: count them as they open.
      if (code === 0x7b && depth === 3 && ++elements > limits.elements) {
        return `The file holds more than ${limits.elements} nodes, edges or other entries; a diagram may have at most ${LIMITS.nodes} nodes and ${LIMITS.edges} edges.`;
      }
    } else if (code === 0x7d /* } */ || code === 0x5d /* ] */) {
      depth--;
    }
  }
  return null;
}

function defaultLimits(): { depth: number; elements: number } {
  return { depth: LIMITS.depth, elements: LIMITS.nodes + LIMITS.edges };
}
