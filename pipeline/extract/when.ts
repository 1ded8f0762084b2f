/**
 * Dates, clock times and durations as readouts write them: "On Sunday,
 * April 10,", "On November 8 (Saturday),", "commencing at 2:15 p.m.",
 * "from just after 12:10 p.m. (local time)", "for approximately one hour and
 * 20 minutes", "nearly one hour", "one and a half hours".
 */
import numbers from '../lexicon/numbers.json' with {type: 'json'}
import {allMatches, escapeRegExp} from '../text.js'

const months: Record<string, number> = numbers.months
const monthNames = Object.keys(months).sort((a, b) => b.length - a.length)
const weekdayNames = [...numbers.weekdays].sort((a, b) => b.length - a.length)
const MONTH = `(?<month>${monthNames.map(escapeRegExp).join('|')})\\.?`
const WEEKDAY = `(?:${weekdayNames.map(escapeRegExp).join('|')})\\.?`
const DAY = `(?<day>\\d{1,2})(?:st|nd|rd|th)?`
const YEAR = `(?<year>(?:19|20)\\d{2})`

const dateForms = [
  // [Monday,] March 16[th][ (Saturday)][,] [2017]
  new RegExp(`(?:${WEEKDAY},?\\s+)?${MONTH}\\s+${DAY}(?:\\s*\\(${WEEKDAY}\\))?(?:,?\\s+${YEAR})?`, 'iu'),
  // [Monday,] 16 March [2017]
  new RegExp(`(?:${WEEKDAY},?\\s+)?${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?`, 'iu'),
  // 2017-03-16, 2017/3/16
  /(?<year>(?:19|20)\d{2})[-/.](?<monthNumber>\d{1,2})[-/.](?<day>\d{1,2})/u
]

export interface FoundDate {
  month: number
  day: number
  year: number | null
  /** YYYY-MM-DD when the year is known. */
  full: string | null
  /** The match covers the whole value given. */
  whole: boolean
  index: number
  length: number
}

const pad = (n: number) => String(n).padStart(2, '0')

function valid(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day))
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
}

/**
 * The first date in `value`. `defaultYear` fills a missing year (no year and
 * no default gives `full: null`).
 */
