/**
 * A word diff as Word's track changes shows it: deleted words struck through, inserted words
 * underlined, in one line of text. The marks are <del> and <ins>, so the change is in the
 * markup and the text decoration, never in colour alone.
 */
import type { DiffOp } from '../../../shared/model'
import './Redline.css'

export function Redline({ ops }: { ops: DiffOp[] }): React.JSX.Element {
  return (
    <span className="redline">
      {ops.map((op, i) => {
        if (op.op === 'delete') return <del key={i} title="Deleted">{op.text}</del>
        if (op.op === 'insert') return <ins key={i} title="Inserted">{op.text}</ins>
        return <span key={i}>{op.text}</span>
      })}
    </span>
  )
}
