/** Cached files put into the output: hard links where possible, copies across file systems, failures named. */
import {existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {Placer} from '../pipeline/cache.js'

const work = mkdtempSync(join(tmpdir(), 'readout-placer-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

describe('the placer', () => {
  it('should hard-link every file, however many are under way at once', async () => {
    const placer = new Placer(3)
    for (let n = 0; n < 20; n++) {
      writeFileSync(join(work, `from-${n}`), `page ${n}`)
      await placer.place(join(work, `from-${n}`), join(work, `to-${n}`))
    }
    await placer.finish()
    for (let n = 0; n < 20; n++) {
      expect(readFileSync(join(work, `to-${n}`), 'utf8')).toBe(`page ${n}`)
      expect(statSync(join(work, `to-${n}`)).ino).toBe(statSync(join(work, `from-${n}`)).ino)
    }
  })

  // /dev/shm is another file system than the temporary folder on Linux (where CI runs).
  it.runIf(existsSync('/dev/shm') && statSync('/dev/shm').dev !== statSync(tmpdir()).dev)('should copy a file it cannot link (another file system)', async () => {
    const shm = mkdtempSync('/dev/shm/readout-placer-')
    try {
      writeFileSync(join(shm, 'page'), 'across')
      const placer = new Placer()
      await placer.place(join(shm, 'page'), join(work, 'copied'))
      await placer.finish()
      expect(readFileSync(join(work, 'copied'), 'utf8')).toBe('across')
      expect(statSync(join(work, 'copied')).ino).not.toBe(statSync(join(shm, 'page')).ino)
    } finally {
      rmSync(shm, {recursive: true, force: true})
    }
  })

  it('should name the file it could not place when it finishes', async () => {
    const placer = new Placer()
    await placer.place(join(work, 'missing'), join(work, 'nowhere'))
    await expect(placer.finish()).rejects.toThrow(`Cannot put ${join(work, 'missing')} into the output at ${join(work, 'nowhere')}`)
  })
})
