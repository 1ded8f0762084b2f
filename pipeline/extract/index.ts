/**
 * Stage 3, extract: tree + layout -> meetings, participants, entities with
 * their mentions, and statements, on `file.data.extraction`. Where the
 * extractors are unsure they leave a field empty and say so in a message.
 */
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {gazetteer} from '../gazetteer.js'
import {sentencesOf} from '../parse.js'
import type {Extraction} from '../types.js'
import {findEntities} from './entities.js'
import {officeWords, orderUncertain, type FoundName} from './people.js'
import {countryAfterName, findMeetings, organizationIn, pairedCountries, type MeetingProblem} from './meetings.js'
import {findStatements} from './statements.js'
import {isRefused, refuse} from '../messages.js'
import {titleCase} from '../text.js'
import '../data.js'

const source = 'readout:extract'

export function extract(file: VFile): void {
  if (isRefused(file) || !file.data.tree || !file.data.layout) return
  const text = String(file.value)
  const layout = file.data.layout
  const places = gazetteer()
  const sentences = sentencesOf(file.data.tree, text, layout.lines)
  const textEnd = layout.footer ? layout.footer.start : text.length

  const {entities, mentions, names, personOf} = findEntities(text, textEnd, places)
  const problems: MeetingProblem[] = []

  // The publishing side's likely countries, best first: a government body the
  // header names ("The White House"), the country the page writes first in a
  // pair ("ROK-U.S. alliance"), the countries its category, title and lead name
  // ("Japan-Philippines Relations"), then the countries the page names most.
  // A country that a principal's title gives ("... of Turkey") is the other side's.
  const otherSides = new Set(names.map((name) => countryInTitleAfter(text, name.end, places)).filter((code): code is string => Boolean(code)))
  // The place of the meeting ("in Bali, Indonesia") is no side's; nor is a destination ("on his way to Turkmenistan"),
  // nor a party to a conflict the talks were about ("on the Israel-Hamas conflict", "the hostilities between Israel and Hamas", "Russia's war against Ukraine").
  const noSide = new Set(
    mentions
      .filter((m) => m.entityId.startsWith('country:'))
      .filter((m) => {
        const before = text.slice(Math.max(0, m.start - 40), m.start)
        const after = text.slice(m.end, m.end + 40)
        return (
          /\b(?:in|at|near)\s+(?:\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?\s*,\s*)?$/u.test(before) ||
          /\b(?:way|trip|journey|route|flight|travell?ing)\s+to\s+(?:the\s+)?$/i.test(before) ||
          /\b(?:conflict|war|hostilities|fighting|tensions|crisis|dispute)\s+between\s+(?:the\s+)?$/i.test(before) ||
          /^(?:[-–]\p{L}+)?\s+(?:conflict|war|hostilities|crisis|dispute|tensions)\b/iu.test(after) ||
          // "Russia's war against Ukraine", "Russia's unlawful invasion of Ukraine": an aggressor and its target.
          /^['’]s\s+(?:\p{Ll}+\s+){0,3}(?:war|invasion|aggression|attacks?|assault)\b/iu.test(after) ||
          // "Russia launched its full-scale invasion": the aggressor as the subject of its war.
          /^\s+(?:launched|began|started|waged|wages|continues|continued)\s+(?:its\s+|a\s+|the\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:war|invasion|aggression|attacks?|assault)\b/iu.test(after) ||
          /\b(?:war|invasion|aggression|attacks?|assault)\s+(?:against|on|of|in)\s+(?:the\s+)?$/i.test(before)
        )
      })
      .map((m) => m.start)
  )
  const unplaced = mentions.filter((m) => !noSide.has(m.start))
  const leadStart = layout.lead[0]?.start ?? textEnd
  // A short line of capitalised words that names a government body ("From: Prime Minister's Office, 10 Downing Street") says who publishes.
  const organizations = mentions.filter((m) => m.entityId.startsWith('organization:'))
  const attribution = (m: Extraction['mentions'][number]) => {
    const line = layout.lines.find((l) => l.start <= m.start && m.end <= l.end)
    if (!line) return false
    const others = organizations.filter((o) => o.start >= line.start && o.end <= line.end)
    let rest = text.slice(line.start, line.end)
    for (const o of [...others].reverse()) rest = rest.slice(0, o.start - line.start) + rest.slice(o.end - line.start)
    return rest.length < 80 && !/\b(?!(?:and|of|the|for)\b)\p{Ll}/u.test(rest.replace(/^\s*From:/, '').replace(/['’]s\b/gu, ''))
  }
  const bodies = organizations.filter((m) => m.start < leadStart || (m.start < textEnd && attribution(m))).map((m) => places.organizationForms.get(m.text.replace(/^the /, ''))?.country).filter((code): code is string => Boolean(code))
  // "THE WHITE HOUSE": a body in a header line of capitals.
  const capitalBodies = layout.lines
    .filter((line) => line.end <= leadStart && line.kind !== 'blank' && !/\p{Ll}/u.test(line.text))
    .map((line) => places.organizationForms.get(titleCase(line.text.trim()).replace(/^The /, ''))?.country)
    .filter((code): code is string => Boolean(code))
  // "Hellenic Republic", "Government of the Netherlands", "Presidency of the Republic of Chile": a header line that names one country and nothing else.
  const headerGovernments = layout.lines
    .filter((line) => line.end <= leadStart && line.kind !== 'blank' && !(layout.title && line.start <= layout.title.start && layout.title.end <= line.end) && line.text.split(/\s+/).length <= 8 && !/\b(?!(?:and|of|the|for)\b)\p{Ll}/u.test(line.text))
    .map((line) => unplaced.filter((m) => m.entityId.startsWith('country:') && m.start >= line.start && m.end <= line.end))
    .filter((found) => found.length === 1)
    .map((found) => entities.get(found[0].entityId)?.countryCode)
    .filter((code): code is string => Boolean(code))
  // "Ottawa, Ontario", "WASHINGTON, Nov 25 -": a capital where the release was issued, atop the page or opening the lead.
  const datelineCapitals = [...layout.lines.filter((line) => line.end <= leadStart && line.kind !== 'blank' && line.text.split(/\s+/).length <= 8), ...(layout.dateline ? [layout.dateline.span] : [])]
    .map((line) => /^\s*(\p{Lu}[\p{L}.'’ ]*?)\s*(?:,|\s[-–—]|$)/u.exec(line.text)?.[1])
    .map((city) => (city ? places.capitals.get(titleCase(city)) ?? places.capitals.get(city) : undefined))
    .filter((code): code is string => Boolean(code) && !otherSides.has(code!))
  // "European Commission" alone on one of the page's first lines, its name in full: an international body publishes it, and its principal has no country.
  // (An acronym alone there is more often a ministry's category: "ASEAN" atop a Japanese page.)
  const internationalPublisher = layout.lines
    .filter((line) => line.end <= leadStart && line.kind !== 'blank')
    .slice(0, 3)
    .some((line) => {
      const name = line.text.trim().replace(/^the /i, '')
      const body = places.organizationForms.get(name)
      return body !== undefined && !body.country && /\s/.test(name)
    })
  const homeCountries = internationalPublisher ? [] : [
    ...bodies,
    ...capitalBodies,
    ...headerGovernments,
    ...datelineCapitals,
    ...pairLeaders(text, unplaced, entities, textEnd),
    ...pairedWith(text, unplaced, entities, otherSides),
    ...headerCountries(unplaced, entities, [layout.category, layout.title, ...layout.lead], otherSides),
    ...namedCountries(unplaced, entities, otherSides)
  ].filter(
    (code, i, all): code is string => Boolean(code) && all.indexOf(code) === i
  )

  const author = authorOf(text, names, personOf, entities, layout.lead[0]?.start ?? 0)
  const meetings = findMeetings({
    text,
    layout,
    published: layout.published?.date ?? file.data.page?.published ?? null,
    sentences,
    names,
    personOf,
    entities,
    gazetteer: places,
    homeCountries,
    mentions,
    author: author?.personId ?? null,
    signer: author?.signed ? author.personId : null,
    problems
  })
  // A person's country, where a meeting says it.
  for (const meeting of meetings) {
    for (const participant of meeting.participants) {
      const person = entities.get(participant.personId)
      if (person && participant.country && !person.countryCode) person.countryCode = participant.country
    }
  }

  const statementSentences = sentences.filter((s) => s.kind === 'lead' || s.kind === 'body')
  const statements = findStatements(statementSentences, {
    text,
    mentions,
    entities,
    participants: meetings.flatMap((m) => m.participants),
    author,
    offices: names.filter((name) => name.title).map((name) => ({title: name.title!, personId: personOf.get(name)!, name: entities.get(personOf.get(name)!)!.name})),
    problems
  })

  const place = location(file)
  // Name orders the rules cannot be sure of, unless a later mention settles it ("Minister Lee").
  const warned = new Set<string>()
  for (const name of names) {
    if (!name.full || !orderUncertain(name.written)) continue
    const person = entities.get(personOf.get(name)!)
    if (!person || warned.has(person.id) || person.aliases.has(name.familyName) || person.aliases.has(name.familyName.toUpperCase())) continue
    warned.add(person.id)
    problems.push({offset: name.start, reason: `Cannot tell the name order of ${name.written}, expected a later mention by family name; read as family name ${name.familyName}`, ruleId: 'name-order'})
  }

  for (const problem of problems) {
    file.message(problem.reason, {place: place.toPoint(problem.offset), ruleId: problem.ruleId, source})
  }
  const main = meetings[0]
  if (main) {
    if (!main.date && !problems.some((p) => p.ruleId === 'date-without-year')) file.message('Cannot find the meeting date, expected "On <Month> <day>," in the lead; date left empty', {place: place.toPoint(main.sentence.start), ruleId: 'no-meeting-date', source})
    for (const participant of main.participants) {
      // An international organization's officer has no country to tell.
      if (!participant.country && !(participant.title && organizationIn(participant.title))) {
        file.message(`Cannot tell the country of ${participant.name}, expected it in the title ("... of <country>") or the page's relations; left empty`, {
          place: place.toPoint(participant.span.start),
          ruleId: 'participant-country',
          source
        })
      }
    }
  }

  const extraction: Extraction = {meetings, entities, mentions, statements}
  file.data.extraction = extraction
}

/**
 * The office after `name` on a `line` that holds nothing else but up to
 * three words before it: "António Guterres, Secretary-General" gives
 * "Secretary-General". Fixed expressions around each place the name is
 * written (an expression made for each name cost 4% of a worker's time).
 */
function officeAfter(line: string, name: string): string | null {
  for (let at = line.indexOf(name); at !== -1; at = line.indexOf(name, at + 1)) {
    if (!wordsBefore.test(line.slice(0, at))) continue
    const office = commaOffice.exec(line.slice(at + name.length))
    if (office) return office[1]
  }
  return null
}
const wordsBefore = /^\s*(?:\S+\s+){0,3}$/u
const commaOffice = /^,\s*(?:the\s+)?(\p{Lu}[\p{L}\s'’-]*)$/u

/**
 * Whose release it is, when a person signs it: the one person the header
 * names; else the person named alone on the page's first line ("Senator the
 * Hon Penny Wong" above "Minister for Foreign Affairs"), or on a "From:"
 * line ("From: Prime Minister's Office, 10 Downing Street and The Rt Hon
 * Theresa May MP").
 */
function authorOf(text: string, names: FoundName[], personOf: Map<FoundName, string>, entities: Extraction['entities'], leadStart: number): {personId: string; name: string; signed: boolean; firstPerson: boolean} | null {
  const ids = new Set(names.filter((name) => name.end <= leadStart).map((name) => personOf.get(name)!))
  const lineOf = (at: number) => {
    const start = text.lastIndexOf('\n', at - 1) + 1
    const end = text.indexOf('\n', at)
    return {start, text: text.slice(start, end === -1 ? text.length : end)}
  }
  const firstLine = text.search(/\S/)
  const signed = (name: FoundName) => {
    const line = lineOf(name.start)
    // The name alone with its styles: "Senator the Hon Penny Wong", "The Rt Hon Theresa May MP".
    const alone = !/\b(?!the\b|and\b)\p{Ll}/u.test(line.text.replace(name.written, '').replace(/^\s*From:/, ''))
    // On the "From:" line, or on the one under it (a blank line between, as in a page's blocks).
    const above = text.slice(0, line.start).trimEnd()
    const from = /^\s*From:/.test(line.text) || /^\s*From:$/.test(above.slice(above.lastIndexOf('\n') + 1))
    // Alone on its line above the lead (its styles before it) with its office after a comma: "António Guterres, Secretary-General".
    const office = name.end <= leadStart ? officeAfter(line.text, name.written) : null
    // A heading that says whose words the page holds: "Statement by President Charles Michel following the trilateral meeting ...".
    const statedBy = name.end <= leadStart && /\b(?:statement|remarks|message)\s+by\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/iu.test(text.slice(line.start, name.start))
    return (line.start === firstLine && alone) || from || statedBy || Boolean(office?.split(/\s+/).some((word) => officeWords.has(word)))
  }
  const signer = names.find(signed) ?? (ids.size === 1 ? names.find((name) => name.end <= leadStart) : undefined)
  if (!signer) return null
  const personId = personOf.get(signer)!
  return {personId, name: entities.get(personId)!.name, signed: signed(signer), firstPerson: firstPerson.test(text)}
}

/** "I held", "I met", "I look forward": a page written in the first person. */
const firstPerson = /(?<![\p{L}.])I\s+(?:\p{Ll}+ed|met|held|had|spoke|made|am|was|have|look|welcome|thank)\b/u

/** The countries that the category, title and lead name, in order. */
function headerCountries(mentions: Extraction['mentions'], entities: Extraction['entities'], spans: ({start: number; end: number} | null)[], exclude: Set<string>): string[] {
  const found: string[] = []
  for (const region of spans) {
    if (!region) continue
    for (const m of mentions) {
      if (m.start < region.start || m.end > region.end || !m.entityId.startsWith('country:')) continue
      const code = entities.get(m.entityId)?.countryCode
      if (code && !exclude.has(code)) found.push(code)
    }
  }
  return found
}

/** The country of an office right after a name: ", Minister for Foreign Affairs of Turkey", "President Xi Jinping of China". */
function countryInTitleAfter(text: string, end: number, places: ReturnType<typeof gazetteer>): string | null {
  const after = text.slice(end, end + 200)
  const appositive = /^,\s*[^,;()\r\n]*?\bof\s+((?:the\s+)?\p{Lu}[^,;()\r\n]*?)\s*(?=[,;()]|\.\s|\.$|$)/u.exec(after)
  if (appositive) {
    // The longest "of <country>" that ends the office ("Minister of Foreign Affairs of the Arab Republic of Egypt").
    const parts = appositive[1].split(/\s+of\s+/)
    for (let k = 0; k < parts.length; k++) {
      const found = places.country(parts.slice(k).join(' of '))
      if (found) return found.code
    }
    return null
  }
  return countryAfterName(after, places)?.code ?? null
}

/** The word after a pair of countries that names their relations ("... relations", "... alliance"). */
const relationWord = /^(?:[-–]\p{L}+)*\s+(?:bilateral\s+|strategic\s+|comprehensive\s+)*(?:relations?|relationship|alliance|partnership|cooperation|ties|summit|dialogue|meeting|talks|friendship|consultations?|economic|defen[cs]e|security|trade)\b/iu

/**
 * The countries a page writes first in a pair ("Japan-U.S. relations",
 * "ROK-U.S. alliance", "China-US relations"): each side writes its own
 * country first. Only those written first more often than second, most
 * often first.
 */
function pairLeaders(text: string, mentions: Extraction['mentions'], entities: Extraction['entities'], end: number): string[] {
  const score = new Map<string, number>()
  for (const {first, second, end: pairEnd} of pairedCountries(text, mentions.filter((m) => m.start < end), entities)) {
    // A pair that names the two sides' relations, not a conflict or a border ("Russia-Ukraine war").
    if (!relationWord.test(text.slice(pairEnd, pairEnd + 40))) continue
    score.set(first, (score.get(first) ?? 0) + 1)
    score.set(second, (score.get(second) ?? 0) - 1)
  }
  return [...score].filter(([, n]) => n > 0).sort((x, y) => y[1] - x[1]).map(([code]) => code)
}

/** The countries a page names beside the other side's ("the UK and Germany", "Germany and the United States"): the publishing side's. */
function pairedWith(text: string, mentions: Extraction['mentions'], entities: Extraction['entities'], otherSides: Set<string>): string[] {
  const countries = mentions.filter((m) => m.entityId.startsWith('country:'))
  const found: string[] = []
  for (let k = 0; k + 1 < countries.length; k++) {
    const [a, b] = [countries[k], countries[k + 1]]
    if (!/^\s+and\s+(?:the\s+)?$/.test(text.slice(a.end, b.start))) continue
    // Not the end of a longer list ("with his counterparts from Israel, Saudi Arabia, Qatar, Jordan and Egypt").
    if (k > 0 && /^,\s*(?:the\s+)?$/.test(text.slice(countries[k - 1].end, a.start))) continue
    const [first, second] = [entities.get(a.entityId)?.countryCode, entities.get(b.entityId)?.countryCode]
    if (!first || !second || first === second) continue
    if (otherSides.has(second) && !otherSides.has(first)) found.push(first)
    if (otherSides.has(first) && !otherSides.has(second)) found.push(second)
  }
  return found
}

/** The countries a page names, most named first (ties: first named first). */
function namedCountries(mentions: Extraction['mentions'], entities: Extraction['entities'], exclude: Set<string>): string[] {
  const counts = new Map<string, number>()
  for (const m of mentions) {
    const code = entities.get(m.entityId)?.countryCode
    if (m.entityId.startsWith('country:') && code && !exclude.has(code)) counts.set(code, (counts.get(code) ?? 0) + 1)
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([code]) => code)
}
