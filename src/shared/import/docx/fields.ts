/**
 * Word fields (page numbers, cross-references, HYPERLINK, TOC...). A complex field is a run
 * of w:fldChar "begin", instruction text, "separate", the displayed result, "end"; fields can
 * nest and span paragraphs. Only the displayed result is the document's text, so the
 * importer keeps text only while every open field is showing its result.
 */
interface OpenField {
  phase: 'instruction' | 'result'
  instruction: string
  /** The link this field's result is inside (its own HYPERLINK target, or an outer one's). */
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

/**
 * Note: every answer is kept up to date as fields open and close, so a file with thousands of
 * unclosed fields still reads in linear time.
 */
export class FieldState {
  private readonly open: OpenField[] = []
  private inInstruction = 0

  begin(): void {
    this.open.push({ phase: 'instruction', instruction: '', href: this.href })
    this.inInstruction++
  }

  instruction(text: string): void {
    const top = this.open[this.open.length - 1]
    if (top && top.phase === 'instruction') top.instruction += text
  }

  separate(): void {
    const top = this.open[this.open.length - 1]
    if (top && top.phase === 'instruction') {
      top.phase = 'result'
      this.inInstruction--
      top.href = hyperlinkFieldTarget(top.instruction) ?? top.href
    }
  }

  end(): void {
    const top = this.open.pop()
    if (top?.phase === 'instruction') this.inInstruction--
  }

  /** Text shows when no open field is still in its instruction part. */
  get visible(): boolean {
    return this.inInstruction === 0
  }

  /** The target of the innermost HYPERLINK field whose result this is, if any. */
  get href(): string | null {
    return this.open[this.open.length - 1]?.href ?? null
  }

  /** Fields left open at the end of a part (a damaged or cut-short document). */
  get unfinished(): boolean {
    return this.open.length > 0
  }
}
