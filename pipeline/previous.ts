/**
 * The previous export's tables, reused. An export from a kept cache leaves
 * a record beside the cache's entries: which renderings of which documents
 * it wrote into the output's tables, in order, with the bytes each took,
 * and which files those tables are (inode, size, modification time). The
 * next export to the same folder copies the tables with the kernel's copy
 * while it reads the documents, keeps their unchanged beginning (the
 * documents up to the first that differs) and writes only the rest.
 * Re-exporting after adding or changing a few readouts then moves hundreds
 * of megabytes less through the process.
 *
 * The copy is taken only when every table is still the file the record
 * names and starts with the same header; otherwise tables are written
 * whole, as on a first export.
 */
import {closeSync, openSync, readSync, statSync} from 'node:fs'
import {join} from 'node:path'

/** A file as the record knows it: what changes when anything rewrites it. */
export interface FileIdentity {
  ino: string
  size: string
  mtime: string
}

/** What an export wrote into its tables. */
export interface ExportRecord {
  /** The output folder. */
  output: string
  /** Per document, in order: its rendering (cache key and tag) and its bytes in each share file. */
  documents: {rendering: string; lengths: number[]}[]
  /** Each share file as written, in the same order as `lengths`. */
  files: FileIdentity[]
}

/** How much of each share file the next export copies from the previous one. */
export interface Reuse {
  /** Documents at the start whose shares are copied. */
  documents: number
  /** Bytes copied of each share file (its header included). */
  bytes: number[]
}

export function identityOf(path: string): FileIdentity | null {
  try {
    const stat = statSync(path, {bigint: true})
    return {ino: String(stat.ino), size: String(stat.size), mtime: String(stat.mtimeNs)}
  } catch {
    return null
  }
}

const same = (a: FileIdentity | null, b: FileIdentity) => a !== null && a.ino === b.ino && a.size === b.size && a.mtime === b.mtime

/** The file at `path` starts with `header` (false when it cannot be read). */
function startsWith(path: string, header: string): boolean {
  const expected = Buffer.from(header)
  const found = Buffer.alloc(expected.length)
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch {
    return false
  }
  try {
    return readSync(fd, found, 0, found.length, 0) === found.length && found.equals(expected)
  } finally {
    closeSync(fd)
  }
}

/**
 * The tables of the previous export `record` are still in `output` as it
 * wrote them: the same files (inode, size, modification time) starting with
 * the same headers. Only then is any of them copied.
 */
export function intact(record: ExportRecord | null, output: string, paths: string[], headers: string[]): record is ExportRecord {
  if (!record || record.output !== output || record.files.length !== paths.length) return false
  return paths.every((relative, f) => {
    const path = join(output, relative)
    return same(identityOf(path), record.files[f]) && startsWith(path, headers[f])
  })
}

/**
 * What can be kept of the tables of the previous export `record`, copied
 * (once found `intact`), in the export of `renderings` (in order) whose
 * share files start with `headers`: the documents up to the first that
 * differs, and the bytes they take with the header in each file.
 */
export function kept(record: ExportRecord, renderings: string[], headers: string[]): Reuse {
  let documents = 0
  const unchanged = (d: number) => record.documents[d].rendering === renderings[d] && record.documents[d].lengths?.length === headers.length
  while (documents < renderings.length && documents < record.documents.length && unchanged(documents)) documents++
  const bytes = headers.map((header, f) => {
    let total = Buffer.byteLength(header)
    for (let d = 0; d < documents; d++) total += record.documents[d].lengths[f]
    return total
  })
  return {documents, bytes}
}
