/** Every bad input gets a verdict: a message with its place and rule, and the right outcome. */
import {cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {processDocument} from '../pipeline/document.js'
import {exportFolder, UsageError} from '../pipeline/run.js'
import {OutputFolder} from '../pipeline/write/output.js'
import {tableRows} from './helpers.js'

const bad = 'tests/fixtures/bad'
const work = mkdtempSync(join(tmpdir(), 'readout-bad-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

function verdict(name: string) {
  const file = processDocument(readFileSync(join(bad, name)), name)
  return {
    messages: file.messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.ruleId} ${m.reason}`),
    exported: !file.messages.some((m) => m.fatal) && Boolean(file.data.records),
    file
  }
}

/** An input folder of fixtures under other names: name in the folder -> fixture. */
function inputOf(folder: string, files: Record<string, string>): string {
  const input = join(work, folder)
  mkdirSync(input)
  for (const [name, fixture] of Object.entries(files)) cpSync(join(bad, fixture), join(input, name))
  return input
}

describe('bad inputs', () => {
  it.each([
    ['empty.txt', false, '1:1 error empty-file Unexpected empty file, expected the text of a readout'],
    ['blank.txt', false, '1:1 error empty-file Unexpected empty file, expected the text of a readout'],
    ['binary.txt', false, '2:3 error binary-input Unexpected NUL byte, expected text: this looks like a binary file'],
    ['page.txt', false, '1:1 error html-input Unexpected HTML markup in a text file, expected plain text (rename it .html to read it as a web page)'],
    ['french.txt', false, '1:1 error not-english Unexpected text in another language, expected a readout in English (the rules read English only)'],
    ['japanese.txt', false, '1:1 error not-english Unexpected text in a non-Latin script, expected a readout in English (the rules read English only)'],
    ['windows-1252.txt', true, '7:41 warning not-utf8 Unexpected byte 0x93, expected UTF-8; decoded as Windows-1252'],
    ['utf-16.txt', true, '1:1 warning utf16-input Unexpected UTF-16LE encoding, expected UTF-8; decoded as UTF-16LE'],
    ['no-lead.txt', true, '1:1 warning no-lead Unexpected page without a lead paragraph, expected a sentence such as "On March 16, ... held a meeting with ..."']
  ])('%s: should say exactly what is wrong, and where', (name, exported, message) => {
    const result = verdict(name)
    expect(result.messages).toEqual([message])
    expect(result.exported).toBe(exported)
  })

  it('should refuse a file over 1 MB without processing it, at the line and column where the limit falls', async () => {
    // 20,000 lines of 60 bytes: 1,200,000 bytes; the 1,048,577th (past 1 MiB) is on line 17,477, column 17.
    const line = 'The two ministers confirmed that they will meet again soon.\n'
    const expected = '17477:17 error too-large Unexpected file of 1.1 MB, expected a readout page of at most 1 MB (one page per file; is this the right file?)'
    const file = processDocument(new TextEncoder().encode(line.repeat(20000)), 'huge.txt')
    expect(file.messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.ruleId} ${m.reason}`)).toEqual([expected])
    expect(file.data.records).toBeUndefined()

    // In an export it is refused before being read whole, with the same message.
    const input = join(work, 'huge')
    mkdirSync(input)
    writeFileSync(join(input, 'huge.txt'), line.repeat(20000))
    const result = await exportFolder({input, output: join(work, 'huge-out'), workers: 0})
    expect(result.written).toBe(false)
    expect(result.refused).toEqual([{source: 'huge.txt', reason: expected.replace(/^.* too-large /, '')}])
    expect(result.files[0].messages.map((m) => `${m.line}:${m.column}`)).toEqual(['17477:17'])
  })

  it.each([
    ['an overlong form', [0x41, 0x0a, 0x42, 0xe0, 0x80, 0x80], '2:2', '0xE0'],
    ['a surrogate', [0x41, 0xed, 0xa0, 0x80], '1:2', '0xED'],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], '1:1', '0xF4']
  ])('should read bytes that are not UTF-8 (%s) as Windows-1252, naming the first bad byte', (_, bytes, place, byte) => {
    const file = processDocument(Uint8Array.from(bytes), 'bytes.txt')
    const notUtf8 = file.messages.find((m) => m.ruleId === 'not-utf8')
    expect(`${notUtf8?.line}:${notUtf8?.column} ${notUtf8?.reason}`).toBe(`${place} Unexpected byte ${byte}, expected UTF-8; decoded as Windows-1252`)
  })

  it('should decode Windows-1252 curly quotes to the right characters', () => {
    const {file} = verdict('windows-1252.txt')
    expect(file.data.records!.statements[0].content).toBe('the \u201ctalks\u201d will continue')
  })

  it.each(['crlf-tabs-nbsp.txt', 'lone-cr.txt', 'astral.txt', 'utf-16.txt'])('%s: should give offsets that slice back exactly', (name) => {
    const {file, messages} = verdict(name)
    expect(messages.filter((m) => m.includes('error'))).toEqual([])
    const records = file.data.records!
    const points = Array.from(String(file.value))
    expect(records.meetings[0]).toMatchObject({date: '2019-06-02', start_time: '10:00', duration_minutes: 30})
    expect(records.statements.length).toBe(1)
    for (const s of records.statements) expect(points.slice(s.start, s.end).join('')).toBe(s.content)
    for (const m of records.mentions) expect(points.slice(m.start, m.end).join('')).toBe(m.text)
    expect(records.participants.map((p) => p.family_name)).toEqual(['Yamada', 'Silva'])
  })

  it('should export the same document twice only once, with a warning naming the first', async () => {
    const input = inputOf('twice', {'a-meeting.txt': 'crlf-tabs-nbsp.txt', 'b-meeting.txt': 'crlf-tabs-nbsp.txt'})
    const result = await exportFolder({input, output: join(work, 'twice-out')})
    expect(result.exported).toBe(1)
    expect(result.files[1].messages.map(String)).toEqual(['b-meeting.txt:1:1: Unexpected copy of a-meeting.txt (same sha256), expected each readout once; exported once'])
  })

  it('should export the later of two file names that give the same document id under a numbered id, naming both', async () => {
    const input = inputOf('clash', {'Talk.txt': 'crlf-tabs-nbsp.txt', 'talk.txt': 'astral.txt'})
    const result = await exportFolder({input, output: join(work, 'clash-out')})
    expect(result.refused).toEqual([])
    expect(result.exported).toBe(2)
    expect(result.files.find((f) => f.path === 'talk.txt')!.messages.map((m) => [m.ruleId, m.fatal, m.reason])).toEqual([['document-id-clash', null, 'Unexpected document id talk, already given by Talk.txt; exported as talk-2']])
    expect(tableRows(join(work, 'clash-out', 'csv', 'documents.csv')).map((d) => [d.document_id, d.source])).toEqual([
      ['talk', 'Talk.txt'],
      ['talk-2', 'talk.txt']
    ])
  })

  it('should skip a symbolic link with a warning', async () => {
    const input = inputOf('links', {'real.txt': 'astral.txt'})
    symlinkSync(join(input, 'real.txt'), join(input, 'link.txt'))
    const result = await exportFolder({input, output: join(work, 'links-out')})
    expect(result.exported).toBe(1)
    expect(result.files.find((f) => f.path === 'link.txt')!.messages.map((m) => [m.ruleId, m.reason])).toEqual([
      ['symbolic-link', 'Unexpected symbolic link, expected a regular file; skipped (copy the file instead)']
    ])
  })

  it('should refuse a file name that makes no id, and never write outside the output folder', async () => {
    const file = processDocument(readFileSync(join(bad, 'astral.txt')), '...txt')
    expect(file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['bad-file-name', true]])
    const folder = new OutputFolder(join(work, 'guarded'))
    expect(() => folder.write('../escaped.txt', 'x')).toThrow('Refusing to write outside the output folder: ../escaped.txt')
    folder.abandon()
    expect(readdirSync(work)).not.toContain('escaped.txt')
    await expect(exportFolder({input: bad, output: bad})).rejects.toThrow(UsageError)
  })
})