export function parseDate(value: string, defaultYear: number | null = null, _whole = false): FoundDate | null {
  let best: RegExpExecArray | null = null
  for (const form of dateForms) {
    const match = form.exec(value)
    if (match && (!best || match.index < best.index)) best = match
  }
  if (!best?.groups) return null
  const g = best.groups
  const month = g.month ? months[g.month.toLowerCase()] : Number(g.monthNumber)
  const day = Number(g.day)
  if (!month || day < 1 || day > 31) return null
  const year = g.year ? Number(g.year) : defaultYear
  const full = year !== null && valid(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null
  const whole = value.replace(/[\s,.;:]+$/, '').trim().length === best[0].length && best.index === value.search(/\S/)
  return {month, day, year: g.year ? Number(g.year) : null, full, whole, index: best.index, length: best[0].length}
}

/**
 * The year of a meeting reported without one: that of the release date,
 * or the year before when the month lies well after the release month
 * (a December meeting released in January).
 */
export function yearFor(month: number, published: string | null): number | null {
  if (!published) return null
  const year = Number(published.slice(0, 4))
  const releaseMonth = Number(published.slice(5, 7))
  return month > releaseMonth + 1 ? year - 1 : year
}

const timeQualifiers = [...numbers.timeQualifiers].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')
const timePattern = new RegExp(
  `(?:(?:commencing|starting|beginning)\\s+)?(?:(?:at|from)\\s+)?(?:(?<qualifier>${timeQualifiers})\\s+)?` +
    `(?:(?<hour>\\d{1,2})(?:(?::|\\.)(?<minute>\\d{2}))?\\s*(?<meridiem>a\\.\\s?m\\.?|p\\.\\s?m\\.?|am\\b|pm\\b)|(?<hour24>\\d{1,2}):(?<minute24>\\d{2})(?!\\s*(?:a\\.m|p\\.m))|(?<![\\p{L}])(?<noon>noon|midnight)(?![\\p{L}]))` +
    `(?:\\s*[(（]?\\s*(?:on\\s+[^,;()]{1,30}?,?\\s*)?(?<reference>local time|Japan time|Japan Standard Time|JST|Tokyo time|GMT|UTC|[A-Z][a-z]+ time)\\b)?`,
  'giu'
)

export interface FoundTime {
  time: string
  qualifier: string | null
  reference: string | null
  index: number
  end: number
  /** Written with a.m. or p.m. */
  meridiem: boolean
}

const rangeWord = /^\s*(?:to|until|till|-|–|—)\s*$/i

/** Every clock time in `value`, in order. */
export function findTimes(value: string): FoundTime[] {
  const found: FoundTime[] = []
  timePattern.lastIndex = 0
  for (const match of allMatches(timePattern, value)) {
    const g = match.groups ?? {}
    let hour: number
    let minute: number
    if (g.noon) {
      hour = g.noon.toLowerCase() === 'noon' ? 12 : 0
      minute = 0
    } else if (g.hour24) {
      hour = Number(g.hour24)
      minute = Number(g.minute24)
    } else {
      hour = Number(g.hour)
      minute = g.minute ? Number(g.minute) : 0
      const pm = /^p/i.test(g.meridiem)
      if (hour === 12) hour = pm ? 12 : 0
      else if (pm) hour += 12
    }
    if (hour > 23 || minute > 59) continue
    const after = value.slice(match.index + match[0].length, match.index + match[0].length + 12)
    if (/^\s*(?:minutes?|mins?|hours?)\b/i.test(after)) continue
    found.push({
      time: `${pad(hour)}:${pad(minute)}`,
      qualifier: g.qualifier ? g.qualifier.toLowerCase().replace(/^from\s+/, '') : null,
      reference: g.reference ?? null,
      index: match.index,
      end: match.index + match[0].length,
      meridiem: Boolean(g.meridiem)
    })
  }
  // "from 1:30 to 2:45 p.m.": the start of a range takes the end's p.m.
  for (let k = 0; k + 1 < found.length; k++) {
    const [start, end] = [found[k], found[k + 1]]
    const hour = Number(start.time.slice(0, 2))
    if (start.meridiem || !end.meridiem || !rangeWord.test(value.slice(start.end, end.index))) continue
    if (hour < 12 && hour + 12 <= Number(end.time.slice(0, 2))) start.time = `${pad(hour + 12)}${start.time.slice(2)}`
  }
  return found
}

/**
 * The minutes from `start` to the time after it when the two make a range
 * ("from 10:15 a.m. to 11:00 a.m.", "from 9:00 to 9:50", "10:00-11:30"),
 * else null. A range past midnight wraps.
 */
export function rangeMinutes(value: string, times: FoundTime[], start: FoundTime): number | null {
  const next = times[times.indexOf(start) + 1]
  if (!next || !rangeWord.test(value.slice(start.end, next.index))) return null
  const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3))
  const minutes = minutesOf(next.time) - minutesOf(start.time)
  return minutes > 0 ? minutes : minutes + 24 * 60
}

const numberWords: Record<string, number> = numbers.words
const NUM = `(?:\\d+(?:\\.\\d+)?|${Object.keys(numberWords)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|')})`
const durationQualifiers = [...numbers.durationQualifiers].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')
const durationPattern = new RegExp(
  `(?:(?<qualifier>${durationQualifiers})\\s+)?(?:` +
    `(?<halfHour>half an hour)|` +
    `(?<hours>${NUM})(?<andHalf>\\s+and\\s+a\\s+half)?\\s+hours?(?<halfAfter>\\s+and\\s+a\\s+half)?(?:,?\\s+and\\s+(?<extraMinutes>${NUM})\\s+minutes?)?|` +
    `(?<minutes>${NUM})\\s+(?:minutes?|mins?)\\b)`,
  'giu'
)

