/**
 * A small pool of Node worker threads that read imported files, so that parsing never holds
 * the service's own thread: every host keeps answering while files import, and a file that
 * takes too long or too much memory is stopped (its worker terminated and replaced), which a
 * timer on the service's thread could never do to a synchronous parse.
 *
 * Workers start on first use and are reused; an idle worker does not keep the process alive,
 * and one left idle for a while is ended to give its memory back.
 */
import { Worker } from 'node:worker_threads'
import { WorkbenchError } from '../../shared/errors'
import type { ImportInput } from '../../shared/import/import-file'
import type { SourceDocument } from '../../shared/model'
import { defaultPoolSize, IMPORT_TIME_LIMIT_MS, memoryLimitMbFor, neededTooMuchMemory, tookTooLong, workerStoppedUnexpectedly } from './limits'
import type { ImportJob, ImportOutcome } from './messages'
import { importWorkerEntry, type WorkerEntry } from './worker-entry'

export interface PoolOptions {
  /** How many files may be read at once (default: one per core, 1 to 4). */
  size?: number
  /** How long one file may take (default 60 s). */
  timeLimitMs?: number
  /** The memory limit (MB) for a file of this many bytes (default: limits.ts). */
  memoryLimitMb?: (byteLength: number) => number
  /** How long an idle worker is kept before it is ended. */
  idleMs?: number
  /** The worker's code (tests give one that misbehaves on purpose); the import worker by default. */
  entry?: () => WorkerEntry
}

interface Pending {
  input: ImportInput
  timeLimitMs: number
  memoryMb: number
  resolve: (source: SourceDocument) => void
  reject: (error: Error) => void
}

interface Slot {
  worker: Worker
  memoryMb: number
  job: Pending | null
  timer: NodeJS.Timeout | null
}

export class ImportPool {
  private readonly size: number
  private readonly timeLimitMs: number
  private readonly memoryLimitMb: (byteLength: number) => number
  private readonly idleMs: number
  private readonly entry: () => WorkerEntry
  private readonly slots = new Set<Slot>()
  private readonly queue: Pending[] = []
  private closed = false

  constructor(options: PoolOptions = {}) {
    this.size = Math.max(1, options.size ?? defaultPoolSize())
    this.timeLimitMs = options.timeLimitMs ?? IMPORT_TIME_LIMIT_MS
    this.memoryLimitMb = options.memoryLimitMb ?? memoryLimitMbFor
    this.idleMs = options.idleMs ?? 30_000
    this.entry = options.entry ?? importWorkerEntry
  }

  /** Reads one file in a worker; rejects with a WorkbenchError naming the file. */
  run(input: ImportInput, options: { timeLimitMs?: number } = {}): Promise<SourceDocument> {
    if (this.closed) return Promise.reject(new WorkbenchError('internal', `Policy Workbench is stopping; ${input.name} was not read.`, input.name))
    return new Promise((resolve, reject) => {
      this.queue.push({ input, timeLimitMs: options.timeLimitMs ?? this.timeLimitMs, memoryMb: this.memoryLimitMb(input.bytes.byteLength), resolve, reject })
      this.pump()
    })
  }

  /** Files being read or waiting. */
  get busy(): number {
    return this.queue.length + [...this.slots].filter((s) => s.job).length
  }

  /** Ends every worker at once (a host stopping); files still waiting or being read fail. */
  async close(): Promise<void> {
    this.closed = true
    for (const pending of this.queue.splice(0)) pending.reject(new WorkbenchError('internal', `Policy Workbench is stopping; ${pending.input.name} was not read.`, pending.input.name))
    await Promise.all([...this.slots].map((slot) => this.retire(slot)))
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const next = this.queue[0]!
      let slot = [...this.slots].find((s) => !s.job && s.memoryMb >= next.memoryMb)
      if (!slot) {
        // An idle worker with too small a memory limit makes way for one sized to this file.
        const small = [...this.slots].find((s) => !s.job)
        if (small) void this.retire(small)
        else if (this.slots.size >= this.size) return
        slot = this.spawn(next.memoryMb)
      }
      this.queue.shift()
      this.start(slot, next)
    }
  }

  private spawn(memoryMb: number): Slot {
    const entry = this.entry()
    const worker = new Worker(entry.script, { eval: entry.eval, resourceLimits: { maxOldGenerationSizeMb: memoryMb }, stdout: false, stderr: false })
    const slot: Slot = { worker, memoryMb, job: null, timer: null }
    worker.on('message', (outcome: ImportOutcome) => this.finish(slot, outcome))
    worker.on('error', (error: Error & { code?: string }) => {
      const job = slot.job
      if (!job) return
      this.fail(slot, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? neededTooMuchMemory(job.input.name, slot.memoryMb) : workerStoppedUnexpectedly(job.input.name, error.message))
    })
    worker.on('exit', (code) => {
      if (slot.job) this.fail(slot, workerStoppedUnexpectedly(slot.job.input.name, `exit code ${code}`))
      this.slots.delete(slot)
      this.pump()
    })
    this.slots.add(slot)
    return slot
  }

  private start(slot: Slot, job: Pending): void {
    slot.job = job
    if (slot.timer) clearTimeout(slot.timer)
    slot.worker.ref()
    slot.timer = setTimeout(() => this.fail(slot, tookTooLong(job.input.name, job.timeLimitMs)), job.timeLimitMs)
    // A copy the worker can own: the caller's bytes stay usable (they are stored after the parse).
    const buffer = job.input.bytes.slice().buffer as ArrayBuffer
    const message: ImportJob = { name: job.input.name, buffer, importedAt: job.input.importedAt }
    slot.worker.postMessage(message, [buffer])
  }

  private finish(slot: Slot, outcome: ImportOutcome): void {
    const job = slot.job
    if (!job) return
    this.release(slot)
    if (outcome.ok) job.resolve(outcome.source)
    else job.reject(new WorkbenchError(outcome.error.code, outcome.error.message, outcome.error.file ?? job.input.name))
    this.pump()
  }

  /** The job fails and its worker is ended (it may be stuck or poisoned); a new one takes its place when needed. */
  private fail(slot: Slot, error: WorkbenchError): void {
    const job = slot.job
    if (!job) return
    slot.job = null
    if (slot.timer) clearTimeout(slot.timer)
    slot.timer = null
    job.reject(error)
    void this.retire(slot)
  }

  /** Idle again: it no longer keeps the process alive, and ends after idleMs unused. */
  private release(slot: Slot): void {
    slot.job = null
    if (slot.timer) clearTimeout(slot.timer)
    slot.worker.unref()
    slot.timer = setTimeout(() => void this.retire(slot), this.idleMs)
    slot.timer.unref()
  }

  private async retire(slot: Slot): Promise<void> {
    this.slots.delete(slot)
    if (slot.timer) clearTimeout(slot.timer)
    slot.timer = null
    const job = slot.job
    slot.job = null
    if (job) job.reject(new WorkbenchError('internal', `Policy Workbench is stopping; ${job.input.name} was not read.`, job.input.name))
    await slot.worker.terminate()
    if (!this.closed) this.pump()
  }
}
