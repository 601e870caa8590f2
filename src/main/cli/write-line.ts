/**
 * Writes to stdout or stderr by file descriptor, without process.stdout / process.stderr.
 * Why: the first use of either builds a stream (for a pipe, a net.Socket, with the socket
 * and tty modules behind it): about 3 ms of CPU (measured on a busy machine, 1 December 2026)
 * in every CLI run whose output is piped, as in scripts and the benchmark, against 0.2 ms.
 * Note: the same guarantee of order as before: on Linux and macOS Node writes to files, pipes
 * and terminals synchronously too. If the descriptor refuses a synchronous write (EAGAIN: a
 * pipe left non-blocking by whoever started us), that stream and every later line go through
 * Node's stream, which waits for the pipe.
 * Note: when the reader has gone (`policy-workbench clauses FILE | head`: EPIPE), that
 * descriptor's output is dropped from then on, quietly, as a C program killed by SIGPIPE
 * would be silent; the command still finishes its work and its exit code still says how it went.
 */
import { fstatSync, writeSync } from 'node:fs'

type Fd = 1 | 2
const viaStream = new Set<Fd>()
const readerGone = new Set<Fd>()
const listening = new Set<Fd>()

function stream(fd: Fd): NodeJS.WriteStream {
  const out = fd === 1 ? process.stdout : process.stderr
  // Note: our own listener, whatever else listens. An import worker's output is piped into
  // ours by Node, and a pipe adds an 'error' listener that on EPIPE removes itself and
  // rethrows when no other is left: counting listeners let that one stand in for ours (CI,
  // 1 December 2026: "Unhandled 'error' event ... write EPIPE" once in about 40 runs).
  if (!listening.has(fd)) {
    listening.add(fd)
    out.on('error', (error: NodeJS.ErrnoException) => dropOrThrow(fd, error))
  }
  return out
}

function dropOrThrow(fd: Fd, error: unknown): void {
  if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error
  readerGone.add(fd)
}

/** Writes `text` (all of it) to descriptor `fd`. */
export function writeTo(fd: Fd, text: string): void {
  if (readerGone.has(fd)) return
  if (viaStream.has(fd) || process.platform === 'win32') {
    // Note: on Windows pipes are asynchronous in Node's stream, and order is its to keep.
    stream(fd).write(text)
    return
  }
  const bytes = Buffer.from(text, 'utf8')
  let written = 0
  try {
    while (written < bytes.length) written += writeSync(fd, bytes, written)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') return dropOrThrow(fd, error)
    viaStream.add(fd)
    stream(fd).write(bytes.subarray(written))
  }
}

/**
 * True when `fd` is a terminal, as process.stdout.isTTY says. Note: node:tty loads the stream
 * and net modules, so it is asked only about a character device (a terminal, or /dev/null):
 * a pipe or a file is no terminal.
 */
export function isTerminal(fd: Fd): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false
  } catch {
    return false
  }
  // Note: not an import of node:tty: its module loads only here, and this file runs as CommonJS too.
  const { isatty } = process.getBuiltinModule('node:tty')
  return isatty(fd)
}
