#!/usr/bin/env node
/**
 * `make evaluate`: scores an export (`<output>/csv/*.csv`) against a gold
 * folder (`<gold>/*.json`, one per readout: meeting fields, participants,
 * persons, countries, organizations and statements annotated by hand).
 *
 * Per field: precision, recall and F1; statements twice, strictly (content,
 * actor and verb) and by content alone; every miss listed with --verbose.
 * Usage: evaluate --output DIR --gold DIR [--verbose] [--json FILE]
 */
import {readdirSync, readFileSync, existsSync, writeFileSync} from 'node:fs'
import {basename, join} from 'node:path'
import {parseArgs} from 'node:util'
import {parse} from 'csv-parse/sync'
import type {RootContent} from 'mdast'
import verbGroups from './lexicon/verb-groups.json' with {type: 'json'}
import governmentGroups from './lexicon/government-groups.json' with {type: 'json'}
import {code, paragraph, serialise, table, text} from './write/markdown.js'

export interface Gold {
  id: string
  source?: string
  /** The publishing government: ISO 3166-1 alpha-2, or EU (default: Japan's). */
  government?: string
  /** The meeting as it happened: readouts with the same label report one meeting (the gold of event linking). */
  event?: string
  meeting?: {date?: string | null; start_time?: string | null; duration_minutes?: number | null; format?: string | null}
  participants?: {family_name: string; given_name?: string; title?: string; country?: string}[]
  persons?: string[]
  countries?: string[]
  organizations?: string[]
  statements?: {actor: string; verb: string; quote: string}[]
}

type Row = Record<string, string>

export interface Measure {
  tp: number
  predicted: number
  gold: number
  precision: number
  recall: number
  f1: number
}

export interface Evaluation {
  documents: number
  measures: Record<string, Measure>
  /** The same measures for each group of publishing governments, in the lexicon's order. */
  groups: Record<string, {documents: number; measures: Record<string, Measure>}>
  misses: string[]
}

const groupNames = [...Object.keys(governmentGroups.groups), governmentGroups.other]

/** The group of a publishing government (`lexicon/government-groups.json`). */
export function governmentGroupOf(government: string | undefined): string {
  const code = (government ?? governmentGroups.default).toUpperCase()
  for (const [group, codes] of Object.entries(governmentGroups.groups)) if (codes.includes(code)) return group
  return governmentGroups.other
}

