/** Sizes beyond which a `.djstack` file is refused before it is parsed into the UI. */
export const LIMITS = {
  /** Bytes of a whole file. Real diagrams are a few kilobytes; 5 MB holds ~20,000 nodes. */
  fileBytes: 5 * 1024 * 1024,
  nodes: 5000,
  edges: 20000,
  /** Length of any single string value (ids, package names, option values). */
  stringLength: 10000,
  /**
   * Nesting of arrays and objects. A diagram needs 4 levels plus whatever node options hold;
   * the bound keeps every recursive step (validation, serialisation) far from the stack limit.
   */
  depth: 64,
  /**
   * Arrays and objects, and values, in the whole file. A full diagram (5,000 nodes with options,
   * 20,000 edges) has about 50,000 and 200,000; past these, validation would take seconds.
   */
  containers: 100_000,
  values: 500_000,
} as const;
