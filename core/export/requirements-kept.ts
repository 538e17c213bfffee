/**
 * requirements.txt for a diagram imported from one: the user's own lines come back for every
 * package the diagram did not change (options, comments, includes, markers, URLs, hashes, lines
 * pip would refuse: all as written), so pip installs the same thing. A package changed in the
 * diagram gets one new line (its hashes dropped, with a comment saying so); a package removed
 * loses its lines; packages added in the diagram are appended, pinned as the resolver chose.
 */
import type { Catalog } from '../catalog/catalog';
import type { Diagram, DiagramNode, NodeRequirement, RequirementsFile } from '../diagram/model';
import { mergeRequirementLines, sameRequirementMeaning } from '../import/node-requirement';
import { parseKeptLine } from '../import/requirements-file';
import { pinnedVersion, type ParsedRequirement } from '../requirements/parse';
import type { Resolution } from '../resolve/types';
import { StackContext } from './context';
import { oneLine } from './python/literal';
import { lineText, requirementLines } from './requirements';

export interface KeptExportOptions {
  resolution?: Resolution;
  /** Compatible ranges instead of pins for packages added in the diagram. */
  ranges?: boolean;
  /** One file: each `-r` include written in place of its line, with a comment. */
  flatten?: boolean;
}

/** A written file: its path relative to the top file's folder and its text. */
export interface ExportedFile {
  path: string;
  content: string;
}

const SAFE_NAME = /^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$/;
const SAFE_EXTRA = /^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$/;

type Status = { kind: 'unchanged' } | { kind: 'changed'; node: DiagramNode; written: boolean } | { kind: 'absent' };

function parsedOf(text: string | undefined): ParsedRequirement | undefined {
  return text === undefined ? undefined : parseKeptLine(text).requirements[0];
}

/** Whether each listed package is on the canvas as imported, changed there, or gone. */
function statuses(diagram: Diagram, kept: RequirementsFile): Map<string, Status> {
  const lines = new Map<string, (ParsedRequirement | undefined)[]>();
  for (const file of kept.files)
    for (const entry of file.entries)
      if (entry.package) lines.set(entry.package, [...(lines.get(entry.package) ?? []), parsedOf(entry.text)]);
  const result = new Map<string, Status>();
  for (const [name, parsed] of lines) {
    const node = diagram.nodes.find((n) => n.package === name);
    if (!node) {
      result.set(name, { kind: 'absent' });
      continue;
    }
    const complete = parsed.every((p) => p !== undefined);
    const asWritten = complete ? mergeRequirementLines(parsed.map((p) => ({ parsed: p!, comment: null }))) : undefined;
    const pin = asWritten
      ? pinnedVersion(
          (asWritten.specifier ?? '')
            .split(',')
            .filter(Boolean)
            .map((c) => {
              const m = /^(===|==|~=|!=|<=|>=|<|>)(.*)$/.exec(c)!;
              return { operator: m[1]!, version: m[2]! };
            }),
        )
      : null;
    const unchanged =
      asWritten !== undefined &&
      node.requirement !== undefined &&
      sameRequirementMeaning(asWritten, node.requirement) &&
      (node.pin ?? null) === pin;
    result.set(name, unchanged ? { kind: 'unchanged' } : { kind: 'changed', node, written: false });
  }
  return result;
}