/** Case, accents, quotes and spacing folded away. */
export const fold = (value: unknown): string =>
  String(value ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()

const groupOf = new Map<string, number>()
verbGroups.groups.forEach((group, n) => group.forEach((verb) => groupOf.set(verb, n)))
const sameVerb = (a: string, b: string) => fold(a) === fold(b) || (groupOf.has(fold(a)) && groupOf.get(fold(a)) === groupOf.get(fold(b)))

function readTable(output: string, name: string): Row[] {
  const path = join(output, 'csv', `${name}.csv`)
  if (!existsSync(path)) return []
  return parse(readFileSync(path, 'utf8'), {columns: true, bom: true, skip_empty_lines: true}) as Row[]
}

export function evaluate(output: string, goldFolder: string): Evaluation {
  const documents = readTable(output, 'documents')
  const meetings = readTable(output, 'meetings')
  const participants = readTable(output, 'participants')
  const entities = readTable(output, 'entities')
  const mentions = readTable(output, 'mentions')
  const statements = readTable(output, 'statements')
  const entityById = new Map(entities.map((e) => [e.entity_id, e]))

  type Counts = Map<string, {tp: number; predicted: number; gold: number}>
  const counts: Counts = new Map()
  const byGroup = new Map<string, {documents: number; counts: Counts}>()
  let group: {documents: number; counts: Counts} = {documents: 0, counts: new Map()}
  const add = (key: string, tp: number, predicted: number, gold: number) => {
    for (const into of [counts, group.counts]) {
      const c = into.get(key) ?? {tp: 0, predicted: 0, gold: 0}
      c.tp += tp
      c.predicted += predicted
      c.gold += gold
      into.set(key, c)
    }
  }
  const misses: string[] = []
  const golds = readdirSync(goldFolder).filter((f) => f.endsWith('.json')).sort()

  for (const goldFile of golds) {
    const gold = JSON.parse(readFileSync(join(goldFolder, goldFile), 'utf8')) as Gold
    const name = governmentGroupOf(gold.government)
    group = byGroup.get(name) ?? {documents: 0, counts: new Map()}
    byGroup.set(name, group)
    group.documents++
    const source = gold.source ?? `${gold.id}.txt`
    const doc = documents.find((d) => basename(d.source) === source)
    add('documents found', doc ? 1 : 0, doc ? 1 : 0, 1)
    if (!doc) {
      misses.push(`${gold.id}: document not exported`)
      continue
    }
    const id = doc.document_id
    const main = meetings.find((m) => m.document_id === id) ?? {}

    // Meeting fields: a field is predicted when filled, gold when annotated.
    for (const field of ['date', 'start_time', 'duration_minutes', 'format'] as const) {
      const want = gold.meeting?.[field]
      const got = main[field] ?? ''
      const hit = want !== undefined && want !== null && fold(got) === fold(want)
      add(`meeting.${field}`, hit ? 1 : 0, got !== '' ? 1 : 0, want !== undefined && want !== null ? 1 : 0)
      if (!hit && (got !== '' || (want ?? null) !== null)) misses.push(`${gold.id}: meeting.${field} gold=${want ?? ''} got=${got}`)
    }

    // Participants of the main meeting, matched by family name.
    const got = participants.filter((p) => p.meeting_id === main.meeting_id)
    const used = new Set<Row>()
    for (const gp of gold.participants ?? []) {
      const p = got.find((q) => !used.has(q) && sameFamily(q.family_name || familyOf(entityById.get(q.person_id)), gp.family_name))
      if (!p) {
        misses.push(`${gold.id}: participant missing ${gp.family_name}`)
        continue
      }
      used.add(p)
      if (gp.title != null) {
        const ok = fold(p.title) !== '' && (fold(p.title).includes(fold(gp.title)) || fold(gp.title).includes(fold(p.title)))
        add('participant.title', ok ? 1 : 0, p.title ? 1 : 0, 1)
        if (!ok) misses.push(`${gold.id}: title of ${gp.family_name} gold=${gp.title} got=${p.title}`)
      }
      if (gp.country != null) {
        const ok = fold(p.country) === fold(gp.country)
        add('participant.country', ok ? 1 : 0, p.country ? 1 : 0, 1)
        if (!ok) misses.push(`${gold.id}: country of ${gp.family_name} gold=${gp.country} got=${p.country}`)
      }
    }
    add('participants', used.size, got.length, (gold.participants ?? []).length)
    for (const p of got) if (!used.has(p)) misses.push(`${gold.id}: participant extra ${p.name}`)

    // Entities mentioned in the document.
    const mentioned = [...new Set(mentions.filter((m) => m.document_id === id).map((m) => m.entity_id))].map((e) => entityById.get(e)).filter((e): e is Row => Boolean(e))
    const setScore = (key: string, predicted: string[][], want: string[]) => {
      // Each predicted entity has several keys (name, acronym, aliases); one gold value matches one entity.
      const remaining = [...predicted]
      let tp = 0
      for (const w of want) {
        const i = remaining.findIndex((keys) => keys.includes(fold(w)))
        if (i === -1) misses.push(`${gold.id}: ${key} missing ${w}`)
        else {
          tp++
          remaining.splice(i, 1)
        }
      }
      for (const keys of remaining) misses.push(`${gold.id}: ${key} extra ${keys[0]}`)
      add(key, tp, predicted.length, want.length)
    }
    setScore('persons', mentioned.filter((e) => e.type === 'person').map((e) => [fold(e.family_name || familyOf(e)), ...fold(e.family_name).split(' ').slice(-1)]), gold.persons ?? [])
    setScore('countries', mentioned.filter((e) => e.type === 'country').map((e) => [fold(e.country_code)]), gold.countries ?? [])
    if (gold.organizations) {
      setScore('organizations', mentioned.filter((e) => e.type === 'organization').map((e) => [fold(e.acronym || e.name), fold(e.name), ...(e.aliases ?? '').split('|').map(fold)]), gold.organizations)
    }

    // Statements, matched one-to-one: by content, then strictly.
    const docStatements = statements.filter((s) => s.document_id === id)
    for (const strict of [false, true]) {
      const taken = new Set<string>()
      let hit = 0
      let jointHit = 0
      for (const gs of gold.statements ?? []) {
        const quote = fold(gs.quote)
        const match = docStatements.find((s) => !taken.has(s.statement_id) && fold(s.content).includes(quote) && (!strict || (actorMatches(s, gs.actor, entityById) && sameVerb(s.verb, gs.verb))))
        if (match) {
          taken.add(match.statement_id)
          hit++
          if (gs.actor === 'joint') jointHit++
        } else if (strict) {
          const near = docStatements.find((s) => fold(s.content).includes(quote))
          misses.push(`${gold.id}: statement ${gs.actor}/${gs.verb} "${gs.quote}"` + (near ? ` got ${near.actor_kind}:${near.actor_name || near.actor}/${near.verb}` : ' not found'))
        }
      }
      const goldCount = (gold.statements ?? []).length
      add(strict ? 'statements' : 'statements (content)', hit, docStatements.length, goldCount)
      if (strict) {
        add('joint statements', jointHit, docStatements.filter((s) => s.actor_kind === 'joint').length, (gold.statements ?? []).filter((s) => s.actor === 'joint').length)
        for (const s of docStatements) if (!taken.has(s.statement_id)) misses.push(`${gold.id}: statement extra ${s.actor_kind === 'joint' ? 'joint' : s.actor_name || s.actor}/${s.verb} "${s.content.slice(0, 60)}"`)
      }
    }
  }

  // Event links: every two gold readouts that carry an event label are one event or not; the export links their main meetings or not.
  const labelled = golds.map((f) => JSON.parse(readFileSync(join(goldFolder, f), 'utf8')) as Gold).filter((g) => g.event)
  const eventOf = new Map<string, string>()
  for (const gold of labelled) {
    const doc = documents.find((d) => basename(d.source) === (gold.source ?? `${gold.id}.txt`))
    const main = doc ? meetings.find((m) => m.document_id === doc.document_id) : undefined
    if (main?.event_id) eventOf.set(gold.id, main.event_id)
  }
  let linked = 0
  let predictedLinks = 0
  let goldLinks = 0
  for (let i = 0; i < labelled.length; i++) {
    for (let j = i + 1; j < labelled.length; j++) {
      const [a, b] = [labelled[i], labelled[j]]
      const same = a.event === b.event
      const predicted = eventOf.has(a.id) && eventOf.get(a.id) === eventOf.get(b.id)
      if (same) goldLinks++
      if (predicted) predictedLinks++
      if (same && predicted) linked++
      else if (same) misses.push(`${a.id}: event link to ${b.id} missing`)
      else if (predicted) misses.push(`${a.id}: event link to ${b.id} extra`)
    }
  }
  if (labelled.length) counts.set('event links', {tp: linked, predicted: predictedLinks, gold: goldLinks})

  const groups: Evaluation['groups'] = {}
  for (const name of groupNames) {
    const found = byGroup.get(name)
    if (found) groups[name] = {documents: found.documents, measures: measuresOf(found.counts)}
  }
  return {documents: golds.length, measures: measuresOf(counts), groups, misses}
}

function measuresOf(counts: Map<string, {tp: number; predicted: number; gold: number}>): Record<string, Measure> {
  const measures: Record<string, Measure> = {}
  for (const [key, c] of counts) {
    const precision = c.predicted ? c.tp / c.predicted : 0
    const recall = c.gold ? c.tp / c.gold : 0
    measures[key] = {...c, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0}
  }
  return measures
}

function familyOf(entity: Row | undefined): string {
  if (!entity) return ''
  return entity.family_name || entity.name.split(' ').pop() || ''
}

function sameFamily(got: string, want: string): boolean {
  const g = fold(got)
  const w = fold(want)
  return g === w || g.split(' ').pop() === w.split(' ').pop()
}

function actorMatches(s: Row, actor: string, entities: Map<string, Row>): boolean {
  if (fold(actor) === 'joint') return s.actor_kind === 'joint'
  if (s.actor_kind === 'joint') return false
  const entity = entities.get(s.actor_id)
  const family = fold(entity?.family_name || '')
  const name = fold(s.actor_name || entity?.name || s.actor)
  const want = fold(actor)
  if (entity?.type === 'country') return fold(entity.country_code) === want || name === want
  return family === want || name === want || name.split(/[ -]/).includes(want) || (want.includes(' ') && name.endsWith(want))
}

/** The measures as a fixed-width table. */
export function formatTable(result: Evaluation): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6)
  const lines = [`gold documents: ${result.documents}`, `${'measure'.padEnd(24)} ${'F1'.padStart(6)} ${'P'.padStart(6)} ${'R'.padStart(6)}   tp/predicted/gold`]
  for (const [key, m] of Object.entries(result.measures)) {
    lines.push(`${key.padEnd(24)} ${pct(m.f1)} ${pct(m.precision)} ${pct(m.recall)}   ${m.tp}/${m.predicted}/${m.gold}`)
  }
  const names = Object.keys(result.groups)
  lines.push('', `F1 by publishing government: ${names.map((name) => `${name} (${result.groups[name].documents})`).join(', ')}`)
  for (const key of Object.keys(result.measures)) {
    lines.push(`${key.padEnd(24)} ${names.map((name) => (result.groups[name].measures[key] ? pct(result.groups[name].measures[key].f1) : '     -')).join(' ')}`)
  }
  return lines.join('\n')
}

