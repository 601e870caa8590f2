/**
 * One side of a word diff: A's side shows what was deleted, B's side what was inserted, each
 * against the words they share. Plain text only.
 */
import type { DiffOp } from '../../../shared/model'

export function DiffText({ ops, side }: { ops: DiffOp[]; side: 'a' | 'b' }): React.JSX.Element {
  return (
    <>
      {ops.map((op, i) => {
        if (op.op === 'equal') return <span key={i}>{op.text}</span>
        if (op.op === 'delete' && side === 'a') return <del key={i}>{op.text}</del>
        if (op.op === 'insert' && side === 'b') return <ins key={i}>{op.text}</ins>
        return null
      })}
    </>
  )
}
