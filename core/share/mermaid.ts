/**
 * A Mermaid flowchart of a diagram, for READMEs and pull requests: one box per package (a
 * cylinder per service), one arrow per wire from provider to consumer, labelled with its role.
 *
 * Every piece of diagram text goes through `mermaidText`, which leaves only letters, digits and
 * a few punctuation marks as they are and writes everything else as a Mermaid entity (`#34;`),
 * so no name can close a label, start a new statement, a comment (`%%`), a directive or HTML.
 * Node ids are generated (`n1`, `n2` …), never taken from the file.
 */
import type { Catalog } from '../catalog/catalog';
import type { Diagram } from '../diagram/model';
import { resolveDiagram } from '../resolve/resolve';

const SAFE = /^[A-Za-z0-9 ._,:+=/-]$/;

/** Diagram text as the inside of a quoted Mermaid label: unsafe characters become `#<code>;`. */
export function mermaidText(text: string): string {
  let out = '';
  for (const char of text) out += SAFE.test(char) ? char : `#${char.codePointAt(0)};`;
  return out;
}

function versionOf(pin: string | undefined, resolved: string | undefined): string | null {
  if (pin) return `${pin} (pinned)`;
  return resolved ?? null;
}

/** The flowchart text of `diagram` (`flowchart LR`, packages, services and role-labelled wires). */
export function exportMermaid(diagram: Diagram, catalog: Catalog): string {
  let resolved: Record<string, string> = {};
  try {
    resolved = resolveDiagram(diagram, catalog).nodes;
  } catch {
    // The picture is still worth drawing without versions.
  }
  const ids = new Map(diagram.nodes.map((node, index) => [node.id, `n${index + 1}`]));
  const classes = { service: [] as string[], deprecated: [] as string[], unknown: [] as string[] };
  const digits = (text: unknown) => String(text).replace(/[^0-9.]/g, '');
  const lines = [
    'flowchart LR',
    `  %% Django ${digits(diagram.target.django)} / Python ${digits(diagram.target.python)}`,
  ];

  for (const node of diagram.nodes) {
    const id = ids.get(node.id)!;
    const pkg = catalog.get(node.package);
    const version = versionOf(node.pin, resolved[node.id]);
    const label = [pkg?.title ?? node.package, version]
      .filter((part): part is string => !!part)
      .map(mermaidText)
      .join('<br/>');
    if (pkg?.kind === 'service') {
      lines.push(`  ${id}[("${label}")]`);
      classes.service.push(id);
    } else {
      lines.push(`  ${id}["${label}"]`);
      if (!pkg) classes.unknown.push(id);
      else if (pkg.status.state !== 'maintained') classes.deprecated.push(id);
    }
  }
  for (const edge of diagram.edges) {
    const [from, to] = [ids.get(edge.source), ids.get(edge.target)];
    if (!from || !to) continue;
    const role = catalog.role(edge.role)?.label ?? edge.role;
    lines.push(`  ${from} -->|"${mermaidText(role)}"| ${to}`);
  }
  lines.push(
    '  classDef service fill:#fdf2e9,stroke:#c0392b',
    '  classDef deprecated fill:#fdecea,stroke:#b03a2e,stroke-dasharray:4 3',
    '  classDef unknown fill:#f4f6f7,stroke:#7f8c8d,stroke-dasharray:2 2',
  );
  for (const [name, members] of Object.entries(classes)) {
    if (members.length > 0) lines.push(`  class ${members.join(',')} ${name}`);
  }
  return `${lines.join('\n')}\n`;
}
