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

/** "Subrahmanyam" -> "S", "Abul Kalam" -> "AK": the initials of a given name. */
function initialsOf(given: string): string {
  return given
    .split(/[\s-]+/)
    .map((word) => word[0] ?? '')
    .join('')
    .toUpperCase()
}

/** "Rex W." -> "Rex", "Donald J." -> "Donald": a given name without its middle initials. */
function withoutInitials(given: string): string {
  return given
    .split(/\s+/)
    .filter((word, n) => n === 0 || !/^\p{Lu}\.$/u.test(word))
    .join(' ')
}

/** "S." or "A. K.": a given name written as initials only. */
function initialsOnly(given: string): boolean {
  return given.split(/\s+/).every((word) => /^(?:\p{Lu}\.)+$/u.test(word))
}

/** A hyphenated family name ("Bhutto-Zardari"), which another side may write without the hyphen. */
function compoundFamily(family: string | null): boolean {
  return Boolean(family?.includes('-'))
}

/**
 * A document's people a rename can touch: those known by family name
 * alone; those written with a middle initial ("Rex W. Tillerson") or with
 * initials for a given name ("S. Jaishankar"), who join the same person
 * written in full; and those with a hyphenated family name, who join the
 * same person written without the hyphen.
 */
export function renamablePeople(entities: EntityRecord[]): string[] {
  return entities
    .filter((e) => e.type === 'person' && (!e.given_name || withoutInitials(e.given_name) !== e.given_name || initialsOnly(e.given_name) || compoundFamily(e.family_name)))
    .map((e) => e.entity_id)
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
      // The same name split otherwise: the family name of more words is the one a page settled by its references ("President López Obrador").
      if (entity.family_name && existing.family_name && entity.family_name.length > existing.family_name.length && existing.family_name.endsWith(entity.family_name.split(' ').pop()!)) {
        existing.family_name = entity.family_name
        existing.given_name = entity.given_name
      }
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
    // "S. Jaishankar" -> "Subrahmanyam Jaishankar": the one person of that family name whose given names begin so.
    for (const person of people) {
      if (!person.given_name || !initialsOnly(person.given_name) || this.renamed.has(person.entity_id)) continue
      const letters = person.given_name.replace(/[^\p{Lu}]/gu, '')
      const same = people.filter((p) => p !== person && p.given_name && !initialsOnly(p.given_name) && p.family_name!.toLowerCase() === person.family_name!.toLowerCase() && initialsOf(p.given_name) === letters)
      if (same.length === 1) this.renamed.set(person.entity_id, same[0].entity_id)
    }
    // "Bilawal Bhutto-Zardari" -> "Bilawal Bhutto Zardari": the same names but for a hyphen.
    const byGivenFamily = new Map<string, EntityRecord[]>()
    for (const person of people) {
      if (!person.given_name || this.renamed.has(person.entity_id) || person.family_name!.includes('-')) continue
      const key = `${person.given_name}\u0000${person.family_name}`.toLowerCase()
      byGivenFamily.set(key, [...(byGivenFamily.get(key) ?? []), person])
    }
    for (const person of people) {
      if (!person.given_name || !compoundFamily(person.family_name) || this.renamed.has(person.entity_id)) continue
      const spaced = person.family_name!.replace(/-/g, ' ')
      // Only a hyphenated name joins its spaced twin: "Borrell" and "Borrell Fontelles" stay as each side writes them.
      const forms = spaced !== person.family_name ? [spaced] : []
      for (const family of forms) {
        const same = (byGivenFamily.get(`${person.given_name}\u0000${family}`.toLowerCase()) ?? []).filter((p) => p !== person)
        if (same.length === 1) {
          this.renamed.set(person.entity_id, same[0].entity_id)
          break
        }
      }
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
