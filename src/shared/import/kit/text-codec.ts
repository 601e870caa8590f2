/**
 * The one place shared code reaches TextDecoder and TextEncoder. Note: both exist in every
 * host (Node, Chromium, Electron), but src/shared compiles without DOM or Node types, so they
 * are reached through a local structural type.
 */
interface Decoder {
  decode(bytes: Uint8Array): string
}
type DecoderConstructor = new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Decoder
type EncoderConstructor = new () => { encode(text: string): Uint8Array }

const host = globalThis as unknown as { TextDecoder: DecoderConstructor; TextEncoder: EncoderConstructor }

export type CodecLabel = 'utf-8' | 'utf-16le' | 'utf-16be'

/** Bytes to text in a Unicode encoding; with `fatal`, invalid bytes throw instead of becoming U+FFFD. */
export function decodeBytes(bytes: Uint8Array, encoding: CodecLabel, fatal = false): string {
  return new host.TextDecoder(encoding, { fatal }).decode(bytes)
}

/** UTF-8 bytes to text (invalid sequences become U+FFFD): for XML parts of zip packages. */
export function decodeUtf8(bytes: Uint8Array): string {
  return decodeBytes(bytes, 'utf-8')
}

/**
 * UTF-8 bytes this program encoded, back to exactly that text: a leading U+FEFF stays (by
 * default a decoder takes it for a byte order mark and drops it).
 */
export function decodeUtf8Keeping(bytes: Uint8Array): string {
  return new host.TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
}

export function encodeUtf8(text: string): Uint8Array {
  return new host.TextEncoder().encode(text)
}
