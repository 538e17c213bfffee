/**
 * What a connection generates in settings, derived from the exporter rather than a table: the
 * stack_settings.py of the diagram with the edge and without it, compared line by line. Each
 * changed line comes with the lines that enclose it (by indentation), so a reader sees
 * `REST_FRAMEWORK = {` above the authentication classes that the knox → DRF wire adds.
 */
import type { Diagram } from '../../../core/diagram/model';
import { exportStackSettings } from '../../../core/export/project';
import { analysisOf } from '../store/analysis';
import { catalog } from '../store/catalog';

export interface SettingsLine {
  /** `context` encloses a change; `gap` stands for unchanged lines left out. */
  kind: 'added' | 'removed' | 'context' | 'gap';
  text: string;
}

type Op = { kind: 'same' | 'added' | 'removed'; text: string };

/** A line diff (longest common subsequence); settings files are a few hundred lines at most. */
export function diffLines(before: readonly string[], after: readonly string[]): Op[] {
  const n = before.length;
  const m = after.length;
  const common: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      common[i]![j] =
        before[i] === after[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      ops.push({ kind: 'same', text: before[i]! });
      i++;
      j++;
    } else if (j < m && (i === n || common[i]![j + 1]! > common[i + 1]![j]!)) {
      ops.push({ kind: 'added', text: after[j++]! });
    } else {
      ops.push({ kind: 'removed', text: before[i++]! });
    }
  }
  return ops;
}

const indentOf = (text: string) => text.length - text.trimStart().length;

/** The changed lines of a diff, each preceded by the unchanged lines that enclose it. */
export function changesInContext(ops: readonly Op[]): SettingsLine[] {
  const keep = new Set<number>();
  ops.forEach((op, index) => {
    if (op.kind === 'same') return;
    keep.add(index);
    let indent = indentOf(op.text);
    for (let k = index - 1; k >= 0 && indent > 0; k--) {
      const line = ops[k]!;
      if (line.kind !== 'same' || line.text.trim() === '') continue;
      if (indentOf(line.text) < indent) {
        keep.add(k);
        indent = indentOf(line.text);
      }
    }
  });
  const lines: SettingsLine[] = [];
  let last = -1;
  for (const index of [...keep].sort((a, b) => a - b)) {
    const op = ops[index]!;
    if (op.kind !== 'same' && op.text.trim() === '') continue;
    if (last >= 0 && index > last + 1 && lines.length > 0) lines.push({ kind: 'gap', text: '…' });
    lines.push({ kind: op.kind === 'same' ? 'context' : op.kind, text: op.text });
    last = index;
  }
  return lines;
}

const cache = new WeakMap<Diagram, Map<string, SettingsLine[] | null>>();

/**
 * The settings lines that edge `edgeId` adds or changes in stack_settings.py (empty when it
 * changes none), or null when the settings cannot be exported. Memoised per diagram and edge.
 */
export function settingsOfEdge(diagram: Diagram, edgeId: string): SettingsLine[] | null {
  let byEdge = cache.get(diagram);
  if (!byEdge) cache.set(diagram, (byEdge = new Map()));
  if (byEdge.has(edgeId)) return byEdge.get(edgeId)!;
  let result: SettingsLine[] | null = null;
  if (diagram.edges.some((edge) => edge.id === edgeId)) {
    try {
      // Wires never change which versions resolve, so both exports share the diagram's resolution.
      const options = { projectName: 'mysite', resolution: analysisOf(diagram).resolution };
      const withEdge = exportStackSettings(diagram, catalog, options).content.split('\n');
      const without = { ...diagram, edges: diagram.edges.filter((edge) => edge.id !== edgeId) };
      const withoutEdge = exportStackSettings(without, catalog, options).content.split('\n');
      result = changesInContext(diffLines(withoutEdge, withEdge));
    } catch {
      result = null;
    }
  }
  byEdge.set(edgeId, result);
  return result;
}
