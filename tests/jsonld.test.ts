import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parse} from 'csv-parse/sync'
import jsonld from 'jsonld'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {exportFolder} from '../pipeline/run.js'
import {schemas} from '../pipeline/schemas.js'
import {tableNames} from '../pipeline/types.js'

const seed = '2017-03-16-japan-us-foreign-ministers-meeting'
const work = mkdtempSync(join(tmpdir(), 'readout-jsonld-'))
const output = join(work, 'out')
const id = 'https://w3id.org/readout/id/'
const schema = 'https://schema.org/'
const ro = 'https://w3id.org/readout/vocab#'
const oa = 'http://www.w3.org/ns/oa#'

/** A document loader that refuses the network: everything must be embedded. */
const offline = async (url: string) => {
  throw new Error(`refused to fetch ${url}`)
}

interface Quad {
  subject: {value: string}
  predicate: {value: string}
  object: {value: string}
}

let quads: Quad[] = []
let datasetQuads: Quad[] = []

beforeAll(async () => {
  await exportFolder({input: 'input', output})
  const read = async (name: string) => (await jsonld.toRDF(JSON.parse(readFileSync(join(output, 'jsonld', name), 'utf8')), {documentLoader: offline, safe: true} as jsonld.Options.ToRdf)) as unknown as Quad[]
  quads = await read(`${seed}.jsonld`)
  // The dataset's graph alone holds the events and each meeting's link to its event.
  datasetQuads = await read('dataset.jsonld')
})
afterAll(() => rmSync(work, {recursive: true, force: true}))

const objects = (subject: string, predicate: string) => quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value)

describe('JSON-LD', () => {
  it('should carry every filled column of every table under the IRI its schema gives', () => {
    const predicates = new Set([...quads, ...datasetQuads].map((q) => q.predicate.value))
    const expand = (iri: string) => iri.replace(/^schema:/, schema).replace(/^ro:/, ro)
    for (const table of tableNames) {
      const key = schemas[table]['x-primaryKey']
      const records = parse(readFileSync(join(output, 'csv', `${table}.csv`), 'utf8'), {columns: true}) as Record<string, string>[]
      const filled = new Set(Object.keys(schemas[table].properties).filter((column) => records.some((record) => record[column] !== '')))
      for (const [column, property] of Object.entries(schemas[table].properties)) {
        if ((key.length === 1 && key[0] === column) || !filled.has(column) || table === 'entities' || property['x-jsonld'] === false) continue
        expect(predicates.has(expand(property['x-jsonld'] ?? `ro:${column}`)), `${table}.${column}`).toBe(true)
      }
    }
  })

  it('should expand every file in safe mode without fetching anything', async () => {
    for (const name of readdirSync(join(output, 'jsonld'))) {
      const document = JSON.parse(readFileSync(join(output, 'jsonld', name), 'utf8'))
      const expanded = await jsonld.expand(document, {documentLoader: offline, safe: true} as jsonld.Options.Expand)
      expect(expanded.length, name).toBeGreaterThan(0)
    }
  })

  it('should say when the meeting started, how long it lasted and who attended', () => {
    const meeting = `${id}${seed}/m1`
    expect(objects(meeting, `${schema}startDate`)).toEqual(['2017-03-16T14:15'])
    expect(objects(meeting, `${schema}duration`)).toEqual(['PT1H20M'])
    const roles = objects(meeting, `${schema}attendee`)
    const attendees = roles.flatMap((role) => objects(role, `${schema}attendee`)).sort()
    expect(attendees).toEqual([`${id}person/fumio-kishida`, `${id}person/rex-w-tillerson`])
    expect(objects(`${id}person/rex-w-tillerson`, `${schema}nationality`)).toEqual([`${id}country/us`])
  })

  it('should date each office: this person held this office at this meeting', () => {
    const roles = objects(`${id}${seed}/m1`, `${schema}attendee`)
    const kishida = roles.find((role) => objects(role, `${schema}attendee`).includes(`${id}person/fumio-kishida`))!
    expect(objects(kishida, `${schema}roleName`)).toEqual(['host'])
    expect(objects(kishida, `${schema}jobTitle`)).toEqual(['Minister for Foreign Affairs'])
    expect(objects(kishida, `${schema}startDate`)).toEqual(['2017-03-16'])
  })

  it("should give each statement its verb and a selector into the source that slices back its content", () => {
    const source = Array.from(readFileSync(`input/${seed}.txt`, 'utf8'))
    const statements = [...new Set(quads.filter((q) => q.predicate.value === `${ro}verb`).map((q) => q.subject.value))]
    expect(statements.length).toBe(29)
    for (const statement of statements) {
      const [target] = objects(statement, `${oa}hasTarget`)
      const selectors = objects(target, `${oa}hasSelector`)
      const position = selectors.find((s) => objects(s, `${oa}start`).length)!
      const quote = selectors.find((s) => objects(s, `${oa}exact`).length)!
      const [start, end] = [Number(objects(position, `${oa}start`)[0]), Number(objects(position, `${oa}end`)[0])]
      expect(source.slice(start, end).join('')).toBe(objects(quote, `${oa}exact`)[0])
      expect(objects(quote, `${oa}exact`)[0].length).toBeGreaterThan(0)
    }
  })

  it('should make each meeting a sub-event of its event, and say what the event is', () => {
    const of = (subject: string, predicate: string) => datasetQuads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value)
    const event = of(`${id}${seed}/m1`, `${ro}event_id`)[0]
    expect(event).toBe(`${id}event/2017-03-16-kishida-tillerson`)
    expect(of(event, `${schema}subEvent`)).toEqual([`${id}${seed}/m1`])
    expect(of(event, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type')).toEqual(expect.arrayContaining([`${schema}Event`]))
    expect(of(event, `${schema}startDate`)).toEqual(['2017-03-16'])
  })
})
