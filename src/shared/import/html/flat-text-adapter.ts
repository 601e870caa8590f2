/**
 * parse5's default tree adapter, except that every text, attribute value and comment it keeps
 * is a flat string. parse5's tokenizer builds them a character at a time (`chars += ch`), and
 * V8 keeps such a string as a chain of pieces until something reads it whole: on a 5 MB page
 * the chains were half of the 78 MB parse5 tree (issue 12). Short strings are also kept once
 * per page (the white space between tags, class names): a tenth of what was left. Values are
 * unchanged.
 *
 * Note: a text node grows while the parser stays on it (`value += text`), so it is flattened
 * once the parser inserts anything anywhere else, not after every piece (that would copy a
 * long paragraph once per word). flushText() flattens the last one when the parse ends.
 */
import { defaultTreeAdapter, type DefaultTreeAdapterMap, type TreeAdapter } from 'parse5'

type Nodes = DefaultTreeAdapterMap

/**
 * Note: converting a string to a number makes V8 flatten it, in place, and whatever holds the
 * string then holds one flat copy; the pieces become garbage. The number itself is unused.
 */
function flatten(value: string): string {
  Number(value)
  return value
}

export interface FlatTextAdapter extends TreeAdapter<Nodes> {
  /** Flatten the text node the parser was still adding to (call after the parse). */
  flushText(): void
}

/** Strings this short are kept once per page however often they occur (the white space between tags, class names). */
const SHARED_MAX = 32

export function flatTextAdapter(): FlatTextAdapter {
  let growing: Nodes['textNode'] | null = null
  const shared = new Map<string, string>()
  /** The string, flat, and the page's one copy of it when it is short. */
  const keep = (value: string): string => {
    if (value.length > SHARED_MAX) return flatten(value)
    const seen = shared.get(value)
    if (seen !== undefined) return seen
    shared.set(flatten(value), value)
    return value
  }
  const settle = (): void => {
    if (growing) growing.value = keep(growing.value)
    growing = null
  }
  return {
    ...defaultTreeAdapter,
    createElement(tagName, namespaceURI, attrs) {
      for (const attr of attrs) attr.value = keep(attr.value)
      return defaultTreeAdapter.createElement(tagName, namespaceURI, attrs)
    },
    createCommentNode(data) {
      return defaultTreeAdapter.createCommentNode(keep(data))
    },
    appendChild(parent, node) {
      settle()
      defaultTreeAdapter.appendChild(parent, node)
    },
    insertBefore(parent, node, reference) {
      settle()
      defaultTreeAdapter.insertBefore(parent, node, reference)
    },
    insertText(parent, text) {
      // As the default adapter: text after a text node joins it.
      const last = parent.childNodes[parent.childNodes.length - 1]
      if (last && defaultTreeAdapter.isTextNode(last)) {
        if (last !== growing) settle()
        growing = last
        last.value += text
        return
      }
      settle()
      const node = defaultTreeAdapter.createTextNode(text)
      defaultTreeAdapter.appendChild(parent, node)
      growing = node
    },
    insertTextBefore(parent, text, reference) {
      settle()
      defaultTreeAdapter.insertTextBefore(parent, text, reference)
    },
    adoptAttributes(recipient, attrs) {
      for (const attr of attrs) attr.value = keep(attr.value)
      defaultTreeAdapter.adoptAttributes(recipient, attrs)
    },
    flushText: settle,
  }
}
