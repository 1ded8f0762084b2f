/**
 * Writing the dataset folder atomically: everything is written into a
 * sibling folder first and swapped in only when complete, so a run that
 * fails or is killed never leaves a half-written export in place of a good
 * one.
 */
import {closeSync, copyFileSync, existsSync, linkSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync, writeSync} from 'node:fs'
import {unlink} from 'node:fs/promises'
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
  write(relative: string, content: string | Uint8Array): void {
    writeFileSync(this.pathOf(relative), content)
  }

  /**
   * Write one file, or link `linkFrom` (a file of the previous output
   * holding these bytes already: a link costs less than a file written;
   * copied where it cannot be linked). True when linked: the file is
   * the previous output's, its identity unchanged.
   *
   * On this thread, not in libuv's pool: a file written there costs three
   * round trips between the threads (open, write, close), and on two cores
   * they took twice the CPU of the same writes made here (3,000 readouts:
   * 3.0 s in the pool and 3.2 s on this thread, against 4.6 s on this
   * thread alone), CPU the workers needed.
   */
  writeOrLink(relative: string, content: Uint8Array, linkFrom?: string): boolean {
    if (!linkFrom) {
      this.write(relative, content)
      return false
    }
    const path = this.pathOf(relative)
    try {
      linkSync(linkFrom, path)
      return true
    } catch {
      copyFileSync(linkFrom, path)
      return false
    }
  }

  /**
   * Write one file now, in place of one written earlier: a file this export
   * wrote is overwritten (creating a file costs far more than writing one),
   * a link to a file of the previous output is removed first, never
   * written through.
   */
  rewrite(relative: string, content: string | Uint8Array): void {
    const path = this.pathOf(relative)
    if ((statSync(path, {throwIfNoEntry: false})?.nlink ?? 1) > 1) rmSync(path)
    writeFileSync(path, content)
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

  /** Swap the finished folder in place of the old one. */
  async commit(): Promise<void> {
    if (existsSync(this.target)) renameSync(this.target, this.backup)
    renameSync(this.staging, this.target)
    await removeTree(this.backup)
  }

  /** Drop the staging folder; the old output stays as it was. */
  abandon(): void {
    rmSync(this.staging, {recursive: true, force: true})
  }
}

/**
 * The files every document adds a share to (the tables, the dataset's
 * graph), written as the documents come, in order. Each document's length
 * in each file is kept, so that a document rendered again at the end (a
 * person renamed across documents) can take its new share's place.
 */
export class ShareFiles {
  private readonly paths: string[]
  private readonly fds: number[]
  private readonly sizes: number[]
  /** Per document, its share's length in each file. */
  private readonly lengths: number[][] = []
  /** Per document replaced, where its new share lies in each file's side file, and its length. */
  private readonly replaced = new Map<number, {at: number; length: number}[]>()
  /** The side files (`<file>.replacing`) the new shares are written to as they come, rather than held in memory until `settle`. */
  private side: {fds: number[]; sizes: number[]} | null = null
  /** Each file's header length. */
  private readonly headers: number[]
  /**
   * Bytes appended and not yet written, per file, copied into a buffer of
   * its own (a view would keep the document's whole rendering alive):
   * written when full, not one small write per document and file.
   */
  private readonly pending: Buffer[]
  private readonly pendingBytes: number[]

  constructor(folder: OutputFolder, relatives: string[], headers: string[]) {
    this.paths = relatives.map((relative) => folder.pathOf(relative))
    this.fds = this.paths.map((path) => openSync(path, 'w+'))
    this.sizes = headers.map(() => 0)
    this.pending = headers.map(() => Buffer.allocUnsafe(pendingSize))
    this.pendingBytes = headers.map(() => 0)
    this.headers = headers.map((header, f) => {
      const bytes = Buffer.from(header)
      this.append(f, bytes)
      return bytes.length
    })
  }

  /** Append `bytes` to file `f`. */
  append(f: number, bytes: Uint8Array): void {
    if (this.pendingBytes[f] + bytes.length > pendingSize) this.write(f)
    if (bytes.length > pendingSize) writeAll(this.fds[f], bytes, this.sizes[f])
    else {
      this.pending[f].set(bytes, this.pendingBytes[f])
      this.pendingBytes[f] += bytes.length
    }
    this.sizes[f] += bytes.length
  }

