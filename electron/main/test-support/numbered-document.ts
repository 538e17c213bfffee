/** Large, numbered documents whose every byte can be recomputed from their number. */
let body: string | null = null;

/** About 1 MB of nodes, built once so that a writer spends its time writing, not building. */
function nodesJson(): string {
  body ??= JSON.stringify(
    Array.from({ length: 10000 }, (_, i) => ({
      id: `n${i}`,
      package: `package-${(i * 7) % 997}`,
      position: { x: i, y: i % 40 },
    })),
    null,
    2,
  );
  return body;
}

export function numberedDocument(n: number): string {
  return `{"format":"djstack","version":1,"save":${n},"target":{"django":"5.2","python":"3.12"},"nodes":${nodesJson()},"edges":[],"end":${n}}\n`;
}
