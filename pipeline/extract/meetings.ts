/**
 * Meetings from the lead: the main meeting (name, kind, format, date, start
 * time, duration, place) and each working meal or press conference the lead
 * reports as held, with their principals (host, guest or participant; name,
 * honorific, title and country).
 */
import kinds from '../lexicon/meeting-kinds.json' with {type: 'json'}
import honorifics from '../lexicon/honorifics.json' with {type: 'json'}
import titles from '../lexicon/titles.json' with {type: 'json'}
import {gazetteer, type Gazetteer} from '../gazetteer.js'
import type {SentenceView} from '../parse.js'
import type {Entity, Format, Layout, Meeting, Mention, Participant, Span} from '../types.js'
import {allMatches, escapeRegExp, firstMatch, phraseRegExp, span, trimSpan, withoutEnding, titleCase} from '../text.js'
import {departmentWords, leadersRegime, lowerOffices, ministerFirst, nicknameAfter, officeWords, type FoundName} from './people.js'
import {findDurations, findTimes, rangeMinutes, parseDate, relativeDate, yearFor, type FoundDate} from './when.js'

export interface MeetingProblem {
  offset: number
  reason: string
  ruleId: string
}

const kindPattern = phraseRegExp(kinds.kinds.map((k) => k.phrase), 'gi')
const kindPhrase = phraseRegExp(kinds.kinds.map((k) => k.phrase), 'i')
const kindOf = new Map(kinds.kinds.map((k) => [k.phrase, k]))
const holdPattern = phraseRegExp(kinds.holdVerbs, 'gi')
const modePattern = phraseRegExp(kinds.modes.map((m) => m.phrase), 'gi')
const mealPattern = phraseRegExp(kinds.meals, 'gi')
const telephoneVerb = phraseRegExp(kinds.telephoneVerbs.phrases, 'i')
const inPersonWord = phraseRegExp(kinds.telephoneVerbs.inPerson, 'i')
const abbreviations = titles.abbreviations as Record<string, string>
const abbreviationPattern = new RegExp(`(?<![\\p{L}/])(?:${Object.keys(abbreviations).map(escapeRegExp).join('|')})(?![\\p{L}/])`, 'gu')
const OFFICES = [...titles.offices].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')
const MODIFIERS = [...titles.modifiers].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')
const DEPARTMENTS = [...titles.departments].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')
/** "The President spoke today with ...": a sentence that opens with an office alone and a verb of meeting. */
/** The verbs of an office's holder meeting, after the office as the subject ("The President of the European Council spoke", "The Minister also met"). */
const SUBJECT_MEETS = '(?:met|meets|spoke|speaks|held|holds|had|has|received|hosted|called|telephoned|sat down|welcomed|welcomes|greeted)'
/** "The President of the European Council spoke with ...": an office of a body as the subject meeting (1: the office, 2: the body). */
const officeOfBody = new RegExp(`^["“']?(?:[^,]{0,80},\\s*){0,3}[Tt]he\\s+(${OFFICES})\\s+of\\s+(?:the\\s+)?(\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*){0,4})\\s+(?:\\p{Ll}+\\s+){0,2}?${SUBJECT_MEETS}\\b`, 'u')
const officeAlone = new RegExp(`^["“']?(?:\\(?\\d{1,2}[.)]\\s+)?(?:[^,]{0,80},\\s*){0,3}(?:(?:This|Today|Yesterday|Earlier|Later|On)\\b[^,]{0,30}?\\s)?[Tt]he\\s+((?:(?:${MODIFIERS})\\s+)*(?:${OFFICES})(?:\\s+(?:of|for)\\s+(?:${DEPARTMENTS})(?:,?\\s+(?:and\\s+)?(?:${DEPARTMENTS}))*)?)(?:,\\s+who\\b[^,]{0,80},)?\\s+(?:\\p{Ll}+\\s+){0,2}?${SUBJECT_MEETS}\\b`, 'u')
const POST = honorifics.post.map(escapeRegExp).join('|')
const postNominal = new RegExp(`^,?\\s*(?:${POST})(?=[\\s,])`, 'u')
const PLACE = `\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*|of|de|and))*?(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*)?`
const locationPatterns = [
  new RegExp(`\\bwho (?:is|was|are|were) (?:visiting|on (?:a|an official|a working) visit to|in)\\s+(?<place>${PLACE})`, 'u'),
  new RegExp(`\\b(?:during|on) (?:his|her|their|the) (?:[a-z]+ )?visit to\\s+(?<place>${PLACE})`, 'u'),
  new RegExp(`\\bvisiting\\s+(?<place>${PLACE})`, 'u'),
  new RegExp(`\\b(?:in|at)\\s+(?<place>${PLACE})`, 'u')
]
const notPlaces = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Japan time|Minister|Mr|Ms|Dr|H\.E|The|A)\b/

interface KindMatch {
  start: number
  end: number
  phrase: string
  kind: string
  format: Format
}

function kindsIn(sentence: SentenceView): KindMatch[] {
  const found: KindMatch[] = []
  for (const match of allMatches(kindPattern, sentence.text)) {
    const entry = kindOf.get(match[0].toLowerCase())
    if (!entry) continue
    // "a Virtual Bilateral Summit", "an online bilateral meeting": a modifier of the format a word before the kind.
    const remote = entry.format === 'in_person' ? /\b(?:virtual|video|online)\s+\p{L}+\s+$/iu.test(sentence.text.slice(Math.max(0, match.index - 40), match.index)) : false
    const next: KindMatch = {start: sentence.start + match.index, end: sentence.start + match.index + match[0].length, phrase: match[0], kind: entry.kind, format: remote ? 'video' : (entry.format as Format)}
    const previous = found[found.length - 1]
    // "summit telephone talk", "dinner meeting": one noun phrase, the last word its head.
    if (previous && /^\s+$/.test(sentence.text.slice(previous.end - sentence.start, next.start - sentence.start))) {
      found[found.length - 1] = {...next, start: previous.start, phrase: sentence.text.slice(previous.start - sentence.start, next.end - sentence.start), format: previous.format !== 'in_person' ? previous.format : next.format}
      continue
    }
    found.push(next)
  }
  return found
}

/**
 * "a working lunch commencing at around 12:55 p.m.", "a working lunch was
 * held for approximately 55 minutes": a kind followed by its own time or
 * length, or reported in the passive.
 */
function timedIn(sentence: SentenceView, match: KindMatch): boolean {
  const after = sentence.text.slice(match.end - sentence.start, match.end - sentence.start + 40)
  if (passiveIn(sentence, match)) return true
  return /^\s*(?:\([^)]*\)\s*)?,?\s*(?:commencing|starting|beginning|from|at|for)\b/.test(after) && (findTimes(after).length > 0 || findDurations(after).length > 0)
}

/** "the G7 Foreign Ministers' Meeting was held in ...", "... took place": a kind reported in the passive. */
function passiveIn(sentence: SentenceView, match: KindMatch): boolean {
  const after = sentence.text.slice(match.end - sentence.start, match.end - sentence.start + 40)
  return /^\s+(?:was|were)\s+(?:also\s+)?(?:held|hosted|conducted|organized|organised)\b|^\s+took\s+place\b/.test(after)
}

/** Extend a kind phrase to the whole name: "Japan-U.S. Foreign Ministers' Meeting". */
function nameAround(text: string, match: KindMatch, sentence: SentenceView): Span {
  let start = match.start
  const before = text.slice(sentence.start, match.start)
  const modifier = /(?:(?:[\p{Lu}\d"“][\p{L}\p{M}\d.'’"”+-]*|-)\s+)+$/u.exec(before)
  if (modifier && /^\p{Lu}/u.test(match.phrase)) start = match.start - modifier[0].length
  return trimSpan(text, start, match.end)
}

/** A verb that reports a meeting with no noun for it ("Minister X met with ...", "X called President Y": a call to someone, not "called for" or "called on" an appeal; "X called on H.E. Mr Y", "called on the President": a courtesy call; "X hosted H.E. Mr Y", not "hosted a dinner"). */
const meetingVerb = /\b(?:met|meets|spoke|talked|received|visited|sat down|convened)\b|\b(?:called|telephoned|phoned|hosted|hosts|welcomed|welcomes)\s+(?:the\s+)?(?=\p{Lu})|\bcalled\s+on\s+(?:H\.E\.|His\s|Her\s|(?:the\s+)?(?:Vice\s+)?(?:President|Prime\s+Minister|King|Emir|Amir|Crown\s+Prince|Chancellor|Premier)\b)/u
/** "On arrival, she was received by X", "was received at the airport by": a welcome on arriving, not the meeting. */
const arrival = /\b(?:on|upon)\s+(?:(?:his|her|their)\s+)?arrival\b|\bat\s+the\s+airport\b/i
/** A sentence that reports an encounter with a verb of meeting, a welcome on arrival and earlier encounters aside. */
const meets = (value: string) => meetingVerb.test(value) && !arrival.test(value) && !earlierEncounter.test(value)
/** "He travelled to Kathmandu from Dhaka, where he had held talks with X and called on Y": encounters before the one reported. */
const earlierEncounter = /\b(?:where|when|after)\s+(?:he|she|they)\s+had\b/i

/** A sentence that reports its own encounter, not an earlier one ("who had last met in Hamburg"). */
const reportsMeeting = (text: string) => allMatches(/(?<![\w-])(?:met|meets|spoke|talked|received|hosted|hosts|sat down)\b/g, text).some((m) => !/\bhad\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(0, m.index)))

/** "the two Heads of State held", "both leaders had": a meeting held by principals named before. */
const collectiveHolders = /\b(?:the|both)\s+(?:two\s+|three\s+|four\s+)?(?:heads of state|heads of government|leaders|ministers|foreign ministers|presidents|prime ministers|sides)\s+(?:then\s+|also\s+|later\s+)?(?:held|had)\b/i

/** A sentence that opens on the encounter an earlier one reported: "The meeting took place ...", "Their meeting ...". */
const anaphoricMeeting = /^(?:the|this|that|their)\s+(?:meeting|talks|call|conversation)\b/i

/** "X travelled to Luxembourg for an introductory meeting with Y", "X came to Downing Street for talks with Y": the meeting a journey was for, with whom. */
function cameFor(sentence: SentenceView, match: KindMatch): boolean {
  const before = sentence.text.slice(0, match.start - sentence.start)
  const after = sentence.text.slice(match.end - sentence.start)
  return /\bfor\s+(?:(?:an?|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,2})?$/u.test(before) && /^\s+with\s/.test(after)
}

