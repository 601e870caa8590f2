/**
 * A toolbar of buttons that is ONE Tab stop (state/toolbar-keys.ts): the button last used holds
 * it, Left / Right / Home / End move along the buttons that can be pressed. Its children are
 * the buttons themselves, each given its tabIndex here; a disabled one is passed over.
 */
import { Children, cloneElement, isValidElement, useRef, useState, type ReactElement, type ReactNode } from 'react'
import { toolbarStop, toolbarTarget } from '../state/toolbar-keys'

interface Props {
  label: string
  className?: string
  children: ReactNode
}

type ButtonElement = ReactElement<{ disabled?: boolean; tabIndex?: number; onFocus?: (e: React.FocusEvent<HTMLElement>) => void; 'data-toolbar-item'?: number }>

export function RovingToolbar({ label, className, children }: Props): React.JSX.Element {
  const [remembered, setRemembered] = useState(0)
  const bar = useRef<HTMLDivElement>(null)
  const buttons = Children.toArray(children).filter(isValidElement) as ButtonElement[]
  const enabled = buttons.map((b) => !b.props.disabled)
  const stop = toolbarStop(remembered, enabled)
  return (
    <div
      ref={bar}
      className={className}
      role="toolbar"
      aria-label={label}
      onKeyDown={(e) => {
        const target = toolbarTarget({ key: e.key, shift: e.shiftKey, ctrl: e.ctrlKey, alt: e.altKey, meta: e.metaKey }, stop, enabled)
        if (target === null) return
        e.preventDefault()
        setRemembered(target)
        bar.current?.querySelector<HTMLElement>(`[data-toolbar-item="${target}"]`)?.focus()
      }}
    >
      {buttons.map((button, k) =>
        cloneElement(button, {
          tabIndex: k === stop ? 0 : -1,
          'data-toolbar-item': k,
          onFocus: (e: React.FocusEvent<HTMLElement>) => {
            setRemembered(k)
            button.props.onFocus?.(e)
          },
        }),
      )}
    </div>
  )
}
