/**
 * JSON-LD: one graph per document and one for the dataset, with the context
 * embedded (nothing to fetch). schema.org where it fits (a meeting is an
 * `Event` with `startDate`, an ISO 8601 `duration`, `attendee` roles and
 * people with `jobTitle` and `nationality`, `location`, `isBasedOn` the
 * source); the Readout vocabulary (`ro:`) for statements; W3C Web Annotation
 * selectors pointing each statement and mention into its source text.
 */
import type {
  DocumentRecord,
  EntityRecord,
  MeetingRecord,
  MentionRecord,
  ParticipantRecord,
  StatementRecord,
  TableRows
} from '../types.js'

export const vocabulary = 'https://w3id.org/readout/vocab#'
export const identifiers = 'https://w3id.org/readout/id/'

export const context = {
  '@version': 1.1,
  '@base': identifiers,
  schema: 'https://schema.org/',
  oa: 'http://www.w3.org/ns/oa#',
  ro: vocabulary,
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  wd: 'http://www.wikidata.org/entity/',
  person: `${identifiers}person/`,
  country: `${identifiers}country/`,
  organization: `${identifiers}organization/`,
  place: `${identifiers}place/`,
  agreement: `${identifiers}agreement/`,
  event: `${identifiers}event/`,
  id: '@id',
  type: '@type',
  Dataset: 'schema:Dataset',
  CreativeWork: 'schema:CreativeWork',
  Event: 'schema:Event',
  Person: 'schema:Person',
  Country: 'schema:Country',
  Organization: 'schema:Organization',
  Place: 'schema:Place',
  Role: 'schema:Role',
  Statement: 'ro:Statement',
  Mention: 'ro:Mention',
  SpecificResource: 'oa:SpecificResource',
  TextPositionSelector: 'oa:TextPositionSelector',
  TextQuoteSelector: 'oa:TextQuoteSelector',
  name: 'schema:name',
  alternateName: 'schema:alternateName',
  givenName: 'schema:givenName',
  familyName: 'schema:familyName',
  honorificPrefix: 'schema:honorificPrefix',
  jobTitle: 'schema:jobTitle',
  roleName: 'schema:roleName',
  nationality: {'@id': 'schema:nationality', '@type': '@id'},
  sameAs: {'@id': 'schema:sameAs', '@type': '@id'},
  identifier: 'schema:identifier',
  datePublished: {'@id': 'schema:datePublished', '@type': 'xsd:date'},
  startDate: {'@id': 'schema:startDate'},
  duration: {'@id': 'schema:duration', '@type': 'xsd:duration'},
  location: 'schema:location',
  attendee: 'schema:attendee',
  isBasedOn: {'@id': 'schema:isBasedOn', '@type': '@id'},
  isPartOf: {'@id': 'schema:isPartOf', '@type': '@id'},
  about: {'@id': 'schema:about', '@type': '@id'},
  hasPart: 'schema:hasPart',
  eventAttendanceMode: {'@id': 'schema:eventAttendanceMode', '@type': '@id'},
  additionalType: 'schema:additionalType',
  sha256: 'ro:sha256',
  kind: 'ro:kind',
  format: 'ro:format',
  timeReference: 'ro:timeReference',
  timeQualifier: 'ro:timeQualifier',
  durationQualifier: 'ro:durationQualifier',
  actorKind: 'ro:actorKind',
  actor: {'@id': 'ro:actor', '@type': '@id'},
  actorText: 'ro:actorText',
  verb: 'ro:verb',
  verbText: 'ro:verbText',
  content: 'ro:content',
  sentence: 'ro:sentence',
  meeting: {'@id': 'ro:meeting', '@type': '@id'},
  section: 'ro:section',
  mentions: {'@id': 'ro:mentions', '@type': '@id'},
  target: 'oa:hasTarget',
  source: {'@id': 'oa:hasSource', '@type': '@id'},
  selector: 'oa:hasSelector',
  start: {'@id': 'oa:start', '@type': 'xsd:nonNegativeInteger'},
  end: {'@id': 'oa:end', '@type': 'xsd:nonNegativeInteger'},
  exact: 'oa:exact',
  prefix: 'oa:prefix',
  suffix: 'oa:suffix',
  statement: 'ro:statement',
  mention: 'ro:mention',
  entity: 'ro:entity',
  meetings: 'ro:meetings'
}

/** The text of the source around a span, for TextQuoteSelector. */
export type SourceText = (documentId: string) => string

function isoDuration(minutes: number | null): string | undefined {
  if (minutes === null) return undefined
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return `PT${h ? `${h}H` : ''}${m || !h ? `${m}M` : ''}`
}

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))) as T
}

function selectors(start: number, end: number, points: string[]) {
  const exact = points.slice(start, end).join('')
  return [
    {type: 'TextPositionSelector', start, end},
    compact({type: 'TextQuoteSelector', exact, prefix: points.slice(Math.max(0, start - 32), start).join('') || null, suffix: points.slice(end, end + 32).join('') || null})
  ]
}

