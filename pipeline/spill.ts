/**
 * Values set aside during an export and read back at its end (the records
 * of documents the merge may rename, see `run.ts`), on disk rather than in
 * memory, so that memory does not grow with the documents: a temporary
 * file, removed from its folder as soon as it is made (it lives while open,
 * and nothing is left behind however the export ends), each value
 * serialised with V8's structured clone and appended.
 */
import {closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {deserialize, serialize} from 'node:v8'

/** Where a value lies in the spill: offset and length. */
export type SpillPlace = [offset: number, length: number]

export class Spill<T> {
  private fd: number | null = null
  private size = 0

  /** Append `value`; where it lies. */
  put(value: T): SpillPlace {
    this.fd ??= openUnlinked()
    const bytes = serialize(value)
    for (let done = 0; done < bytes.length; ) done += writeSync(this.fd, bytes, done, bytes.length - done, this.size + done)
    const place: SpillPlace = [this.size, bytes.length]
    this.size += bytes.length
    return place
  }

  /** The value put at `place`. */
  get([offset, length]: SpillPlace): T {
    const bytes = Buffer.alloc(length)
    for (let done = 0; done < length; ) {
      const read = readSync(this.fd!, bytes, done, length - done, offset + done)
      if (read === 0) throw new Error(`The export's spill file ended at ${offset + done} bytes, expected ${offset + length}`)
      done += read
    }
    return deserialize(bytes) as T
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd)
    this.fd = null
    this.size = 0
  }
}

/** A new file open for reading and writing, its name already removed. */
function openUnlinked(): number {
  const folder = mkdtempSync(join(tmpdir(), 'readout-spill-'))
  try {
    return openSync(join(folder, 'spill'), 'w+')
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}
