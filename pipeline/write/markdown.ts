/**
 * Markdown built as mdast syntax trees and serialised with
 * mdast-util-to-markdown + GFM tables, so that text from the input is
 * escaped by the serialiser and can never become live HTML or break a
 * table. `README.md` is the dataset card; one page per document.
 */
import type {Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow} from 'mdast'
import {gfmToMarkdown} from 'mdast-util-gfm'
import {toMarkdown} from 'mdast-util-to-markdown'
import {schemas} from '../schemas.js'
import {tableNames, type DocumentName, type DocumentRecords, type EventRecord, type MeetingRecord, type StatementRecord, type TableName} from '../types.js'

export const text = (value: string): PhrasingContent => ({type: 'text', value})
const strong = (value: string): PhrasingContent => ({type: 'strong', children: [text(value)]})
export const code = (value: string): PhrasingContent => ({type: 'inlineCode', value})
const link = (url: string, value: PhrasingContent = code(url)): PhrasingContent => ({type: 'link', url, children: [value]})
const heading = (depth: 1 | 2 | 3, value: string): Heading => ({type: 'heading', depth, children: [text(value)]})
export const paragraph = (...children: PhrasingContent[]): Paragraph => ({type: 'paragraph', children})
const list = (items: PhrasingContent[][]): List => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items.map((children): ListItem => ({type: 'listItem', spread: false, children: [paragraph(...children)]}))
})
export const table = (header: string[], rows: (string | PhrasingContent)[][]): Table => ({
  type: 'table',
  align: header.map(() => null),
  children: [header, ...rows].map(
    (cells): TableRow => ({
      type: 'tableRow',
      children: cells.map((cell): TableCell => ({type: 'tableCell', children: [typeof cell === 'string' ? text(oneLine(cell)) : cell]}))
    })
  )
})
const oneLine = (value: string) => value.replace(/\s+/g, ' ')

/**
 * Text from the input, escaped for any place in a page: every character
 * Markdown or HTML could read as syntax gets a backslash. Conservative (a
 * few escapes are more than needed) and much faster than working out the
 * context of each one, which is what the serialiser would otherwise do.
 */