  /** Write what file `f` has pending. */
  private write(f: number): void {
    if (!this.pendingBytes[f]) return
    writeAll(this.fds[f], this.pending[f].subarray(0, this.pendingBytes[f]), this.sizes[f] - this.pendingBytes[f])
    this.pendingBytes[f] = 0
  }

  /** Append the next document's shares (one per file); returns its number. */
  add(shares: Uint8Array[]): number {
    shares.forEach((share, f) => this.append(f, share))
    this.lengths.push(shares.map((share) => share.length))
    return this.lengths.length - 1
  }

  /** Put other shares in the place of document `n`'s (done at `settle`; kept in side files meanwhile). */
  replace(n: number, shares: Uint8Array[]): void {
    const side = (this.side ??= {fds: this.paths.map((path) => openSync(`${path}.replacing`, 'w+')), sizes: this.paths.map(() => 0)})
    this.replaced.set(
      n,
      shares.map((share, f) => {
        const at = side.sizes[f]
        writeAll(side.fds[f], share, at)
        side.sizes[f] += share.length
        return {at, length: share.length}
      })
    )
  }

  /**
   * Write the replaced shares: each file is written again from the first
   * document replaced on (the rest copied from the file as it is), then
   * renamed over it. Appending goes on after.
   */
  settle(): void {
    if (!this.replaced.size || !this.side) return
    this.paths.forEach((_, f) => this.write(f))
    const side = this.side
    const first = Math.min(...this.replaced.keys())
    // One buffer for every copy (a new one for each stretch between replaced documents came to the files' whole size in garbage).
    const chunk = Buffer.allocUnsafe(1 << 22)
    this.paths.forEach((path, f) => {
      const rewritten = `${path}.rewritten`
      const to = openSync(rewritten, 'w+')
      let size = 0
      const put = (bytes: Uint8Array) => {
        writeAll(to, bytes, size)
        size += bytes.length
      }
      const copy = (from: number, length: number, fd = this.fds[f]) => {
        for (let done = 0; done < length; ) {
          const n = readSync(fd, chunk, 0, Math.min(chunk.length, length - done), from + done)
          if (n <= 0) throw new Error(`${path} is shorter than written`)
          put(chunk.subarray(0, n))
          done += n
        }
      }
      // Copy up to the first replaced document, then each document's share, old or new.
      let at = this.headers[f]
      for (let n = 0; n < first; n++) at += this.lengths[n][f]
      copy(0, at)
      let run = 0
      for (let n = first; n < this.lengths.length; n++) {
        const share = this.replaced.get(n)
        if (!share) {
          run += this.lengths[n][f]
          continue
        }
        copy(at, run)
        at += run + this.lengths[n][f]
        run = 0
        copy(share[f].at, share[f].length, side.fds[f])
        this.lengths[n][f] = share[f].length
      }
      copy(at, run)
      closeSync(this.fds[f])
      renameSync(rewritten, path)
      this.fds[f] = to
      this.sizes[f] = size
    })
    this.replaced.clear()
    this.closeSide()
  }

  private closeSide(): void {
    if (!this.side) return
    this.side.fds.forEach((fd, f) => {
      closeSync(fd)
      rmSync(`${this.paths[f]}.replacing`, {force: true})
    })
    this.side = null
  }

  close(): void {
    this.fds.forEach((_, f) => this.write(f))
    for (const fd of this.fds) closeSync(fd)
    this.fds.length = 0
    this.closeSide()
  }
}

/** The bytes a share file holds before writing them. */
const pendingSize = 1 << 18

function writeAll(fd: number, bytes: Uint8Array, position: number): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, position + done)
}

/**
 * Remove a folder and all it holds; the types of its entries come with the
 * listing (no lstat per file). Files are unlinked in libuv's thread pool,
 * a few at a time per folder and the folders at once: the old output holds
 * two files per document, and removing them one by one on this thread was
 * as slow as writing them.
 */
async function removeTree(path: string): Promise<void> {
  let entries
  try {
    entries = readdirSync(path, {withFileTypes: true})
  } catch {
    return rmSync(path, {recursive: true, force: true})
  }
  const files = entries.filter((entry) => !entry.isDirectory()).map((entry) => join(path, entry.name))
  let next = 0
  const unlinking = async () => {
    while (next < files.length) await unlink(files[next++])
  }
  await Promise.all([...entries.filter((entry) => entry.isDirectory()).map((entry) => removeTree(join(path, entry.name))), ...Array.from({length: 4}, unlinking)])
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
