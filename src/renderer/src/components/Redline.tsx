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
        // Note: a replaced word is deleted then inserted with no space between; Word shows one, and so do we.
        const next = ops[i + 1]
        const gap = op.op === 'delete' && next?.op === 'insert' && !/\s$/.test(op.text) && !/^\s/.test(next.text) ? ' ' : ''
        if (op.op === 'delete') return <span key={i}><del title="Deleted">{op.text}</del>{gap}</span>
        if (op.op === 'insert') return <ins key={i} title="Inserted">{op.text}</ins>
        return <span key={i}>{op.text}</span>
      })}
    </span>
  )
}
