import {appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync, existsSync, mkdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parse} from 'csv-parse/sync'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {goldCorpus, tree} from './helpers.js'
import {processDocument} from '../pipeline/document.js'
import {exportFolder} from '../pipeline/run.js'
import {schemas} from '../pipeline/schemas.js'
import {problemsOf} from '../pipeline/validate.js'
import {tableNames, type TableName} from '../pipeline/types.js'

const seed = '2017-03-16-japan-us-foreign-ministers-meeting'
const work = mkdtempSync(join(tmpdir(), 'readout-pipeline-'))
const output = join(work, 'out')

function table(folder: string, name: TableName): Record<string, string>[] {
  return parse(readFileSync(join(folder, 'csv', `${name}.csv`), 'utf8'), {columns: true}) as Record<string, string>[]
}


beforeAll(async () => {
  const result = await exportFolder({input: 'input', output})
  expect(result.written).toBe(true)
})
afterAll(() => rmSync(work, {recursive: true, force: true}))

describe('the export of the seed', () => {
  it('should write every table with the columns of its schema, in order', () => {
    for (const name of tableNames) {
      const header = readFileSync(join(output, 'csv', `${name}.csv`), 'utf8').split('\n')[0]
      expect(header).toBe(Object.keys(schemas[name].properties).join(','))
    }
  })

  it('should report the meeting, the working dinner and both principals', () => {
    const meetings = table(output, 'meetings')
    expect(meetings.map((m) => [m.meeting_id, m.kind, m.format, m.date, m.start_time, m.duration_minutes, m.duration_qualifier])).toEqual([
      [`${seed}/m1`, 'meeting', 'in_person', '2017-03-16', '14:15', '80', 'approximately'],
      [`${seed}/m2`, 'working_dinner', 'in_person', '2017-03-16', '17:40', '60', 'nearly']
    ])
    const principals = table(output, 'participants').filter((p) => p.meeting_id === `${seed}/m1`)
    expect(principals.map((p) => [p.role, p.given_name, p.family_name, p.honorific, p.title, p.country])).toEqual([
      ['host', 'Fumio', 'Kishida', 'Mr.', 'Minister for Foreign Affairs', 'JP'],
      ['guest', 'Rex W.', 'Tillerson', 'the Honorable', 'Secretary of State', 'US']
    ])
  })

  it('should tie acronyms to their expansions and keep places apart from countries', () => {
    const entities = new Map(table(output, 'entities').map((e) => [e.entity_id, e]))
    const byAcronym = (acronym: string) => [...entities.values()].find((e) => e.acronym === acronym)
    expect(byAcronym('ROK')?.entity_id).toBe('country:kr')
    expect(byAcronym('UNSC')?.name).toBe('United Nations Security Council')
    expect(byAcronym('ASEAN')?.name).toBe('Association of Southeast Asian Nations')
    expect(byAcronym('TPP')?.name).toBe('Trans-Pacific Partnership')
    expect(byAcronym('MCAS')?.name).toBe('Marine Corps Air Station')
    for (const place of ['Asia-Pacific', 'Indo-Pacific', 'Middle East', 'Okinawa', 'Henoko', 'Senkaku Islands', 'East China Sea', 'South China Sea']) {
      expect([...entities.values()].find((e) => e.name === place)?.type, place).toBe('place')
    }
    expect([...entities.values()].filter((e) => e.type === 'person').map((e) => e.family_name)).not.toContain('Abe')
  })

  it('should slice every mention and statement back out of the source exactly', () => {
    const source = Array.from(readFileSync(`input/${seed}.txt`, 'utf8'))
    for (const m of table(output, 'mentions')) expect(source.slice(Number(m.start), Number(m.end)).join('')).toBe(m.text)
    for (const s of table(output, 'statements')) {
      expect(source.slice(Number(s.start), Number(s.end)).join('')).toBe(s.content)
      expect(source.slice(Number(s.sentence_start), Number(s.sentence_end)).join('')).toBe(s.sentence)
    }
  })

  it('should give unique primary keys and foreign keys that resolve', () => {
    const rows = Object.fromEntries(tableNames.map((name) => [name, table(output, name)])) as Record<TableName, Record<string, string>[]>
    for (const name of tableNames) {
      const schema = schemas[name]
      const keys = rows[name].map((row) => schema['x-primaryKey'].map((k) => row[k]).join('\u0000'))
      expect(new Set(keys).size, name).toBe(keys.length)
      for (const fk of schema['x-foreignKeys']) {
        const target = new Set(rows[fk.reference.resource as TableName].map((row) => fk.reference.fields.map((k) => row[k]).join('\u0000')))
        for (const row of rows[name]) {
          const value = fk.fields.map((k) => row[k]).join('\u0000')
          if (fk.fields.some((k) => row[k] === '')) continue
          expect(target.has(value), `${name}.${fk.fields} = ${value}`).toBe(true)
        }
      }
    }
  })

  it('should write rows that pass their schemas', () => {
    for (const name of tableNames) {
      const schema = schemas[name]
      for (const row of table(output, name)) {
        const record = Object.fromEntries(
          Object.entries(row).map(([k, v]) => {
            const type = [schema.properties[k].type].flat()
            return [k, v === '' && type.includes('null') ? null : type.includes('integer') && v !== '' ? Number(v) : v]
          })
        )
        expect(problemsOf(name, record), `${name} ${JSON.stringify(record).slice(0, 80)}`).toEqual([])
      }
    }
  })

  it('should write the same bytes on a second run', async () => {
    const again = join(work, 'again')
    await exportFolder({input: 'input', output: again})
    expect(tree(again)).toEqual(tree(output))
  })
})

