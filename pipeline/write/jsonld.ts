/**
 * JSON-LD: one graph per document and one for the dataset, with the context
 * embedded (nothing to fetch).
 *
 * The context is derived from the schemas: each table's records get the
 * class the schema names (`x-jsonld.type`) with a type-scoped context that
 * maps every column to its IRI (the property's `x-jsonld`, else
 * `ro:<column>`), foreign keys to node references, integers and dates to
 * their XSD types. Every column is written (but those a schema marks
 * `x-jsonld: false`, which the record's selectors carry: offsets, quoted
 * text), so a new column in a schema appears here without another edit. On top come the schema.org shapes that
 * linked-data users expect: a meeting is an `Event` with `startDate`, an
 * ISO 8601 `duration`, `location` and `attendee` roles (this person held this
 * office at this meeting); a person has a `nationality`; entities link to
 * Wikidata with `sameAs`; statements and mentions point into their source
 * with W3C Web Annotation selectors.
 */
import {schemas, type TableSchema} from '../schemas.js'
import {tableNames, type DocumentRecords, type EntityRecord, type EventRecord, type MeetingRecord, type ParticipantRecord, type TableName, type TableRows} from '../types.js'

export const vocabulary = 'https://w3id.org/readout/vocab#'
export const identifiers = 'https://w3id.org/readout/id/'

const localName = (iri: string) => iri.split(/[:#/]/).pop()!

/**
 * The key a column has in a node: its name, but for a column named as a
 * keyword's alias ("type"), which JSON-LD 1.0 processors would read as
 * rdf:type even where a scoped context redefines it (rdflib 6 did).
 */
const jsonKey = (column: string) => (column === 'type' ? 'entity_type' : column)

function columnTerms(schema: TableSchema): Record<string, unknown> {
  const references = new Set(schema['x-foreignKeys'].flatMap((fk) => fk.fields))
  const terms: Record<string, unknown> = {}
  for (const [column, property] of Object.entries(schema.properties)) {
    if (property['x-jsonld'] === false) continue
    const types = [property.type].flat()
    const coercion = references.has(column) || property.format === 'uri'
      ? '@id'
      : types.includes('integer')
        ? 'xsd:integer'
        : property.format === 'date'
          ? 'xsd:date'
          : undefined
    terms[jsonKey(column)] = {'@id': property['x-jsonld'] ?? `ro:${column}`, ...(coercion ? {'@type': coercion} : {})}
  }
  return terms
}

function buildContext() {
  const context: Record<string, unknown> = {
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
    Legislation: 'schema:Legislation',
    SpecificResource: 'oa:SpecificResource',
    TextPositionSelector: 'oa:TextPositionSelector',
    TextQuoteSelector: 'oa:TextQuoteSelector',
    name: 'schema:name',
    identifier: 'schema:identifier',
    alternateName: 'schema:alternateName',
    nationality: {'@id': 'schema:nationality', '@type': '@id'},
    sameAs: {'@id': 'schema:sameAs', '@type': '@id'},
    startDate: {'@id': 'schema:startDate'},
    duration: {'@id': 'schema:duration', '@type': 'xsd:duration'},
    location: 'schema:location',
    attendee: 'schema:attendee',
    eventAttendanceMode: {'@id': 'schema:eventAttendanceMode', '@type': '@id'},
    isBasedOn: {'@id': 'schema:isBasedOn', '@type': '@id'},
    about: {'@id': 'schema:about', '@type': '@id'},
    hasPart: {'@id': 'schema:hasPart', '@type': '@id'},
    subEvent: {'@id': 'schema:subEvent', '@type': '@id'},
    target: 'oa:hasTarget',
    source: {'@id': 'oa:hasSource', '@type': '@id'},
    selector: 'oa:hasSelector',
    start: {'@id': 'oa:start', '@type': 'xsd:nonNegativeInteger'},
    end: {'@id': 'oa:end', '@type': 'xsd:nonNegativeInteger'},
    exact: 'oa:exact',
    prefix: 'oa:prefix',
    suffix: 'oa:suffix'
  }
  // One class per table, its columns in a type-scoped context.
  for (const table of tableNames) {
    const schema = schemas[table]
    context[localName(schema['x-jsonld'].type)] = {'@id': schema['x-jsonld'].type, '@context': columnTerms(schema)}
  }
  return context
}

export const context = buildContext()
/** The context as JSON: every document's graph opens with it, so it is serialised once. */
const contextJson = JSON.stringify(context)

const classOf = (table: TableName) => localName(schemas[table]['x-jsonld'].type)

/** Per table: its class, its single-column key, and the columns that go into the graph. */
const nodeShapes = Object.fromEntries(
  tableNames.map((table) => {
    const schema = schemas[table]
    const key = schema['x-primaryKey'].length === 1 ? schema['x-primaryKey'][0] : null
    const columns = Object.keys(schema.properties).filter((column) => schema.properties[column]['x-jsonld'] !== false)
    return [table, {type: classOf(table), key, columns}]
  })
) as Record<TableName, {type: string; key: string | null; columns: string[]}>

/** A record as a node: its class, its id (a single-column primary key), every filled column. */
function recordNode(table: TableName, row: object): Record<string, unknown> {
  const {type, key, columns} = nodeShapes[table]
  const values = row as Record<string, unknown>
  // Keywords, not their aliases: a column may be called "type" (entities).
  const node: Record<string, unknown> = {}
  if (key) node['@id'] = values[key]
  node['@type'] = [type]
  for (const column of columns) {
    const value = values[column]
    if (value !== null && value !== undefined && value !== '') node[jsonKey(column)] = value
  }
  return node
}

/**
 * `node` with `more` set on it, in place: what `{...node, ...more}` gives,
 * without copying (spreading these many-keyed nodes was a slow path in V8).
 */
function extend(node: Record<string, unknown>, more: Record<string, unknown>): Record<string, unknown> {
  for (const key of Object.keys(more)) node[key] = more[key]
  return node
}

function isoDuration(minutes: number | null): string | undefined {
  if (minutes === null) return undefined
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return `PT${h ? `${h}H` : ''}${m || !h ? `${m}M` : ''}`
}

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))) as T
}

