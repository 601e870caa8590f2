/**
 * Word fields (page numbers, cross-references, HYPERLINK, TOC...). A complex field is a run
 * of w:fldChar "begin", instruction text, "separate", the displayed result, "end"; fields can
 * nest and span paragraphs. Only the displayed result is the document's text, so the
 * importer keeps text only while every open field is showing its result.
 */
export interface OpenField {
  phase: 'instruction' | 'result'
  instruction: string
  href: string | null
}

/**
 * The address of a HYPERLINK field, or null. Switches \l (bookmark), \o (tooltip) and \t
 * (target frame) take an argument; a link to a bookmark only keeps its text.
 */
export function hyperlinkFieldTarget(instruction: string): string | null {
  const m = /^\s*HYPERLINK\b([\s\S]*)$/i.exec(instruction)
  if (!m) return null
  const tokens = m[1]!.match(/"[^"]*"|\S+/g) ?? []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (token.startsWith('\\')) {
      if (/^\\[lot]$/i.test(token)) i++
      continue
    }
    const target = token.replace(/^"|"$/g, '').trim()
    return target === '' ? null : target
  }
  return null
}

export class FieldState {
  private readonly open: OpenField[] = []

  begin(): void {
    this.open.push({ phase: 'instruction', instruction: '', href: null })
  }

  instruction(text: string): void {
    const top = this.open[this.open.length - 1]
    if (top && top.phase === 'instruction') top.instruction += text
  }

  separate(): void {
    const top = this.open[this.open.length - 1]
    if (top && top.phase === 'instruction') {
      top.phase = 'result'
      top.href = hyperlinkFieldTarget(top.instruction)
    }
  }

  end(): void {
    this.open.pop()
  }

  /** Text shows when no open field is still in its instruction part. */
  get visible(): boolean {
    return this.open.every((f) => f.phase === 'result')
  }

  /** The target of the innermost HYPERLINK field whose result this is, if any. */
  get href(): string | null {
    for (let i = this.open.length - 1; i >= 0; i--) {
      const href = this.open[i]!.href
      if (href !== null) return href
    }
    return null
  }

  /** Fields left open at the end of a part (a damaged or cut-short document). */
  get unfinished(): boolean {
    return this.open.length > 0
  }
}
