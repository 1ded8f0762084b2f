/**
 * The dataset: documents' records merged into tables. One entity per id
 * across documents (aliases joined); a person known in one document only by
 * family name ("Minister Motegi") joins the one person of that family name
 * the dataset knows with a given name. Rows are sorted so that the output
 * is the same whatever order the inputs came in.
 */
import type {DocumentRecords, EntityRecord, TableRows} from './types.js'

export function mergeDocuments(documents: DocumentRecords[]): TableRows {
  const ordered = [...documents].sort((a, b) => (a.document.document_id < b.document.document_id ? -1 : 1))
  const entities = new Map<string, EntityRecord>()
  for (const doc of ordered) {
    for (const entity of doc.entities) {
      const existing = entities.get(entity.entity_id)
      if (!existing) {
        entities.set(entity.entity_id, {...entity})
        continue
      }
      existing.aliases = joinAliases(existing.aliases, entity.aliases)
      for (const key of ['given_name', 'family_name', 'country_code', 'country_alpha3', 'acronym', 'wikidata'] as const) {
        existing[key] ??= entity[key]
      }
    }
  }

  // Family-name-only people join the one full person of that family name.
  const renamed = new Map<string, string>()
  const fullByFamily = new Map<string, EntityRecord[]>()
  for (const entity of entities.values()) {
    if (entity.type === 'person' && entity.given_name && entity.family_name) {
      const key = entity.family_name.toLowerCase()
      fullByFamily.set(key, [...(fullByFamily.get(key) ?? []), entity])
    }
  }
  for (const entity of [...entities.values()]) {
    if (entity.type !== 'person' || entity.given_name || !entity.family_name) continue
    const candidates = fullByFamily.get(entity.family_name.toLowerCase()) ?? []
    if (candidates.length !== 1) continue
    const target = candidates[0]
    target.aliases = joinAliases(target.aliases, entity.aliases)
    target.country_code ??= entity.country_code
    renamed.set(entity.entity_id, target.entity_id)
    entities.delete(entity.entity_id)
  }
  const rename = (id: string | null) => (id && renamed.get(id)) ?? id

  const byDocument = <T>(pick: (doc: DocumentRecords) => T[]) => ordered.flatMap(pick)
  return {
    documents: ordered.map((doc) => doc.document),
    sections: byDocument((doc) => doc.sections),
    meetings: byDocument((doc) => doc.meetings),
    participants: byDocument((doc) => doc.participants.map((p) => ({...p, person_id: rename(p.person_id)!}))),
    entities: [...entities.values()].sort((a, b) => (a.entity_id < b.entity_id ? -1 : a.entity_id > b.entity_id ? 1 : 0)),
    mentions: byDocument((doc) => doc.mentions.map((m) => ({...m, entity_id: rename(m.entity_id)!}))),
    statements: byDocument((doc) => doc.statements.map((s) => ({...s, actor_id: rename(s.actor_id)})))
  }
}

function joinAliases(a: string | null, b: string | null): string | null {
  const all = new Set([...(a ? a.split('|') : []), ...(b ? b.split('|') : [])])
  return all.size ? [...all].sort().join('|') : null
}
