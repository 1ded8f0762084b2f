/**
 * Stage 4, records: the extraction -> one record per row of each table, as
 * the schemas in `schemas/` describe them: ids, sections, code-point
 * offsets, statements tied to their section and meeting.
 */
import type {VFile} from 'vfile'
import {gazetteer} from './gazetteer.js'
import type {
  DocumentRecords,
  Entity,
  EntityRecord,
  MeetingRecord,
  MentionRecord,
  ParticipantRecord,
  SectionRecord,
  StatementRecord
} from './types.js'
import {codePointLength, codePointOffsets} from './text.js'
import {isRefused, refuse} from './messages.js'
import './data.js'

export function toRecords(file: VFile): void {
  if (isRefused(file) || !file.data.extraction || !file.data.layout) return
  const text = String(file.value)
  const at = codePointOffsets(text)
  const {documentId, source, sha256} = file.data.source!
  const layout = file.data.layout
  const page = file.data.page
  const {meetings, entities, mentions, statements} = file.data.extraction

  const sections: SectionRecord[] = layout.sections.map((section) => ({
    section_id: `${documentId}/s${section.number}`,
    document_id: documentId,
    number: section.number,
    title: section.title?.text ?? null,
    parent_id: section.parent ? `${documentId}/s${section.parent}` : null,
    start: at(section.start),
    end: at(section.end)
  }))
  // Numbering that repeats (two "(1)" under one heading) keeps the first id.
  const seenSections = new Set<string>()
  const uniqueSections = sections.filter((s) => !seenSections.has(s.section_id) && seenSections.add(s.section_id))
  const innermost = (offset: number): string | null => {
    let best: (typeof layout.sections)[number] | null = null
    for (const section of layout.sections) {
      if (offset >= section.start && offset < section.end && (!best || section.start >= best.start)) best = section
    }
    return best ? `${documentId}/s${best.number}` : null
  }

  const meetingRecords: MeetingRecord[] = meetings.map((meeting, n) => ({
    meeting_id: `${documentId}/m${n + 1}`,
    document_id: documentId,
    name: meeting.name,
    kind: meeting.kind,
    format: meeting.format,
    date: meeting.date,
    start_time: meeting.startTime,
    time_qualifier: meeting.timeQualifier,
    time_reference: meeting.timeReference,
    duration_minutes: meeting.durationMinutes,
    duration_qualifier: meeting.durationQualifier,
    location: meeting.location,
    event_id: null,
    event_linked_to: null,
    event_evidence: null,
    event_confidence: null,
    start: at(meeting.sentence.start),
    end: at(meeting.sentence.end)
  }))

  const participants: ParticipantRecord[] = meetings.flatMap((meeting, n) =>
    meeting.participants.map((p) => ({
      meeting_id: `${documentId}/m${n + 1}`,
      person_id: p.personId,
      role: p.role,
      name: p.name,
      given_name: p.givenName,
      family_name: p.familyName,
      honorific: p.honorific,
      title: p.title,
      country: p.country,
      start: at(p.span.start),
      end: at(p.span.end)
    }))
  )

  const mentionRecords: MentionRecord[] = mentions.map((m, n) => ({
    mention_id: `${documentId}/e${n + 1}`,
    entity_id: m.entityId,
    document_id: documentId,
    start: at(m.start),
    end: at(m.end),
    text: m.text
  }))

  // A statement belongs to the meeting its section names ("Working Dinner"), else the main one.
  const meetingOf = (offset: number): string | null => {
    if (!meetingRecords.length) return null
    for (const section of layout.sections) {
      if (!section.title || offset < section.start || offset >= section.end) continue
      const n = meetings.findIndex((m, k) => k > 0 && m.name && section.title!.text.toLowerCase().includes(m.name.toLowerCase()))
      if (n > 0) return meetingRecords[n].meeting_id
    }
    return meetingRecords[0].meeting_id
  }

  const statementRecords: StatementRecord[] = statements.map((s, n) => ({
    statement_id: `${documentId}/st${n + 1}`,
    document_id: documentId,
    meeting_id: meetingOf(s.content.start),
    section_id: innermost(s.content.start),
    actor_kind: s.actorKind,
    actor: s.actor?.text ?? null,
    actor_id: s.actorId,
    actor_name: s.actorName,
    verb: s.verb,
    verb_text: s.verbText.text,
    content: s.content.text,
    start: at(s.content.start),
    end: at(s.content.end),
    sentence: s.sentence.text,
    sentence_start: at(s.sentence.start),
    sentence_end: at(s.sentence.end)
  }))

  file.data.records = {
    document: {
      document_id: documentId,
      source,
      sha256,
      title: page?.title ?? layout.title?.text ?? null,
      category: layout.category?.text ?? null,
      published: layout.published?.date ?? page?.published ?? null,
      characters: codePointLength(text),
      lead: layout.lead.length ? layout.lead.map((line) => line.body?.text ?? line.text).join('\n') : null,
      url: page?.url ?? null,
      media_type: page?.mediaType ?? 'text/plain',
      archive: page?.archive ?? null,
      captured: page?.captured ?? null
    },
    sections: uniqueSections,
    meetings: meetingRecords,
    participants,
    entities: [...entities.values()].map(entityRecord).sort((a, b) => (a.entity_id < b.entity_id ? -1 : a.entity_id > b.entity_id ? 1 : 0)),
    mentions: mentionRecords,
    statements: statementRecords
  }
}

export function entityRecord(entity: Entity): EntityRecord {
  const country = entity.type === 'country' && entity.countryCode ? gazetteer().countries.get(entity.countryCode) : null
  return {
    entity_id: entity.id,
    type: entity.type,
    name: entity.name,
    given_name: entity.givenName ?? null,
    family_name: entity.familyName ?? null,
    country_code: entity.countryCode ?? null,
    country_alpha3: country?.alpha3 ?? null,
    acronym: entity.acronym ?? null,
    aliases: entity.aliases.size ? [...entity.aliases].sort().join('|') : null,
    wikidata: entity.wikidata ?? null
  }
}
