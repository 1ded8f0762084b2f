/**
 * The input files as files, before any is read as a readout: a file's
 * document id, the size limit and reading a file no further than that
 * limit. The main thread needs these to list and hash the inputs without
 * loading the stages (which only the workers run).
 */
import {closeSync, fstatSync, openSync, readSync} from 'node:fs'

/** `document_id` as the contract defines it: the file name without extension, slugged. */
export function documentIdOf(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '')
  return base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
}

/**
 * The largest file read as a readout: 1 MiB. A readout page is a few
 * kilobytes (the longest seen are under 100 KB); a larger file is not one
 * page, and its text would only cost time and memory.
 */
export const maxInputBytes = 1 << 20

/** Why a file of `size` bytes is refused, and where in its first bytes (`head`) the limit falls. */
export function tooLarge(size: number, head: Uint8Array): {reason: string; line: number; column: number} {
  const limit = head.subarray(0, maxInputBytes)
  let line = 1
  let lineStart = 0
  for (let i = 0; i < limit.length; i++) {
    if (limit[i] === 0x0a) {
      line++
      lineStart = i + 1
    }
  }
  const column = new TextDecoder().decode(limit.subarray(lineStart)).length + 1
  const mb = (size / (1 << 20)).toFixed(1)
  return {reason: `Unexpected file of ${mb} MB, expected a readout page of at most 1 MB (one page per file; is this the right file?)`, line, column}
}

/**
 * A file's size and its bytes: all of them when it is within
 * `maxInputBytes`, else only the first `maxInputBytes` (enough to say
 * where the limit falls). One open, its size from the open file.
 */
export function readBounded(path: string): {size: number; bytes: Buffer} {
  const fd = openSync(path, 'r')
  try {
    const size = fstatSync(fd).size
    const length = Math.min(size, maxInputBytes)
    const bytes = Buffer.allocUnsafe(length)
    let filled = 0
    while (filled < length) {
      const n = readSync(fd, bytes, filled, length - filled, filled)
      if (n === 0) break
      filled += n
    }
    return {size, bytes: filled === length ? bytes : bytes.subarray(0, filled)}
  } finally {
    closeSync(fd)
  }
}