/** One requirement line from a node's facts; hashes only when the version is still the one they were for. */
export function nodeLine(node: DiagramNode, keepHashes: boolean): string[] {
  const requirement: NodeRequirement = node.requirement ?? {};
  const name = SAFE_NAME.test(node.package) ? node.package : null;
  if (!name) return [`# Skipped a node whose package name is not valid: ${JSON.stringify(oneLine(node.package))}`];
  const extras = (requirement.extras ?? []).filter((e) => SAFE_EXTRA.test(e));
  const nameAndExtras = `${name}${extras.length > 0 ? `[${extras.join(',')}]` : ''}`;
  const specifier = node.pin ? `==${node.pin}` : (requirement.specifier ?? '');
  const url = requirement.url ? oneLine(requirement.url).replace(/\s/g, '%20') : undefined;
  let text: string;
  if (url && requirement.editable) text = `-e ${url}`;
  else if (url && /^[a-z][a-z0-9+.-]*:\/\//i.test(url)) text = `${nameAndExtras} @ ${url}`;
  else if (url) text = url;
  else text = `${nameAndExtras}${oneLine(specifier).replace(/\s/g, '')}`;
  if (requirement.marker) text += `${url ? ' ' : ''}; ${oneLine(requirement.marker)}`;
  const hashes = keepHashes ? (requirement.hashes ?? []) : [];
  const lines = [hashes.length > 0 ? `${text} \\` : text];
  hashes.forEach((hash, i) => lines.push(`    --hash=${oneLine(hash)}${i < hashes.length - 1 ? ' \\' : ''}`));
  if (!keepHashes && (requirement.hashes ?? []).length > 0)
    lines.push(
      '    # hashes dropped: changed in Django Stack Builder; generate them again (pip-compile --generate-hashes)',
    );
  return lines;
}

/** The lines of packages added in the diagram (not in any kept file, not placed by import). */
function addedLines(diagram: Diagram, catalog: Catalog, kept: RequirementsFile, options: KeptExportOptions): string[] {
  const listed = new Set(kept.files.flatMap((f) => f.entries.map((e) => e.package).filter(Boolean)));
  const placed = new Set(kept.added ?? []);
  const isNew = (node: DiagramNode) =>
    !listed.has(node.package) && !placed.has(node.id) && catalog.get(node.package)?.kind !== 'service';
  // Resolving is the costly part of an export: only done when the diagram added something.
  if (!diagram.nodes.some(isNew)) return [];
  const ctx = new StackContext(diagram, catalog, options.resolution);
  const added = new Set(ctx.nodes.filter((n) => isNew(n.node)).map((n) => n.name));
  if (added.size === 0) return [];
  const lines = requirementLines(ctx, options.ranges).filter(
    (line) =>
      !listed.has(line.name) &&
      (added.has(line.name) || [...added].some((name) => line.why.includes(`required by ${name}`))),
  );
  return ['# Added in Django Stack Builder:', ...lines.map(lineText)];
}

/** The kept files with the diagram's changes applied: the top file first, then each include. */
export function exportKeptRequirements(
  diagram: Diagram,
  catalog: Catalog,
  options: KeptExportOptions = {},
): ExportedFile[] {
  const kept = diagram.requirementsFile!;
  const status = statuses(diagram, kept);
  const newline = kept.newline ?? '\n';
  const byPath = new Map(kept.files.map((file) => [file.path, file]));
  const inlined = new Set<string>();

  const render = (file: RequirementsFile['files'][number]): string[] => {
    const out: string[] = [];
    for (const entry of file.entries) {
      const state = entry.package ? status.get(entry.package) : undefined;
      if (state?.kind === 'absent') continue;
      if (state?.kind === 'changed') {
        if (state.written) continue;
        state.written = true;
        out.push(...nodeLine(state.node, false));
        continue;
      }
      if (entry.text === undefined) {
        const node = diagram.nodes.find((n) => n.package === entry.package);
        if (node) out.push(...nodeLine(node, true));
        continue;
      }
      const included = entry.include ? byPath.get(entry.include) : undefined;
      if (options.flatten && included?.kind === 'requirements') {
        if (inlined.has(included.path)) {
          out.push(`# ${oneLine(included.path)} was included here again; its lines are above`);
        } else {
          inlined.add(included.path);
          out.push(`# ---- ${oneLine(included.path)} (was: ${oneLine(entry.text)}) ----`, ...render(included));
          out.push(`# ---- end of ${oneLine(included.path)} ----`);
        }
        continue;
      }
      out.push(...entry.text.split('\n'));
    }
    return out;
  };

  const [top, ...rest] = kept.files;
  const topLines = render(top!);
  const extra = addedLines(diagram, catalog, kept, options);
  const files: ExportedFile[] = [{ path: top!.path, content: '' }];
  for (const file of rest) {
    if (options.flatten && inlined.has(file.path)) continue;
    files.push({ path: file.path, content: join(render(file), newline) });
  }
  // Lines of changed packages whose entries all sat in skipped files, and added packages, go to the top file.
  const pending = [...status.values()].flatMap((s) =>
    s.kind === 'changed' && !s.written ? nodeLine(s.node, false) : [],
  );
  files[0]!.content = join([...topLines, ...pending, ...extra], newline);
  return files;
}

function join(lines: readonly string[], newline: string): string {
  return lines.length === 0 ? '' : `${lines.join(newline)}${newline}`;
}
