import { Handle, Position } from '@xyflow/react';

/** React Flow needs a handle at each end of an edge; ours draw their own lines, so these are hidden. */
export function Handles() {
  return (
    <>
      <Handle type="target" position={Position.Top} isConnectable={false} className="kw-handle" />
      <Handle type="source" position={Position.Bottom} isConnectable={false} className="kw-handle" />
    </>
  );
}