describe('one document at a time', () => {
  it('should give a document the same records whatever was processed before it', () => {
    const names = readdirSync('tests/gold').filter((f) => f.endsWith('.txt')).sort()
    const alone = new Map(names.map((name) => [name, JSON.stringify(processDocument(readFileSync(join('tests/gold', name)), name).data.records)]))
    for (const name of [...names].reverse()) {
      expect(JSON.stringify(processDocument(readFileSync(join('tests/gold', name)), name).data.records), name).toBe(alone.get(name))
    }
  })
})

describe('one id per person, country and organization across documents', () => {
  it('should give "Mr. MOTEGI Toshimitsu", "Toshimitsu Motegi" and "Minister Motegi" one id, and the same for countries and organizations', async () => {
    const input = join(work, 'identity')
    mkdirSync(input)
    const page = (who: string, body: string) =>
      `Japan-Chile Relations\n\nJune 2, 2021\n\nOn June 2, from 10:00 a.m. for approximately 30 minutes, ${who}, Minister for Foreign Affairs, held a meeting with H.E. Ms. Ana Silva, Minister of Foreign Affairs of the Republic of Chile.\n\n1. ${body}\n`
    writeFileSync(join(input, 'a.txt'), page('Mr. MOTEGI Toshimitsu', 'The two ministers confirmed that the United States of America and the UN Security Council matter.'))
    writeFileSync(join(input, 'b.txt'), page('Mr. Toshimitsu Motegi', 'Minister Motegi stated that the U.S. and the UNSC matter.'))
    writeFileSync(join(input, 'c.txt'), `Japan-Chile Relations\n\nJune 3, 2021\n\nOn June 3, Minister Motegi held a telephone talk with Minister Silva.\n\n1. Minister Motegi stated that American support matters.\n`)
    // The same person with and without a middle initial, in two documents.
    writeFileSync(join(input, 'd.txt'), page('Mr. Rex W. Tillerson', 'Minister Tillerson stated that trade matters.'))
    writeFileSync(join(input, 'e.txt'), page('Mr. Rex Tillerson', 'Minister Tillerson stated that trade matters.'))
    await exportFolder({input, output: join(work, 'identity-out')})
    const mentions = parse(readFileSync(join(work, 'identity-out', 'csv', 'mentions.csv'), 'utf8'), {columns: true}) as Record<string, string>[]
    const idsOf = (pattern: RegExp) => [...new Set(mentions.filter((m) => pattern.test(m.text)).map((m) => m.entity_id))]
    expect(idsOf(/motegi/i)).toEqual(['person:toshimitsu-motegi'])
    expect(idsOf(/tillerson/i)).toEqual(['person:rex-tillerson'])
    const entities = parse(readFileSync(join(work, 'identity-out', 'csv', 'entities.csv'), 'utf8'), {columns: true}) as Record<string, string>[]
    expect(entities.filter((e) => /tillerson/i.test(e.name)).map((e) => [e.entity_id, e.aliases])).toEqual([['person:rex-tillerson', 'Rex Tillerson|Rex W. Tillerson|Tillerson']])
    expect(idsOf(/^(?:United States of America|U\.S\.|American)$/)).toEqual(['country:us'])
    expect(idsOf(/^(?:UN Security Council|UNSC)$/)).toEqual(['organization:united-nations-security-council'])
    expect(new Set(mentions.filter((m) => /motegi/i.test(m.text)).map((m) => m.document_id))).toEqual(new Set(['a', 'b', 'c']))
  })

  it('should write the renamed documents in their place, the same with no worker thread, one, two, and from the cache', async () => {
    const input = join(work, 'identity')
    const cache = join(work, 'identity-cache')
    await exportFolder({input, output: join(work, 'identity-none'), workers: 0})
    await exportFolder({input, output: join(work, 'identity-one'), workers: 1})
    await exportFolder({input, output: join(work, 'identity-cached'), workers: 2, cache})
    const again = await exportFolder({input, output: join(work, 'identity-cached'), workers: 2, cache})
    expect(again.fromCache).toBe(5)
    expect(tree(join(work, 'identity-none'))).toEqual(tree(join(work, 'identity-out')))
    expect(tree(join(work, 'identity-one'))).toEqual(tree(join(work, 'identity-out')))
    expect(tree(join(work, 'identity-cached'))).toEqual(tree(join(work, 'identity-out')))
  })

  it('should link a renamed document from the last export while its renames hold, and write it as a clean export does when they no longer do', async () => {
    const input = join(work, 'renames')
    mkdirSync(input)
    for (const name of ['a.txt', 'b.txt', 'c.txt']) writeFileSync(join(input, name), readFileSync(join(work, 'identity', name)))
    const output = join(work, 'renames-out')
    const cache = join(work, 'renames-cache')
    const graphOfC = () => statSync(join(output, 'jsonld', 'c.jsonld'))
    const idsInC = () => (parse(readFileSync(join(output, 'csv', 'mentions.csv'), 'utf8'), {columns: true}) as Record<string, string>[]).filter((m) => m.document_id === 'c' && /motegi/i.test(m.text)).map((m) => m.entity_id)
    await exportFolder({input, output, workers: 0, cache})
    // "Minister Motegi" alone in c is the Toshimitsu Motegi of a and b.
    expect(new Set(idsInC())).toEqual(new Set(['person:toshimitsu-motegi']))
    const before = graphOfC()
    await exportFolder({input, output, workers: 0, cache})
    expect(graphOfC().ino).toBe(before.ino)
    // Another Motegi: "Minister Motegi" can be either, and is renamed to neither.
    writeFileSync(join(input, 'd.txt'), readFileSync(join(input, 'b.txt'), 'utf8').replaceAll('Toshimitsu', 'Hiroshi'))
    await exportFolder({input, output, workers: 0, cache})
    expect(idsInC()).not.toContain('person:toshimitsu-motegi')
    await exportFolder({input, output: join(work, 'renames-clean'), workers: 0})
    expect(tree(output)).toEqual(tree(join(work, 'renames-clean')))
  })
})