export function escapeText(value: string): string {
  return value.replace(/[\\`*_[\]<>|~#!]|(?<=^|\n)\s*[+\-=](?=\s)|(?<=^|\n)(\s*\d+)[.)](?=\s)|&(?=[#a-zA-Z0-9]+;)/g, (match, digits?: string) => {
    if (digits !== undefined) return `${digits}\\${match.slice(digits.length)}`
    return `\\${match.trimStart() === match ? match : match.trimStart()}`
  })
}

/** The trees serialised with mdast-util-to-markdown (GFM tables, our text handler). */
export function serialiseWithLibrary(children: RootContent[]): string {
  const root: Root = {type: 'root', children}
  return toMarkdown(root, {
    extensions: [gfmToMarkdown()],
    bullet: '-',
    emphasis: '_',
    rule: '-',
    handlers: {text: (node: {value: string}) => escapeText(node.value)}
  })
}

/**
 * Serialise a tree. Pages are built from a few plain shapes (headings,
 * paragraphs, tight lists, tables, text, inline code, strong text), which
 * `quickMarkdown` writes directly and much faster than the library; any
 * other shape, or a value where the library would have to encode or pad
 * (line breaks, edge spaces, backticks in code, punctuation at the edge of
 * strong text), goes to mdast-util-to-markdown. A test holds the two to the
 * same bytes on every page of the gold set and on arbitrary text.
 */
export function serialise(children: RootContent[]): string {
  return quickMarkdown(children) ?? serialiseWithLibrary(children)
}

/** What the library would write for these plain shapes, or null for anything else. */
export function quickMarkdown(children: RootContent[]): string | null {
  const blocks: string[] = []
  let previous: RootContent | null = null
  for (const node of children) {
    let block: string | null
    if (node.type === 'heading') {
      const content = phrasing(node.children, false)
      block = content && !/^[\t ]/.test(content) ? '#'.repeat(node.depth) + ' ' + content : null
    } else if (node.type === 'paragraph') {
      block = phrasing(node.children, false)
      if (block !== null && !/^\S(?:.*\S)?$/.test(block)) block = null
    } else if (node.type === 'list' && !node.ordered && !node.spread && previous?.type !== 'list') {
      const items: string[] = []
      for (const item of node.children) {
        const only = item.children[0]
        const content = item.children.length === 1 && !item.spread && only.type === 'paragraph' ? phrasing(only.children, false) : null
        if (content === null || !/^\S(?:.*\S)?$/.test(content)) return null
        items.push('- ' + content)
      }
      block = items.length ? items.join('\n') : null
    } else if (node.type === 'table' && node.align?.every((a) => a === null) !== false) {
      block = quickTable(node)
    } else block = null
    if (block === null) return null
    blocks.push(block)
    previous = node
  }
  return blocks.length ? blocks.join('\n\n') + '\n' : null
}

function quickTable(node: Table): string | null {
  const rows: string[][] = []
  for (const row of node.children) {
    const cells: string[] = []
    for (const cell of row.children) {
      const content = phrasing(cell.children, true)
      if (content === null || /^[\t ]|[\t ]$/.test(content)) return null
      cells.push(content)
    }
    rows.push(cells)
  }
  const columns = Math.max(0, ...rows.map((r) => r.length))
  if (!columns || rows.some((r) => r.length !== columns)) return null
  const widths = Array.from({length: columns}, (_, c) => Math.max(1, ...rows.map((r) => r[c].length)))
  const line = (cells: string[]) => '| ' + cells.map((cell, c) => cell + ' '.repeat(widths[c] - cell.length)).join(' | ') + ' |'
  const lines = [line(rows[0]), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line)]
  return lines.join('\n')
}

const plainStrong = /^[\p{L}\p{N}](?:[\p{L}\p{N} .,'’-]*[\p{L}\p{N}])?$/u

/** Text, inline code and strong text; null for anything else or anything the library would encode. */
function phrasing(nodes: PhrasingContent[], inTable: boolean): string | null {
  let out = ''
  for (let n = 0; n < nodes.length; n++) {
    const node = nodes[n]
    if (node.type === 'text') {
      if (/[\r\n]/.test(node.value)) return null
      out += escapeText(node.value)
    } else if (node.type === 'inlineCode') {
      // In a table the library escapes a pipe by the count of backslashes before it: leave those to it.
      if (!node.value || /[`\r\n]|^ | $/.test(node.value) || (inTable && node.value.includes('\\'))) return null
      out += '`' + (inTable ? node.value.replace(/\|/g, '\\|') : node.value) + '`'
    } else if (node.type === 'link') {
      // A page's URL as code in a link ("[`https://...`](https://...)"), as the library writes it when nothing needs encoding.
      const only = node.children[0]
      if (inTable || node.children.length !== 1 || only.type !== 'inlineCode' || node.title || !/^https?:\/\/[^\s()<>\\`[\]]+$/.test(node.url) || !/^[^`\r\n|\\]+$/.test(only.value) || /^ | $/.test(only.value)) return null
      out += '[`' + only.value + '`](' + node.url + ')'
    } else if (node.type === 'strong') {
      const only = node.children[0]
      const next = nodes[n + 1]
      if (node.children.length !== 1 || only.type !== 'text' || !plainStrong.test(only.value)) return null
      // Spaces around it, or a colon, comma or stop right after it ("**read**: ..."): nothing to encode.
      if ((out && !out.endsWith(' ')) || (next && !(next.type === 'text' && /^[ :;,.]/.test(next.value)))) return null
      out += '**' + escapeText(only.value) + '**'
    } else return null
  }
  return out
}

