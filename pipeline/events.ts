/**
 * Events: the readouts of one meeting, linked across documents. Each side
 * of a call or meeting publishes its own readout (and news sites copy them);
 * two meetings from different documents are the same event when they share
 * the date (a day apart allowed: time zones and release dates), the
 * principals (by person id, or by country and office where a name differs
 * or is missing) and a compatible format, and are the same kind of encounter
 * (a working dinner after a meeting is an event of its own).
 *
 * Every link carries its evidence and a confidence; a meeting that could be
 * either of two meetings of another document is linked to neither, with a
 * warning. An event never holds two meetings of one document.
 */
import {slug} from './text.js'

/** What linking needs of one meeting: a few fields, kept for every document. */
export interface MeetingSummary {
  meetingId: string
  documentId: string
  /** Position of the meeting in its document: 0 for the main one. */
  order: number
  date: string | null
  format: string | null
  kind: string | null
  principals: {personId: string; familyName: string | null; country: string | null; title: string | null}[]
}

export interface EventLink {
  meetingId: string
  /** The meeting it was linked to, or null for the event's first meeting. */
  linkedTo: string | null
  /** "date=same; principals=person:a,person:b; format=same". */
  evidence: string | null
  confidence: number | null
}

export interface LinkedEvent {
  eventId: string
  date: string | null
  format: string | null
  kind: string | null
  personIds: string[]
  countries: string[]
  meetings: MeetingSummary[]
  links: EventLink[]
}

export interface LinkWarning {
  meetingId: string
  reason: string
}

const DAY = 86_400_000

function daysApart(a: string, b: string): number {
  return Math.round(Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY)
}

/** A working meal or press conference is its own event; talks, calls and meetings of one kind are comparable. */
function kindGroup(kind: string | null): string {
  if (!kind) return 'meeting'
  if (kind.startsWith('working_') || kind === 'banquet') return kind
  if (kind === 'press_conference') return kind
  return 'meeting'
}

/** Telephone and video are both remote; a side may call a video call a "telephone talk" but never a meeting in person. */
function formatsAgree(a: string | null, b: string | null): boolean {
  if (!a || !b || a === b) return true
  return a !== 'in_person' && b !== 'in_person'
}

interface Candidate {
  a: MeetingSummary
  b: MeetingSummary
  evidence: string
  confidence: number
}

/**
 * The principals both meetings name: by person id; else, for a principal
 * whose id differs, by country (each side names the other's principal its
 * own way). Null when they are not the same principals.
 */
function samePrincipals(a: MeetingSummary, b: MeetingSummary): {ids: string[]; byCountry: string[]} | null {
  if (!a.principals.length || !b.principals.length) return null
  const idsA = new Set(a.principals.map((p) => p.personId))
  const idsB = new Set(b.principals.map((p) => p.personId))
  const shared = [...idsA].filter((id) => idsB.has(id))
  const restA = a.principals.filter((p) => !idsB.has(p.personId))
  const restB = b.principals.filter((p) => !idsA.has(p.personId))
  const byCountry: string[] = []
  const usedB = new Set<number>()
  for (const p of restA) {
    // The same person written another way ("Borrell" and "Borrell Fontelles"); by country only where a family name is unknown.
    const k = restB.findIndex((q, n) => !usedB.has(n) && (p.familyName && q.familyName ? sharesWord(p.familyName, q.familyName) : Boolean(p.country && p.country === q.country)))
    if (k === -1) continue
    usedB.add(k)
    byCountry.push(`${p.personId}=${restB[k].personId}`)
  }
  const unmatched = restA.length - byCountry.length + (restB.length - usedB.size)
  // Every principal of the smaller side is matched, two at least (one principal alone is a visit, not a meeting of two sides); one by identity or two by country.
  const smaller = Math.min(a.principals.length, b.principals.length)
  const matched = shared.length + byCountry.length
  if (matched < smaller || matched < 2) return null
  if (shared.length === 0 && byCountry.length < 2) return null
  if (unmatched > Math.abs(a.principals.length - b.principals.length)) return null
  return {ids: shared, byCountry}
}

/** Event order: by date, then meeting id. */
function before(x: MeetingSummary, y: MeetingSummary): boolean {
  const [dx, dy] = [x.date ?? '', y.date ?? '']
  return dx < dy || (dx === dy && x.meetingId < y.meetingId)
}

function sharesWord(a: string, b: string): boolean {
  const words = new Set(a.toLowerCase().split(/[\s-]+/))
  return b
    .toLowerCase()
    .split(/[\s-]+/)
    .some((word) => words.has(word))
}

function candidate(a: MeetingSummary, b: MeetingSummary): Candidate | null {
  if (a.documentId === b.documentId || !a.date || !b.date) return null
  const apart = daysApart(a.date, b.date)
  if (apart > 1) return null
  if (kindGroup(a.kind) !== kindGroup(b.kind) || !formatsAgree(a.format, b.format)) return null
  const principals = samePrincipals(a, b)
  if (!principals) return null
  const evidence = [
    `date=${apart === 0 ? 'same' : 'one day apart'}`,
    `principals=${[...principals.ids, ...principals.byCountry].join(',')}`,
    `format=${a.format === b.format ? 'same' : 'compatible'}`
  ].join('; ')
  let confidence = 1
  if (apart) confidence -= 0.1
  if (a.format !== b.format) confidence -= 0.1
  confidence -= 0.15 * principals.byCountry.length
  return {a, b, evidence, confidence: Math.max(0.5, Math.round(confidence * 100) / 100)}
}

