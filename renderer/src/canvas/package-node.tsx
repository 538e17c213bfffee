/**
 * A package on the canvas: name, roles, ports, the version the resolver chose, and a badge
 * when it has problems. Memoised, and subscribed to no diagram state: the canvas hands it its
 * version, problems and wired ports as data (see NodeFacts).
 */
import type { NodeProps } from '@xyflow/react';
import { memo, useMemo, useState } from 'react';
import { portsOf } from '../../../core/diagram/ports';
import { requirementBadge } from '../../../core/import/node-requirement';
import { worstSeverity } from '../store/analysis';
import { catalog } from '../store/catalog';
import { PinIcon, WarningIcon } from '../ui/icons';
import { roleLabel } from '../ui/role-color';
import { useConnectingStore } from './connecting-store';
import type { PackageFlowNode } from './flow-types';
import { PortRow } from './port-row';
import { wireCount } from './to-flow';

const FOLD_AFTER = 8;

export const PackageNode = memo(function PackageNode({ id, data, selected }: NodeProps<PackageFlowNode>) {
  const pkg = catalog.get(data.node.package);
  const { version, problems, connected, connectedOut } = data;
  const ports = useMemo(() => (pkg ? portsOf(pkg, catalog) : { inputs: [], outputs: [] }), [pkg]);
  const worst = worstSeverity(problems);
  const title = pkg?.title ?? data.node.package;
  const status = pkg?.status.state ?? 'unknown';
  const connectedSet = new Set(connected.split(' '));
  const connecting = useConnectingStore((state) => state.active);
  const [expanded, setExpanded] = useState(false);
  const written = useMemo(() => requirementBadge(data.node.requirement), [data.node.requirement]);
  // A hub like Django takes twenty roles: its free optional inputs fold away until a wire is
  // being drawn (then every input shows, lit or dimmed) or the user unfolds them.
  const foldable = ports.inputs.length > FOLD_AFTER;
  const shownInputs =
    foldable && !expanded && !connecting
      ? ports.inputs.filter((port) => port.required || connectedSet.has(port.id))
      : ports.inputs;
  const folded = ports.inputs.length - shownInputs.length;

  return (
    <div
      className={`package-node${selected ? ' is-selected' : ''}${worst ? ` has-${worst}` : ''}${pkg?.kind === 'service' ? ' is-service' : ''}`}
      data-testid={`canvas.node.${id}`}
      data-package={data.node.package}
    >
      <div className="package-node-far" aria-hidden="true">
        {title}
      </div>
      <header className="package-node-header">
        <div className="package-node-title">
          <span className="package-node-name">{title}</span>
          {pkg && pkg.title.toLowerCase() !== pkg.name ? <span className="package-node-pypi">{pkg.name}</span> : null}
        </div>
        <div className="package-node-badges">
          {pkg?.kind === 'service' ? <span className="badge badge-service">service</span> : null}
          {version ? (
            <span
              className={`badge badge-version${data.level && data.level !== 'supported' ? ` badge-level-${data.level}` : ''}`}
              data-testid={`canvas.node.${id}.version`}
              data-level={data.level}
              title={`${data.node.pin ? 'Pinned version' : 'Newest compatible release'}${data.levelReason ? `: ${data.levelReason}` : ''}`}
            >
              {data.level === 'undeclared' ? <WarningIcon /> : null}
              {data.node.pin ? <PinIcon /> : null}
              {version}
            </span>
          ) : null}
          {status === 'deprecated' || status === 'unmaintained' ? (
            <span className={`badge badge-${status}`}>{status}</span>
          ) : null}
          {worst ? (
            <span
              className={`badge badge-problem badge-${worst}`}
              data-testid={`canvas.node.${id}.problems`}
              title={problems.map((p) => p.message).join('\n')}
              aria-label={`${problems.length} problem${problems.length === 1 ? '' : 's'}: ${problems[0]!.message}`}
            >
              {worst === 'error' ? '✕' : '!'} {problems.length}
            </span>
          ) : null}
        </div>
      </header>
      {pkg && pkg.provides.length > 0 ? (
        <div className="package-node-roles">{pkg.provides.map((port) => roleLabel(port.role)).join(' · ')}</div>
      ) : null}
      {!pkg ? <div className="package-node-roles">Not in the catalog</div> : null}
      {written ? (
        <div
          className="package-node-requirement"
          data-testid={`canvas.node.${id}.requirement`}
          title={written.full}
          aria-label={`As written in the imported file: ${written.full}`}
        >
          {written.text}
        </div>
      ) : null}
      <div className="package-node-ports">
        <div className="ports-in">
          {shownInputs.map((port) => (
            <PortRow
              key={port.id}
              nodeId={id}
              port={port}
              packageTitle={title}
              connections={wireCount(connected, port.id)}
            />
          ))}
          {foldable && !connecting ? (
            <button
              type="button"
              className="ports-fold nodrag"
              aria-expanded={expanded}
              data-testid={`canvas.node.${id}.fold`}
              onClick={() => setExpanded(!expanded)}
            >
              {expanded ? 'Fewer inputs' : `+${folded} more input${folded === 1 ? '' : 's'}`}
            </button>
          ) : null}
        </div>
        <div className="ports-out">
          {ports.outputs.map((port) => (
            <PortRow
              key={port.id}
              nodeId={id}
              port={port}
              packageTitle={title}
              connections={wireCount(connectedOut, port.id)}
            />
          ))}
        </div>
      </div>
    </div>
  );
});