/** The measures as Markdown (mdast), for the dataset card and the README. */
export function evaluationContent(result: Pick<Evaluation, 'documents' | 'measures' | 'groups'>): RootContent[] {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`
  const names = Object.keys(result.groups ?? {})
  const byGroup: RootContent[] = names.length
    ? [
        paragraph(text('F1 by the government that published the readout (readouts in brackets; "—": nothing to score):')),
        table(
          ['Measure', 'All', ...names.map((name) => `${name} (${result.groups[name].documents})`)],
          Object.entries(result.measures).map(([key, m]) => [key, pct(m.f1), ...names.map((name) => {
            const g = result.groups[name].measures[key]
            return g && (g.gold || g.predicted) ? pct(g.f1) : '—'
          })])
        )
      ]
    : []
  return [
    paragraph(
      text('Scored by '),
      code('make evaluate'),
      text(` against ${result.documents} hand-annotated readouts in `),
      code('tests/gold/'),
      text(' (statements: content, actor and verb must all match; "(content)": the content alone).')
    ),
    table(
      ['Measure', 'F1', 'Precision', 'Recall', 'Matched / predicted / gold'],
      Object.entries(result.measures).map(([key, m]) => [key, pct(m.f1), pct(m.precision), pct(m.recall), `${m.tp} / ${m.predicted} / ${m.gold}`])
    ),
    ...byGroup
  ]
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const {values} = parseArgs({
    options: {
      output: {type: 'string', default: 'output'},
      gold: {type: 'string', default: 'tests/gold'},
      verbose: {type: 'boolean', default: false},
      json: {type: 'string'},
      markdown: {type: 'string'}
    }
  })
  const result = evaluate(values.output, values.gold)
  console.log(formatTable(result))
  if (values.verbose) for (const miss of result.misses) console.log(`  - ${miss}`)
  if (values.json) writeFileSync(values.json, JSON.stringify({documents: result.documents, measures: result.measures, groups: result.groups, misses: result.misses}, null, 2) + '\n')
  if (values.markdown) writeFileSync(values.markdown, serialise(evaluationContent(result)))
}
