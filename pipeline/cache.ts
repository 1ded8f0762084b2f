/**
 * The incremental cache: per input file, keyed by the hash of its path and
 * bytes, what an export needs of it (its summary and its outputs as
 * rendered), so that an unchanged file is read back instead of processed
 * again. Kept under the pipeline's fingerprint: a changed pipeline misses.
 *
 * Stored as append-only packs and one index, in `<cache>/<fingerprint>/`:
 * each export that processes documents writes them, one after the other,
 * into a pack of its own (`<pid>-<time>.pack`: one file made per export,
 * one write per document, by the main thread); at the end it adds them to
 * `index.json` (key -> pack, offset, lengths), written aside and renamed
 * into place. An export killed midway leaves an unindexed pack, removed by
 * the next export; an entry that cannot be read back is a miss. Entries of
 * files that have since changed stay until the pipeline changes.
 *
 * Beside them, `inputs.json`: per input file (its absolute path), the
 * sha256 of its bytes and its identity when they were hashed (inode,
 * size, modification and change times): a file whose identity is the
 * same is not read again to find its hash (see `knownSha256`).
 *
 * And per output folder, the record of the last export to it
 * (`exports/<hash of the folder>.json`): which rendering of each document
 * its graph and page hold, and which files they are (inode, size,
 * modification time). The next export to that folder links those files
 * into its staging folder instead of writing them again, when the
 * rendering is the same and the files are untouched (see `run.ts`).
 */
import {closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync, writeSync} from 'node:fs'
import {createHash} from 'node:crypto'
import {join} from 'node:path'
import {noTimings} from './clock.js'
import {leadingLength, type Processed, type Rendered, type Summary} from './document.js'
import {alive} from './write/output.js'

/** Where an entry is: its pack, the offset of its head, the length of its head (JSON), of its outputs, and of their leading parts (see `leadingLength`). */
type Place = [pack: string, offset: number, head: number, body: number, leading: number]

/** A file as an export record knows it: what changes when anything rewrites it. */
export type Identity = string

/** The identity of the file at `path` (inode, size, modification time), or null when it is missing. */
export function identityOf(path: string): Identity | null {
  try {
    const stat = statSync(path, {bigint: true})
    return `${stat.ino}:${stat.size}:${stat.mtimeNs}`
  } catch {
    return null
  }
}

/**
 * An input file's identity for its known hash: inode, size, modification
 * and change times (any write changes the change time, which no program
 * sets), and whether it is settled: changed at least `settleMs` before
 * now. A file changed within the same tick of the file system's clock
 * could keep all four; one changed so recently is hashed anew each time.
 */
export interface InputIdentity {
  key: string
  settled: boolean
}

const settleMs = 2000

/** The identity of the input at `path` (null when it cannot be read), settled or not at `now`. */
export function inputIdentity(path: string, now = Date.now()): InputIdentity | null {
  try {
    const stat = statSync(path, {bigint: true})
    const changed = Number((stat.mtimeNs > stat.ctimeNs ? stat.mtimeNs : stat.ctimeNs) / 1_000_000n)
    return {key: `${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`, settled: changed < now - settleMs}
  } catch {
    return null
  }
}

/** Per document id: the rendering its graph and page hold (cache key, renames), and the two files' identities. */
export type ExportRecord = Record<string, [rendering: string, graph: Identity, page: Identity]>

/** An entry's head: the summary, and the lengths and rows of its outputs (none when refused). */
interface Head {
  summary: Summary
  lengths: number[] | null
  rows: Record<string, number> | null
  /** Its records, when it was stored with them (an event page's readout). */
  records?: Processed['records']
}

export class Cache {
  private readonly root: string
  private index: Record<string, Place>
  /** The entries this export added, and the pack it writes them to (made at the first). */
  private readonly added: Record<string, Place> = {}
  private pack: {name: string; fd: number; size: number} | null = null
  private readonly readers = new Map<string, number>()
  /** Per input path: its identity and sha256 when last hashed; and whether this export added any. */
  private readonly inputs: Record<string, [identity: string, sha256: string]>
  private inputsChanged = false

  /** The cache in `folder`, for the pipeline `fingerprint` (other pipelines' entries are removed). */
  constructor(folder: string, fingerprint: string) {
    if (existsSync(folder)) for (const entry of readdirSync(folder)) if (entry !== fingerprint) rmSync(join(folder, entry), {recursive: true, force: true})
    this.root = join(folder, fingerprint)
    mkdirSync(this.root, {recursive: true})
    this.index = readIndex(this.root)
    this.inputs = readJson(join(this.root, 'inputs.json')) ?? {}
  }

  /** The sha256 of the input at `path` as last hashed, when its `identity` is the same and settled then and now. */
  knownSha256(path: string, identity: InputIdentity): string | undefined {
    const known = this.inputs[path]
    return identity.settled && known?.[0] === identity.key ? known[1] : undefined
  }

