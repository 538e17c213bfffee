/** The About dialog's text: what a bug report needs (app, catalog, Electron, Chrome, Node, OS). */

export interface AboutFacts {
  appName: string;
  appVersion: string;
  catalogVersion: string;
  versions: { electron?: string; chrome?: string; node?: string; v8?: string };
  os: string;
}

export function aboutMessage(facts: AboutFacts): { message: string; detail: string } {
  const line = (label: string, value: string | undefined) => `${label}: ${value ?? 'unknown'}`;
  return {
    message: `${facts.appName} ${facts.appVersion}`,
    detail: [
      line('Package catalog', facts.catalogVersion),
      line('Electron', facts.versions.electron),
      line('Chrome', facts.versions.chrome),
      line('Node.js', facts.versions.node),
      line('V8', facts.versions.v8),
      line('OS', facts.os),
    ].join('\n'),
  };
}
