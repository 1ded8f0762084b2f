/**
 * What the data is, from source text to records.
 *
 * Offsets inside the pipeline are UTF-16 code-unit offsets into the decoded
 * text (what JavaScript strings index); records leave the pipeline with
 * Unicode code-point offsets, as the contract asks (see `records.ts`).
 */

/** A stretch of the decoded source, UTF-16 offsets, end exclusive. */
export interface Span {
  start: number
  end: number
  text: string
}

export type LineKind =
  | 'blank'
  | 'category'
  | 'date'
  | 'title'
  | 'caption'
  | 'framing'
  /** A site's notice to its visitor ("We use cookies ..."), in the header. */
  | 'chrome'
  | 'lead'
  | 'heading'
  | 'subheading'
  | 'body'
  | 'footer'

/** One line of the source and what the layout makes of it. */
export interface Line extends Span {
  /** 0-based line number. */
  index: number
  /** Characters of white space before the line's text. */
  indent: number
  kind: LineKind
  /** Section number of a heading line: `3` or `3.1`. */
  number?: string
  /** The line's text after its number marker (`1 `, `(2) `, `3. `). */
  body?: Span
  /** A numbered line that is a whole paragraph rather than a heading. */
  paragraph?: boolean
}

export interface SectionSpan {
  number: string
  title: Span | null
  parent: string | null
  start: number
  end: number
}

/** The page's structure as recognised from its lines. */
export interface Layout {
  lines: Line[]
  category: Span | null
  title: Span | null
  published: {date: string | null; span: Span} | null
  /** The lead's dateline ("WASHINGTON, Nov 25 –", "ISLAMABAD:"): where and when the release was issued. */
  dateline: {date: string | null; span: Span} | null
  lead: Line[]
  sections: SectionSpan[]
  footer: Line | null
}

export type EntityType = 'person' | 'country' | 'organization' | 'place' | 'agreement' | 'event'

/** An entity as one document sees it. */
export interface Entity {
  id: string
  type: EntityType
  name: string
  givenName?: string | null
  familyName?: string | null
  countryCode?: string | null
  acronym?: string | null
  wikidata?: string | null
  /** A family-name-first person referred to by the last part of the given name. */
  refersByGivenName?: boolean
  aliases: Set<string>
}

export interface Mention extends Span {
  entityId: string
}

/** A person named in the text, with what stands around the name. */
export interface PersonName {
  span: Span
  honorific: string | null
  givenName: string | null
  familyName: string
  /** A family-name-first name whose given name is used in short references. */
  refersByGivenName: boolean
}

export type Format = 'in_person' | 'telephone' | 'video'

export interface Meeting {
  name: string | null
  kind: string | null
  format: Format | null
  date: string | null
  startTime: string | null
  timeQualifier: string | null
  timeReference: string | null
  durationMinutes: number | null
  durationQualifier: string | null
  location: string | null
  sentence: Span
  participants: Participant[]
}

export interface Participant {
  personId: string
  role: 'host' | 'guest' | 'participant'
  name: string
  givenName: string | null
  familyName: string | null
  honorific: string | null
  title: string | null
  country: string | null
  span: Span
}

export type ActorKind = 'joint' | 'single'

export interface Statement {
  actorKind: ActorKind
  actor: Span | null
  actorId: string | null
  actorName: string | null
  verb: string
  verbText: Span
  content: Span
  sentence: Span
}

/** Everything extracted from one document, UTF-16 offsets. */
export interface Extraction {
  meetings: Meeting[]
  entities: Map<string, Entity>
  mentions: Mention[]
  statements: Statement[]
}

/* Records: one interface per schema in `schemas/`, code-point offsets. */

export interface DocumentRecord {
  document_id: string
  source: string
  sha256: string
  title: string | null
  category: string | null
  published: string | null
  characters: number
  lead: string | null
  url: string | null
  media_type: 'text/plain' | 'text/html'
  archive: string | null
  captured: string | null
}

/** A document as the dataset's own files name it (the card's table of sources, the package's sources, an event page's sides). */
export type DocumentName = Pick<DocumentRecord, 'document_id' | 'source' | 'sha256' | 'title' | 'published' | 'url'>

export interface SectionRecord {
  section_id: string
  document_id: string
  number: string
  title: string | null
  parent_id: string | null
  start: number
  end: number
}

export interface MeetingRecord {
  meeting_id: string
  document_id: string
  name: string | null
  kind: string | null
  format: Format | null
  date: string | null
  start_time: string | null
  time_qualifier: string | null
  time_reference: string | null
  duration_minutes: number | null
  duration_qualifier: string | null
  location: string | null
  /** The event it is a readout of, and the link that joined it (filled when the dataset is written: events are across documents). */
  event_id: string | null
  event_linked_to: string | null
  event_evidence: string | null
  event_confidence: number | null
  start: number
  end: number
}

/** One meeting as it happened, with every readout of it. */
export interface EventRecord {
  event_id: string
  date: string | null
  format: string | null
  kind: string | null
  person_ids: string | null
  countries: string | null
  readouts: number
  first_source: string
  last_source: string
}

export interface ParticipantRecord {
  meeting_id: string
  person_id: string
  role: 'host' | 'guest' | 'participant'
  name: string
  given_name: string | null
  family_name: string | null
  honorific: string | null
  title: string | null
  country: string | null
  start: number
  end: number
}

export interface EntityRecord {
  entity_id: string
  type: EntityType
  name: string
  given_name: string | null
  family_name: string | null
  country_code: string | null
  country_alpha3: string | null
  acronym: string | null
  aliases: string | null
  wikidata: string | null
}

export interface MentionRecord {
  mention_id: string
  entity_id: string
  document_id: string
  start: number
  end: number
  text: string
}

export interface StatementRecord {
  statement_id: string
  document_id: string
  meeting_id: string | null
  section_id: string | null
  actor_kind: ActorKind
  actor: string | null
  actor_id: string | null
  actor_name: string | null
  verb: string
  verb_text: string
  content: string
  start: number
  end: number
  sentence: string
  sentence_start: number
  sentence_end: number
}

/** The records of one document (entities are merged across documents later). */
export interface DocumentRecords {
  document: DocumentRecord
  sections: SectionRecord[]
  meetings: MeetingRecord[]
  participants: ParticipantRecord[]
  entities: EntityRecord[]
  mentions: MentionRecord[]
  statements: StatementRecord[]
}

export interface TableRows {
  documents: DocumentRecord[]
  sections: SectionRecord[]
  meetings: MeetingRecord[]
  events: EventRecord[]
  participants: ParticipantRecord[]
  entities: EntityRecord[]
  mentions: MentionRecord[]
  statements: StatementRecord[]
}

export type TableName = keyof TableRows
export const tableNames: TableName[] = [
  'documents',
  'sections',
  'meetings',
  'events',
  'participants',
  'entities',
  'mentions',
  'statements'
]
