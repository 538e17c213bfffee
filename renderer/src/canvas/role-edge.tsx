/** A wire coloured by its role; it shows its role (and a problem badge) when selected or broken. */
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { NO_PROBLEMS, worstSeverity } from '../store/analysis';
import { roleColor, roleLabel } from '../ui/role-color';
import type { RoleFlowEdge } from './flow-types';

export const RoleEdge = memo(function RoleEdge(props: EdgeProps<RoleFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, selected, data } = props;
  const role = data?.edge.role ?? '';
  const problems = data?.problems ?? NO_PROBLEMS;
  const worst = worstSeverity(problems);
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const color = roleColor(role);
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={`role-edge${worst ? ` has-${worst}` : ''}`}
        style={{
          stroke: worst === 'error' ? 'var(--danger)' : color,
          strokeWidth: selected ? 3 : 2,
          strokeDasharray: worst ? '6 4' : undefined,
        }}
        interactionWidth={16}
      />
      {selected || worst ? (
        <EdgeLabelRenderer>
          <div
            className={`edge-label${worst ? ` has-${worst}` : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`, borderColor: color }}
            data-testid={`canvas.edge.${id}.label`}
            title={problems.map((p) => p.message).join('\n') || undefined}
          >
            {worst ? <span aria-hidden="true">{worst === 'error' ? '✕ ' : '! '}</span> : null}
            {roleLabel(role)}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
});
