import {mkdtempSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {Cache, inputIdentity} from '../pipeline/cache.js'

const work = mkdtempSync(join(tmpdir(), 'readout-cache-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

describe('the hashes of unchanged inputs', () => {
  const input = join(work, 'readout.txt')
  const later = () => Date.now() + 10_000

  it('should give the hash of an input whose identity has not changed, in the next export', () => {
    writeFileSync(input, 'Minister Motegi met Secretary Rubio.\n')
    const cache = new Cache(join(work, 'cache'), 'test')
    cache.rememberSha256(input, inputIdentity(input, later())!, 'hash-one')
    cache.commit()
    cache.close()
    expect(new Cache(join(work, 'cache'), 'test').knownSha256(input, inputIdentity(input, later())!)).toBe('hash-one')
  })

  it('should not give it once the input is written again, even to the same size with its modification time put back', () => {
    const {mtime, size} = statSync(input)
    writeFileSync(input, 'Minister Motegi met Secretary Rubia.\n')
    utimesSync(input, mtime, mtime)
    expect(statSync(input).size).toBe(size)
    expect(new Cache(join(work, 'cache'), 'test').knownSha256(input, inputIdentity(input, later())!)).toBeUndefined()
  })

  it('should neither keep nor give the hash of an input changed in the last two seconds', () => {
    const cache = new Cache(join(work, 'cache'), 'test')
    const now = inputIdentity(input)!
    expect(now.settled).toBe(false)
    cache.rememberSha256(input, now, 'hash-two')
    expect(cache.knownSha256(input, now)).toBeUndefined()
    expect(cache.knownSha256(input, inputIdentity(input, later())!)).toBeUndefined()
    cache.close()
  })
})