function heldIn(sentence: SentenceView, match: KindMatch): boolean {
  const before = sentence.text.slice(0, match.start - sentence.start)
  const verb = allMatches(holdPattern, before).pop()
  // "where he had held talks with ...": an earlier encounter.
  if (!verb || /\bhad\s+$/.test(before.slice(0, verb.index))) return false
  // (A time set off by commas after the verb is no part of what was held: "had, on Friday, 4 November 2022, a telephone conversation".)
  const between = before.slice(verb.index + verb[0].length).replace(/^\s*,[^;]{1,50}?,\s+(?=(?:an?|the|his|her|their)\s)/, ' ')
  // "held a working dinner", "had a telephone talk", "paid a courtesy call":
  // only an article, a possessive or modifiers between the verb and the kind.
  return between.split(/\s+/).filter(Boolean).length <= 8 && !/[,;]|\bthe (?:meeting|talk)\b/.test(between)
}

export interface MeetingContext {
  text: string
  layout: Layout
  published: string | null
  sentences: SentenceView[]
  names: FoundName[]
  personOf: Map<FoundName, string>
  entities: Map<string, Entity>
  gazetteer: Gazetteer
  /** The publishing side's likely countries, best first. */
  homeCountries: string[]
  /** Every entity mention: a person written in full again ("Josep Borrell Fontelles") is a name too. */
  mentions: Mention[]
  /** The person the header names alone, who "I" is in a signed release. */
  author: string | null
  /** The author when the release is signed (named alone atop the page or on its "From:" line): who an office alone stands for when no one else holds it. */
  signer: string | null
  problems: MeetingProblem[]
}

export function findMeetings(context: MeetingContext): Meeting[] {
  const {text, layout, sentences} = context
  const leadLines = new Set(layout.lead.map((line) => line.index))
  let leadSentences = sentences.filter((s) => leadLines.has(s.line))
  const meetings: Meeting[] = []
  // "1. X is paying a two-day visit to Nepal ... 2. Today, X and Y co-chaired the fifth meeting of ...": a lead that reports no encounter of its own, and the paragraph after it.
  const lastLead = layout.lead[layout.lead.length - 1]
  const nextParagraph = lastLead ? layout.lines.find((line) => line.index > lastLead.index && line.kind === 'body') : undefined
  if (nextParagraph && !leadSentences.some((s) => kindsIn(s).some((match) => heldIn(s, match) || passiveIn(s, match)) || meets(s.text))) {
    leadSentences = [...leadSentences, ...sentences.filter((s) => s.line === nextParagraph.index)]
  }

  for (const sentence of leadSentences) {
    // The meeting held comes before one merely named ("to attend the NATO Summit").
    const found = kindsIn(sentence).sort((a, b) => Number(heldIn(sentence, b)) - Number(heldIn(sentence, a)) || a.start - b.start)
    // "Today Secretary X spoke by phone with Y, ...": a meeting of two principals without a kind noun, before any later sentence's ("... how to sustain direct Russia-Ukraine talks").
    if (meetings.length === 0 && found.length === 0 && meets(sentence.text)) {
      const unnamed = meetingFrom(sentence, {start: sentence.start, end: sentence.start, phrase: '', kind: 'meeting', format: 'in_person'}, context, null)
      if (unnamed.participants.length >= 2) {
        meetings.push(...separately(unnamed, sentence))
        break
      }
    }
    for (const match of found) {
      // "held via video conference": how a meeting was held, not another meeting.
      if (/\b(?:via|by|through|over)\s+(?:a\s+|an\s+)?$/i.test(sentence.text.slice(0, match.start - sentence.start))) continue
      // "telephoned X to brief him on his summit with Y": a principal's own other encounter.
      if (/\b(?:his|her|their|its)\s+(?:\p{Ll}+\s+)?$/iu.test(sentence.text.slice(0, match.start - sentence.start)) && /^\s+with\b/.test(sentence.text.slice(match.end - sentence.start))) continue
      const first = meetings.length === 0
      const reported = first
        ? heldIn(sentence, match) || passiveIn(sentence, match) || findTimes(sentence.text).length > 0 || reportsMeeting(sentence.text) || cameFor(sentence, match)
        : (heldIn(sentence, match) || timedIn(sentence, match)) && !/^(?:meeting|talks?|calls?|dialogue|conversation|discussions?|exchanges?)$/i.test(match.phrase)
      if (!reported) continue
      // "X met Y in Beijing on June 27. The meeting took place during ...": the meeting the earlier sentence reported.
      // So too "X also took part in the meeting": a meeting named with "the" after a sentence that reports one.
      const definite = /^(?:meeting|talks?|call|conversation)$/i.test(match.phrase) && /\b(?:the|this|that|their)\s+$/i.test(sentence.text.slice(0, match.start - sentence.start))
      // And "the two Heads of State held a private meeting": held by the principals an earlier sentence named.
      const bySides = collectiveHolders.test(sentence.text.slice(0, match.start - sentence.start))
      const earlier = first && (anaphoricMeeting.test(sentence.text) || definite || bySides) ? leadSentences.find((s) => s.start < sentence.start && meetingVerb.test(s.text)) : undefined
      if (earlier) {
        meetings.push(...separately(meetingFrom(earlier, {start: earlier.start, end: earlier.start, phrase: '', kind: 'meeting', format: 'in_person'}, context, null), earlier))
        break
      }
      // One meeting per kind phrase; phrases inside an earlier name are not new.
      if (meetings.some((m) => m.sentence.start === sentence.start && (first || m.kind === match.kind))) continue
      meetings.push(...separately(meetingFrom(sentence, match, context, meetings[0] ?? null), sentence))
      break
    }
  }

  if (meetings.length === 0 && leadSentences.length) {
    // "On March 3, Minister X met with ...": a meeting without a kind noun.
    const sentence = leadSentences.find((s) => meetingVerb.test(s.text)) ?? leadSentences[0]
    const match: KindMatch = {start: sentence.start, end: sentence.start, phrase: '', kind: 'meeting', format: 'in_person'}
    meetings.push(...separately(meetingFrom(sentence, match, context, null), sentence))
  }
  // A page's summary that names one principal ("Boris Johnson and Ireland's Tánaiste ... reviewed ...", "Prime Minister X visited Downing Street."), and one of the first paragraphs below it that names the meeting with both: that paragraph's.
  const firstLead = layout.lead[0]
  if (meetings.length === 1 && meetings[0].participants.length === 1 && firstLead) {
    const main = meetings[0]
    const prose = layout.lines.filter((line) => line.index > firstLead.index && (line.kind === 'body' || line.kind === 'lead') && line.text.split(/\s+/).length >= 8 && /[.!?]$/.test(line.text.trim())).slice(0, 3)
    for (const line of prose) {
      const sentence = sentences.find((s) => s.line === line.index)
      if (!sentence) continue
      const match = kindsIn(sentence).find((m) => heldIn(sentence, m)) ?? (meetingVerb.test(sentence.text) || /\b(?:hosted|welcomed)\s+(?:the\s+)?\p{Lu}/u.test(sentence.text) ? {start: sentence.start, end: sentence.start, phrase: '', kind: 'meeting', format: main.format ?? 'in_person'} : undefined)
      const fuller = match ? meetingFrom(sentence, match, context, null) : null
      if (fuller && fuller.participants.length >= 2 && fuller.participants.some((p) => p.personId === main.participants[0].personId)) {
        meetings[0] = {...fuller, date: main.date ?? fuller.date, format: main.format === 'in_person' ? fuller.format : main.format}
        break
      }
    }
  }
  if (meetings[0]) addAttendance(meetings[0], context)
  return meetings
}

/** A list given side by side: "from the Turkish side", "on the U.S. side", "On the Japanese side". */
const bySide = /\b(?:from|on|for)\s+the\s+(?:\p{Lu}[\p{L}.]*\s+){1,3}side\b/u
/** "Taking part were X, Y and Z", "Also connected were ...", "X joined the conference from ...", "The meeting was hosted by X and attended by Y", "Participants included ...": the principals listed. */
const attendanceList = /^(?:[^.;]{0,100}?\bjoined\s+the\s+(?:meeting|call|conference|video conference|talks|summit)\b|(?:also\s+)?(?:taking part|participating|present|joining|connected|attending)\b[^.;]{0,60}?\b(?:were|was)\b|[^.;]{0,80}?\b(?:was|were)\s+(?:also\s+)?attended\s+by\b|(?:the\s+)?(?:meeting|talks|summit|session|dialogue|conference|call)\b[^.;]{0,30}?\b(?:was|were)\s+(?:also\s+)?(?:hosted|chaired|co-chaired|attended)\s+by\b|(?:the\s+)?(?:other\s+)?(?:participants|attendees)\s+(?:included|were)\b)/i

/** A list of those who attended or were present, not of those who took part. */
const attendedOrPresent = /\battended\s+by\b|\bpresent\b/i

/** The principals a list right after the meeting's sentence adds: all take part alike. */
function addAttendance(meeting: Meeting, context: MeetingContext): void {
  const at = context.sentences.findIndex((s) => s.start === meeting.sentence.start)
  // "X took part today in the Ministerial Meeting, together with:" and a list.
  const own = context.sentences[at]
  const opening = own && /\btogether with:\s*$/.test(own.text) ? [own] : []
  for (const sentence of [...opening, ...context.sentences.slice(at + 1, at + 4)]) {
    if (!attendanceList.test(sentence.text) && sentence !== own) continue
    // "attended by: from the Turkish side, Minister X ...; from the Syrian side, ...": each side's delegation, not more principals.
    if (sentence !== own && meeting.participants.length >= 2 && bySide.test(sentence.text)) continue
    const format = meeting.format ?? 'in_person'
    // "... were:" and a list: its items too.
    const items = /:\s*$/.test(sentence.text) ? listAfter(sentence, context) : []
    // The publishing side is among the meeting's own principals, not the list's.
    const listed = [sentence, ...items].flatMap((s) => participantsOf(s, {start: s.start, end: s.start, phrase: '', kind: meeting.kind ?? 'meeting', format}, format, {...context, homeCountries: []}, null))
    // "The meeting was attended by Major General X", "Also present were ...": with two principals named already, those listed are their aides (of neither's country, or of none the page gives), not more principals; "Also taking part were ..." adds principals.
    const aides = meeting.participants.length >= 2 && attendedOrPresent.test(sentence.text)
    const sides = new Set(meeting.participants.map((p) => p.country))
    const added = listed.filter((p, k) => !meeting.participants.some((q) => q.personId === p.personId) && listed.findIndex((q) => q.personId === p.personId) === k && !(aides && (!p.country || sides.has(p.country))))
    if (!added.length) return
    for (const p of meeting.participants) p.role = 'participant'
    meeting.participants.push(...added.map((p) => ({...p, role: 'participant' as const})))
    return
  }
}

