/** What the figures were measured on: they mean little without it, least of all on a shared machine. */
import os from 'node:os'

export interface Machine {
  cpu: string
  cores: number
  ramGB: number
  node: string
  platform: string
  /** 1, 5 and 15 minute load averages, at the start and at the end of the run. */
  loadStart: number[]
  loadEnd?: number[]
  date: string
}

export function machineNow(): Machine {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    ramGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  }
}

export const loadNow = (): number[] => os.loadavg().map((l) => Math.round(l * 100) / 100)