  /** Remember the sha256 of the input at `path`, hashed from its bytes as they were when it had `identity` (taken before they were read); kept only when settled. */
  rememberSha256(path: string, identity: InputIdentity, sha256: string): void {
    if (!identity.settled) return
    this.inputs[path] = [identity.key, sha256]
    this.inputsChanged = true
  }

  keyOf(source: string, sha256: string): string {
    return createHash('sha256').update(`${source}\u0000${sha256}`).digest('hex')
  }

  has(key: string): boolean {
    return key in this.index
  }

  /**
   * The document stored under `key`, or null (missing, or its pack lost or
   * cut short: processed again). With `leadingOnly`, of its outputs only
   * the table shares and text (its graph and page are not needed).
   */
  get(key: string, leadingOnly = false): Processed | null {
    const place = this.index[key]
    if (!place) return null
    const [pack, offset, headLength, bodyLength, leadingLength] = place
    try {
      let fd = this.readers.get(pack)
      if (fd === undefined) this.readers.set(pack, (fd = openSync(join(this.root, pack), 'r')))
      const bytes = new Uint8Array(headLength + (leadingOnly ? leadingLength : bodyLength))
      if (readSync(fd, bytes, 0, bytes.length, offset) !== bytes.length) return null
      const head = JSON.parse(Buffer.from(bytes.buffer, 0, headLength).toString('utf8')) as Head
      const rendered: Rendered | null = head.lengths && head.rows ? {bytes: bytes.subarray(headLength), lengths: head.lengths, rows: head.rows} : null
      return {summary: head.summary, rendered, timings: noTimings(), ...(head.records !== undefined ? {records: head.records} : {})}
    } catch {
      return null
    }
  }

  /** Store a processed document under `key` (appended to this export's pack). */
  put(key: string, {summary, rendered, records}: Processed): void {
    if (!this.pack) {
      const name = `${process.pid}-${Date.now()}.pack`
      this.pack = {name, fd: openSync(join(this.root, name), 'wx'), size: 0}
    }
    const head = Buffer.from(JSON.stringify({summary, lengths: rendered?.lengths ?? null, rows: rendered?.rows ?? null, ...(records !== undefined ? {records} : {})} satisfies Head))
    const body = rendered?.bytes ?? new Uint8Array(0)
    const offset = this.pack.size
    writeAll(this.pack.fd, head, offset)
    writeAll(this.pack.fd, body, offset + head.length)
    this.pack.size += head.length + body.length
    this.added[key] = [this.pack.name, offset, head.length, body.length, rendered ? leadingLength(rendered.lengths) : 0]
  }

  /**
   * Index what this export added (with what another export may have indexed
   * since this one started), then remove the packs no entry points to and
   * no running export is writing.
   */
  commit(): void {
    if (this.pack) closeSync(this.pack.fd)
    this.pack = null
    if (Object.keys(this.added).length) {
      this.index = {...readIndex(this.root), ...this.added}
      const partial = join(this.root, `index.json.${process.pid}.partial`)
      writeFileSync(partial, JSON.stringify(this.index))
      renameSync(partial, join(this.root, 'index.json'))
    }
    if (this.inputsChanged) {
      const partial = join(this.root, `inputs.json.${process.pid}.partial`)
      writeFileSync(partial, JSON.stringify(this.inputs))
      renameSync(partial, join(this.root, 'inputs.json'))
      this.inputsChanged = false
    }
    const used = new Set(Object.values(this.index).map(([pack]) => pack))
    for (const name of readdirSync(this.root)) {
      const pid = Number(name.split('-')[0])
      if (name.endsWith('.pack') && !used.has(name) && pid !== process.pid && !alive(pid)) rmSync(join(this.root, name), {force: true})
    }
  }

  private exportPath(output: string): string {
    return join(this.root, 'exports', `${createHash('sha256').update(output).digest('hex').slice(0, 16)}.json`)
  }

  /** What the last export from this cache to `output` wrote there (empty when unknown). */
  previousExport(output: string): ExportRecord {
    try {
      return JSON.parse(readFileSync(this.exportPath(output), 'utf8')) as ExportRecord
    } catch {
      return {}
    }
  }

  /** Keep what this export wrote to `output` (written aside, renamed into place). */
  saveExport(output: string, record: ExportRecord): void {
    const path = this.exportPath(output)
    mkdirSync(join(this.root, 'exports'), {recursive: true})
    writeFileSync(`${path}.${process.pid}.partial`, JSON.stringify(record))
    renameSync(`${path}.${process.pid}.partial`, path)
  }

  /** Close the files; an uncommitted pack stays for the next export to remove. */
  close(): void {
    if (this.pack) closeSync(this.pack.fd)
    this.pack = null
    for (const fd of this.readers.values()) closeSync(fd)
    this.readers.clear()
  }
}

function readIndex(root: string): Record<string, Place> {
  return readJson(join(root, 'index.json')) ?? {}
}

/** The JSON in the file at `path`, or null when it is missing or unreadable. */
function readJson<T>(path: string): T | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T
  } catch {
    return null
  }
}

function writeAll(fd: number, bytes: Uint8Array, position: number): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, position + done)
}
