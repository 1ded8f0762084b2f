/**
 * Recognise the layout of a readout page from its lines: category, release
 * date, title and photo-caption lines, the lead paragraph, numbered sections
 * (`1 Heading`, `1. Heading`) and sub-sections (`(1) Heading`), numbered
 * paragraphs without headings, and the closing "Back to ..." line.
 */
import type {Layout, Line, SectionSpan, Span} from './types.js'
import {parseDate, relativeDate} from './extract/when.js'
import {span, trimSpan} from './text.js'

const sentenceEnd = /[.!?]["”’)]*$/
const footer = /^(?:Back to\b|Page Top\b|Related Links?\b|\(Reference\)|Reference:)/i
const numbered = /^(\d{1,2})(?:\.(?!\d)|(?=\s))\s*(?=\S)/
const parenNumbered = /^[(（](\d{1,2})[)）]\s*(?=\S)/
const captionMark = /^(?:Image|Photo|Photograph|Picture)s?\s*[(（]?\d*[)）]?\s*[:.]?$/i
const captionStem = /^(.*\S)\s*[(（]?(\d{1,2})[)）]?$/
const namesEncounter = /\b(?:[Mm]eeting|[Tt]alks?|[Cc]all|[Ss]ummit|Visit|Conference|[Dd]inner|[Ll]unch|[Bb]reakfast|[Cc]onversation|[Tt]elephone|[Pp]hone)\b|\b(?:speaks|spoke|meets|met|holds|held|receives|hosts)\s+(?:with\s+)?\p{Lu}/u
/** A line of links a site adds around the text ("Related: ... | ...", "Tags: ..."). */
const relatedLine = /^(?:Related(?:\s+(?:articles?|stories|news|posts|content))?|Tags|See also|Read more|More on this)\s*:/i
/** A republisher's note above the readout it copies ("Editor's note: ..."). */
const editorsNote = /^editor['’]s\s+(?:note|introduction|preface|comment)\b/i
/** A site's notice to its visitor, copied with the page ("We use cookies ...", "Your browser is out of date"): no part of the readout. */
const siteNotice = /\bcookies?\b|\byour browser\b|\bJavaScript\b/i
/** Lines that introduce the release rather than name it: "The following is attributable to ...:", "... released the following statement:". */
const framingLine = /:$|\b(?:is|are) attributable to\b|\bthe following\b|\b(?:issued|released|published|communicated) by\b/i
/** "WASHINGTON, Nov 25 –", "New Delhi, April 26:", "BEIJING, Feb. 25 (Xinhua) --", "ISLAMABAD:", "Mexico City, May 6, 2021.-", "MANILA 13 June 2022 –": a place, maybe a date, a dash or colon. */
const datelinePattern = /^(?<place>\p{Lu}[\p{L}.'’ -]{1,40}?)(?:(?:,\s*|\s+(?=\d))(?<date>[^–—:()]{2,30}?))?(?:\s*\([^)]{1,30}\))?\s*(?:--|—|–|:|\s-|\.-)\s+(?=\S)/u
const categoryLike = /(?:\bRelations|\bReleases?|\bNews|\bPolicy|\bDiplomacy|\bPress|\bSpeeches|\bStatements|\bAnnouncements|\bIssues)\s*$/

export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  const pattern = /\r\n|\r|\n/g
  let start = 0
  let index = 0
  for (;;) {
    const match = pattern.exec(text)
    const end = match ? match.index : text.length
    const trimmed = trimSpan(text, start, end)
    // A literal, not a spread: spreading a span here cost 2.5 µs a line (V8 does not clone it fast).
    lines.push({start: trimmed.start, end: trimmed.end, text: trimmed.text, index, indent: trimmed.start - start, kind: trimmed.text === '' ? 'blank' : 'body'})
    index++
    if (!match) break
    start = match.index + match[0].length
  }
  return lines
}

function words(value: string): number {
  return value.split(/\s+/).filter(Boolean).length
}

/** A line that reads as running text rather than a heading. */
function isProse(value: string): boolean {
  return sentenceEnd.test(value) && words(value) >= 6
}

/** A lead whose closing full stop was lost: long, with a date or a verb of meeting. */
function isLeadLike(value: string): boolean {
  return isProse(value) || (words(value) >= 12 && /\b(?:held|had|met|hosted|paid|attended|co-chaired|chaired|spoke|talked|telephoned|received|discussed|took part|joined|participated)\b|^On\s+\p{Lu}\p{Ll}+\s+\d/u.test(value))
}

/** A date line, or a header line that carries the release date. */
const timeAfterDate = /[\s,|–-]+(?:at\s+)?\d{1,2}[:h.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|[A-Z]{2,4})(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)?\s*$/i

function dateOf(value: string): {date: string | null} | null {
  const bracketed = value.match(/\[[^\]]*\]/g)
  if (bracketed && value.replace(/\[[^\]]*\]/g, '').trim() === '') {
    for (const part of bracketed) {
      const date = parseDate(part.slice(1, -1).trim(), null, true)
      if (date?.full) return {date: date.full}
    }
    return null
  }
  const dateline = /^[A-Z][A-Za-z .]+,\s+(.+?)\s+(?:--|—|–)\s+(.*\b(?:issued|released)\b.*)$/.exec(value)
  if (dateline) {
    // "... a press release issued by the Ministry ... on Sept. 18, 2023:": the release's own date first, then the dateline's.
    const issued = parseDate(dateline[2])
    if (issued?.full) return {date: issued.full}
    const date = parseDate(dateline[1].replace(/\s*\([^)]*\)/g, ''), null, true)
    if (date) return {date: date.full}
  }
  const stamped = stampedDate(value)
  if (stamped) return stamped
  if (words(value) > 6) return null
  // "07/06/2022": day and month in an order only the site knows, unless one of them is over 12.
  const numeric = /^(?:[A-Za-z ]+[:,]?\s+)?(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})$/.exec(value.replace(timeAfterDate, ''))
  if (numeric) return {date: dayFirst(numeric[1], numeric[2], numeric[3])}
  // "Published 14 March 2023", "Date: 7 January 2022", "Posted: 2023-09-18", "Press Release 07 May, 2022": a label before the date.
  // "April 20, 2021 9:12 PM GMT+7": the time after the date is the release's too.
  const date = parseDate(value.replace(releaseLabel, '').replace(timeAfterDate, ''), null, true)
  return date && date.whole ? {date: date.full} : null
}