const dash = (value: string | number | null | undefined) => (value === null || value === undefined || value === '' ? '—' : String(value))

/** One page per document: the meeting facts, participants, statements by section, entities. */
export function documentPage(records: DocumentRecords): string {
  return serialise(documentTree(records))
}

/** The page of a document as an mdast tree's children. */
export function documentTree(records: DocumentRecords): RootContent[] {
  const {document: doc, meetings, sections, statements, entities, participants} = records
  const out: RootContent[] = [heading(1, doc.title ?? doc.document_id)]
  out.push(
    paragraph(
      text('Source: '),
      code(doc.source),
      text(` · published ${dash(doc.published)} · category ${dash(doc.category)} · sha256 `),
      code(doc.sha256.slice(0, 16)),
      // A web page: where it was published, and the text that was read of it (the offsets index that text).
      ...(doc.media_type === 'text/html' ? [text(' · page '), doc.url ? link(doc.url) : text('—'), text(' · text read '), code(`text/${doc.document_id}.txt`)] : [])
    )
  )
  out.push(heading(2, 'Meetings'))
  out.push(
    table(
      ['Meeting', 'Kind', 'Format', 'Date', 'Start', 'Duration (min)', 'Location'],
      meetings.map((m) => [dash(m.name), dash(m.kind), dash(m.format), dash(m.date), [m.time_qualifier, m.start_time, m.time_reference ? `(${m.time_reference})` : null].filter(Boolean).join(' ') || '—', [m.duration_qualifier, m.duration_minutes].filter((v) => v !== null).join(' ') || '—', dash(m.location)])
    )
  )
  out.push(heading(2, 'Participants'))
  out.push(
    table(
      ['Meeting', 'Role', 'Name', 'Honorific', 'Title', 'Country'],
      participants.map((p) => [p.meeting_id.split('/').pop()!, p.role, p.name, dash(p.honorific), dash(p.title), dash(p.country)])
    )
  )
  out.push(heading(2, 'Statements by section'))
  const groups = new Map<string | null, StatementRecord[]>()
  for (const s of statements) groups.set(s.section_id, [...(groups.get(s.section_id) ?? []), s])
  for (const [sectionId, group] of groups) {
    const section = sections.find((s) => s.section_id === sectionId)
    out.push(heading(3, section ? `${section.number}${section.title ? ` ${section.title}` : ''}` : 'Lead'))
    const ordered = [...group].sort((a, b) => (a.actor_kind === b.actor_kind ? a.start - b.start : a.actor_kind === 'joint' ? -1 : 1))
    out.push(list(ordered.map((s) => [strong(s.actor_kind === 'joint' ? `${s.actor ?? 'Both sides'}` : s.actor_name ?? s.actor ?? 'Unknown actor'), text(' '), code(s.verb), text(` — ${oneLine(s.content)}`)])))
  }
  out.push(heading(2, 'Entities named'))
  out.push(table(['Entity', 'Type', 'Name', 'Also written'], entities.map((e) => [e.entity_id, e.type, e.name, dash(e.aliases?.split('|').join(', '))])))
  return out
}

export interface CardFacts {
  version: string
  /** Events more than one readout reports. */
  sharedEvents?: number
  evaluation?: RootContent[]
  refused?: {source: string; reason: string}[]
}

/** The dataset card: what, where from, how made, data dictionary, limits, citation. */
export function datasetCard(documents: DocumentName[], dates: [string, string] | null, counts: Record<TableName, number>, facts: CardFacts): string {
  return serialise(cardTree(documents, dates, counts, facts))
}

