/** The diagram diff as text for a terminal, a pull request or `git diff`. */
import type { DiagramDiff, PackageEntry, VersionChange, WireEntry } from './diff';
import { isEmptyDiff } from './diff';

/**
 * Diagram text shown verbatim on a terminal could carry escape sequences or fake lines: control
 * characters are written as \u escapes.
 */
export function printable(text: string): string {
  const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  // eslint-disable-next-line no-control-regex -- exactly the characters a terminal would act on
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, escape);
}

const show = (value: string | null, none: string) => (value === null ? none : printable(value));

function packageLine(sign: string, entry: PackageEntry): string {
  const details = [
    entry.pin ? `pinned ${printable(entry.pin)}` : entry.resolved ? printable(entry.resolved) : null,
    entry.known ? null : 'not in the local catalog',
  ].filter(Boolean);
  return `  ${sign} ${printable(entry.package)}${details.length ? ` (${details.join(', ')})` : ''}`;
}

function changeLine(change: VersionChange, none: string): string {
  return `  ~ ${printable(change.package)}: ${show(change.before, none)} → ${show(change.after, none)}`;
}

function wireLine(sign: string, wire: WireEntry): string {
  const ports = wire.ports ? ` [port ${printable(wire.ports.source)} → ${printable(wire.ports.target)}]` : '';
  return `  ${sign} ${printable(wire.from)} → ${printable(wire.to)} (${printable(wire.role)})${ports}`;
}

function section(title: string, lines: string[]): string[] {
  return lines.length > 0 ? [`${title}:`, ...lines] : [];
}

/** A readable summary, one section per kind of change; "No changes." when there are none. */
export function formatDiagramDiff(diff: DiagramDiff): string {
  if (isEmptyDiff(diff)) return 'No changes.\n';
  const target = diff.target.map(
    (change) =>
      `  ~ ${change.field === 'django' ? 'Django' : change.field === 'python' ? 'Python' : printable(change.field)}: ${show(change.before, 'unset')} → ${show(change.after, 'unset')}`,
  );
  const lines = [
    ...section('Target', target),
    ...section(
      'Packages added',
      diff.added.map((entry) => packageLine('+', entry)),
    ),
    ...section(
      'Packages removed',
      diff.removed.map((entry) => packageLine('-', entry)),
    ),
    ...section(
      'Pins changed',
      diff.pins.map((change) => changeLine(change, 'unpinned')),
    ),
    ...section(
      'Resolved versions changed',
      diff.versions.map((change) => changeLine(change, 'none')),
    ),
    ...section(
      'Options changed',
      diff.options.map((change) => `  ~ ${printable(change.package)}: ${change.keys.map(printable).join(', ')}`),
    ),
    ...section(
      'Wiring added',
      diff.wiresAdded.map((wire) => wireLine('+', wire)),
    ),
    ...section(
      'Wiring removed',
      diff.wiresRemoved.map((wire) => wireLine('-', wire)),
    ),
    ...section(
      'Other fields changed',
      diff.otherFields.map((change) => `  ~ ${printable(change.where)}: ${printable(change.field)}`),
    ),
    ...(diff.catalog
      ? [`Catalog: ${show(diff.catalog.before, 'not recorded')} → ${show(diff.catalog.after, 'not recorded')}`]
      : []),
    ...(diff.moved > 0 ? [`Layout: ${diff.moved} ${diff.moved === 1 ? 'node' : 'nodes'} moved.`] : []),
  ];
  return `${lines.join('\n')}\n`;
}