/** Where a span lies in its source: a position selector and a quote selector. */
function target(documentId: string, start: number, end: number, slice: (start: number, end: number) => string, context: boolean) {
  const quote: Record<string, unknown> = {type: 'TextQuoteSelector', exact: slice(start, end)}
  if (context) {
    const prefix = slice(Math.max(0, start - 32), start)
    const suffix = slice(end, end + 32)
    if (prefix) quote.prefix = prefix
    if (suffix) quote.suffix = suffix
  }
  return {type: 'SpecificResource', source: documentId, selector: [{type: 'TextPositionSelector', start, end}, quote]}
}

/** Text between two code-point offsets (the offsets of the records). */
function codePointSlicer(text: string): (start: number, end: number) => string {
  if (!/[\uD800-\uDFFF]/.test(text)) return (start, end) => text.slice(start, end)
  const points = Array.from(text)
  return (start, end) => points.slice(start, end).join('')
}

const entityClass: Record<string, string> = {person: 'Person', country: 'Country', organization: 'Organization', place: 'Place', agreement: 'Legislation', event: 'Event'}

function entityNode(entity: TableRows['entities'][number]) {
  const node = recordNode('entities', entity)
  ;(node['@type'] as string[]).push(entityClass[entity.type])
  return compact(
    extend(node, {
      nationality: entity.type === 'person' && entity.country_code ? `country:${entity.country_code.toLowerCase()}` : null,
      identifier: entity.type === 'country' ? [entity.country_code, entity.country_alpha3].filter(Boolean) : entity.acronym,
      alternateName: entity.aliases ? entity.aliases.split('|').filter((a) => a !== entity.name) : null,
      sameAs: entity.wikidata ? `wd:${entity.wikidata}` : null
    })
  )
}

/** What a meeting is based on: the page it was published on, else the document. */
function meetingNode(meeting: MeetingRecord, participants: ParticipantRecord[], url: string | null) {
  const node = recordNode('meetings', meeting)
  ;(node['@type'] as string[]).push('Event')
  const mode = meeting.format === 'in_person' ? 'schema:OfflineEventAttendanceMode' : meeting.format ? 'schema:OnlineEventAttendanceMode' : null
  return compact(
    extend(node, {
      startDate: meeting.date ? (meeting.start_time ? `${meeting.date}T${meeting.start_time}` : meeting.date) : null,
      duration: isoDuration(meeting.duration_minutes),
      eventAttendanceMode: mode,
      location: meeting.location ? {type: 'Place', name: meeting.location} : null,
      isBasedOn: url ?? meeting.document_id,
      // Each principal as a Role: this person held this office at this meeting, on this date.
      attendee: participants.map((p) => compact(extend(recordNode('participants', p), {startDate: meeting.date})))
    })
  )
}

/** The graph of one document as JSON, from its own records: source, meetings, sections, entities, statements, mentions. */
export function documentGraph(records: DocumentRecords, sourceText: string): string {
  const slice = codePointSlicer(sourceText)
  const documentId = records.document.document_id
  const participantsOf = groupBy(records.participants, (p) => p.meeting_id)
  const graph = [
    compact(extend(recordNode('documents', records.document), {'@type': [classOf('documents'), 'CreativeWork'], isBasedOn: records.document.url, about: records.meetings.map((m) => m.meeting_id)})),
    ...records.meetings.map((m) => meetingNode(m, participantsOf.get(m.meeting_id) ?? [], records.document.url)),
    ...records.sections.map((s) => recordNode('sections', s)),
    ...records.entities.map(entityNode),
    ...records.statements.map((s) => extend(recordNode('statements', s), {target: target(documentId, s.start, s.end, slice, true)})),
    // A mention's place is its selector: position and exact text.
    ...records.mentions.map((m) => extend(recordNode('mentions', m), {target: target(m.document_id, m.start, m.end, slice, false)}))
  ]
  return `{"@context":${contextJson},"@graph":${JSON.stringify(graph)}}`
}