/** The dataset card as an mdast tree's children. */
export function cardTree(documents: DocumentName[], dates: [string, string] | null, counts: Record<TableName, number>, facts: CardFacts): RootContent[] {
  const out: RootContent[] = [heading(1, 'Readout dataset')]
  out.push(
    paragraph(
      text('Meetings, participants, entities, sections and reported statements extracted from diplomatic meeting readouts, each traced to its exact place in the source text. Made by Readout '),
      code(facts.version),
      text('.')
    )
  )
  out.push(heading(2, 'Contents'))
  out.push(
    table(
      ['What', 'Count'],
      [
        ['Documents', String(counts.documents)],
        ['Meetings', String(counts.meetings)],
        ['Events (meetings as they happened, each with every readout of it)', String(counts.events)],
        ['Events reported by two readouts or more', String(facts.sharedEvents ?? 0)],
        ['Participants', String(counts.participants)],
        ['Entities', String(counts.entities)],
        ['Mentions', String(counts.mentions)],
        ['Statements', String(counts.statements)],
        ['Meeting dates covered', dates ? `${dates[0]} to ${dates[1]}` : '—']
      ]
    )
  )
  out.push(heading(2, 'Sources'))
  out.push(table(['Document', 'Source file', 'Published', 'sha256'], documents.map((d) => [d.document_id, d.url ? link(d.url, text(d.source)) : d.source, dash(d.published), d.sha256])))
  if (facts.refused?.length) {
    out.push(heading(2, 'Refused inputs'))
    out.push(table(['Source file', 'Reason'], facts.refused.map((r) => [r.source, r.reason])))
  }
  out.push(heading(2, 'Which file is for whom'))
  out.push(
    list([
      [code('csv/*.csv'), text(': canonical RFC 4180 tables, UTF-8 without byte-order mark, LF line ends, text exactly as in the source. For pandas, R, SQL, frictionless and scripts.')],
      [code('spreadsheet/*.csv'), text(': the same tables for Excel and LibreOffice: UTF-8 with a byte-order mark, CRLF line ends, and cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) prefixed with an apostrophe.')],
      [code('datapackage.json'), text(': Frictionless Data Package v2 descriptor of both, with field types, primary and foreign keys.')],
      [code('jsonld/'), text(': one JSON-LD graph per document and one for the dataset (schema.org, W3C Web Annotation selectors, an embedded context: nothing is fetched).')],
      [code('markdown/'), text(': a readable page per document, and in '), code('markdown/events/'), text(' a page per event that two readouts or more report: what each side says, and the topics one names that another does not.')]
    ])
  )
  out.push(heading(2, 'How it was made'))
  out.push(
    list([
      [strong('read'), text(': bytes to text (UTF-8, byte-order mark removed), sha256, document id.')],
      [strong('parse'), text(': unified + retext-english into a sentence tree with positions; the page layout (category, date, title, captions, lead, numbered sections, footer) from its lines.')],
      [strong('extract'), text(': meetings, participants, entities with mentions, and reported statements, by rules from the structure of readout language and lexicons kept as data.')],
      [strong('validate'), text(': every record against the JSON Schemas (ajv, draft 2020-12).')],
      [strong('write'), text(': these files, built aside and swapped in whole.')]
    ])
  )
  if (facts.evaluation?.length) {
    out.push(heading(2, 'How good it is'))
    out.push(...facts.evaluation)
  }
  out.push(heading(2, 'Data dictionary'))
  for (const name of tableNames) {
    const schema = schemas[name]
    out.push(heading(3, `${name}.csv`))
    out.push(paragraph(text(schema.description)))
    out.push(
      table(
        ['Column', 'Type', 'Required', 'Description'],
        Object.entries(schema.properties).map(([column, p]) => [
          column,
          [p.type].flat().filter((t) => t !== 'null').join(' ') + (p.format ? ` (${p.format})` : ''),
          schema.required.includes(column) ? 'yes' : 'no',
          p.description + (p.enum ? ` One of: ${p.enum.filter(Boolean).join(', ')}.` : '')
        ])
      )
    )
  }
  out.push(heading(2, 'Known limits'))
  out.push(
    list([
      [text('Rules are written for English readouts of foreign ministries; other languages are not read.')],
      [text('A statement whose actor the rules cannot resolve keeps an empty actor_id; a date without a year and no release date stays empty. The export prints a warning with the place for each.')],
      [text('An impersonal passive ("It was confirmed that ...") is read as a joint statement with no actor written (actor empty).')],
      [text('Offsets count Unicode code points of the decoded source (byte-order mark removed).')]
    ])
  )
  out.push(heading(2, 'How to cite'))
  out.push(paragraph(text(`Readout dataset, made with Readout ${facts.version} from the source files listed above. Cite the original readouts as published by their ministries.`)))
  return out
}

