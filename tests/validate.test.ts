import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {problemsOf, validate} from '../pipeline/validate.js'
import verbsLexicon from '../pipeline/lexicon/verbs.json' with {type: 'json'}
import statementsSchema from '../schemas/statements.schema.json' with {type: 'json'}
// @ts-expect-error: a plain JavaScript build script, without types
import {target, validatorsSource} from '../schemas/compile.mjs'

const document = {document_id: 'a-readout', source: 'a-readout.txt', sha256: 'a'.repeat(64), characters: 120, media_type: 'text/plain'}

describe('the validators', () => {
  it('should be what the schemas compile to (run `node schemas/compile.mjs` after changing a schema)', () => {
    expect(readFileSync(target, 'utf8')).toBe(validatorsSource())
  })

  it('should pass a valid record', () => {
    expect(problemsOf('documents', document)).toEqual([])
  })

  it('should name each field that breaks its schema, and why', () => {
    expect(problemsOf('documents', {...document, document_id: 'A Readout', published: '2017-02-30x', characters: -1, colour: 'red'})).toEqual([
      '(record): must NOT have additional properties',
      'document_id: must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
      'published: must match format "date"',
      'characters: must be >= 0'
    ])
    expect(problemsOf('meetings', {meeting_id: 'a-readout/m1', document_id: 'a-readout', format: 'carrier pigeon'})).toContain('format: must be equal to one of the allowed values (in_person, telephone, video, )')
  })

  it('should refuse the document, naming the record, when one of its records is invalid', () => {
    const file = new VFile({path: 'a-readout.txt', value: ''})
    file.data.records = {document: {...document, sha256: 'not a hash'}, sections: [], meetings: [], participants: [], entities: [], mentions: [], statements: []} as never
    validate(file)
    expect(file.messages.map((m) => [m.fatal, m.ruleId, m.reason])).toEqual([[true, 'invalid-record', 'Invalid documents record a-readout: sha256: must match pattern "^[0-9a-f]{64}$"']])
  })
})

describe('the verbs the lexicon reads', () => {
  it('should all be verbs a statement record may hold (a phrase\'s lemma, "be willing", too)', () => {
    const lemmas = new Set<string>([
      ...Object.entries(verbsLexicon.past).filter(([word]) => word !== '$comment').map(([, lemma]) => lemma),
      ...Object.entries(verbsLexicon.participles).filter(([word]) => word !== '$comment').map(([, lemma]) => lemma),
      ...Object.entries(verbsLexicon.phrasal).filter(([word]) => word !== '$comment').flatMap(([, entry]) => Object.values((entry as {phrases: Record<string, string>}).phrases))
    ])
    const allowed = new Set(statementsSchema.properties.verb.enum as string[])
    expect([...lemmas].filter((lemma) => !allowed.has(lemma))).toEqual([])
  })
})
