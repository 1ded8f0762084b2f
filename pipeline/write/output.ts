/**
 * Writing the dataset folder atomically: everything is written into a
 * sibling folder first and swapped in only when complete, so a run that
 * fails or is killed never leaves a half-written export in place of a good
 * one.
 */
import {closeSync, existsSync, ftruncateSync, mkdirSync, openSync, readdirSync, renameSync, rmdirSync, rmSync, unlinkSync, writeFileSync, writeSync} from 'node:fs'
import {basename, dirname, join, resolve} from 'node:path'

export class OutputFolder {
  readonly target: string
  readonly staging: string
  private readonly backup: string
  private readonly made = new Set<string>()

  constructor(target: string) {
    this.target = resolve(target)
    const parent = dirname(this.target)
    const name = basename(this.target)
    mkdirSync(parent, {recursive: true})
    recover(parent, name, this.target)
    this.staging = join(parent, `.${name}.staging-${process.pid}`)
    this.backup = join(parent, `.${name}.previous-${process.pid}`)
    rmSync(this.staging, {recursive: true, force: true})
    mkdirSync(this.staging, {recursive: true})
  }

  /** Write one file, `relative` to the output folder (folders made as needed). */
  write(relative: string, content: string): void {
    writeFileSync(this.pathOf(relative), content)
  }

  /** The path a file will have in the staging folder (folders made as needed). */
  pathOf(relative: string): string {
    const path = resolve(this.staging, relative)
    if (!path.startsWith(this.staging + '/')) throw new Error(`Refusing to write outside the output folder: ${relative}`)
    const folder = dirname(path)
    if (!this.made.has(folder)) {
      mkdirSync(folder, {recursive: true})
      this.made.add(folder)
    }
    return path
  }

  /**
   * A file written piece by piece (a table streamed row by row). With
   * `resumeAt`, the file is already in the staging folder (a copy of the
   * previous export's): the pieces are written over it from that byte on,
   * and what is left of it after the last piece is cut off at `close`.
   */
  appender(relative: string, resumeAt?: number): {write(content: string | Uint8Array): void; close(): void} {
    const path = this.pathOf(relative)
    const resuming = resumeAt !== undefined
    const fd = openSync(path, resuming ? 'r+' : 'w')
    let position = resumeAt ?? 0
    let closed = false
    return {
      write: (content: string | Uint8Array) => {
        const bytes = typeof content === 'string' ? Buffer.from(content) : content
        for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, position + done)
        position += bytes.length
      },
      close: () => {
        if (closed) return
        closed = true
        try {
          if (resuming) ftruncateSync(fd, position)
        } finally {
          closeSync(fd)
        }
      }
    }
  }

  /** Swap the finished folder in place of the old one. */
  commit(): void {
    if (existsSync(this.target)) renameSync(this.target, this.backup)
    renameSync(this.staging, this.target)
    removeTree(this.backup)
  }

  /** Drop the staging folder; the old output stays as it was. */
  abandon(): void {
    rmSync(this.staging, {recursive: true, force: true})
  }
}

/** Remove a folder and all it holds; the types of its entries come with the listing (no lstat per file). */
function removeTree(path: string): void {
  let entries
  try {
    entries = readdirSync(path, {withFileTypes: true})
  } catch {
    return rmSync(path, {recursive: true, force: true})
  }
  for (const entry of entries) {
    const child = join(path, entry.name)
    if (entry.isDirectory()) removeTree(child)
    else unlinkSync(child)
  }
  rmdirSync(path)
}

/**
 * Mend what an earlier run killed mid-swap left: the previous output moved
 * aside but the new one not yet in place. Stale staging folders go.
 */
function recover(parent: string, name: string, target: string) {
  for (const entry of readdirSync(parent)) {
    if (entry.startsWith(`.${name}.previous-`)) {
      const path = join(parent, entry)
      if (!existsSync(target)) renameSync(path, target)
      else rmSync(path, {recursive: true, force: true})
    } else if (entry.startsWith(`.${name}.staging-`)) {
      const pid = Number(entry.slice(`.${name}.staging-`.length))
      if (!alive(pid)) rmSync(join(parent, entry), {recursive: true, force: true})
    }
  }
}

/** A process of this id is running (other than this one). */
export function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid === process.pid) return false
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