describe('workers and the cache', () => {
  it('should write the same bytes on this thread, with two workers, and from the cache after a change', async () => {
    const input = goldCorpus(join(work, 'many'), 12)
    const cache = join(work, 'cache')
    await exportFolder({input, output: join(work, 'one'), workers: 0})
    await exportFolder({input, output: join(work, 'two'), workers: 2})
    expect(tree(join(work, 'two'))).toEqual(tree(join(work, 'one')))
    // Fill the cache, change one readout, export again from the cache: as a clean export.
    await exportFolder({input, output: join(work, 'cached'), workers: 2, cache})
    const [first] = readdirSync(input).sort()
    writeFileSync(join(input, first), `${readFileSync(join(input, first), 'utf8')}\n9. The two ministers agreed to meet again next year.\n`)
    await exportFolder({input, output: join(work, 'cached'), workers: 2, cache})
    await exportFolder({input, output: join(work, 'clean'), workers: 0})
    expect(tree(join(work, 'cached'))).toEqual(tree(join(work, 'clean')))
    expect(tree(join(work, 'clean'))).not.toEqual(tree(join(work, 'one')))
  }, 60_000)

  it('should process documents again when the cache has lost its pack or part of it', async () => {
    const input = goldCorpus(join(work, 'mend'), 3)
    const cache = join(work, 'mend-cache')
    await exportFolder({input, output: join(work, 'mend-clean'), workers: 0})
    await exportFolder({input, output: join(work, 'mend-out'), workers: 0, cache})
    const packs = () => (readdirSync(cache, {recursive: true}) as string[]).filter((path) => path.endsWith('.pack'))
    expect(packs().length).toBe(1)
    // Cut short in the middle: the first document read back, the ones cut processed again.
    const pack = join(cache, packs()[0])
    truncateSync(pack, Math.floor(statSync(pack).size * 0.4))
    const cut = await exportFolder({input, output: join(work, 'mend-out'), workers: 0, cache})
    expect(cut.fromCache).toBeGreaterThanOrEqual(1)
    expect(cut.fromCache).toBeLessThan(3)
    expect(tree(join(work, 'mend-out'))).toEqual(tree(join(work, 'mend-clean')))
    // Gone: every document processed again.
    for (const path of packs()) rmSync(join(cache, path))
    const lost = await exportFolder({input, output: join(work, 'mend-out'), workers: 0, cache})
    expect(lost.fromCache).toBe(0)
    expect(tree(join(work, 'mend-out'))).toEqual(tree(join(work, 'mend-clean')))
    expect((await exportFolder({input, output: join(work, 'mend-out'), workers: 0, cache})).fromCache).toBe(3)
  })
})

