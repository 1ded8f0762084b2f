/**
 * The dataset's entities: one per id across documents (aliases joined); a
 * person written with a middle initial ("Rex W. Tillerson") joins the one
 * person of the same names written without it, and a person known in a
 * document only by family name ("Minister Motegi") joins the one person of
 * that family name the dataset knows with a given name.
 * Documents keep their own records; `renameRecords` points them at the
 * merged people. Entities are merged as documents come in, so memory grows
 * with the number of distinct entities, not of documents.
 */
import type {DocumentRecords, EntityRecord} from './types.js'

/** "Rex W." -> "Rex", "Donald J." -> "Donald": a given name without its middle initials. */
function withoutInitials(given: string): string {
  return given
    .split(/\s+/)
    .filter((word, n) => n === 0 || !/^\p{Lu}\.$/u.test(word))
    .join(' ')
}

/**
 * A document's people a rename can touch: those known by family name
 * alone, and those written with a middle initial ("Rex W. Tillerson"),
 * who join the same person written without it.
 */
export function renamablePeople(entities: EntityRecord[]): string[] {
  return entities.filter((e) => e.type === 'person' && (!e.given_name || withoutInitials(e.given_name) !== e.given_name)).map((e) => e.entity_id)
}

export class EntityPlan {
  private readonly entities = new Map<string, EntityRecord>()
  /** Every alias of each entity, joined into `aliases` only for the table. */
  private readonly aliases = new Map<string, Set<string>>()
  private renamed: Map<string, string> | null = null

  add(entities: EntityRecord[]): void {
    this.renamed = null
    for (const entity of entities) {
      const existing = this.entities.get(entity.entity_id)
      const aliases = entity.aliases ? entity.aliases.split('|') : []
      if (!existing) {
        this.entities.set(entity.entity_id, {...entity})
        this.aliases.set(entity.entity_id, new Set(aliases))
        continue
      }
      const known = this.aliases.get(entity.entity_id)!
      for (const alias of aliases) known.add(alias)
      for (const key of ['given_name', 'family_name', 'country_code', 'country_alpha3', 'acronym', 'wikidata'] as const) existing[key] ??= entity[key]
    }
  }

  /**
   * Person ids to merge: one written with middle initials -> the one person
   * of the same names written without them ("Rex W. Tillerson" -> "Rex
   * Tillerson"); a family-name-only person -> the one full person left of
   * that family name.
   */
  renames(): Map<string, string> {
    if (this.renamed) return this.renamed
    this.renamed = new Map()
    const people = [...this.entities.values()].filter((e) => e.type === 'person' && e.family_name)
    const byNames = new Map<string, EntityRecord[]>()
    for (const person of people) {
      if (!person.given_name || withoutInitials(person.given_name) !== person.given_name) continue
      const key = `${person.given_name}\u0000${person.family_name}`.toLowerCase()
      byNames.set(key, [...(byNames.get(key) ?? []), person])
    }
    for (const person of people) {
      if (!person.given_name || withoutInitials(person.given_name) === person.given_name) continue
      const same = byNames.get(`${withoutInitials(person.given_name)}\u0000${person.family_name}`.toLowerCase()) ?? []
      if (same.length === 1) this.renamed.set(person.entity_id, same[0].entity_id)
    }
    const fullByFamily = new Map<string, EntityRecord[]>()
    for (const person of people) {
      if (!person.given_name || this.renamed.has(person.entity_id)) continue
      const key = person.family_name!.toLowerCase()
      fullByFamily.set(key, [...(fullByFamily.get(key) ?? []), person])
    }
    for (const person of people) {
      if (person.given_name) continue
      const candidates = fullByFamily.get(person.family_name!.toLowerCase()) ?? []
      if (candidates.length === 1) this.renamed.set(person.entity_id, candidates[0].entity_id)
    }
    return this.renamed
  }

  /** The merged entities, renamed people folded in, sorted by id. */
  table(): EntityRecord[] {
    const renames = this.renames()
    const merged = new Map([...this.entities].filter(([id]) => !renames.has(id)).map(([id, e]) => [id, {...e}]))
    const aliases = new Map([...merged.keys()].map((id) => [id, new Set(this.aliases.get(id))]))
    for (const [from, to] of [...renames].sort()) {
      const source = this.entities.get(from)!
      const target = merged.get(to)!
      for (const alias of this.aliases.get(from)!) aliases.get(to)!.add(alias)
      target.country_code ??= source.country_code
    }
    for (const [id, entity] of merged) entity.aliases = aliases.get(id)!.size ? [...aliases.get(id)!].sort().join('|') : null
    return [...merged.values()].sort((a, b) => (a.entity_id < b.entity_id ? -1 : a.entity_id > b.entity_id ? 1 : 0))
  }
}

/** A document's records with merged people's ids. */
export function renameRecords(records: DocumentRecords, renames: Map<string, string>): DocumentRecords {
  if (!renames.size || !records.entities.some((e) => renames.has(e.entity_id))) return records
  const rename = (id: string | null) => (id && renames.get(id)) ?? id
  const entities = new Map<string, EntityRecord>()
  for (const entity of records.entities) {
    const id = rename(entity.entity_id)!
    const existing = entities.get(id)
    if (existing) existing.aliases = joinAliases(existing.aliases, entity.aliases)
    else entities.set(id, {...entity, entity_id: id})
  }
  return {
    ...records,
    participants: records.participants.map((p) => ({...p, person_id: rename(p.person_id)!})),
    entities: [...entities.values()].sort((a, b) => (a.entity_id < b.entity_id ? -1 : a.entity_id > b.entity_id ? 1 : 0)),
    mentions: records.mentions.map((m) => ({...m, entity_id: rename(m.entity_id)!})),
    statements: records.statements.map((s) => ({...s, actor_id: rename(s.actor_id)}))
  }
}

function joinAliases(a: string | null, b: string | null): string | null {
  const all = new Set([...(a ? a.split('|') : []), ...(b ? b.split('|') : [])])
  return all.size ? [...all].sort().join('|') : null
}
