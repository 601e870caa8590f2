/**
 * Control characters in text: what imported clause text may not hold, and how text output
 * shows whatever gets through.
 *
 * Note: a policy's words never need a control character, but a hostile or broken file can
 * carry them (an HTML `&#x1b;` entity, a docx `&#27;` reference), and a terminal obeys them:
 * ESC starts sequences that clear the screen or retitle the window. So importers drop them
 * (through normaliseSpace, which every importer's text passes through) and the CLI escapes any
 * that reach its text output by another road (a file name, a title).
 */

/**
 * C0 controls except tab, line feed and carriage return (whitespace, which normaliseSpace
 * folds into spaces), DEL, and the C1 controls (U+0080-U+009F: U+009B is a one-character CSI).
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g
/** The same, with tab, line feed and carriage return too: text on one terminal line. */
const CONTROL_OR_BREAK = /[\u0000-\u001F\u007F-\u009F]/g

export function hasControlCharacters(text: string): boolean {
  return new RegExp(CONTROL.source).test(text)
}

/** The text without control characters; tabs and line breaks stay (they are whitespace). */
export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL, '')
}

/**
 * Every control character but tab and line feed written out visibly as `\x1b` (C1 as `\u009b`),
 * so that printed text cannot drive the terminal. A backslash is left as it is: the output is
 * for reading, not for parsing back (JSON output escapes everything itself).
 */
export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL_OR_BREAK, (ch) => {
    if (ch === '\t' || ch === '\n') return ch
    const code = ch.charCodeAt(0)
    return code < 0x80 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
  })
}

/** Select Graphic Rendition: colour, bold and dim, the only sequences the CLI writes itself. */
const SGR = /\u001b\[[0-9;]*m/g

/**
 * A line as the CLI may print it: every control character escaped (escapeControlCharacters),
 * except, where the CLI colours its output, SGR sequences, which can only colour text (they
 * cannot move the cursor, clear the screen or retitle the window).
 */
export function escapeForTerminal(line: string, keepColour: boolean): string {
  if (!keepColour) return escapeControlCharacters(line)
  const kept = line.match(SGR) ?? []
  return line
    .split(SGR)
    .map((piece, i) => escapeControlCharacters(piece) + (kept[i] ?? ''))
    .join('')
}
