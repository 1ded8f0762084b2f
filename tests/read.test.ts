import {createHash} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import {documentIdOf} from '../pipeline/inputs.js'
import {read} from '../pipeline/read.js'

const bytes = (s: string) => new TextEncoder().encode(s)

describe('read', () => {
  it('should derive the document id from the file name as the contract says', () => {
    expect(documentIdOf('2017-03-16 Japan_U.S. Meeting.txt')).toBe('2017-03-16-japan-u-s-meeting')
    expect(documentIdOf('sub/dir/Talk.TXT')).toBe('talk')
  })

  it('should remove a UTF-8 byte-order mark and hash the bytes as given', () => {
    const raw = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('On May 1, they met.')])
    const file = read(raw, 'a.txt')
    expect(String(file.value)).toBe('On May 1, they met.')
    expect(file.data.source!.sha256).toBe(createHash('sha256').update(raw).digest('hex'))
    expect(file.messages).toEqual([])
  })

  it('should refuse an empty or blank file with its place and rule', () => {
    const file = read(bytes('  \n\t\n'), 'blank.txt')
    expect(file.messages.map(String)).toEqual(['blank.txt:1:1: Unexpected empty file, expected the text of a readout'])
    expect(file.messages[0].ruleId).toBe('empty-file')
    expect(file.messages[0].fatal).toBe(true)
  })

  it('should refuse binary content at the first NUL byte', () => {
    const file = read(new Uint8Array([...bytes('ab\ncd'), 0, 1, 2]), 'bin.txt')
    expect(file.messages.map(String)).toEqual(['bin.txt:2:3: Unexpected NUL byte, expected text: this looks like a binary file'])
    expect(file.messages[0].ruleId).toBe('binary-input')
  })

  it('should decode Windows-1252 with a warning at the first non-UTF-8 byte', () => {
    const file = read(new Uint8Array([...bytes('Line one\nThe \u0093two sides\u0094'.replace(/[\u0093\u0094]/g, '')), 0x93, ...bytes('x'), 0x94]), 'cp.txt')
    expect(String(file.value)).toBe('Line one\nThe two sides\u201cx\u201d')
    expect(file.messages.map(String)).toEqual(['cp.txt:2:14: Unexpected byte 0x93, expected UTF-8; decoded as Windows-1252'])
    expect(file.messages[0].fatal).toBe(false)
  })

  it('should decode UTF-16 with a byte-order mark, with a warning', () => {
    const text = 'On May 1, they met.'
    const utf16 = new Uint8Array(2 + text.length * 2)
    utf16[0] = 0xff
    utf16[1] = 0xfe
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i)
    const file = read(utf16, 'wide.txt')
    expect(String(file.value)).toBe(text)
    expect(file.messages[0].ruleId).toBe('utf16-input')
  })

  it('should refuse HTML', () => {
    const file = read(bytes('\n<!DOCTYPE html><html><body>x</body></html>'), 'page.txt')
    expect(file.messages.map(String)).toEqual(['page.txt:2:1: Unexpected HTML markup in a text file, expected plain text (rename it .html to read it as a web page)'])
  })
})
