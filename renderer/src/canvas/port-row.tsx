import { Handle, Position } from '@xyflow/react';
import { memo } from 'react';
import type { Port } from '../../../core/diagram/ports';
import { roleColor } from '../ui/role-color';
import { usePortHighlight } from './connecting-store';

interface PortRowProps {
  nodeId: string;
  port: Port;
  packageTitle: string;
  connected: boolean;
}

/** One port: a handle on the node's edge (inputs left, outputs right), coloured by role, with its label. */
export const PortRow = memo(function PortRow({ nodeId, port, packageTitle, connected }: PortRowProps) {
  const kind = port.direction === 'in' ? 'target' : 'source';
  const highlight = usePortHighlight(nodeId, kind, port.id);
  const missing = port.required && !connected;
  const description = `${port.direction === 'in' ? 'Input' : 'Output'} ${port.label} of ${packageTitle}${port.required ? ' (required)' : ''}`;
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
        title={description}
      />
      <span className="port-label">
        {port.label}
        {port.required ? (
          <span className="port-required" aria-hidden="true">
            *
          </span>
        ) : null}
      </span>
    </div>
  );
});
