import { Handle, Position } from '@xyflow/react';
import { memo, useCallback, type KeyboardEvent } from 'react';
import type { Port } from '../../../core/diagram/ports';
import { roleColor } from '../ui/role-color';
import { usePortHighlight } from './connecting-store';
import { onPortKeyDown } from './keyboard-connect';

interface PortRowProps {
  nodeId: string;
  port: Port;
  packageTitle: string;
  /** How many wires end on this port. */
  connections: number;
}

const STATE_WORDS = {
  idle: '',
  origin: ', connecting from here',
  compatible: ', can take this connection',
  dimmed: '',
} as const;

/** What a screen reader says for a port: "Auth input of Django REST framework, 1 connection". */
export function portAccessibleName(
  port: Port,
  packageTitle: string,
  connections: number,
  highlight: keyof typeof STATE_WORDS = 'idle',
): string {
  const wires = connections === 0 ? 'not connected' : `${connections} connection${connections === 1 ? '' : 's'}`;
  const direction = port.direction === 'in' ? 'input' : 'output';
  return `${port.label} ${direction} of ${packageTitle}, ${wires}${port.required ? ', required' : ''}${STATE_WORDS[highlight]}`;
}

/**
 * One port: a handle on the node's edge (inputs left, outputs right), coloured by role, with its
 * label. The handle is a tab stop: Enter on it starts a connection from the keyboard.
 */
export const PortRow = memo(function PortRow({ nodeId, port, packageTitle, connections }: PortRowProps) {
  const kind = port.direction === 'in' ? 'target' : 'source';
  const highlight = usePortHighlight(nodeId, kind, port.id);
  const missing = port.required && port.direction === 'in' && connections === 0;
  const name = portAccessibleName(port, packageTitle, connections, highlight);
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => onPortKeyDown(event, { nodeId, kind, portId: port.id }),
    [nodeId, kind, port.id],
  );
  return (
    <div
      className={`port port-${port.direction} port-${highlight}${missing ? ' port-missing' : ''}`}
      data-testid={`port.${nodeId}.${port.direction}.${port.id}`}
    >
      <Handle
        type={kind}
        position={port.direction === 'in' ? Position.Left : Position.Right}
        id={port.id}
        className="port-handle"
        style={{ '--role-color': roleColor(port.role) } as React.CSSProperties}
        title={name}
        tabIndex={0}
        role="button"
        aria-label={name}
        onKeyDown={onKeyDown}
      />
      <span className="port-label" aria-hidden="true">
        {port.label}
        {port.required ? <span className="port-required">*</span> : null}
      </span>
    </div>
  );
});