/** A numeric date (day, month, year as matched), read day first as most of the world writes it, unless the day can only be the second number. */
function dayFirst(a: string, b: string, year: string): string | null {
  const [first, second] = [Number(a), Number(b)]
  return parseDate(second > 12 && first <= 12 ? `${year}-${first}-${second}` : `${year}-${second}-${first}`)?.full ?? null
}

const releaseLabel = /^(?:published|released|issued|posted|date|press release|news release|(?:last\s+)?updated|source\s*:[^|]*\|)(?:\s+on)?\s*:?\s+/i

/**
 * A header line that stamps the release: a whole date with its year and
 * nothing but a label, a clock time, a by-line or "|" fields around it
 * ("Posted on March 14, 2011 by phlnews | Filed under: ...",
 * "Wednesday, February 19, 2020 - 21:36", "Source: Xinhua | 2022-11-15 21:48:06 | Editor: huaxia").
 */
function stampedDate(value: string): {date: string} | null {
  // "Published on: 02.03.2022 at 09:19": a numeric date, day first; in "|" fields, the date's own field ("Press release | Date: 31/03/2022 | Office of the Prime Minister", "News item | 16-07-2024 | 10:15").
  const numeric = /\b(\d{1,2}) ?([./-]) ?(\d{1,2}) ?\2 ?((?:19|20)\d{2})\b/.exec(value)
  const field = numeric ? value.split(/\s+\|\s+/).find((part) => part.includes(numeric[0]))! : value
  if (numeric && words(field) <= 8) {
    const full = dayFirst(numeric[1], numeric[3], numeric[4])
    const at = field.indexOf(numeric[0])
    const rest = (field.slice(0, at) + field.slice(at + numeric[0].length)).replace(releaseLabel, '').replace(/^date\s*:?\s*$/i, '').replace(/\bat\b|\b\d{1,2}[:h]\d{2}\b|[\s,.;:()|–—-]+/gi, ' ').trim()
    // A label of the release's kind.
    if (full && (rest === '' || /^(?:posted|published|(?:last\s+)?updated)(?:\s+on)?$/i.test(rest) || /^(?:(?:daily\s+)?news(?:\s+item)?|press\s+release|news\s+release|statement)$/i.test(rest))) return {date: full}
  }
  // "Secretaría de Relaciones Exteriores | October 16, 2023 | Press release": a field of its own that is a whole date.
  const fields = value.split(/\s+\|\s+/)
  if (fields.length >= 2 && words(value) <= 16) {
    for (const field of fields) {
      const date = parseDate(field, null, true)
      if (date?.full && date.year !== null && date.whole) return {date: date.full}
    }
  }
  // (Its first field is counted: "Posted on ... by Newsroom Staff | Source: U.S. Department of State, Bureau of ..."; a paragraph is not searched for a date.)
  if (words(value.split(/\s[|•·]\s/)[0]) > 16) return null
  const date = parseDate(value)
  if (!date?.full || date.year === null) return null
  const rest = (value.slice(0, date.index) + ' ' + value.slice(date.index + date.length))
    .replace(releaseLabel, '')
    .replace(/(?:^|\s+)(?:[|•·](?:\s.*)?|[–—-]\s.*)$|\bby\s+.*$/i, '')
    .replace(/\bat\s+(?=\d{1,2}[:h]\d{2})/i, '')
    .replace(/\([^)]{1,30}\)/g, '')
    // "Posted on 27 October 2023 in Press Releases": the section it was posted in.
    .replace(/^(\s*)in\s+\p{Lu}[\p{L}\s]*$/u, '$1')
    // (A clock time with its zone and offset: "8:47 PM GMT+3".)
    .replace(/\b\d{1,2}(?::|h)\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)?/gi, '')
    .replace(/[\s,.;:()|•·–—-]+/g, ' ')
    .trim()
  // "Dhaka, 20 November 2022:": a place before the date is a dateline of its own.
  // "Ottawa, Ontario - January 27, 2020", "MONTEGO BAY, JAMAICA: 6TH JULY, 2025": a place and its region, a dash or colon, the date.
  const placeFirst = rest !== '' && value.startsWith(rest.split(' ')[0]) && /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}$/u.test(rest) && /^[^,]+(?:,\s*[^,–—:-]+?(?:\s+[–—-]|:))?[,\s]*$/u.test(value.slice(0, date.index))
  return rest === '' || placeFirst || /^(?:source|posted|published|(?:last\s+)?updated)(?:\s+on)?$/i.test(rest) ? {date: date.full} : null
}