/** The list under a sentence that ends with a colon: the sentences of the next block of lines (items with or without markers). */
function listAfter(sentence: SentenceView, context: MeetingContext): SentenceView[] {
  const {lines} = context.layout
  let k = sentence.line + 1
  while (k < lines.length && lines[k].kind === 'blank') k++
  const block = new Set<number>()
  for (; k < lines.length && lines[k].kind !== 'blank'; k++) block.add(k)
  return context.sentences.filter((s) => s.start > sentence.start && block.has(s.line))
}

/** "had separate meetings with X and Y", "met separately with X and Y": one meeting with each guest, the host in each. */
function separately(meeting: Meeting, sentence: SentenceView): Meeting[] {
  const hosts = meeting.participants.filter((p) => p.role === 'host')
  const guests = meeting.participants.filter((p) => p.role === 'guest')
  if (!/\bseparate(?:ly)?\b/i.test(sentence.text) || hosts.length === 0 || guests.length < 2 || hosts.length + guests.length < meeting.participants.length) return [meeting]
  return guests.map((guest) => ({...meeting, participants: [...hosts.map((host) => ({...host})), guest]}))
}

/**
 * A lead with no day of its own ("Foreign Secretary X held trilateral talks with ..."):
 * one of the next sentences may report the same encounter with its day
 * ("The Foreign Ministers ... met in New York on 21 September 2022").
 */
function datedReport(sentences: SentenceView[], lead: SentenceView): FoundDate | null {
  const next = sentences.filter((s) => s.start >= lead.end).slice(0, 3)
  for (const sentence of next) {
    const verb = /\b(?:met|meet|held|spoke|talked)\b/i.exec(sentence.text)
    const found = verb ? parseDate(sentence.text.slice(verb.index)) : null
    if (found && found.index < 60) return found
  }
  return null
}

function meetingFrom(sentence: SentenceView, match: KindMatch, context: MeetingContext, main: Meeting | null): Meeting {
  const {text, layout, published, gazetteer} = context
  const local = sentence.text
  const relative = match.start - sentence.start

  const name = match.phrase ? nameAround(text, match, sentence) : null
  let kind = match.kind
  let format: Format = match.format
  // The mode may be said anywhere in the lead: "... to be held via video conference".
  const leadText = layout.lead.map((line) => line.text).join(' ')
  // (Not how another event was joined: "joined by video link the ground-breaking of ...".)
  // (Nor "on the telephone" before a noun: "building on the telephone conversation the two leaders held in June".)
  const ownMode = (value: string) => allMatches(modePattern, value).find((m) => !/^\s+(?:\S+\s+){0,3}?(?:ceremony|ground-?breaking|inauguration|launch|opening|unveiling)\b/i.test(value.slice(m.index + m[0].length)) && !(/^on the/i.test(m[0]) && /^\s+(?:conversations?|calls?|talks?)\b/i.test(value.slice(m.index + m[0].length))))
  const mode = ownMode(local) ?? (main ? undefined : ownMode(leadText))
  if (mode) format = kinds.modes.find((m) => m.phrase === mode[0].toLowerCase())!.format as Format
  if (!main && format === 'in_person') {
    // "Telephone Talk" in the title, "held a meeting" in the lead; "joined ... for a virtual meeting".
    const titled = `${layout.title?.text ?? ''} ${local}`
    for (const titleMatch of allMatches(kindPattern, titled)) {
      // ("Deputy Minister Calls on Secretary Locsin": calling on someone is a visit.)
      if (/^calls?$/i.test(titleMatch[0]) && /^\s+on\b/i.test(titled.slice(titleMatch.index + titleMatch[0].length))) continue
      const entry = kindOf.get(titleMatch[0].toLowerCase())
      if (entry && entry.format !== 'in_person') format = entry.format as Format
    }
  }
  const meal = allMatches(mealPattern, local).find((m) => m.index > relative)
  if (meal && kind === 'meeting') kind = `working_${meal[0].split(/\s+/)[1].toLowerCase()}`

  if (!main && format === 'in_person' && !mode && (!match.phrase || /^(?:talks?|meeting)$/i.test(match.phrase))) {
    // "Secretary Blinken spoke today with ...", "The Prime Minister spoke to ...": a conversation with no encounter in person is a call.
    const said = [layout.title?.text ?? '', leadText].join(' ')
    // (Not a principal's own other encounter: "to brief him on his summit with X".)
    // (Nor a welcome of a thing: "welcomed the agreement reached on ...".)
    if (telephoneVerb.test(said) && !inPersonWord.test(leadText.replace(telephoneVerb, '').replace(ownOtherEncounter, '').replace(welcomedThing, ''))) format = 'telephone'
  }

  // Date: in the sentence, else the lead's first date (not the dateline's); year from the release date.
  // Else a day named relative to the release ("today", "yesterday", "on Wednesday"); else the dateline's date.
  let date: string | null = main?.date ?? null
  const dateline = layout.dateline && layout.dateline.span.start >= sentence.start && layout.dateline.span.start < sentence.end ? layout.dateline : null
  const blank = (value: string, from: number, to: number) => value.slice(0, from) + ' '.repeat(Math.max(0, to - from)) + value.slice(to)
  const own = dateline ? blank(local, dateline.span.start - sentence.start, dateline.span.end - sentence.start) : local
  const leadDates = layout.dateline ? blank(leadText, 0, layout.dateline.span.end - layout.dateline.span.start) : leadText
  const released = published ?? layout.dateline?.date ?? null
  // The clock time on the release's date line, if any ("12/24/2018 | 03:12am EST").
  const releasedAt = published && layout.published ? findTimes(layout.published.span.text)[0]?.time ?? null : null
  // The sentence's own date or day first (not one in brackets: "on the occasion of the 72nd anniversary of relations (January 18)"), then the lead's.
  // Of a date and a day named relative to the release, the first: "held a meeting today ... for the visit beginning on 1 April".
  const bracketed = own.replace(/\([^)]*\)/g, (inside) => ' '.repeat(inside.length))
  const sameSentence = released ? relativeDate(own, released, releasedAt) : null
  let found = parseDate(bracketed) ?? (sameSentence ? null : parseDate(own))
  if (found && sameSentence && sameSentence.index < found.index) found = null
  if (!found && !main) {
    const relative = released ? relativeDate(own, released, releasedAt) : null
    found = relative ? null : parseDate(leadDates)
    const later = relative ?? (found || !released ? null : relativeDate(leadDates, released, releasedAt))
    if (later) date = later.date
    else if (!found && layout.dateline?.date) date = layout.dateline.date
    else if (!found) found = datedReport(context.sentences, sentence)
    if (!found && !later && !layout.dateline?.date && released) {
      date = released
      context.problems.push({offset: sentence.start, reason: 'Unexpected lead without a date, expected "On <Month> <day>," or "today"; dated by the release date', ruleId: 'date-from-release'})
    }
  }
  if (found) {
    const year = found.year ?? yearFor(found.month, released)
    date = year === null ? null : parseDate(`${year}-${found.month}-${found.day}`)?.full ?? null
    if (year === null) {
      context.problems.push({
        offset: sentence.start + Math.max(0, local.indexOf(leadText.slice(found.index, found.index + found.length))),
        reason: 'Unexpected date without a year and no release date, expected a year to date the meeting; left empty',
        ruleId: 'date-without-year'
      })
    }
  }

  // Time and duration: those of this meeting's clause, else the sentence's first.
  // The lead's other sentences give the time when this one does not:
  // "(A one-on-one meeting commencing at around 12:10 p.m. ...)".
  const rest = main ? [] : context.sentences.filter((s) => s.start > sentence.start && layout.lead.some((line) => line.index === s.line))
  const times = findTimes(local).length || main ? findTimes(local) : rest.flatMap((s) => findTimes(s.text)).slice(0, 1)
  const ownDurations = findDurations(local)
  const durations = ownDurations.length || main ? ownDurations : rest.flatMap((s) => findDurations(s.text)).slice(0, 1)
  const clauseStart = main ? relative - 60 : 0
  const time = times.find((t) => t.index >= clauseStart) ?? (main ? null : times[0] ?? null)
  const duration = durations.find((d) => d.index >= clauseStart) ?? (main ? null : durations[0] ?? null)
  let minutes = duration?.minutes ?? null
  // "from 10:15 a.m. to 11:00 a.m.": the length of the range that starts at the meeting's time.
  if (minutes === null && time) minutes = rangeMinutes(local, times, time)
  // "for approximately 20 minutes in a small group format and for approximately 50 minutes in an expanded format": both parts.
  const parts = duration && durations === ownDurations ? durations.slice(durations.indexOf(duration)) : []
  for (let k = 0; k + 1 < parts.length && minutes !== null; k++) {
    const between = local.slice(parts[k].end, parts[k + 1].index)
    if (!/^\s+(?:in|with)\s+(?:a|an|the)\s+[\p{L}\s-]{0,30}?(?:format|session|setting)\s*,?\s+(?:and|followed by|then)\s+(?:for\s+)?(?:another\s+)?$/iu.test(between)) break
    minutes += parts[k + 1].minutes
  }
  if (!main && minutes === null) {
    // "In a call lasting around 30 minutes, ...", "The call ... went on for about an hour": the length said later in the page.
    for (const other of context.sentences) {
      const lasting = /\b(?:lasting|lasted|went on for)\s+/i.exec(other.text)
      if (!lasting || other.start < sentence.start || !(kindPhrase.test(other.text.slice(0, lasting.index)) || /\b(?:conversation|discussion|exchange)\b/i.test(other.text.slice(0, lasting.index)))) continue
      const later = findDurations(other.text.slice(lasting.index, lasting.index + 60))[0]
      if (later && later.index <= lasting[0].length + 20) {
        minutes = later.minutes
        break
      }
    }
  }
  if (!main && times.length >= 2 && durations.length >= 2 && durations[1].index < relative) {
    // Two sessions before the meeting's name: the meeting lasted both.
    minutes = durations[0].minutes + durations[1].minutes
  }

  let location: string | null = null
  // A telephone talk or video conference has a place only where the text gives a visit ("who is visiting Munster, Germany").
  for (const pattern of format === 'in_person' ? locationPatterns : locationPatterns.slice(0, 3)) {
    {
      const found = pattern.exec(local)
      const place = found?.groups?.place?.replace(/(?<!\b\p{Lu})[.,;]+$/u, '').trim()
      if (!place || notPlaces.test(place)) continue
      if (pattern === locationPatterns[3] && !gazetteer.country(place) && !placeLike(place, context)) continue
      const country = /^(.*?),\s*(.+)$/.exec(place)
      location = country && !gazetteer.country(country[2]) ? country[1] : place
      break
    }
  }

  const meeting: Meeting = {
    name: name?.text ?? null,
    kind,
    format,
    date,
    startTime: time?.time ?? null,
    timeQualifier: time?.qualifier ?? null,
    timeReference: time?.reference ?? null,
    durationMinutes: minutes,
    durationQualifier: duration?.qualifier ?? null,
    location: main && !location ? main.location : location,
    sentence: span(text, sentence.start, sentence.end),
    participants: []
  }
  meeting.participants = participantsOf(sentence, match, format, context, main)
  if (!main && meeting.participants.length === 1) {
    // "Prime Minister X held a phone call with his Indian counterpart. The Prime Minister had a call with Indian Prime Minister Y": the other principal named in the lead's next sentence.
    const next = context.sentences.find((s) => s.start > sentence.start && layout.lead.some((line) => line.index === s.line) && context.names.some((n) => n.start >= s.start && n.end <= s.end && context.personOf.get(n) !== meeting.participants[0].personId))
    const others = next ? participantsOf(next, kindsIn(next)[0] ?? {start: next.start, end: next.start, phrase: '', kind, format}, format, context, null).filter((p) => p.personId !== meeting.participants[0].personId) : []
    if (others.length === 1 && /\bcounterpart\b/.test(local)) meeting.participants.push({...others[0], role: meeting.participants[0].role === 'host' ? 'guest' : 'participant'})
  }
  if (!main && meeting.participants.length === 0) {
    // "The G7 Foreign Ministers' Meeting was held in X. Mr. Y chaired the meeting ...": the principals are in the lead's next sentence that names people;
    // "X welcomed Y to Downing Street. Their meeting took place ...": in the one before.
    const naming = context.sentences.filter((s) => s.start !== sentence.start && layout.lead.some((line) => line.index === s.line) && context.names.some((n) => n.start >= s.start && n.end <= s.end))
    const back = anaphoricMeeting.test(local)
    const next = back ? naming.filter((s) => s.start < sentence.start).pop() : naming.find((s) => s.start > sentence.start)
    if (next) meeting.participants = participantsOf(next, kindsIn(next)[0] ?? {start: next.start, end: next.start, phrase: '', kind, format}, format, context, null)
  }
  return meeting
}