/**
 * Link the meetings of every document into events, deterministically: the
 * same meetings give the same events and ids, whatever their order.
 */
export function linkEvents(meetings: MeetingSummary[]): {events: LinkedEvent[]; warnings: LinkWarning[]} {
  const sorted = [...meetings].sort((x, y) => (x.meetingId < y.meetingId ? -1 : x.meetingId > y.meetingId ? 1 : 0))
  const byDate = new Map<string, MeetingSummary[]>()
  for (const m of sorted) if (m.date) byDate.set(m.date, [...(byDate.get(m.date) ?? []), m])
  const candidates: Candidate[] = []
  for (const a of sorted) {
    if (!a.date) continue
    const day = Date.parse(`${a.date}T00:00:00Z`)
    for (const offset of [0, 1]) {
      const date = new Date(day + offset * DAY).toISOString().slice(0, 10)
      for (const b of byDate.get(date) ?? []) {
        if (offset === 0 && b.meetingId <= a.meetingId) continue
        const found = candidate(a, b)
        if (found) candidates.push(found)
      }
    }
  }

  // A meeting that matches two meetings of one other document is ambiguous: linked to neither.
  const warnings: LinkWarning[] = []
  const ambiguous = new Set<string>()
  const perTarget = new Map<string, Candidate[]>()
  for (const c of candidates) {
    for (const [from, to] of [[c.a, c.b], [c.b, c.a]] as const) {
      const key = `${from.meetingId}\u0000${to.documentId}`
      perTarget.set(key, [...(perTarget.get(key) ?? []), c])
    }
  }
  for (const [key, list] of [...perTarget].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    if (list.length < 2) continue
    const [meetingId, documentId] = key.split('\u0000')
    for (const c of list) ambiguous.add(`${c.a.meetingId}\u0000${c.b.meetingId}`)
    warnings.push({meetingId, reason: `Unexpected ${list.length} meetings of ${documentId} that could be this one (${list.map((c) => (c.a.meetingId === meetingId ? c.b.meetingId : c.a.meetingId)).join(', ')}), expected one; not linked`})
  }

  // Strongest links first; an event never holds two meetings of one document.
  const kept = candidates
    .filter((c) => !ambiguous.has(`${c.a.meetingId}\u0000${c.b.meetingId}`))
    .sort((x, y) => y.confidence - x.confidence || (x.a.meetingId < y.a.meetingId ? -1 : x.a.meetingId > y.a.meetingId ? 1 : x.b.meetingId < y.b.meetingId ? -1 : 1))
  const group = new Map<string, string>(sorted.map((m) => [m.meetingId, m.meetingId]))
  const find = (id: string): string => {
    let root = id
    while (group.get(root) !== root) root = group.get(root)!
    group.set(id, root)
    return root
  }
  const documents = new Map<string, Set<string>>(sorted.map((m) => [m.meetingId, new Set([m.documentId])]))
  const linkOf = new Map<string, {to: string; evidence: string; confidence: number}>()
  for (const c of kept) {
    const [ra, rb] = [find(c.a.meetingId), find(c.b.meetingId)]
    if (ra === rb) continue
    const [da, db] = [documents.get(ra)!, documents.get(rb)!]
    if ([...da].some((d) => db.has(d))) continue
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra]
    group.set(child, root)
    documents.set(root, new Set([...da, ...db]))
    // The later meeting of the pair records the link to the earlier.
    const [first, second] = before(c.a, c.b) ? [c.a, c.b] : [c.b, c.a]
    if (!linkOf.has(second.meetingId)) linkOf.set(second.meetingId, {to: first.meetingId, evidence: c.evidence, confidence: c.confidence})
    else if (!linkOf.has(first.meetingId)) linkOf.set(first.meetingId, {to: second.meetingId, evidence: c.evidence, confidence: c.confidence})
  }

  const members = new Map<string, MeetingSummary[]>()
  for (const m of sorted) members.set(find(m.meetingId), [...(members.get(find(m.meetingId)) ?? []), m])
  const events: LinkedEvent[] = []
  const taken = new Set<string>()
  for (const group of members.values()) {
    const meetingsOf = [...group].sort((x, y) => (before(x, y) ? -1 : 1))
    const first = meetingsOf[0]
    const personIds = [...new Set(meetingsOf.flatMap((m) => m.principals.map((p) => p.personId)))].sort()
    const countries = [...new Set(meetingsOf.flatMap((m) => m.principals.map((p) => p.country).filter((c): c is string => Boolean(c))))].sort()
    const families = [...new Set(first.principals.map((p) => p.familyName ?? p.personId.replace(/^person:/, '')))].sort()
    let base = `event:${first.date ?? 'undated'}-${slug(families.join(' ')) || 'unnamed'}${kindGroup(first.kind) === 'meeting' ? '' : `-${slug(first.kind!)}`}`
    if (!first.date) base = `event:${slug(first.meetingId)}`
    let eventId = base
    for (let n = 2; taken.has(eventId); n++) eventId = `${base}-${n}`
    taken.add(eventId)
    events.push({
      eventId,
      date: first.date,
      format: meetingsOf.find((m) => m.format)?.format ?? null,
      kind: first.kind,
      personIds,
      countries,
      meetings: meetingsOf,
      links: meetingsOf.map((m) => {
        const link = linkOf.get(m.meetingId)
        return {meetingId: m.meetingId, linkedTo: link?.to ?? null, evidence: link?.evidence ?? null, confidence: link?.confidence ?? null}
      })
    })
  }
  events.sort((x, y) => (x.eventId < y.eventId ? -1 : 1))
  return {events, warnings}
}