export interface FoundDuration {
  minutes: number
  qualifier: string | null
  index: number
  end: number
}

const valueOf = (word: string): number => (/^\d/.test(word) ? Number(word) : numberWords[word.toLowerCase()] ?? NaN)

/** Every duration in `value`, in order. */
export function findDurations(value: string): FoundDuration[] {
  const found: FoundDuration[] = []
  for (const match of allMatches(durationPattern, value)) {
    const g = match.groups ?? {}
    let minutes: number
    if (g.halfHour) minutes = 30
    else if (g.hours) {
      minutes = valueOf(g.hours) * 60 + (g.andHalf || g.halfAfter ? 30 : 0) + (g.extraMinutes ? valueOf(g.extraMinutes) : 0)
    } else minutes = valueOf(g.minutes)
    if (!Number.isFinite(minutes) || minutes <= 0) continue
    // "20 minutes from 9:35" and "for 20 minutes" both qualify; a bare
    // "within 30 minutes of" does not report a length.
    const before = value.slice(Math.max(0, match.index - 8), match.index)
    if (/\b(?:within|every|after|before|by)\s*$/i.test(before)) continue
    found.push({minutes: Math.round(minutes), qualifier: g.qualifier?.toLowerCase() ?? null, index: match.index, end: match.index + match[0].length})
  }
  return found
}

const weekdayIndex = new Map(numbers.weekdays.map((day, i) => [day, i % 7]))
const relativeDay = new RegExp(
  `\\b(?:(?<today>(?:earlier\\s+|later\\s+)?today|this\\s+(?:morning|afternoon|evening)|tonight)|(?<yesterday>yesterday|last\\s+night)|(?:on\\s+|this\\s+|last\\s+|(?<=\\b(?:met|spoke|received|held|had|call|talks|phone|telephone)\\s+)|(?=(?:${weekdayNames.map(escapeRegExp).join('|')})['’]s\\s+(?:[\\p{Ll}-]+\\s+)?(?:talks|meeting|call|conversation|discussions?|summit)\\b))(?<weekday>${weekdayNames.map(escapeRegExp).join('|')})\\b(?!\\s*,?\\s*(?:\\d|${monthNames.map(escapeRegExp).join('|')})))`,
  'iu'
)

/**
 * A day named relative to the release date: "today", "this morning"
 * (the release date), "yesterday" (the day before), "on Wednesday",
 * "Monday's talks" (the latest such day on or before it); "this evening" in a release stamped
 * before evening (`releasedAt`, "HH:MM"), the day before. Null when the
 * value names none.
 */
export function relativeDate(value: string, released: string, releasedAt: string | null = null): {date: string; index: number; length: number} | null {
  const match = relativeDay.exec(value)
  if (!match?.groups) return null
  const day = new Date(`${released}T00:00:00Z`)
  if (Number.isNaN(day.getTime())) return null
  if (match.groups.yesterday) day.setUTCDate(day.getUTCDate() - 1)
  // "this evening" in a release stamped at 03:12: the evening before (a part of the day the stamp has not reached).
  const partOfDay = /afternoon|evening|tonight/i.exec(match.groups.today ?? '')
  if (partOfDay && releasedAt && releasedAt < (partOfDay[0].toLowerCase() === 'afternoon' ? '12:00' : '17:00')) day.setUTCDate(day.getUTCDate() - 1)
  if (match.groups.weekday) {
    // numbers.weekdays lists Monday first; getUTCDay counts from Sunday.
    const wanted = (weekdayIndex.get(match.groups.weekday.toLowerCase())! + 1) % 7
    day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() - wanted + 7) % 7))
  }
  return {date: day.toISOString().slice(0, 10), index: match.index, length: match[0].length}
}