const internationalOffice = phraseRegExp(titles.international, '')

/** An office of an international organization: one that names the organization, or one held only there ("High Representative"). */
export function organizationIn(title: string): boolean {
  // firstMatch leaves the shared pattern's lastIndex as it found it: no state kept between documents.
  return internationalOffice.test(title) || firstMatch(gazetteer().organizationPattern, title) !== undefined
}

function placeLike(place: string, context: MeetingContext): boolean {
  return [...context.entities.values()].some((e) => e.type === 'place' && e.aliases.has(place))
}

/** The parts of a meeting's sentence whose names are not its principals. */
function asides(sentence: SentenceView): {start: number; end: number}[] {
  const found: {start: number; end: number}[] = []
  const at = (match: RegExpExecArray | null, offset = 0) => {
    if (match) found.push({start: sentence.start + offset + match.index, end: sentence.start + offset + match.index + match[0].length})
  }
  const local = sentence.text
  const verb = firstMatch(holdPattern, local)
  if (verb) {
    // A relative clause after the verb says something of a principal: "..., who congratulated him on his appointment to the Cabinet of President X".
    at(/,\s+(?:who|whose)\b[^,;]*/.exec(local.slice(verb.index)), verb.index)
    // So does one about the subject: "Minister X, who is leaving office with the end of the Moon Jae-in administration, held talks with ...".
    at(/,\s+(?:who|whose)\b[^,;]*,/.exec(local.slice(0, verb.index)))
  }
  // An opening phrase about another encounter: "On the way to Florida for a meeting with President X, Y and Z held ...", "With President X's first trip drawing near, ...".
  // So is the event a meeting was held on the margins of: "On Thursday, on the sidelines of the Summit hosted in Antalya by President X, ...".
  at(/^(?:\(?\d+[.)]\s+)?(?:[^,]{0,40},\s*)?(?:on the way to|en route to|ahead of|before|after|following|with|on the (?:sidelines|margins?) of)\b[^,]*,/i.exec(local))
  // Or the one who hosts the event on whose margins they met: "on the sidelines of the 18th Summit of G20 Heads of State and Government, hosted by Prime Minister X in New Delhi".
  if (/\b(?:sidelines|margins?)\b/.test(local)) at(/\b(?:Summit|Conference|Forum|Assembly|Congress|Dialogue)\b[^;]{0,80}?,?\s+(?:hosted|chaired|convened|organi[sz]ed)\s+by\s+[^,;]*/u.exec(local))
  // A regime named by its leader is no party to the meeting: "the illegitimate Maduro regime".
  for (const match of allMatches(leadersRegime, local)) at(match)
  // What a relative clause on a thing says after it: "welcomed the delegation's visit to Washington, which came a day after its members were received by X".
  at(/,\s+which\s+(?:came|followed|took place|was held|were held)\b[^;]*$/.exec(local))
  // Those who join or accompany a principal: "sat down to dinner with X, joined by the Foreign Secretary, Y"; "received by X and his wife, Y".
  at(/,\s*(?:joined|accompanied)\s+by\b(?:(?!\b(?:met|held|received|hosted|spoke|had|welcomed)\b)[^;])*/.exec(local))
  at(/,?\s+and\s+(?:his|her|their)\s+(?:wife|husband|spouse),?(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){1,4}/u.exec(local))
  // The one who reports the meeting: "..., National Security Adviser X told reporters", "..., Bertalan Havasi, the Prime Minister's press chief, informed the news agency".
  at(/,\s+[^,]*?\b(?:told|said|says|announced)\b[^,]*$/.exec(local))
  at(/,\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,3}\p{Lu}[\p{L}\p{M}-]*,[^,;]{1,60},\s+(?:told|said|says|announced|informed|reported|stated)\b[^;]*$/u.exec(local))
  // One whose government, invitation or behalf is named is not thereby at the meeting: "the most senior member of President X's government to visit".
  for (const match of allMatches(/(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,4}\p{Lu}[\p{L}\p{M}-]*['’]s\s+(?:government|administration|cabinet|invitation|behalf|party|presidency)\b/gu, local)) at(match)
  // Another encounter: "debriefed her on his meeting with President X", "to prepare for the meeting between President X and President Y", "the official visit to India by Prime Minister X".
  // (Not the purpose of a journey: "travelled to Mexico City today for her first meeting with X".)
  for (const match of allMatches(/\b(?:(?<!\bfor\s+)(?:his|her|their|its)\s+(?:\p{Ll}+\s+)?(?:meeting|talks?|call|summit|conversation)\s+with|(?:for|ahead of|before)\s+the\s+(?:\p{Ll}+\s+)?(?:meeting|talks|summit)\s+(?:with|between)|\bvisit\b[^,;.]{0,40}?\bby)\s+(?:\S+\s+){0,5}?\p{Lu}(?:[^,;.]|\.(?=\p{Lu}|\s+\p{Lu}))*/gu, local)) at(match)
  // The spokesperson who reports it: "Presidential Spokesman Ambassador X stated that President Y hosted ...".
  at(/^[^,;]*?\b(?:stated|said|announced|reported)\s+that\b/.exec(local))
  return found
}

/** "of the People's Republic of China" right after a name: the longest country named there, and how it is written. */
export function countryAfterName(after: string, gazetteer: Gazetteer): {code: string; named: string} | null {
  const of = /^\s+of\s+((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|the|and|\p{Lu}[\p{L}'’.-]*))*)/u.exec(after)
  const words = of ? of[1].split(/\s+/) : []
  for (let n = words.length; n > 0; n--) {
    const named = words.slice(0, n).join(' ')
    const found = gazetteer.country(named) ?? (n === words.length ? gazetteer.country(named.replace(/[.,;:]+$/, '')) : null)
    if (found) return {code: found.code, named}
  }
  return null
}

/** Offices that serve a person: an adviser, envoy, spokesperson, assistant, counsellor or representative. */
const SERVING = String.raw`(?:[Aa]dvis[eo]r|[Ee]nvoy|[Ss]pokes(?:person|man|woman)|[Aa]ssistant|[Cc]ounsel+or|[Rr]epresentative)`
/** Such an office, and "to" or "of" before the served person's office and name: "Chief Advisor to President ", "Special Envoy of the Prime Minister ". */
const subordinateTo = new RegExp(String.raw`\b${SERVING}\s+(?:to|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){1,4}$`, 'u')
/** A person named with "'s" before such an office or "aide" ("U.S. President Donald Trump's special envoy", "the President's aide"): the one served, not met. */
const servedBy = new RegExp(String.raw`^['’]s\s+(?:\p{Ll}+\s+)?(?:${SERVING}|aides?|envoy)\b`, 'iu')
/** An appositive office serving someone (1), and the served person's office and name after "to" or "of" (2). */
const servingOffice = new RegExp(String.raw`^(.*?\b${SERVING})\s+(?:to|of)\s+(?:the\s+)?(\p{Lu}.*)$`, 'u')

/** The principals named in the meeting's sentence, with their roles and offices. */
function participantsOf(sentence: SentenceView, match: KindMatch, format: Format, context: MeetingContext, main: Meeting | null): Participant[] {
  const {text, names, personOf, entities, gazetteer} = context
  const idOf = new Map(personOf)
  const outside = asides(sentence)
  const inRelative = (start: number) => outside.some((aside) => start >= aside.start && start < aside.end)
  /** Principals the sentence names by a pronoun: the guests of the one who met them. */
  const byPronoun = new Set<FoundName>()
  // ("Ibrahim Kalin, Chief Advisor to President Recep Tayyip Erdoğan": a person whose adviser, envoy or spokesperson met is named for that office, not met.)
  const served = (start: number, end: number) => subordinateTo.test(text.slice(Math.max(sentence.start, start - 80), start)) || servedBy.test(text.slice(end, end + 40))
  const inSentence = names.filter((n) => n.start >= sentence.start && n.end <= sentence.end && !inRelative(n.start) && !served(n.start, n.end))
  /** The country of an office that stands for one met ("the President of Türkiye"), by the name standing for it. */
  const metCountry = new Map<FoundName, string>()
  /**
   * An office written alone stands for the one person the page gives it elsewhere, read at its own place; true when it does.
   * (`met`: the country of an office that stands for one met: its holder's own title, and no signer in its place; `ownTitle`: the names whose title may be that own title, when `holds` also asks where the name stands.)
   */
  const standFor = (office: string, at: number, holds: (name: FoundName) => boolean, met: string | null = null, ownTitle: (name: FoundName) => boolean = holds) => {
    // Not one the sentence names apart ("The Prime Minister hosted the Prime Minister of Australia, X").
    const named = new Set(inSentence.map((n) => idOf.get(n)))
    const holders = new Set(names.filter((n) => holds(n) && !(n.start >= sentence.start && n.end <= sentence.end)).map((n) => personOf.get(n)!).filter((id) => !named.has(id)))
    // No one else named with it: the one who signs the release ("From: ... The Rt Hon David Lammy MP").
    const holder = holders.size === 1 ? [...holders][0] : holders.size === 0 && !met ? context.signer : null
    const written = holder ? names.find((n) => personOf.get(n) === holder)! : null
    if (!written || inSentence.some((n) => idOf.get(n) === holder)) return Boolean(written)
    // (The holder's own title: the longest the page gives with the name, "Minister of Foreign Affairs" over a headline's "Foreign Minister".)
    const own = met ? names.filter((n) => personOf.get(n) === holder && ownTitle(n) && n.title).map((n) => n.title!).sort((a, b) => b.length - a.length)[0] : undefined
    const pseudo: FoundName = {...written, start: at, end: at, title: own ?? office}
    idOf.set(pseudo, holder!)
    if (met) metCountry.set(pseudo, met)
    inSentence.unshift(pseudo)
    return true
  }
  // "The President spoke today with ...": an office alone, held by the one person the page names with it.
  const office = officeAlone.exec(sentence.text)
  // (Its holder's office may name its department too: "the Minister of State" for the "Minister of State for Foreign Affairs".)
  // ("The Federal Chancellor" for "Chancellor Olaf Scholz": the same office with its style; "The First Vice Minister of Foreign Affairs" for "First Vice Minister Park": with its department, "First" written or not.)
  if (office && !main) standFor(office[1], sentence.start + office.index, (n) => Boolean(n.title) && (n.title === office[1] || n.title!.endsWith(` ${office[1]}`) || n.title!.startsWith(`${office[1]} for `) || [`Federal ${n.title}`, `First ${n.title}`].some((same) => office[1] === same || office[1].startsWith(`${same} of `)) || office[1].startsWith(`${n.title} of `)))
  // "The President of the European Council spoke ...": an office of a body the gazetteer knows, held by the one person named with that office and never with a country beside the name.
  const bodyOffice = !office && !main ? officeOfBody.exec(sentence.text) : null
  if (bodyOffice && gazetteer.organizationForms.has(bodyOffice[2])) {
    const ofCountry = new Set(names.filter((n) => countryBeside(text, n, gazetteer)).map((n) => personOf.get(n)))
    standFor(bodyOffice[1], sentence.start + bodyOffice.index + bodyOffice[0].indexOf(bodyOffice[1]), (n) => n.title === bodyOffice[1] && !ofCountry.has(personOf.get(n)))
  }
  // "held talks with Egypt's Foreign Minister", "met the Egyptian Foreign Minister", "called the President of Türkiye": a country's office with no name after it, the one met,
  // held by the one person the page names elsewhere with that office and that country beside the name.
  for (const {office, country, named, at, end, subject} of countryOfficesMet(sentence, gazetteer)) {
    // (Not where a name follows it, "Egypt's Foreign Minister Sameh Shoukry"; one opening the next sentence does not.)
    if (names.some((n) => n.start >= end && n.start <= end + 3 && !/[.!?]/.test(text.slice(end, n.start)))) continue
    // (Nor where the office goes on to a comma and the name: "Italy's Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation, Antonio Tajani", "the Foreign Minister of the People's Republic of China, H.E. Wang Yi".)
    // That name is the holder's, and of that country where nothing else gives one.
    const holder = names.find((n) => n.start > end && n.start <= end + 160 && officeGoesOnToName.test(text.slice(end, n.start)))
    if (holder) {
      for (const n of inSentence) if (personOf.get(n) === personOf.get(holder) && !metCountry.has(n)) metCountry.set(n, country)
      continue
    }
    const near = (n: FoundName) => allMatches(gazetteer.countryPattern, text.slice(Math.max(0, n.start - 80), n.end + 80)).some((m) => gazetteer.countryOrAdjective(m[0])?.code === country)
    // (The same office as written either way: "Minister of Foreign Affairs", "Foreign Minister"; one of two joined by "and".)
    const same = (a: string, b: string) => a === b || ministerFirst(a) === ministerFirst(b)
    // (Not another office of that name: a "Vice President" holds no "President".)
    const holds = (title: string) => same(title, office) || (title.endsWith(` ${office}`) && !/^(?:Vice|Deputy|Under|Assistant|Associate)[\s-]/.test(title)) || title.startsWith(`${office} of `) || office.split(/\s+and\s+/).some((part) => same(title, part))
    // (Of two such names, the one written with the country right beside it: "President Volodymyr Zelenskyy of Ukraine", not "President Biden" a line from "Ukraine's".)
    const holdsOffice = (n: FoundName) => Boolean(n.title) && holds(n.title!)
    if (standFor(office, at, (n) => holdsOffice(n) && countryBeside(text, n, gazetteer) === country, country, holdsOffice)) continue
    if (standFor(office, at, (n) => holdsOffice(n) && near(n), country)) continue
    // No one named with the office: as the subject, the one person named without an office beside that country
    // ("President of Ukraine" atop the page, "Volodymyr Zelenskyy met ..."); as the one met, the one "the meeting with" names after it
    // ("... met the Acting Foreign Minister of Afghanistan in Dubai today. During the meeting with Mawlawi Amir Khan Muttaqi, ...").
    // Or the one the page names after the same office and country and a comma ("PM call with the Amir of Qatar, Sheikh Tamim bin Hamad Al-Thani").
    const samePhrase = named ? new RegExp(`${escapeRegExp(office)}\\s+of\\s+(?:the\\s+)?${escapeRegExp(named)},\\s+(?:\\S+\\s+){0,3}$`) : null
    const after = subject ? null : names.find((n) => (n.start > sentence.end && n.start < sentence.end + 400 && meetingWith.test(text.slice(Math.max(0, n.start - 60), n.start))) || samePhrase?.test(text.slice(Math.max(0, n.start - 120), n.start)))
    if (standFor(office, at, (n) => (subject ? !n.title && !n.honorific && near(n) : n === after), country) || subject) continue
    // Or the one the next sentence opens with, named without an office ("... received the Vice President of the United States of America this evening. The Honorable J.D. Vance, who arrived ...").
    const opening = names.find((n) => n.start > sentence.end && n.start < sentence.end + 40 && !n.title && /^\s*(?:\S+\s+){0,3}$/.test(text.slice(sentence.end, n.start)))
    if (opening && standFor(office, at, (n) => n === opening, country)) continue
    // Else, as for the subject, the one person named without an office beside that country, a style allowed ("His Highness Sheikh X, who is in London to mark ... the Kuwait Investment Office").
    standFor(office, at, (n) => !n.title && near(n) && !inSentence.some((m) => personOf.get(m) === personOf.get(n)), country)
  }
  // "received an all-party delegation from the Parliament of India ... The delegation was led by Dr. X": the delegation's head, named next.
  const delegation = metDelegation.exec(sentence.text)
  if (delegation) {
    const head = names.find((n) => n.start >= sentence.end && n.start < sentence.end + 200 && delegationLedBy.test(text.slice(Math.max(sentence.end, n.start - 60), n.start)))
    // (Read at its own place, with the office written after it: "Dr. X, Member of Parliament and Chairman of ...".)
    if (head && !inSentence.some((n) => idOf.get(n) === personOf.get(head))) inSentence.push(head)
  }
  // "Today, EAM and Shri X co-chaired ...": an office's abbreviation before the verb ("External Affairs Minister Dr. S. Jaishankar").
  const verbIndex = firstMatch(holdPattern, sentence.text)?.index ?? sentence.text.length
  for (const abbreviation of allMatches(abbreviationPattern, sentence.text.slice(0, verbIndex))) {
    const full = abbreviations[abbreviation[0]]
    const before = new RegExp(`${escapeRegExp(full)}\\s+(?:\\S+\\s+){0,3}$`)
    standFor(full, sentence.start + abbreviation.index, (n) => n.title === full || before.test(text.slice(Math.max(0, n.start - 80), n.start)))
  }
  // A person the page names in full elsewhere, written in full here without an office the rules know.
  for (const mention of context.mentions) {
    // (A family name alone where a principal stands beside another or is met: "High Representative Kaja Kallas and Wang co-chaired ...".)
    const alone = !/\s/.test(mention.text) && /\b(?:and|with)\s+$/.test(text.slice(Math.max(0, mention.start - 6), mention.start)) && !/^['’]s\b/u.test(text.slice(mention.end, mention.end + 3))
    if (mention.start < sentence.start || mention.end > sentence.end || inRelative(mention.start) || !mention.entityId.startsWith('person:') || (!/\s/.test(mention.text) && !alone)) continue
    if (served(mention.start, mention.end)) continue
    if (inSentence.some((n) => n.start < mention.end && n.end > mention.start)) continue
    const person = entities.get(mention.entityId)
    if (!person?.givenName || !person.familyName || !mention.text.includes(person.familyName) || (alone && mention.text !== person.familyName)) continue
    const pseudo: FoundName = {start: mention.start, end: mention.end, honorific: null, title: null, givenName: person.givenName, familyName: person.familyName, written: mention.text, full: true, refersByGivenName: false}
    idOf.set(pseudo, person.id)
    inSentence.push(pseudo)
  }
  // "I joined ...": the signed release's author; "held talks with him": the person the lead named before.
  if (context.author && /^(?:[^.]{0,120}?\s)?I\s+\p{Ll}/u.test(sentence.text)) {
    const author = entities.get(context.author)!
    const signed = names.find((n) => personOf.get(n) === author.id)
    const pseudo: FoundName = {start: sentence.start, end: sentence.start, honorific: null, title: signed ? officeBeside(text, signed.start) : null, givenName: author.givenName ?? null, familyName: author.familyName ?? author.name, written: author.name, full: true, refersByGivenName: false}
    idOf.set(pseudo, author.id)
    inSentence.unshift(pseudo)
  }
  // "On June 14, he and President X spoke": "he" is the person the lead named before, at the subject's place.
  const subjectPronoun = /(?:^|,\s*)(?:he|she)\s+and\s+/i.exec(sentence.text)
  if (subjectPronoun) {
    const earlier = names.filter((n) => n.end <= sentence.start && n.start >= (context.layout.lead[0]?.start ?? 0)).pop()
    if (earlier && !inSentence.some((n) => idOf.get(n) === personOf.get(earlier))) {
      const pseudo: FoundName = {...earlier, start: sentence.start + subjectPronoun.index, end: sentence.start + subjectPronoun.index}
      idOf.set(pseudo, personOf.get(earlier)!)
      inSentence.push(pseudo)
    }
  }
  const pronoun = /\bwith\s+(?:him|her)\b/.exec(sentence.text)
  if (pronoun) {
    const earlier = names.filter((n) => n.end <= sentence.start && n.start >= (context.layout.lead[0]?.start ?? 0)).pop()
    if (earlier && !inSentence.some((n) => idOf.get(n) === personOf.get(earlier))) {
      // Read at its own place (its office is written there), met as the guest.
      const pseudo: FoundName = {...earlier}
      idOf.set(pseudo, personOf.get(earlier)!)
      inSentence.push(pseudo)
      byPronoun.add(pseudo)
    }
  }
  inSentence.sort((a, b) => a.start - b.start)
  const local = sentence.text
  const verb = allMatches(holdPattern, local.slice(0, Math.max(0, match.start - sentence.start))).pop() ?? firstMatch(holdPattern, local)
  const verbAt = verb ? sentence.start + verb.index : match.start
  // "paid a courtesy call on X": the caller is the guest; "received a courtesy call from X": the host.
  const courtesy = /courtesy call/i.test(match.phrase) && !/\breceived?\b/i.test(verb?.[0] ?? '')
  const seen = new Set<string>()
  const visitors = new Set<string>()
  const result: Participant[] = []
  for (const name of inSentence) {
    const personId = idOf.get(name)!
    if (seen.has(personId)) continue
    seen.add(personId)
    const before = name.start < verbAt && !byPronoun.has(name)
    let role: Participant['role'] = before ? (courtesy ? 'guest' : 'host') : courtesy ? 'host' : 'guest'
    const after = text.slice(name.end, sentence.end)
    const {title, country, appositiveEnd} = officeOf(text, name, after, gazetteer, names.map((n) => n.start))
    // A visitor is the guest of a meeting in person; on the telephone or by video, the visit is elsewhere ("who is visiting Munster, Germany, held telephone talks with").
    const visiting = format === 'in_person' && /^[^.]*?\bwho (?:is|was|are|were) (?:visiting|on (?:a|an) [a-z ]*visit)/.test(text.slice(appositiveEnd, sentence.end).slice(0, 40))
    if (visiting) {
      role = 'guest'
      visitors.add(personId)
    }
    const person = entities.get(personId)!
    // The office said with another mention of the same person ("State Councilor and Foreign Minister of the People's Republic of China, H.E. Mr. Wang Yi, visited ...").
    let own = {title, country}
    for (const other of context.names) {
      if (own.country || other === name || personOf.get(other) !== personId) continue
      if (other.honorific && other.full) {
        const found = officeOf(text, other, text.slice(other.end, Math.min(text.length, other.end + 300)), gazetteer)
        if (found.country) own = {title: own.title ?? found.title, country: found.country}
      } else if (other.title) {
        // A headline's "Paraguayan President Abdo Benítez": a nationality written right before the office.
        const nationality = nationalityBefore(text, other.start - other.title.length - 1, gazetteer)
        if (nationality && text.startsWith(other.title, other.start - other.title.length - 1)) own = {title: own.title ?? other.title, country: nationality}
        // A headline's "President Ilham Aliyev of Azerbaijan": the country right after the name.
        else if (other.full) {
          const after = countryAfterName(text.slice(other.end, other.end + 60), gazetteer)
          if (after) own = {title: own.title ?? other.title, country: after.code}
        }
      }
    }
    // "..., the Minister of Defence of the Russian Federation, Army General X": the country the office the name was found with is of.
    const of = !own.country && name.title ? officeOfCountry(name.title, gazetteer) : null
    if (of) own = {title: own.title ?? of.office, country: of.country}
    result.push({
      personId,
      role,
      name: person.name,
      givenName: person.givenName ?? null,
      familyName: person.familyName ?? null,
      honorific: name.honorific,
      title: own.title ?? (name.title && name.title !== 'Minister' ? name.title : own.title),
      country: own.country ?? metCountry.get(name) ?? null,
      span: span(text, name.start, name.end)
    })
  }
  // "received his Belgian and Luxembourg counterparts, A and B": a counterpart named without an office holds the office of the one named before as having them,
  // when that office is written alike in every country ("Prime Minister", "President"; a Secretary of State's counterpart is a Foreign Minister).
  for (const p of result) {
    if (p.title) continue
    const before = text.slice(Math.max(0, p.span.start - 120), p.span.start)
    const counterpart = /\bcounterparts?,?\s+(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}?(?:and|&)\s+)?$/u.exec(before)
    const at = counterpart ? p.span.start - before.length + counterpart.index : -1
    const of = counterpart ? result.find((q) => q !== p && q.title && q.span.end <= at) : undefined
    if (of && /^(?:Prime Minister|President)$/.test(of.title!)) p.title = of.title
  }
  // A visitor makes the other side the host.
  const others = result.filter((p) => !visitors.has(p.personId))
  if (visitors.size && others.length === 1) others[0].role = 'host'
  if (result.filter((p) => p.role === 'host').length > 1 || result.length > 2 && /\b(?:trilateral|multilateral|quadrilateral)\b/i.test(local)) {
    for (const p of result) p.role = 'participant'
  }
  // The publishing side's country goes to the one principal whose office
  // names no country and no international organization ("Minister for
  // Foreign Affairs"); among several, the subject of the lead, then the host.
  const national = result.filter((p) => !p.country && !(p.title && organizationIn(p.title)))
  const own = national.length === 1 ? national[0] : national.find((p) => p.span.start < verbAt) ?? national.find((p) => p.role === 'host')
  const taken = new Set(result.map((p) => p.country).filter(Boolean))
  const home = context.homeCountries.find((code) => !taken.has(code))
  if (own && home) own.country = home
  // The other side of a meeting of two: the country the page pairs with the first's ("the second Australia-India Virtual Summit").
  const countryless = result.filter((p) => !p.country && !(p.title && organizationIn(p.title)))
  const known = result.find((p) => p.country)?.country
  if (result.length === 2 && countryless.length === 1 && known) {
    const partners = new Set(pairedCountries(text, context.mentions, entities).flatMap(({first, second}) => (first === known ? [second] : second === known ? [first] : [])))
    if (partners.size === 1) countryless[0].country = [...partners][0]
  }
  // "Minister Kishida held a working dinner": the same principals as the main meeting.
  if (main && result.every((p) => main.participants.some((q) => q.personId === p.personId))) {
    return main.participants.map((p) => ({...p}))
  }
  return result
}

/** The office written alone on the lines right above a name's line, the first of them ("Minister for Foreign Affairs" / "Minister for Women" / "Senator the Hon Marise Payne"), else right below it; or null. */
function officeBeside(text: string, at: number): string | null {
  const lines = text.split('\n')
  const index = text.slice(0, at).split('\n').length - 1
  const isOffice = (line: string | undefined) => {
    const words = (line ?? '').trim().split(/\s+/)
    return words.length <= 12 && officeWords.has(words[0]) && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|for|and|the)$/.test(w))
  }
  let first: string | null = null
  for (let k = index - 1; k >= 0 && isOffice(lines[k]); k--) first = lines[k].trim()
  if (first) return first
  return isOffice(lines[index + 1]) ? lines[index + 1].trim() : null
}

/** Countries the page writes as a pair joined by a hyphen or dash ("Australia-India", "ROK-U.S."): their codes, and where the pair ends. */
export function pairedCountries(text: string, mentions: Mention[], entities: Map<string, Entity>): {first: string; second: string; end: number}[] {
  const countries = mentions.filter((m) => m.entityId.startsWith('country:'))
  const pairs: {first: string; second: string; end: number}[] = []
  for (let k = 0; k + 1 < countries.length; k++) {
    const [a, b] = [countries[k], countries[k + 1]]
    const [first, second] = [entities.get(a.entityId)?.countryCode, entities.get(b.entityId)?.countryCode]
    if (first && second && first !== second && /^[-–]$/.test(text.slice(a.end, b.start))) pairs.push({first, second, end: b.end})
  }
  return pairs
}

/** The words before the one met: "held talks with ", "met ", "received ", "spoke to His Highness ". */
const metObject = /\b(?:with|to|met|meets|received|receives|hosted|hosts|welcomed|welcomes|called|calls|telephoned)\s+(?:(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Excellency|Majesty)\s+)?$/
/** A delegation received or met: "received an all-party delegation", "met a delegation of the U.S. Congress". */
const metDelegation = /\b(?:received|receives|met|meets|hosted|hosts|welcomed|welcomes)\s+(?:with\s+)?(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}delegation\b|\breceived\s+a\s+courtesy\s+call\s+from\s+the\s+head\s+of\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}delegation\b/u
/** "The delegation was led by ", "The delegation, headed by ": right before its head's name (a style allowed). */
const delegationLedBy = /\bdelegation,?\s+(?:was\s+)?(?:led|headed)\s+by\s+(?:\S+\s+){0,2}$|(?:^\s*|[.!?]\s+)The\s+(?:guest|visitor),\s+(?:\S+\s+){0,3}$/
/** A welcome of a thing, not of a visitor: "welcomed the agreement", "welcomed an increase". */
const welcomedThing = /\bwelcomed\s+(?:the|a|an|this|that|these|their|his|her)\s+\p{Ll}/gu
/** A principal's own other encounter: "his summit with", "their meeting with". */
const ownOtherEncounter = /\b(?:his|her|their|its)\s+(?:\p{Ll}+\s+)?(?:summit|meeting|talks|visit)\s+(?:with|to)\b/giu
/** A verb of meeting right after a subject: " received in Kyiv ...", " met ...". */
const subjectMeets = /^\s+(?:\p{Ll}+\s+)?(?:met|meets|received|receives|hosted|hosts|held|holds|had|spoke|speaks|called|telephoned|welcomed)\b/u
/** "During the meeting with ", "In their talks with H.E. ": the meeting named again, before the one met. */
const meetingWith = /\b(?:the|this|their|his|her)\s+(?:\p{Ll}+\s+)?(?:meeting|talks|call|conversation|discussions?)\s+with\s+(?:(?:H\.E\.|His Excellency|Her Excellency)\s+)?(?:\p{Lu}[\p{L}.']*\s+){0,2}$/u
/** An office with its modifiers ("Acting Foreign Minister"). */
const MODIFIED_OFFICE = `(?:(?:${titles.modifiers.join('|')})\\s+)*(?:${OFFICES}|Amir)`
/** "the President of Türkiye", "the Acting Foreign Minister of Afghanistan", "the Deputy Prime Minister and Minister of Foreign Affairs of Viet Nam", "the Amir of Qatar" (1: the office, 2: the words after "of"; "Amir", which is a given name too, is no office elsewhere). */
const countryOfficeOf = new RegExp(`(?<![\\p{L}])[Tt]he\\s+(${MODIFIED_OFFICE}(?:\\s+and\\s+${MODIFIED_OFFICE})*)\\s+of\\s+((?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:of|the|and|\\p{Lu}[\\p{L}'’.-]*)){0,5})`, 'gu')

/** A country's office, by its name's possessive (1) or its nationality after "the" (2): "Egypt's Foreign Minister", "the Egyptian Foreign Minister" (3: the office). */
const countryOfficeAlone = new RegExp(`(?<![\\p{L}])(?:(\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*){0,2})['’]s|the\\s+(\\p{Lu}\\p{L}*(?:\\s\\p{Lu}\\p{L}*)?))\\s+(${OFFICES})(?![\\p{L}])`, 'gu')

/** What may lie between an office and its holder's name: the rest of the office, a comma, a style of up to three words. */
const officeGoesOnToName = /^(?:\s+(?:of|for|and|the|on|in|&|\p{Lu}[\p{L}'’.-]*))*,\s+(?:\S+\s+){0,3}$/u

/**
 * The offices of a country a sentence names as the one met, or as its subject meeting, without a name: the office, its country (and
 * the country as written after "of"), where the office starts and where the phrase ends.
 */
function countryOfficesMet(sentence: SentenceView, gazetteer: Gazetteer): {office: string; country: string; named: string | null; at: number; end: number; subject: boolean}[] {
  const found: {office: string; country: string; named: string | null; at: number; end: number; subject: boolean}[] = []
  for (const match of allMatches(countryOfficeAlone, sentence.text)) {
    const country = gazetteer.countryOrAdjective(match[1] ?? match[2])?.code
    if (!country || !metObject.test(sentence.text.slice(0, match.index))) continue
    const end = sentence.start + match.index + match[0].length
    found.push({office: match[3], country, named: null, at: end - match[3].length, end, subject: false})
  }
  for (const match of allMatches(countryOfficeOf, sentence.text)) {
    // The one met, or the subject meeting: "The President of Ukraine received ...".
    const subject = /^(?:[^,]{0,40},\s*)?$/.test(sentence.text.slice(0, match.index)) && subjectMeets.test(sentence.text.slice(match.index + match[0].length))
    if (!subject && !metObject.test(sentence.text.slice(0, match.index))) continue
    // The longest run of words after "of" that names a country.
    const words = match[2].split(/\s+/)
    for (let n = words.length; n > 0; n--) {
      // (Not a sentence's stop: "the Amir of Qatar.")
      const named = words.slice(0, n).join(' ').replace(/\.+$/, '')
      const country = gazetteer.country(named)?.code
      if (!country) continue
      const at = sentence.start + match.index + match[0].indexOf(match[1])
      // (The subject's verb follows the whole phrase; the country may be shorter than what was read after "of".)
      if (subject && !subjectMeets.test(sentence.text.slice(match.index + match[0].indexOf(match[2]) + named.length))) break
      found.push({office: match[1], country, named, at, end: sentence.start + match.index + match[0].indexOf(match[2]) + named.length, subject})
      break
    }
  }
  return found
}

const officeThenComma = new RegExp(`(?:^|[\\s(])((?:the\\s+)?(?:${OFFICES})(?:\\s+(?:of|for)\\s+((?:the\\s+)?\\p{Lu}[^,;()\\s]*(?:\\s+(?:of|for|and|the|on|in|&|\\p{Lu}[^,;()\\s]*))*?))?),\\s*$`, 'u')

/** "the Prime Minister of New Zealand, the Rt Hon Jacinda Ardern": the office before the name, and a comma (1: the office, 2: what it is of). */
function officeBefore(text: string, name: FoundName): RegExpExecArray | null {
  return officeThenComma.exec(withoutEnding(text.slice(Math.max(0, name.start - 140), name.start), name.honorific ?? ''))
}

/** An office that ends with the country it is of ("Minister of Defence of the Russian Federation"): the office and the country, by the longest trailing "of <country>". */
function officeOfCountry(title: string, gazetteer: Gazetteer): {office: string; country: string} | null {
  const parts = title.split(/\s+of\s+/)
  for (let k = 1; k < parts.length; k++) {
    const found = gazetteer.country(parts.slice(k).join(' of '))
    if (found) return {office: parts.slice(0, k).join(' of '), country: found.code}
  }
  return null
}

/** The country written right beside a name: after it ("President Volodymyr Zelenskyy of Ukraine") or before its office ("Ukrainian President X"). */
function countryBeside(text: string, name: FoundName, gazetteer: Gazetteer): string | null {
  return countryAfterName(text.slice(name.end, name.end + 60), gazetteer)?.code ?? nationalityBefore(text, name.start - (name.title ? name.title.length + 1 : 0), gazetteer)
}

/** The country of a nationality (one or two words: "Paraguayan", "Sri Lankan") written right before `at`, on its line. */
function nationalityBefore(text: string, at: number, gazetteer: Gazetteer): string | null {
  const words = /(?:^|[^\S\r\n])((?:\p{Lu}[\p{L}.-]*[^\S\r\n]+)?\p{Lu}[\p{L}.-]*)[^\S\r\n]+$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1]
  if (!words) return null
  const found = gazetteer.countryOrAdjective(words) ?? (/\s/.test(words) ? gazetteer.countryOrAdjective(words.split(/\s+/).pop()!) : null)
  return found?.code ?? null
}

/** An office in lower case opening an appositive, as news copies write one (the offices the names are read after). */
const lowerOffice = new RegExp(`^(?:the\\s+)?(?:${[...lowerOffices].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\b`)

/**
 * The office after a name: ", Minister for Foreign Affairs," or
 * ", Secretary of State of the United States of America," or
 * ", Federal Minister for Foreign Affairs, Germany"; or before it
 * ("Foreign Minister Wang Yi", "U.S. Secretary of State").
 */
function officeOf(text: string, name: FoundName, after: string, gazetteer: Gazetteer, nameStarts: number[] = []): {title: string | null; country: string | null; appositiveEnd: number} {
  let rest = after
  let skipped = 0
  const post = postNominal.exec(rest)
  if (post) {
    skipped += post[0].length
    rest = rest.slice(post[0].length)
  }
  // A name in quotes the person is known by: "Pushpa Kamal Dahal 'Prachanda', Prime Minister of Nepal".
  const nickname = nicknameAfter.exec(rest)
  if (nickname) {
    skipped += nickname[0].length
    rest = rest.slice(nickname[0].length)
  }
  let title: string | null = null
  let country: string | null = null
  let appositiveEnd = name.end
  // The office ends at a comma, a stop, "who ...", a verb of meeting, "present"
  // ("with Mr. X, Minister for Foreign Affairs present"), or a preposition
  // that starts something else ("... of China for approximately 50 minutes").
  const appositive = /^\s*,\s*([^,;()]+?)(?=\s*(?:,|;|\(|(?<!\b[A-Z])\.(?:\s|$)|$|\s+who\b|\s+held\b|\s+had\b|\s+paid\b|\s+met\b|\s+(?:also\s+)?(?:present|attending|in\s+attendance)\b|\s+on\s+the\s+margins?\b|\s+(?:for|from|at|on|in|during|beginning|commencing|with)\s+(?=[\p{Ll}\d])))/u.exec(rest)
  // "X, President of Finland Alexander Stubb, ...": an office that another name follows is that name's, in a list.
  const appositiveStart = name.end + skipped + (appositive ? appositive[0].length - appositive[1].length : 0)
  // "the President of the United States, Joe Biden, the President of the French Republic, Emmanuel Macron, ...": where an office and a comma come before the name, the office after it is the next name's.
  const next = appositive ? /^\s*,\s*/.exec(rest.slice(appositive[0].length)) : null
  const officeFirst = next !== null && nameStarts.includes(name.end + skipped + appositive![0].length + next[0].length) && officeBefore(text, name) !== null
  // "Ibrahim Kalin, Presidential Spokesperson and Chief Advisor to President Recep Tayyip Erdoğan of Türkiye": an office serving the person named after "to" or "of", whose country it is.
  const served = appositive ? servingOffice.exec(appositive[1]) : null
  const serving = served && nameStarts.some((start) => start >= appositiveStart + served[0].length - served[2].length && start < appositiveStart + served[0].length) ? served : null
  const listed = appositive ? officeFirst || nameStarts.some((start) => start > appositiveStart && start < (serving ? appositiveStart + serving[1].length : name.end + skipped + appositive[0].length)) : false
  // ("the newly appointed Secretary of State": the office without the words that date it.)
  const office = (serving ? serving[1] : appositive?.[1])?.replace(/^(?:the\s+)?(?:(?:newly|recently|new|incoming|outgoing|current|then)\s+)?(?:(?:appointed|elected|designated|re-elected|installed|confirmed|sworn-in)\s+)?(?=\p{Lu})/u, '')
  // (A news copy writes the office in lower case: "Cho Hyun, minister of foreign affairs of the Republic of Korea".)
  if (appositive && office && !listed && (/^(?:the\s+)?\p{Lu}/u.test(office) || lowerOffice.test(office)) && office.split(/\s+/).some((w) => officeWords.has(w) || officeWords.has(titleCase(w)))) {
    title = office.trim().replace(/^the\s+/, '')
    appositiveEnd = name.end + skipped + appositive[0].length
    // "Secretary of State for Foreign, Commonwealth and Development Affairs of ...": a list inside the office.
    const list = /^,\s*((?:\p{Lu}[\p{L}-]*,\s*)*\p{Lu}[\p{L}-]*\s+and\s+[^,;()]*?\bAffairs\b[^,;()]*?)(?=\s*(?:,|;|\(|(?<!\b[A-Z])\.(?:\s|$)|$|\s+who\b))/u.exec(rest.slice(appositive[0].length))
    if (list && /\b(?:for|of)\s+\p{Lu}[\p{L}-]*$/u.test(title)) {
      title = `${title}, ${list[1]}`
      appositiveEnd += list[0].length
    }
    const ofCountry = /^(.*?)\s+of\s+((?:the\s+)?\p{Lu}.*)$/u.exec(title)
    const of = ofCountry ? officeOfCountry(title, gazetteer) : null
    if (of) {
      country = of.country
      title = of.office
    }
    if (!country) {
      // "the Tánaiste and Irish Minister for Foreign Affairs and Trade", "U.S. Secretary of State": a nationality adjective (or a country's initials) inside the office.
      const adjective = allMatches(/(^|\band\s+)(\p{Lu}[\p{Ll}]+|(?:\p{Lu}\.){2,3})\s+(?=\p{Lu})/gu, title).find((match) => (match[2].includes('.') ? gazetteer.countryOrAdjective(match[2]) : gazetteer.countryForms.get(match[2])?.adjective))
      const found = adjective ? gazetteer.countryOrAdjective(adjective[2]) : null
      if (found) {
        country = found.code
        title = title.slice(0, adjective!.index + adjective![1].length) + title.slice(adjective!.index + adjective![0].length)
      }
    }
    if (!country) {
      // "Italy's Deputy Prime Minister and Minister of Foreign Affairs": the country's possessive before the office.
      const possessive = /^((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*?)[’']s\s+(\p{Lu}.*)$/u.exec(title)
      const found = possessive ? gazetteer.country(possessive[1]) : null
      if (found) {
        country = found.code
        title = possessive![2]
      }
    }
    if (!country) {
      // "Acting Foreign Minister of the Afghan Interim Government": a government named by its adjective.
      const government = /\bof\s+the\s+(\p{Lu}[\p{L}-]*)\s+(?:\p{Lu}[\p{L}-]*\s+)?Government\b/u.exec(title)
      const found = government ? gazetteer.countryOrAdjective(government[1]) : null
      if (found) country = found.code
    }
    if (!country) {
      // ", Germany" after the office; or a second office: "Taoiseach, Prime Minister of Ireland".
      const next = /^\s*,\s*([^,;()]+?)(?=\s*(?:,|;|\(|(?<!\b[A-Z])\.(?:\s|$)|$|\s+who\b))/.exec(rest.slice(appositive[0].length))
      const found = next ? gazetteer.country(next[1]) : null
      const office = next && !found ? /^(\p{Lu}.*?)\s+of\s+((?:the\s+)?\p{Lu}.*)$/u.exec(next[1]) : null
      const officeCountry = office && office[1].split(/\s+/).some((w) => officeWords.has(w)) ? gazetteer.country(office[2]) : null
      if (found) {
        country = found.code
        appositiveEnd += next![0].length
      } else if (officeCountry) {
        country = officeCountry.code
        title = `${title}, ${office![1]}`
        appositiveEnd += next![0].length
      }
    }
  }
  if (!country && (!appositive || listed)) {
    // "Foreign Minister Li Zhaoxing of the People's Republic of China": the country right after the name.
    const found = countryAfterName(rest, gazetteer)
    if (found) {
      country = found.code
      appositiveEnd = name.end + skipped + rest.indexOf(found.named) + found.named.length
    }
  }
  if (!title && name.title) {
    title = name.title
    // "the President of the Russian Federation, Vladimir Putin": the office names the country.
    const of = /^(.*?)\s+of\s+(.+)$/.exec(title)
    const named = of && !country ? gazetteer.country(of[2]) : null
    if (named) {
      country = named.code
      title = of![1]
    }
  }
  if (!title && (name.honorific || name.full)) {
    // "Minister for Foreign Affairs Ms. KAMIKAWA Yoko", "U.S. Ambassador to Japan Ms. Caroline Kennedy"; with no honorific, on the name's line: "PRC Director of the Office of the ... Commission Wang Yi".
    const from = name.honorific ? name.start - 160 : Math.max(name.start - 160, text.lastIndexOf('\n', name.start - 1) + 1)
    const before = withoutEnding(text.slice(Math.max(0, from), name.start), name.honorific ?? '').replace(/\s+$/, '')
    const office = /((?:\p{Lu}[\p{L}.'’-]*|of|for|to|and|the)(?:[^\S\r\n]+(?:\p{Lu}[\p{L}.'’-]*|of|for|to|and|the))*)$/u.exec(before)
    const run = office?.[1].split(/\s+/) ?? []
    // "Australian Foreign Minister Penny Wong and Indian External Affairs Minister Dr. S. Jaishankar": after "and" and another's name, the words are this name's ("Minister for Foreign Affairs and Cooperation" is one office).
    const and = run.lastIndexOf('and')
    const words = and > 0 && !officeWords.has(run[and - 1]) && !departmentWords.has(run[and - 1]) ? run.slice(and + 1) : run
    // (An office opens with a capitalised word, not with "for" or "of": "a working breakfast for Cambodian Prime Minister Samdech X".)
    const start = words.findIndex((w) => /^\p{Lu}/u.test(w) && (officeWords.has(w) || titles.modifiers.includes(w)))
    if (start !== -1) {
      const prefix = words.slice(0, start).join(' ').replace(/^(?:(?:of|for|to|and|the)\s+)+/, '')
      const found = prefix ? gazetteer.countryOrAdjective(prefix) : null
      if (found && !country) country = found.code
      title = words.slice(start).join(' ')
    }
  }
  if (!country && serving) {
    const of = /\bof\s+(?:the\s+)?(\p{Lu}[\p{L}\s'’-]*)$/u.exec(serving[2])
    const found = of ? gazetteer.country(of[1]) : null
    if (found) country = found.code
  }
  if (!country) {
    // An adjective or a country before the title: "U.S. Secretary of State X", "Japanese Foreign Minister X":
    // the first of the capitalised words just before the name (one or two at a time) that names a country.
    const before = text.slice(Math.max(0, name.start - 80), name.start)
    // Within the name's line: a heading above says nothing of this name.
    const run = /((?:\p{Lu}[\p{L}.'’-]*|of|for|the)(?:[^\S\r\n]+(?:\p{Lu}[\p{L}.-]*|of|for|the|and)){0,8}),?[^\S\r\n]+$/u.exec(before)
    // "China’s State Councilor ...": a possessive country is the country.
    const all = run ? run[1].split(/\s+/).map((word) => word.replace(/[’']s$/u, '')) : []
    // "Turkmen President X and Uzbek President Y": before "and" and a name, the words are another name's ("State Councilor and Foreign Minister" is one office).
    const and = all.lastIndexOf('and')
    const words = and > 0 && !officeWords.has(all[and - 1]) ? all.slice(and + 1) : all
    for (let k = 0; k < words.length && !country; k++) {
      const found = (k + 1 < words.length ? gazetteer.countryOrAdjective(`${words[k]} ${words[k + 1]}`) : null) ?? gazetteer.countryOrAdjective(words[k])
      if (found) country = found.code
    }
  }
  if (!country || !title) {
    const office = officeBefore(text, name)
    if (office) {
      const named = office[2] ? gazetteer.country(office[2]) : null
      if (!country && named) country = named.code
      // "Mali's Transitional President, General X", "the Malian Transitional President, X": a country's name or adjective before the office.
      if (!country) {
        const at = Math.max(0, name.start - 140) + office.index + office[0].indexOf(office[1])
        const words = /((?:\p{Lu}[\p{L}.’'-]*\s+){1,3})$/u.exec(text.slice(Math.max(0, at - 60), at))?.[1].trim().split(/\s+/) ?? []
        const found = words.map((word) => gazetteer.countryOrAdjective(word.replace(/[’']s$/u, ''))).find(Boolean)
        if (found) country = found.code
      }
      if (!title) title = (named ? office[1].slice(0, office[1].length - office[2]!.length).replace(/\s+(?:of|for)\s+$/, '') : office[1]).replace(/^the\s+/, '')
    }
  }
  if (!country) {
    // "his Polish counterpart, Foreign Minister Zbigniew Rau": the adjective before "counterpart".
    const counterpart = /(?<!\band\s+\p{Lu}[\p{L}.-]*\s+|\band\s+)(\p{Lu}[\p{L}.-]*)\s+counterparts?,?\s+(?:(?:\p{Lu}[\p{L}.'’-]*|of|for|and|the)\s+){0,6}$/u.exec(text.slice(Math.max(0, name.start - 100), name.start))
    const found = counterpart ? gazetteer.countryOrAdjective(counterpart[1]) : null
    if (found) country = found.code
  }
  if (!country) {
    // "his Belgian and Luxembourg counterparts, Alexander De Croo and Luc Frieden": the adjectives in the names' order.
    const pair = /(\p{Lu}[\p{L}.-]*)\s+and\s+(\p{Lu}[\p{L}.-]*)\s+counterparts,?\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,4}?(?:and|&)\s+)?$/u.exec(text.slice(Math.max(0, name.start - 120), name.start))
    const found = pair ? gazetteer.countryOrAdjective(pair[pair[3] ? 2 : 1]) : null
    if (found) country = found.code
  }
  return {title, country, appositiveEnd}
}
