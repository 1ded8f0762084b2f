import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {exportFolder} from '../pipeline/run.js'

const work = mkdtempSync(join(tmpdir(), 'readout-markdown-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

const hostile = `Japan-Chile Relations

June 2, 2019

On June 2, commencing at 10:00 a.m. for approximately 30 minutes, Mr. Taro Yamada, Minister for Foreign Affairs, held a meeting with H.E. Ms. Ana Silva, Minister of Foreign Affairs of the Republic of Chile.

1 Trade | <script>alert(1)</script>

Minister Yamada stated that <img src=x onerror=alert(1)> | pipes | and [links](javascript:alert(1)) are text.
`

describe('Markdown pages', () => {
  it('should escape text from the input so it is never live HTML, a link or a broken table', async () => {
    const input = join(work, 'in')
    mkdirSync(input)
    writeFileSync(join(input, 'hostile.txt'), hostile)
    await exportFolder({input, output: join(work, 'out')})
    const page = readFileSync(join(work, 'out', 'markdown', 'hostile.md'), 'utf8')
    expect(page).not.toMatch(/(?<!\\)<script>/)
    expect(page).not.toMatch(/(?<!\\)<img/)
    expect(page).not.toMatch(/(?<!\\)\[links\]\(javascript/)
    // Every row of every table has as many unescaped cell separators as its header.
    const tables = page.split('\n\n').filter((block) => block.startsWith('|'))
    for (const table of tables) {
      const counts = table.split('\n').filter(Boolean).map((row) => row.replace(/\\\|/g, '').split('|').length)
      expect(new Set(counts).size, table).toBe(1)
    }
    expect(page).toContain('### 1 Trade \\| \\<script\\>alert(1)\\</script\\>')
    expect(page).toContain('\\<img src=x onerror=alert(1)\\> \\| pipes \\| and \\[links\\](javascript:alert(1)) are text')
  })
})
