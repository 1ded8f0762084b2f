/**
 * The writing side of an export: share files whose documents are replaced
 * at the end, and stage timings that measure CPU only when asked.
 */
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, afterEach, describe, expect, it} from 'vitest'
import {measureCpu, noTimings, timed} from '../pipeline/clock.js'
import {OutputFolder, ShareFiles} from '../pipeline/write/output.js'

const work = mkdtempSync(join(tmpdir(), 'readout-output-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

const bytes = (text: string) => Buffer.from(text)

describe('share files', () => {
  it('should put a replaced document in its place, keep the others, and leave no side file', async () => {
    const folder = new OutputFolder(join(work, 'replaced'))
    const shares = new ShareFiles(folder, ['a.csv', 'b.csv'], ['A\n', 'B\n'])
    shares.add([bytes('a0\n'), bytes('b0\n')])
    shares.add([bytes('a1\n'), bytes('b1\n')])
    shares.add([bytes('a2\n'), bytes('b2\n')])
    shares.replace(1, [bytes('a1 renamed\n'), bytes('b1 renamed\n')])
    shares.settle()
    // Appending goes on after the replacement.
    shares.add([bytes('a3\n'), bytes('b3\n')])
    shares.close()
    expect(readdirSync(folder.staging).sort()).toEqual(['a.csv', 'b.csv'])
    expect(readFileSync(join(folder.staging, 'a.csv'), 'utf8')).toBe('A\na0\na1 renamed\na2\na3\n')
    expect(readFileSync(join(folder.staging, 'b.csv'), 'utf8')).toBe('B\nb0\nb1 renamed\nb2\nb3\n')
    folder.abandon()
  })

  it('should take the last of two replacements of the same document', async () => {
    const folder = new OutputFolder(join(work, 'twice'))
    const shares = new ShareFiles(folder, ['a.csv'], ['A\n'])
    shares.add([bytes('a0\n')])
    shares.add([bytes('a1\n')])
    shares.replace(0, [bytes('first\n')])
    shares.replace(0, [bytes('second\n')])
    shares.settle()
    shares.close()
    expect(readFileSync(join(folder.staging, 'a.csv'), 'utf8')).toBe('A\nsecond\na1\n')
    folder.abandon()
  })
})

describe('stage timings', () => {
  afterEach(() => measureCpu(false))

  it('should time a stage by the wall clock alone unless CPU time is asked for', () => {
    const timings = noTimings()
    timed(timings, 'parse', () => undefined)
    expect(Object.keys(timings.wall)).toEqual(['parse'])
    expect(timings.cpu).toEqual({})
  })

  it('should time a stage in CPU too when asked for', () => {
    measureCpu(true)
    const timings = noTimings()
    timed(timings, 'parse', () => undefined)
    expect(Object.keys(timings.cpu)).toEqual(['parse'])
  })
})
