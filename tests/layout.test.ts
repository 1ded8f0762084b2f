import {describe, expect, it} from 'vitest'
import {recognise} from '../pipeline/layout.js'

const page = `Japan-Fiji Relations

April 2, 2019
Japan-Fiji Foreign Ministers' Meeting1
Japan-Fiji Foreign Ministers' Meeting2

On April 2, commencing at 3:00 p.m. for approximately 40 minutes, Mr. Taro Kono, Minister for Foreign Affairs, held a meeting with Hon. Inia Seruiratu, Minister for Foreign Affairs of the Republic of Fiji. The overview is as follows.

1 Bilateral relations

(1) Fisheries

The two ministers confirmed cooperation.

(2) Climate

Minister Kono explained Japan's assistance.

2. The two ministers agreed to stay in touch.

Back to Japan-Fiji Relations
`

describe('layout', () => {
  const layout = recognise(page)

  it('should read the header: category, release date and a title from the photo captions', () => {
    expect(layout.category?.text).toBe('Japan-Fiji Relations')
    expect(layout.published?.date).toBe('2019-04-02')
    expect(layout.title?.text).toBe("Japan-Fiji Foreign Ministers' Meeting")
    expect(layout.lines.filter((l) => l.kind === 'caption').map((l) => l.text)).toEqual([
      "Japan-Fiji Foreign Ministers' Meeting1",
      "Japan-Fiji Foreign Ministers' Meeting2"
    ])
  })

  it('should find the lead and the footer', () => {
    expect(layout.lead.map((l) => l.text.slice(0, 11))).toEqual(['On April 2,'])
    expect(layout.footer?.text).toBe('Back to Japan-Fiji Relations')
  })

  it('should number sections, sub-sections and headless numbered paragraphs', () => {
    expect(layout.sections.map((s) => [s.number, s.title?.text ?? null, s.parent])).toEqual([
      ['1', 'Bilateral relations', null],
      ['1.1', 'Fisheries', '1'],
      ['1.2', 'Climate', '1'],
      ['2', null, null]
    ])
  })

  it('should end a section where its last line ends, before the next one or the footer', () => {
    const [first, , climate, last] = layout.sections
    expect(page.slice(climate.start, climate.end)).toBe("(2) Climate\n\nMinister Kono explained Japan's assistance.")
    expect(first.end).toBe(climate.end)
    expect(page.slice(last.start, last.end)).toBe('2. The two ministers agreed to stay in touch.')
  })

  it('should take a release date written after the title, or in a republished header', () => {
    expect(recognise('Talk Title\nMarch 3, 2020\n\nOn March 3, the two ministers held a telephone talk with each other.').published?.date).toBe('2020-03-03')
    const republished = recognise('[Ministry of Foreign Affairs of Japan] [Monday, Jun 8, 2015]\nMeeting (Overview)\nOn June 8, Mr. A held a meeting with Mr. B in the city.')
    expect(republished.published?.date).toBe('2015-06-08')
    expect(republished.title?.text).toBe('Meeting (Overview)')
  })

  it('should take the release date of a copy: the news agency\'s dateline, a labelled date; the copier\'s notes are not its title', () => {
    const agency = recognise('TOKYO, Sept. 19 (Kyodo) -- The following is the text of a press release issued by the Ministry of Foreign Affairs of Japan on Sept. 18, 2023:\n\nMeeting\n\nOn September 18, Mr. A held a meeting with Mr. B in the city.')
    expect(agency.published?.date).toBe('2023-09-18')
    const noted = recognise('Source: Ministry of Foreign Affairs of Japan\nPosted: 2023-09-18\nhttps://www.mofa.go.jp/page1e_000123.html\n\nMeeting\n\nOn September 18, Mr. A held a meeting with Mr. B in the city.')
    expect([noted.published?.date, noted.category, noted.title?.text]).toEqual(['2023-09-18', null, 'Meeting'])
  })

  it('should pass over a site\'s cookie notice above the page, and take the date of a "|" field of its own', () => {
    const layout = recognise('We use cookies to make our services work as well as possible. You can change your browser settings at any time.\n\nMinistry of Foreign Affairs\n\nHeads of diplomacy meet in Warsaw\n\n05.10.2022\n\nOn Wednesday, Minister A hosted Minister B at the ministry in Warsaw.')
    expect([layout.published?.date, layout.title?.text, layout.lead[0]?.text.slice(0, 13)]).toEqual(['2022-10-05', 'Heads of diplomacy meet in Warsaw', 'On Wednesday,'])
    expect(layout.lines[0].kind).toBe('chrome')
    const fields = recognise('Secretaría de Relaciones Exteriores | October 16, 2023 | Press release\n\nForeign Secretary A was received today by President B in Caracas, during a working visit.')
    expect(fields.published?.date).toBe('2023-10-16')
  })

  it('should read a republisher\'s "Editor\'s introduction" as no part of the readout it copies', () => {
    const layout = recognise('The Review\n\nDOCUMENTS | December 22, 2022\n\nEditor\'s introduction: The minister ended his stay in Washington on Wednesday with a meeting at the State Department, as we report below.\n\nREADOUT\nDECEMBER 21, 2022\n\nDeputy Secretary A hosted Foreign Minister B at the Department of State today.')
    expect(layout.published?.date).toBe('2022-12-21')
  })

  it('should take a lead written as item 1 of a numbered list', () => {
    const layout = recognise('Title\n\n1. On May 3, Mr. A held a meeting with Mr. B, who is visiting Japan.\n\n2. The two sides agreed to meet again.')
    expect(layout.lead.map((l) => l.number)).toEqual(['1'])
    expect(layout.sections.map((s) => s.number)).toEqual(['1', '2'])
  })
})