/** What an event's page needs of one readout of it. */
export interface EventSide {
  document: DocumentName
  meeting: MeetingRecord
  statements: StatementRecord[]
  /** The entities it mentions: id, type and name. */
  topics: {id: string; type: string; name: string}[]
}

/**
 * An event's page: its facts, then what each readout of it reports
 * (statements by actor, the joint statements each side claims) and the
 * topics one side names that another does not.
 */
export function eventPage(event: EventRecord, sides: EventSide[], names: Map<string, string>): string {
  const out: RootContent[] = [heading(1, `${dash(event.date)}: ${(event.person_ids ?? '').split('|').filter(Boolean).map((id) => names.get(id) ?? id).join(', ') || event.event_id}`)]
  out.push(
    table(
      ['Event', 'Date', 'Format', 'Kind', 'Countries', 'Readouts'],
      [[code(event.event_id), dash(event.date), dash(event.format), dash(event.kind), dash(event.countries?.split('|').join(', ') ?? null), String(event.readouts)]]
    )
  )
  out.push(heading(2, 'Readouts'))
  out.push(
    table(
      ['Document', 'Published', 'Meeting as written', 'Its date', 'Its format', 'Linked on'],
      sides.map(({document, meeting}) => [code(document.document_id), dash(document.published), dash(meeting.name), dash(meeting.date), dash(meeting.format), meeting.event_evidence ? `${meeting.event_evidence} (confidence ${meeting.event_confidence})` : 'first readout'])
    )
  )
  for (const side of sides) {
    out.push(heading(2, `What ${side.document.document_id} reports`))
    out.push(paragraph(text(side.document.title ?? side.document.source), ...(side.document.url ? [text(' · '), link(side.document.url)] : [])))
    const joint = side.statements.filter((s) => s.actor_kind === 'joint')
    const single = side.statements.filter((s) => s.actor_kind !== 'joint')
    out.push(heading(3, 'Joint statements this side claims'))
    out.push(joint.length ? list(joint.map((s) => [code(s.verb), text(` — ${oneLine(s.content)}`)])) : paragraph(text('None.')))
    out.push(heading(3, 'Statements by actor'))
    out.push(single.length ? list(single.map((s) => [strong(s.actor_name ?? s.actor ?? 'Unknown actor'), text(' '), code(s.verb), text(` — ${oneLine(s.content)}`)])) : paragraph(text('None.')))
  }
  // Topics: what each readout names, less what every readout names.
  const everywhere = new Set(sides.map((s) => new Set(s.topics.map((t) => t.id))).reduce((a, b) => new Set([...a].filter((id) => b.has(id)))))
  const only = sides.flatMap((side) => side.topics.filter((t) => !everywhere.has(t.id)).map((t) => ({...t, by: side.document.document_id})))
  const byTopic = new Map<string, {type: string; name: string; by: string[]}>()
  for (const t of only) byTopic.set(t.id, {type: t.type, name: t.name, by: [...(byTopic.get(t.id)?.by ?? []), t.by]})
  out.push(heading(2, 'Topics not every readout names'))
  out.push(
    byTopic.size
      ? table(
          ['Topic', 'Type', 'Named by'],
          [...byTopic].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([id, t]) => [t.name, t.type, t.by.join(', ')])
        )
      : paragraph(text('Every readout names the same topics.'))
  )
  return serialise(out)
}