export function recognise(text: string): Layout {
  const lines = splitLines(text)

  // Footer: the first "Back to ..." line after some content ends the page.
  let footerLine: Line | null = null
  for (const line of lines) {
    if (line.kind === 'body' && footer.test(line.text) && line.index > 0) {
      footerLine = line
      break
    }
  }
  const end = footerLine ? footerLine.index : lines.length
  for (const line of lines.slice(end)) if (line.kind !== 'blank') line.kind = 'footer'

  // Header: lines before the first line of prose (the lead).
  let leadIndex = -1
  for (let i = 0; i < end; i++) {
    const line = lines[i]
    if (line.kind === 'blank') continue
    // (An editor's note is the republisher's, above the readout: "Editor's note: the Ministry released the following ...".)
    if (isLeadLike(stripMarker(line.text)) && !dateOf(line.text) && !isCaption(line.text) && !(framingLine.test(line.text) && words(line.text) < 20 && !/:$/.test(line.text)) && !editorsNote.test(line.text) && !siteNotice.test(line.text)) {
      // A headline that reads like prose, with no stop and the release's date right under it ("X and Y held an online conversation ...", "27 December 2025"): still the header.
      const next = lines.slice(i + 1, end).find((l) => l.kind !== 'blank')
      if (!/[.!?:;]$/.test(line.text) && next && dateOf(next.text)) continue
      leadIndex = i
      break
    }
  }
  const headerEnd = leadIndex === -1 ? 0 : leadIndex

  let published: Layout['published'] = null
  const named: Line[] = []
  const stems = new Map<string, Line[]>()
  for (const line of lines.slice(0, headerEnd)) {
    if (line.kind === 'blank') continue
    const date = dateOf(line.text)
    if (date) {
      line.kind = 'date'
      // A plain date line is the release's; a stamp ("Posted on ... by ...") may be a republisher's, and gives way to one.
      // Of two plain ones, the one nearer the text: a republisher's date atop the page, the release's own above its text.
      const plain = !/^(?:posted|(?:last\s+)?updated|source)\b/i.test(line.text)
      if (!published || (!published.date && date.date) || (date.date && plain)) {
        published = {date: date.date, span: line}
      }
      continue
    }
    if (isCaption(line.text)) {
      line.kind = 'caption'
      continue
    }
    if (siteNotice.test(line.text)) {
      line.kind = 'chrome'
      continue
    }
    if (framingLine.test(line.text)) {
      line.kind = 'framing'
      // "The press release issued by the Foreign Office on 22 September 2022.": the release's date.
      const stated = parseDate(line.text)
      if (!published?.date && stated?.full) published = {date: stated.full, span: line}
      continue
    }
    const stem = captionStem.exec(line.text)
    if (stem && /\D$/.test(stem[1])) {
      const key = stem[1]
      stems.set(key, [...(stems.get(key) ?? []), line])
    }
    named.push(line)
  }
  // Lines that repeat one text with a running number are photo captions.
  let captionTitle: Span | null = null
  for (const [key, group] of stems) {
    const repeated = group.length >= 2 || named.some((line) => line.text === key)
    if (!repeated) continue
    for (const line of group) line.kind = 'caption'
    if (!captionTitle) captionTitle = span(text, group[0].start, group[0].start + key.length)
  }
  // Two or more header lines: the first is the category, the last the title.
  // One: the category if it reads like one ("... Relations", "Press
  // Releases") and names no encounter, else the title.
  const headerLines = named.filter((line) => line.kind === 'body')
  let categoryLine: Line | null = null
  let titleLine: Line | null = null
  if (headerLines.length >= 2) {
    // The title is the last line that names an encounter ("Secretary Blinken's Call with ..."), else the last; the category the first.
    titleLine = [...headerLines].reverse().find((line) => namesEncounter.test(line.text)) ?? headerLines[headerLines.length - 1]
    categoryLine = headerLines[0] === titleLine ? null : headerLines[0]
  } else if (headerLines.length === 1) {
    const only = headerLines[0]
    if (categoryLike.test(only.text) && !namesEncounter.test(only.text)) categoryLine = only
    else titleLine = only
  }
  if (categoryLine) categoryLine.kind = 'category'
  if (titleLine) titleLine.kind = 'title'
  // "PM call with US President Trump: 15 September 2017", "..., 1 February 2023": a title that ends with the release date.
  if (!published?.date && titleLine) {
    const dated = /(?:[:,–—|(]|\s-)\s*([^:,–—|(]*\d{4})\s*\)?\s*$/.exec(titleLine.text)
    const date = dated ? parseDate(dated[1], null, true) : null
    if (date?.full && date.whole) published = {date: date.full, span: titleLine}
  }
  // No release date in the header: a date line right under a summary paragraph ("VGP - ... on April 20.", then
  // "April 20, 2021 9:12 PM"), a "Published 2 March 2025" line below the text (GOV.UK's metadata at a page's
  // foot), or the page's last line, a place and a date ("Colombo, 29 March 2022").
  if (!published) {
    const underLead = leadIndex === -1 ? undefined : lines.slice(leadIndex + 1, end).find((line) => line.kind !== 'blank')
    const last = lines.slice(0, end).filter((line) => line.kind !== 'blank').pop()
    const below = lines.filter((line) => line.index > leadIndex && line.kind !== 'blank' && (/^(?:published|posted|first published)\b/i.test(line.text) || line === last))
    const stamp = [underLead, ...below].find((line) => line && dateOf(line.text)?.date)
    if (stamp) {
      stamp.kind = 'date'
      published = {date: dateOf(stamp.text)!.date, span: stamp}
    }
  }
  // A labelled stamp below the text ("Last updated on: 9 September 2022", "Published 2 March 2025") is the page's, never the readout's.
  for (const line of lines.slice(leadIndex + 1, end)) {
    if (line.kind !== 'blank' && line.kind !== 'date' && /^(?:published|posted|first published|(?:last\s+)?updated)\b/i.test(line.text) && dateOf(line.text)?.date) line.kind = 'date'
  }
  const category: Span | null = categoryLine
  const title: Span | null = titleLine ?? captionTitle

  // Body: numbered headings, sub-headings and paragraphs.
  const lead: Line[] = []
  const sections: SectionSpan[] = []
  let current: SectionSpan | null = null
  let sub: SectionSpan | null = null
  const close = (section: SectionSpan | null, at: number) => {
    if (section && section.end === -1) section.end = at
  }
  for (let i = headerEnd; i < end; i++) {
    const line = lines[i]
    if (line.kind === 'blank') continue
    const top = numbered.exec(line.text)
    const inner = top ? null : parenNumbered.exec(line.text)
    if (top || inner) {
      const marker = (top ?? inner)!
      const body = trimSpan(text, line.start + marker[0].length, line.end)
      line.body = body
      // A heading is short and ends without a stop or colon; anything else is a paragraph (an item of a list too: "...; and").
      line.paragraph = isProse(body.text) || /[:;]$|[;,]\s+(?:and|or)$/.test(body.text) || words(body.text) > 14
      const n = marker[1]
      if (top || !current) {
        close(sub, line.start)
        close(current, line.start)
        sub = null
        current = {number: String(Number(n)), title: line.paragraph ? null : body, parent: null, start: line.start, end: -1}
        sections.push(current)
        line.kind = line.paragraph ? 'body' : 'heading'
      } else {
        close(sub, line.start)
        sub = {number: `${current.number}.${Number(n)}`, title: line.paragraph ? null : body, parent: current.number, start: line.start, end: -1}
        sections.push(sub)
        line.kind = line.paragraph ? 'body' : 'subheading'
      }
      line.number = (sub ?? current)!.number
      if (i === leadIndex) line.kind = 'lead'
      if (line.kind === 'lead') lead.push(line)
      continue
    }
    if (i === leadIndex || (lead.length > 0 && sections.length === 0 && isProse(line.text) && lead.length < 2)) {
      line.kind = 'lead'
      lead.push(line)
    }
  }
  // A republisher's links below the text ("Related: X | Y", "Tags: ...", "Read more: ..."): named there, said by no one.
  for (const line of lines) if (line.kind === 'body' && relatedLine.test(line.text)) line.kind = 'framing'
  // Sections end where the last non-blank line before the next one ends.
  const lastContent = (before: number) => {
    for (let i = lines.length - 1; i >= 0; i--) {
      const line = lines[i]
      if (line.kind !== 'blank' && line.kind !== 'footer' && line.end <= before) return line.end
    }
    return before
  }
  const textEnd = footerLine ? footerLine.start : text.length
  for (const section of sections) {
    if (section.end === -1) section.end = textEnd
    section.end = Math.max(section.start, lastContent(section.end))
  }

  return {lines, category, title, published, dateline: datelineOf(text, lead[0] ?? null, published?.date ?? null), lead, sections, footer: footerLine}
}

/** The dateline the lead opens with, its date dated by the release date's year where it has none. */
function datelineOf(text: string, line: Line | null, published: string | null): Layout['dateline'] {
  const match = line ? datelinePattern.exec(line.text) : null
  if (!line || !match?.groups) return null
  const place = match.groups.place.trim()
  const found = match.groups.date ? parseDate(match.groups.date, published ? Number(published.slice(0, 4)) : null) : null
  // "New York, Thursday evening -": a day named relative to the release.
  const relative = !found && match.groups.date && published ? relativeDate(`on ${match.groups.date}`, published) : null
  const date = found?.full ?? (relative && relative.index === 0 ? relative.date : null)
  // A place in capitals, or a place with a date: "Secretary of State Antony J. Blinken:" is not a dateline.
  if ((!date && !/^\p{Lu}[\p{Lu}.'’ -]+$/u.test(place)) || place.split(/\s+/).length > 4) return null
  return {date, span: span(text, line.start, line.start + match[0].length)}
}

/**
 * A line that is not the page's text: a photo caption ("Image (1)",
 * "Photo 2", "(Photo1) ... Photo: Cabinet Public Relations Office"), or (in
 * a copy) what the copier added about the page ("Source: ...", "URL: ...",
 * a bare address). Such lines are kept as captions.
 */
function isCaption(value: string): boolean {
  return captionMark.test(value) || /^[(（]?Photo\s*\d*[)）]|\bPhoto(?:graph)?\s*(?:credit)?\s*:\s*\S/i.test(value) || copyNote.test(value)
}

const copyNote = /^(?:(?:source|url|link|original(?: url)?|retrieved|accessed|archived)\s*:|https?:\/\/\S+$)/i

function stripMarker(value: string): string {
  const marker = numbered.exec(value) ?? parenNumbered.exec(value)
  return marker ? value.slice(marker[0].length) : value
}