function entityNode(entity: EntityRecord) {
  const type = {person: 'Person', country: 'Country', organization: 'Organization', place: 'Place', agreement: 'CreativeWork', event: 'Event'}[entity.type]
  return compact({
    id: entity.entity_id,
    type,
    name: entity.name,
    givenName: entity.given_name,
    familyName: entity.family_name,
    identifier: entity.type === 'country' ? [entity.country_code, entity.country_alpha3].filter(Boolean) : entity.acronym,
    nationality: entity.type === 'person' && entity.country_code ? `country:${entity.country_code.toLowerCase()}` : null,
    alternateName: entity.aliases ? entity.aliases.split('|').filter((a) => a !== entity.name) : null,
    sameAs: entity.wikidata ? `wd:${entity.wikidata}` : null
  })
}

function meetingNode(meeting: MeetingRecord, participants: ParticipantRecord[], doc: DocumentRecord) {
  const mode = meeting.format === 'in_person' ? 'schema:OfflineEventAttendanceMode' : meeting.format ? 'schema:OnlineEventAttendanceMode' : null
  return compact({
    id: meeting.meeting_id,
    type: 'Event',
    name: meeting.name,
    kind: meeting.kind,
    format: meeting.format,
    eventAttendanceMode: mode,
    startDate: meeting.date ? (meeting.start_time ? `${meeting.date}T${meeting.start_time}` : meeting.date) : null,
    timeQualifier: meeting.time_qualifier,
    timeReference: meeting.time_reference,
    duration: isoDuration(meeting.duration_minutes),
    durationQualifier: meeting.duration_qualifier,
    location: meeting.location ? {type: 'Place', name: meeting.location} : null,
    isBasedOn: `document/${doc.document_id}`,
    attendee: participants.map((p) =>
      compact({
        type: 'Role',
        roleName: p.role,
        jobTitle: p.title,
        startDate: meeting.date,
        attendee: compact({
          id: p.person_id,
          type: 'Person',
          name: p.name,
          honorificPrefix: p.honorific,
          jobTitle: p.title,
          nationality: p.country ? `country:${p.country.toLowerCase()}` : null
        })
      })
    )
  })
}

function statementNode(s: StatementRecord, points: string[]) {
  return compact({
    id: s.statement_id,
    type: 'Statement',
    actorKind: s.actor_kind,
    actor: s.actor_id,
    actorText: s.actor,
    verb: s.verb,
    verbText: s.verb_text,
    content: s.content,
    sentence: s.sentence,
    meeting: s.meeting_id,
    section: s.section_id ? {id: s.section_id} : null,
    target: {type: 'SpecificResource', source: `document/${s.document_id}`, selector: selectors(s.start, s.end, points)}
  })
}

function mentionNode(m: MentionRecord, points: string[]) {
  return {
    id: m.mention_id,
    type: 'Mention',
    mentions: m.entity_id,
    target: {type: 'SpecificResource', source: `document/${m.document_id}`, selector: selectors(m.start, m.end, points)}
  }
}

/** The graph of one document: its source, meetings, entities, statements and mentions. */
export function documentGraph(rows: TableRows, documentId: string, sourceText: string): object {
  const points = Array.from(sourceText)
  const doc = rows.documents.find((d) => d.document_id === documentId)!
  const meetings = rows.meetings.filter((m) => m.document_id === documentId)
  const mentions = rows.mentions.filter((m) => m.document_id === documentId)
  const entityIds = new Set([...mentions.map((m) => m.entity_id), ...rows.participants.filter((p) => meetings.some((m) => m.meeting_id === p.meeting_id)).map((p) => p.person_id)])
  const graph = [
    compact({
      id: `document/${doc.document_id}`,
      type: 'CreativeWork',
      name: doc.title,
      identifier: doc.document_id,
      datePublished: doc.published,
      sha256: doc.sha256,
      about: meetings.map((m) => m.meeting_id)
    }),
    ...meetings.map((m) => meetingNode(m, rows.participants.filter((p) => p.meeting_id === m.meeting_id), doc)),
    ...rows.entities.filter((e) => entityIds.has(e.entity_id)).map(entityNode),
    ...rows.statements.filter((s) => s.document_id === documentId).map((s) => statementNode(s, points)),
    ...mentions.map((m) => mentionNode(m, points))
  ]
  return {'@context': context, '@graph': graph}
}

/** The dataset's graph: the dataset, its documents, meetings and entities. */
export function datasetGraph(rows: TableRows, version: string): object {
  return {
    '@context': context,
    '@graph': [
      {
        id: 'dataset',
        type: 'Dataset',
        name: 'Readout: diplomatic meeting readouts as data',
        identifier: `readout-${version}`,
        hasPart: rows.documents.map((d) => ({id: `document/${d.document_id}`}))
      },
      ...rows.documents.map((doc) =>
        compact({id: `document/${doc.document_id}`, type: 'CreativeWork', name: doc.title, identifier: doc.document_id, datePublished: doc.published, sha256: doc.sha256})
      ),
      ...rows.meetings.map((m) => meetingNode(m, rows.participants.filter((p) => p.meeting_id === m.meeting_id), rows.documents.find((d) => d.document_id === m.document_id)!)),
      ...rows.entities.map(entityNode)
    ]
  }
}