describe('re-exporting to the same folder', () => {
  const input = join(work, 'reuse')
  const cache = join(work, 'reuse-cache')
  const out = join(work, 'reuse-out')
  const clean = async () => {
    await exportFolder({input, output: join(work, 'reuse-clean'), workers: 0})
    return tree(join(work, 'reuse-clean'))
  }

  it('should read unchanged readouts from the cache and write what a clean export writes', async () => {
    // Eight readouts that share no person written in full in one and by family name alone in another: no renames, which are processed again at the end.
    goldCorpus(input, 8, [
      '2010-11-13-japan-china-foreign-ministers-yokohama.txt',
      '2011-03-14-ph-del-rosario-clinton-telephone-republished.txt',
      '2011-09-19-japan-rok-summit-telephone.txt',
      '2011-10-28-japan-mongolia-hanoi.txt',
      '2012-05-20-japan-us-summit-chicago.txt',
      '2013-01-11-japan-philippines-foreign-ministers-meeting.txt',
      '2014-01-31-ua-mfa-kozhara-sikorski-munich.txt',
      '2014-04-24-japan-us-summit-working-dinner.txt'
    ])
    expect((await exportFolder({input, output: out, workers: 0, cache})).fromCache).toBe(0)
    // The fifth readout changed, one added after the last.
    const names = readdirSync(input).sort()
    const fifth = join(input, names[4])
    writeFileSync(fifth, `${readFileSync(fifth, 'utf8')}\n9. The two ministers agreed to meet again next year.\n`)
    writeFileSync(join(input, 'zz-added.txt'), `${readFileSync(join(input, names[0]), 'utf8')}\n9. The two ministers agreed to keep in contact.\n`)
    const again = await exportFolder({input, output: out, workers: 2, cache})
    expect(again.fromCache).toBe(7)
    expect(tree(out)).toEqual(await clean())
    // Nothing changed: every readout from the cache, one pack per export that processed some.
    const unchanged = await exportFolder({input, output: out, workers: 0, cache})
    expect(unchanged.fromCache).toBe(9)
    expect(tree(out)).toEqual(await clean())
    expect((readdirSync(cache, {recursive: true}) as string[]).filter((path) => path.endsWith('.pack')).length).toBe(2)
  }, 60_000)

  it('should link the pages and graphs the last export wrote, and write again those changed since, by it or by hand', async () => {
    const names = readdirSync(input).sort()
    const page = (name: string) => join(out, 'markdown', `${name.replace(/\.txt$/, '')}.md`)
    const before = names.map((name) => statSync(page(name)).ino)
    const second = join(input, names[1])
    writeFileSync(second, `${readFileSync(second, 'utf8')}\n9. The two ministers agreed to write again.\n`)
    appendFileSync(page(names[2]), 'edited by hand\n')
    appendFileSync(join(out, 'csv', 'statements.csv'), 'edited by hand\n')
    expect((await exportFolder({input, output: out, workers: 0, cache})).fromCache).toBe(8)
    expect(tree(out)).toEqual(await clean())
    const after = names.map((name) => statSync(page(name)).ino)
    expect(after.map((ino, n) => ino === before[n])).toEqual(names.map((_, n) => n !== 1 && n !== 2))
  })

  it('should write the same output into another folder from the cache', async () => {
    const elsewhere = join(work, 'reuse-elsewhere')
    expect((await exportFolder({input, output: elsewhere, workers: 0, cache})).fromCache).toBe(9)
    expect(tree(elsewhere)).toEqual(await clean())
  })

  it('should keep the text read of each web page when it links the page and graph', async () => {
    const pages = join(work, 'reuse-pages')
    mkdirSync(pages)
    for (const site of ['govuk', 'state']) cpSync(join('tests/fixtures/html', site, 'page.html'), join(pages, `${site}.html`))
    const target = join(work, 'reuse-pages-out')
    await exportFolder({input: pages, output: target, workers: 0, cache})
    const first = tree(target)
    expect([...first.keys()].filter((path) => path.startsWith('text/')).sort()).toEqual(['text/govuk.txt', 'text/state.txt'])
    expect((await exportFolder({input: pages, output: target, workers: 0, cache})).fromCache).toBe(2)
    expect(tree(target)).toEqual(first)
  })
})

