import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import jsonld from 'jsonld'
import {JsonLdParser} from 'jsonld-streaming-parser'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {exportFolder} from '../pipeline/run.js'

const work = mkdtempSync(join(tmpdir(), 'readout-rdf-'))
const output = join(work, 'out')
afterAll(() => rmSync(work, {recursive: true, force: true}))
beforeAll(async () => {
  // Readouts of one meeting by two governments: events, links and every kind of node.
  await exportFolder({input: 'tests/fixtures/identity', output})
})

interface Term {
  termType: string
  value: string
  datatype?: {value: string}
  language?: string
}
interface Quad {
  subject: Term
  predicate: Term
  object: Term
}

const offline = async (url: string) => {
  throw new Error(`refused to fetch ${url}`)
}

/** A quad as text, blank nodes as one label (the two processors name them differently). */
const line = (q: Quad) =>
  [q.subject, q.predicate, q.object].map((t) => (t.termType === 'BlankNode' ? '_' : t.termType === 'Literal' ? `"${t.value}"^^${t.datatype?.value ?? ''}@${t.language ?? ''}` : `<${t.value}>`)).join(' ')

async function withJsonld(document: unknown): Promise<string[]> {
  const quads = (await jsonld.toRDF(document as jsonld.JsonLdDocument, {documentLoader: offline, safe: true} as jsonld.Options.ToRdf)) as unknown as Quad[]
  return [...new Set(quads.map(line))].sort()
}

function withStreamingParser(text: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const quads: string[] = []
    const parser = new JsonLdParser({documentLoader: {load: offline}})
    // A graph is a set: a triple said twice (a meeting's node in its document's part and in its event's link) is one.
    parser.on('data', (q: Quad) => quads.push(line(q))).on('error', reject).on('end', () => resolve([...new Set(quads)].sort()))
    parser.write(text)
    parser.end()
  })
}

describe('the linked data in two independent processors', () => {
  for (const file of ['jsonld/2023-01-11-us-blinken-hayashi.jsonld', 'jsonld/dataset.jsonld', 'vocab.jsonld']) {
    it(`should give the same triples for ${file} in jsonld.js and in jsonld-streaming-parser`, async () => {
      const text = readFileSync(join(output, file), 'utf8')
      const [a, b] = [await withJsonld(JSON.parse(text)), await withStreamingParser(text)]
      expect(a.length).toBeGreaterThan(10)
      expect(b).toEqual(a)
    })
  }

  it('should type an entity by its class only: its type column is ro:type, never rdf:type', async () => {
    const triples = await withJsonld(JSON.parse(readFileSync(join(output, 'jsonld/dataset.jsonld'), 'utf8')))
    const wang = triples.filter((t) => t.startsWith('<https://w3id.org/readout/id/person/yi-wang>'))
    expect(wang).toContain('<https://w3id.org/readout/id/person/yi-wang> <https://w3id.org/readout/vocab#type> "person"^^http://www.w3.org/2001/XMLSchema#string@')
    expect(wang.filter((t) => t.includes('rdf-syntax-ns#type')).map((t) => t.split(' ')[2])).toEqual(['<https://schema.org/Person>', '<https://w3id.org/readout/vocab#Entity>'])
  })

  it('should label and explain every term of its own namespace that the data uses', async () => {
    const vocab = await withJsonld(JSON.parse(readFileSync(join(output, 'vocab.jsonld'), 'utf8')))
    const used = new Set<string>()
    for (const file of ['jsonld/2023-01-11-us-blinken-hayashi.jsonld', 'jsonld/dataset.jsonld']) {
      for (const t of await withJsonld(JSON.parse(readFileSync(join(output, file), 'utf8')))) {
        for (const iri of t.match(/<https:\/\/w3id\.org\/readout\/vocab#[^>]+>/g) ?? []) used.add(iri)
      }
    }
    expect(used.size).toBeGreaterThan(20)
    for (const iri of used) {
      expect(vocab.some((t) => t.startsWith(`${iri} <http://www.w3.org/2000/01/rdf-schema#label>`)), iri).toBe(true)
      expect(vocab.some((t) => t.startsWith(`${iri} <http://www.w3.org/2000/01/rdf-schema#comment>`)), iri).toBe(true)
    }
  })
})