export function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const row of rows) {
    const k = key(row)
    const group = groups.get(k)
    if (group) group.push(row)
    else groups.set(k, [row])
  }
  return groups
}

/**
 * The dataset's graph, written piece by piece (memory does not grow with
 * the documents): the opening, each document's part (its document node and
 * its meetings with their attendees), then the merged entities and the
 * dataset node, which lists its documents.
 */
export function datasetGraphOpening(): string {
  return `{"@context":${contextJson},"@graph":[`
}

/** A document's part of the dataset's graph, each node followed by a comma. */
export function datasetGraphPart(records: DocumentRecords): string {
  const participantsOf = groupBy(records.participants, (p) => p.meeting_id)
  const nodes = [compact(extend(recordNode('documents', records.document), {'@type': [classOf('documents'), 'CreativeWork'], isBasedOn: records.document.url})), ...records.meetings.map((m) => meetingNode(m, participantsOf.get(m.meeting_id) ?? [], records.document.url))]
  return nodes.map((node) => JSON.stringify(node) + ',').join('')
}

/**
 * The end of the dataset's graph: its entities, its events (a schema:Event
 * with each readout's meeting as a subEvent, and the link each meeting
 * rests on), and the dataset node.
 */
export function datasetGraphClosing(entities: EntityRecord[], events: EventRecord[], meetings: MeetingRecord[], documentIds: string[], version: string): string {
  const byEvent = groupBy(meetings, (m) => m.event_id!)
  const eventNodes = events.map((event) =>
    extend(recordNode('events', event), {
      '@type': [classOf('events'), 'Event'],
      subEvent: (byEvent.get(event.event_id) ?? []).map((m) => m.meeting_id)
    })
  )
  // Each meeting's event and the link it rests on, said of the meeting node the document's part of the graph holds.
  const linkNodes = meetings.map((m) => {
    const node: Record<string, unknown> = {'@id': m.meeting_id, '@type': [classOf('meetings')], event_id: m.event_id}
    if (m.event_linked_to) extend(node, {event_linked_to: m.event_linked_to, event_evidence: m.event_evidence, event_confidence: m.event_confidence})
    return node
  })
  const dataset = {id: 'dataset', type: 'Dataset', name: 'Readout: diplomatic meeting readouts as data', identifier: `readout-${version}`, hasPart: documentIds}
  return [...entities.map(entityNode), ...eventNodes, ...linkNodes].map((node) => JSON.stringify(node) + ',').join('') + JSON.stringify(dataset) + ']}\n'
}

/**
 * The vocabulary of the `ro:` namespace (`vocab.jsonld`): every class (one
 * per table) and every property (one per column the schemas map to `ro:`),
 * with a label and a comment from the schemas' descriptions, and the
 * classes a property is said of.
 */
export function vocabularyGraph(version: string): string {
  const classes = tableNames.map((table) => {
    const schema = schemas[table]
    return {'@id': schema['x-jsonld'].type, '@type': 'rdfs:Class', 'rdfs:label': schema.title, 'rdfs:comment': schema.description}
  })
  const properties = new Map<string, {label: string; comments: string[]; domains: string[]}>()
  for (const table of tableNames) {
    const schema = schemas[table]
    for (const [column, property] of Object.entries(schema.properties)) {
      if (property['x-jsonld'] === false) continue
      const iri = property['x-jsonld'] ?? `ro:${column}`
      if (!iri.startsWith('ro:')) continue
      const found = properties.get(iri) ?? {label: column.replace(/_/g, ' '), comments: [], domains: []}
      if (!found.comments.includes(property.description)) found.comments.push(property.description)
      found.domains.push(schema['x-jsonld'].type)
      properties.set(iri, found)
    }
  }
  const graph = {
    '@context': {rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#', rdfs: 'http://www.w3.org/2000/01/rdf-schema#', owl: 'http://www.w3.org/2002/07/owl#', schema: 'https://schema.org/', ro: vocabulary},
    '@graph': [
      {'@id': vocabulary, '@type': 'owl:Ontology', 'rdfs:label': 'Readout vocabulary', 'rdfs:comment': 'The terms of the Readout dataset of diplomatic meeting readouts: a class per table, a property per column (see the dataset card).', 'owl:versionInfo': version},
      ...classes,
      ...[...properties].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([iri, p]) => ({
        '@id': iri,
        '@type': 'rdf:Property',
        'rdfs:label': p.label,
        'rdfs:comment': p.comments.join(' '),
        'schema:domainIncludes': [...new Set(p.domains)].map((domain) => ({'@id': domain}))
      }))
    ]
  }
  return JSON.stringify(graph, null, 2) + '\n'
}