describe('a failing export', () => {
  it('should leave the previous output untouched and say which file failed', async () => {
    const input = join(work, 'bad-input')
    const out = join(work, 'kept')
    mkdirSync(input)
    cpSync(`input/${seed}.txt`, join(input, `${seed}.txt`))
    await exportFolder({input, output: out})
    const before = tree(out)
    writeFileSync(join(input, 'empty.txt'), '')
    const result = await exportFolder({input, output: out})
    expect(result.written).toBe(false)
    expect(result.refused).toEqual([{source: 'empty.txt', reason: 'Unexpected empty file, expected the text of a readout'}])
    expect(tree(out)).toEqual(before)
    expect(readdirSync(work).filter((name) => name.includes('staging'))).toEqual([])
  })

  it('should export the good documents with --keep-going and list the refused one', async () => {
    const input = join(work, 'bad-input')
    const out = join(work, 'partial')
    const result = await exportFolder({input, output: out, keepGoing: true})
    expect(result.exported).toBe(1)
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'))
    expect(report.files.map((f: {source: string; status: string}) => [f.source, f.status])).toEqual([
      ['2017-03-16-japan-us-foreign-ministers-meeting.txt', 'exported'],
      ['empty.txt', 'refused']
    ])
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toContain('empty.txt')
    expect(existsSync(join(out, 'csv', 'statements.csv'))).toBe(true)
  })
})
