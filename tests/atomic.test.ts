/**
 * Exports are all or nothing, and the same whatever the machine's clock,
 * locale or directory order. Runs the built CLI (`make test` builds it).
 */
import {spawn, spawnSync} from 'node:child_process'
import {cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {tree} from './helpers.js'

const cli = 'dist/pipeline/cli.js'
const work = mkdtempSync(join(tmpdir(), 'readout-atomic-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))


const same = (a: Map<string, string>, b: Map<string, string>) => a.size === b.size && [...a].every(([name, content]) => b.get(name) === content)

/** A corpus of many distinct readouts made from the gold set. */
function corpus(folder: string, copies: number) {
  mkdirSync(folder, {recursive: true})
  const sources = readdirSync('tests/gold').filter((f) => f.endsWith('.txt')).sort()
  for (let n = 0; n < copies; n++) {
    const source = sources[n % sources.length]
    writeFileSync(join(folder, `copy-${String(n).padStart(4, '0')}-${source}`), `${readFileSync(join('tests/gold', source), 'utf8')}\nCopy ${n}\n`)
  }
}

function exportWith(input: string, output: string, env: Record<string, string> = {}) {
  const result = spawnSync('node', [cli, 'export', '--input', input, '--output', output, '--quiet'], {env: {...process.env, ...env}, encoding: 'utf8'})
  expect(result.status, result.stderr).toBe(0)
}

describe('atomic export', () => {
  const input = join(work, 'input')
  const output = join(work, 'output')
  let before: Map<string, string>
  let after: Map<string, string>

  beforeAll(async () => {
    corpus(input, 120)
    exportWith(input, output)
    before = tree(output)
    // The next export has one readout more: a different dataset.
    cpSync('tests/fixtures/bad/astral.txt', join(input, 'zzz-new.txt'))
    const reference = join(work, 'reference')
    exportWith(input, reference)
    after = tree(reference)
    expect(after).not.toEqual(before)
    // Two exports of 120 readouts: more than the default 10 s of a hook on a loaded machine.
  }, 60_000)

  it('should leave the old output whole when the export is killed at any moment', async () => {
    const delays = [5, 40, 80, 150, 250, 400, 600, 900, 1300]
    let killedMidway = 0
    for (const delay of delays) {
      const child = spawn('node', [cli, 'export', '--input', input, '--output', output, '--quiet'], {stdio: 'ignore'})
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
      await new Promise((resolve) => setTimeout(resolve, delay))
      const killed = child.kill('SIGKILL')
      const code = await exited
      const now = tree(output)
      if (killed && code === null) killedMidway++
      // Either the old dataset, whole, or (if it finished first) the new one, whole.
      expect(same(now, before) || same(now, after), `killed after ${delay} ms`).toBe(true)
      if (same(now, after)) {
        // Start again from the old output for the next kill.
        rmSync(output, {recursive: true, force: true})
        mkdirSync(output)
        for (const [name, content] of before) {
          mkdirSync(join(output, name, '..'), {recursive: true})
          writeFileSync(join(output, name), content)
        }
      }
    }
    expect(killedMidway).toBeGreaterThan(0)
    // The next run cleans up after the killed ones and succeeds.
    exportWith(input, output)
    expect(tree(output)).toEqual(after)
    expect(readdirSync(work).filter((name) => name.startsWith('.output.'))).toEqual([])
  }, 60_000)
})

describe('a killed export without a cache', () => {
  it('should leave its temporary entries for the next run to remove', async () => {
    const input = join(work, 'temp-in')
    corpus(input, 60)
    const temp = join(work, 'tmp')
    mkdirSync(temp)
    const args = [cli, 'export', '--input', input, '--output', join(work, 'temp-out'), '--quiet', '--no-cache']
    const child = spawn('node', args, {stdio: 'ignore', env: {...process.env, TMPDIR: temp}})
    const exited = new Promise((resolve) => child.on('exit', resolve))
    // Killed once it has written entries.
    while (!readdirSync(temp).some((name) => name.startsWith(`readout-cache-${child.pid}-`))) await new Promise((resolve) => setTimeout(resolve, 10))
    await new Promise((resolve) => setTimeout(resolve, 300))
    child.kill('SIGKILL')
    await exited
    expect(readdirSync(temp).filter((name) => name.startsWith('readout-cache-'))).toHaveLength(1)
    const next = spawnSync('node', args, {env: {...process.env, TMPDIR: temp}, encoding: 'utf8'})
    expect(next.status, next.stderr).toBe(0)
    expect(readdirSync(temp)).toEqual([])
  }, 60_000)
})

describe('reproducible export', () => {
  it('should write the same bytes whatever the time zone, the locale and the order of the input files', () => {
    const input = join(work, 'repro-in')
    corpus(input, 12)
    const reversed = join(work, 'repro-reversed')
    mkdirSync(reversed)
    for (const name of readdirSync(input).sort().reverse()) cpSync(join(input, name), join(reversed, name))
    exportWith(input, join(work, 'a'), {TZ: 'UTC', LC_ALL: 'C', LANG: 'C'})
    exportWith(reversed, join(work, 'b'), {TZ: 'Pacific/Kiritimati', LC_ALL: 'tr_TR.UTF-8', LANG: 'tr_TR.UTF-8'})
    exportWith(input, join(work, 'c'), {TZ: 'America/Los_Angeles', LC_ALL: 'ja_JP.UTF-8', LANG: 'ja_JP.UTF-8'})
    const a = tree(join(work, 'a'))
    expect(tree(join(work, 'b'))).toEqual(a)
    expect(tree(join(work, 'c'))).toEqual(a)
  }, 60_000)
})
