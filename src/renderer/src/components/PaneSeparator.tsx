/**
 * The handle between a side pane and the work area: drag it or use the arrow keys to resize
 * (role=separator with its value, as the WAI-ARIA window splitter), Enter or the button beside
 * it to collapse the pane and bring it back.
 */
import { memo, useRef } from 'react'
import { PANE_WIDTH } from '../../../shared/ui-settings'
import { draggedWidth, separatorKey } from '../state/pane-layout'
import './PaneSeparator.css'

interface Props {
  /** "library" or "outline": what the separator resizes, for its name. */
  label: string
  controls: string
  /** Where the pane is: the library on the left, the outline on the right. */
  side: 'left' | 'right'
  width: number
  collapsed: boolean
  /** save false while dragging, true once the width is settled. */
  onWidth(width: number, save: boolean): void
  onCollapsed(collapsed: boolean): void
}

// Note: memoised (issue 10): the shell gives it stable callbacks, so a tab opening leaves it be.
export const PaneSeparator = memo(function PaneSeparator({ label, controls, side, width, collapsed, onWidth, onCollapsed }: Props): React.JSX.Element {
  const drag = useRef<{ x: number; width: number; last: number } | null>(null)
  const arrowOpen = side === 'left' ? '›' : '‹'
  const arrowClose = side === 'left' ? '‹' : '›'
  return (
    <div className={`pane-gutter ${side}${collapsed ? ' collapsed' : ''}`}>
      <button
        type="button"
        className="pane-toggle"
        aria-controls={controls}
        aria-expanded={!collapsed}
        title={collapsed ? `Show the ${label}` : `Hide the ${label}`}
        aria-label={collapsed ? `Show the ${label}` : `Hide the ${label}`}
        onClick={() => onCollapsed(!collapsed)}
      >
        {collapsed ? arrowOpen : arrowClose}
      </button>
      {!collapsed && (
        <div
          role="separator"
          className="pane-separator"
          tabIndex={0}
          aria-orientation="vertical"
          aria-label={`Resize the ${label}`}
          aria-controls={controls}
          aria-valuenow={width}
          aria-valuemin={PANE_WIDTH.min}
          aria-valuemax={PANE_WIDTH.max}
          onKeyDown={(e) => {
            const result = separatorKey(e.key, width, side === 'left' ? 'ArrowRight' : 'ArrowLeft')
            if (!result) return
            e.preventDefault()
            if (result === 'toggle') onCollapsed(true)
            else onWidth(result.width, true)
          }}
          onPointerDown={(e) => {
            e.currentTarget.setPointerCapture(e.pointerId)
            drag.current = { x: e.clientX, width, last: width }
          }}
          onPointerMove={(e) => {
            if (!drag.current) return
            drag.current.last = draggedWidth(drag.current.width, drag.current.x, e.clientX, side)
            onWidth(drag.current.last, false)
          }}
          onPointerUp={() => {
            if (drag.current && drag.current.last !== drag.current.width) onWidth(drag.current.last, true)
            drag.current = null
          }}
        />
      )}
    </div>
  )
})
