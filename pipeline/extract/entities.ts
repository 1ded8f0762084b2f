/**
 * Entities and their mentions in one document: people, countries,
 * organizations, places, agreements and events.
 *
 * Candidates come from, in order of precedence: people's names; acronyms
 * defined in the text ("Republic of Korea (ROK)") and their later uses; the
 * organization and region gazetteers; capitalised phrases whose last word
 * says what they name ("the Paris Agreement", "the Abe Administration",
 * "the Senkaku Islands"); country names and adjectives; and capitalised
 * words after a preposition of place ("to Henoko"). A country may be named
 * inside an organization, agreement or event ("Japan-U.S. Security Treaty"),
 * nowhere else inside another mention ("South China Sea" is a place).
 */
import entityHeads from '../lexicon/entity-heads.json' with {type: 'json'}
import placesData from '../lexicon/places.json' with {type: 'json'}
import numbers from '../lexicon/numbers.json' with {type: 'json'}
import type {Gazetteer} from '../gazetteer.js'
import type {Entity, EntityType, Mention, Span} from '../types.js'
import {allMatches, findPhrases, slug} from '../text.js'
import {abbreviatedGiven, bodiesIn, findNames, nicknameAfter, notNames, particles, type FoundName} from './people.js'

/** White space within a line: names never run across lines. */
const SP = '[^\\S\\r\\n]+'
const headType = new Map<string, EntityType>()
for (const type of ['agreement', 'organization', 'event'] as const) for (const head of entityHeads[type]) headType.set(head, type)
for (const head of placesData.heads) headType.set(head, 'place')

/** A capitalised word: "Japan", "U.S.", "Japan-U.S.", "Trans-Pacific", "G7", "2+2" in quotes. */
const PIECE = `(?:\\p{Lu}\\.(?:\\p{Lu}\\.)+|\\p{Lu}[\\p{L}\\p{M}\\p{N}’']*|\\d+(?:\\+\\d+)?(?:st|nd|rd|th)?)`
const CAPWORD = `(?:${PIECE}(?:-(?:${PIECE}|\\p{Ll}+))*|"[^"\\n]{1,12}"|“[^”\\n]{1,12}”)`
const CONNECT = `(?:of|for|and|on|in|the|de|&|to)`
const capitalisedPhrase = new RegExp(`${CAPWORD}(?:${SP}(?:${CONNECT}${SP})*${CAPWORD})*`, 'gu')
const acronymDefinition = /\(\s*(?<acronym>[A-Z][A-Za-z0-9&.\-]*[A-Z0-9][A-Za-z0-9.]*)\s*\)/gu
const monthsAndDays = new Set([...Object.keys(numbers.months), ...numbers.weekdays])
const multiWordPrepositions = new Set(['in', 'at', 'to', 'from', 'near', 'visiting'])
/** Words that may follow a place's name in a sentence ("in New York on ..."); any other lowercase word is the noun it modifies. */
const functionWords = new Set(['in', 'on', 'at', 'for', 'from', 'to', 'and', 'or', 'but', 'the', 'a', 'an', 'of', 'with', 'by', 'during', 'last', 'this', 'next', 'since', 'until', 'where', 'which', 'who', 'when', 'as', 'after', 'before', 'while', 'that', 'under', 'between', 'among', 'via', 'through'])

/** "in Tokyo", "visiting New York", "to Washington D.C.": up to three capitalised words after a preposition of place. */
const PLACEWORD = `\\p{Lu}[\\p{Ll}]+(?:-\\p{Lu}[\\p{Ll}]+)?`
const locative = new RegExp(`(?<![\\p{L}])(?:${placesData.prepositions.join('|')})${SP}(?<place>${PLACEWORD}(?:${SP}${PLACEWORD}){0,2}(?:${SP}D\\.C\\.)?)(?![\\p{L}’'])`, 'gu')

interface Candidate extends Span {
  entity: Entity
  rank: number
}

export interface EntityResult {
  entities: Map<string, Entity>
  mentions: Mention[]
  names: FoundName[]
  /** Person entity id by each name found. */
  personOf: Map<FoundName, string>
}

function makeEntity(type: EntityType, id: string, name: string, extra: Partial<Entity> = {}): Entity {
  return {id: `${type}:${id}`, type, name, aliases: new Set(), ...extra}
}

/** Letters of the acronym appear, in order, among the capitals and word initials of the phrase ("Republic of Korea", ROK). */
function spells(acronym: string, phrase: string): boolean {
  const capitals = phrase
    .split(/[\s-]+/)
    .map((word) => (/^\p{Ll}/u.test(word) ? word[0].toUpperCase() : '') + (word.match(/\p{Lu}/gu)?.join('') ?? ''))
    .join('')
  const letters = acronym.replace(/[^A-Za-z]/g, '').toUpperCase()
  if (!letters) return false
  if (!capitals.startsWith(letters[0])) return false
  let i = 0
  for (const c of capitals) if (c === letters[i]) i++
  return i === letters.length
}

function stripDeterminer(value: string): string {
  return value.replace(/^(?:the|The|a|A|an|An)\s+/, '')
}

/** The word that says what a name names: its last word, or the first noun of "X of Y". */
function headOf(phrase: string): string {
  const clean = (word: string) => word.replace(/[’']s?$/u, '').replace(/[.,]$/, '')
  const last = clean(phrase.split(/\s+/).pop() ?? '')
  if (headType.has(last)) return last
  const of = /^(?:(?:The|the)\s+)?(?:\S+\s+){0,2}?(\S+)\s+(?:of|for|on)\s/.exec(phrase)
  return of && headType.has(clean(of[1])) ? clean(of[1]) : last
}

/** Entities named in `text` before `end` (the footer, which only navigates, is left out). */
export function findEntities(text: string, end: number, gazetteer: Gazetteer): EntityResult {
  const entities = new Map<string, Entity>()
  const candidates: Candidate[] = []
  const entity = (made: Entity): Entity => {
    const existing = entities.get(made.id)
    if (existing) return existing
    entities.set(made.id, made)
    return made
  }
  const propose = (start: number, end: number, made: Entity, rank: number) => {
    candidates.push({start, end, text: text.slice(start, end), entity: entity(made), rank})
  }
  const beforeFooter = (start: number) => start < end

  // Acronyms defined in the text: "Long Name (ABC)".
  const acronyms = new Map<string, Entity>()
  const defined: {start: number; end: number; acronymStart: number; acronym: string; entity: Entity}[] = []
  for (const match of allMatches(acronymDefinition, text)) {
    const acronym = match.groups!.acronym
    if (!beforeFooter(match.index)) continue
    const beforeStart = Math.max(0, match.index - 120)
    const before = text.slice(beforeStart, match.index).replace(/\s+$/, '')
    const phrases = allMatches(capitalisedPhrase, before)
    const last = phrases[phrases.length - 1]
    if (!last || last.index + last[0].length !== before.length) continue
    const words = last[0].split(/\s+/)
    let phrase: string | null = null
    for (let k = words.length - 1; k >= 0; k--) {
      const candidate = stripDeterminer(words.slice(k).join(' '))
      if (/^\p{Lu}/u.test(candidate) && spells(acronym, candidate)) {
        phrase = candidate
        break
      }
    }
    if (!phrase) continue
    const phraseStart = beforeStart + before.length - phrase.length
    const country = gazetteer.country(phrase) ?? gazetteer.country(acronym)
    const organization = gazetteer.organizationForms.get(phrase) ?? gazetteer.organizationForms.get(acronym)
    let made: Entity
    if (country) made = countryEntity(country.code, gazetteer)
    else if (organization) made = organizationEntity(organization.name, organization.acronym, organization.wikidata)
    else {
      const type = headType.get(headOf(phrase)) ?? 'organization'
      made = makeEntity(type, slug(phrase), phrase, {acronym})
    }
    const known = entity(made)
    known.acronym ??= acronym
    acronyms.set(acronym, known)
    defined.push({start: phraseStart, end: phraseStart + phrase.length, acronymStart: match.index + match[0].indexOf(acronym), acronym, entity: known})
  }

  // People.
  const acronymWords = new Set([...acronyms.keys(), ...gazetteer.organizationForms.keys()])
  const bodies = bodiesIn(text, gazetteer)
  const names = findNames(text, gazetteer, acronymWords, bodies).filter((name) => beforeFooter(name.start))
  const personOf = resolvePeople(names, entities, text)
  for (const name of names) {
    const id = personOf.get(name)!
    candidates.push({start: name.start, end: name.end, text: text.slice(name.start, name.end), entity: entities.get(id)!, rank: 0})
  }
  // Later references to known people by family name (or given name, where usual).
  const people = [...entities.values()].filter((e) => e.type === 'person')
  const referenceForms = new Map<string, Entity>()
  for (const person of people) {
    // The full name too: "Josep Borrell Fontelles" again after an office the rules do not know is one mention, not "Fontelles".
    const forms = [person.givenName && person.familyName ? `${person.givenName} ${person.familyName}` : null, person.familyName, person.familyName?.toUpperCase()]
    if (person.givenName && person.refersByGivenName) forms.push(person.givenName.split(/\s+/).pop())
    for (const form of forms) if (form && form.length > 1 && !referenceForms.has(form)) referenceForms.set(form, person)
  }
  // A family name of several words by its first ("Lula" for Lula da Silva, "Borrell" for Borrell Fontelles), unless that is a particle ("Al Nahyan", "Le Drian").
  for (const person of people) {
    const first = person.givenName ? /^(\p{Lu}[\p{L}\p{M}]{2,})\s/u.exec(person.familyName ?? '')?.[1] : undefined
    if (first && !particles.includes(first.toLowerCase()) && !referenceForms.has(first)) referenceForms.set(first, person)
  }
  // "Phumtham told ..." (Phumtham Wechayachai), "Lula congratulated ..." (Luiz Inácio Lula da Silva): a word of one person's given name, alone where the page calls them so.
  // (Of a later word, the family name starts there, as "Minister Borrell" shows: "Lula da Silva".)
  const givenWords = new Map<string, Entity | null>()
  for (const person of people) {
    for (const word of person.givenName?.split(/\s+/) ?? []) if (/^\p{Lu}[\p{Ll}\p{M}]{2,}$/u.test(word)) givenWords.set(word, givenWords.has(word) ? null : person)
  }
  for (const [word, person] of givenWords) {
    if (!person || referenceForms.has(word) || gazetteer.countryOrAdjective(word) || gazetteer.organizationForms.has(word) || !aloneIn(text, word, names)) continue
    referenceForms.set(word, person)
    secondSurname(person, word)
  }
  if (referenceForms.size) {
    for (const {index, phrase} of findPhrases(text, referenceForms.keys())) {
      if (!beforeFooter(index)) continue
      propose(index, index + phrase.length, referenceForms.get(phrase)!, 1)
    }
  }

  for (const d of defined) {
    propose(d.start, d.end, d.entity, 2)
    propose(d.acronymStart, d.acronymStart + d.acronym.length, d.entity, 2)
  }
  if (acronyms.size) {
    for (const {index, phrase} of findPhrases(text, acronyms.keys())) {
      if (beforeFooter(index)) propose(index, index + phrase.length, acronyms.get(phrase)!, 3)
    }
  }

  for (const match of bodies.organizations) {
    if (!beforeFooter(match.index)) continue
    const organization = gazetteer.organizationForms.get(match[0])!
    propose(match.index, match.index + match[0].length, organizationEntity(organization.name, organization.acronym, organization.wikidata), 3)
  }
  for (const match of allMatches(gazetteer.regionPattern, text)) {
    if (!beforeFooter(match.index)) continue
    propose(match.index, match.index + match[0].length, makeEntity('place', slug(match[0]), match[0]), 4)
  }

  // Capitalised phrases named by their head word.
  for (const match of allMatches(capitalisedPhrase, text)) {
    // "members of Congress for Japan’s initiative": a possessive after "for",
    // "on", "in" or "to" belongs to what follows, not to the name before it
    // (after "of" it is the whole name's: "the Government of Japan’s plan").
    const owner = /\s+(?:for|on|in|to)\s+(?:the\s+)?\S+[’']s$/u.exec(match[0])
    const chain = owner ? match[0].slice(0, owner.index) : match[0]
    // A name by its head word has two words at least: most capitalised phrases are one.
    if (!beforeFooter(match.index) || !/\s/.test(chain)) continue
    for (const whole of namedParts(chain, match.index)) {
      const part = headed(whole)
      const type = headType.get(headOf(part.text))
      if (!type || part.text.split(/\s+/).length < 2) continue
      // "The Fijian Head of Government": an office, not a body.
      if (/\bHeads?\s+of\s+(?:State|Government)$/.test(part.text)) continue
      if (gazetteer.organizationForms.has(part.text) || gazetteer.regions.has(part.text)) continue
      // "European Union for Foreign Affairs": the known name is the name.
      const known = /^(.+?)\s+(?:for|of|on|in)\s/.exec(part.text)
      if (known && gazetteer.organizationForms.has(known[1])) continue
      propose(part.start, part.end, makeEntity(type, slug(part.text), part.text), type === 'place' ? 4 : 5)
    }
  }

  const notCountries = allMatches(gazetteer.notCountries, text)
  for (const match of notCountries) {
    if (!beforeFooter(match.index)) continue
    if (!gazetteer.regions.has(match[0])) propose(match.index, match.index + match[0].length, makeEntity('place', slug(match[0]), match[0]), 4)
  }
  for (const match of bodies.countries) {
    if (!beforeFooter(match.index)) continue
    // Never the country inside words that name something else, even inside a body's name ("Department of Latin American and Caribbean Affairs").
    if (notCountries.some((not) => match.index >= not.index && match.index + match[0].length <= not.index + not[0].length)) continue
    // "US$ 15 million", "A$ 2 billion": a currency, not the country.
    if (text[match.index + match[0].length] === '$') continue
    const form = gazetteer.countryForms.get(match[0])!
    propose(match.index, match.index + match[0].length, countryEntity(form.code, gazetteer), 6)
  }
  for (const match of allMatches(locative, text)) {
    const place = match.groups!.place
    const start = match.index + match[0].lastIndexOf(place)
    if (!beforeFooter(start)) continue
    // Every word could be part of a place's name ("in Tokyo Bay" is left to the head-word rule).
    const words = place.split(/\s+/).filter((word) => word !== 'D.C.')
    if (!words.every((word) => placeWord(word, gazetteer)) || gazetteer.countryForms.has(place) || gazetteer.organizationForms.has(place)) continue
    // Several words name a place only after "in", "at", "to", "from", "near" or "visiting",
    // and not when they modify a noun ("to East African countries").
    if (words.length > 1) {
      const preposition = match[0].slice(0, match[0].length - place.length).trim().toLowerCase()
      const next = /^\s+(\p{Ll}+)/u.exec(text.slice(start + place.length, start + place.length + 40))?.[1]
      if (!multiWordPrepositions.has(preposition) || (next && !functionWords.has(next))) continue
    }
    propose(start, start + place.length, makeEntity('place', slug(place), place), 7)
  }

  const mentions = select(candidates)
  // Keep only the entities that are still mentioned.
  const used = new Set(mentions.map((m) => m.entityId))
  for (const id of [...entities.keys()]) if (!used.has(id) && !id.startsWith('person:')) entities.delete(id)
  for (const m of mentions) entities.get(m.entityId)!.aliases.add(m.text)
  return {entities, mentions, names, personOf}
}

/** A word that can be part of a place's name: not a month or day, a country, an organization, a head word or a word that is never a name. */
function placeWord(word: string, gazetteer: Gazetteer): boolean {
  return !monthsAndDays.has(word.toLowerCase()) && !gazetteer.countryForms.has(word) && !gazetteer.organizationForms.has(word) && !headType.has(word) && !notNames.has(word)
}

/**
 * The names in a chain of capitalised words: "X and the Y Council" is two
 * names unless X has no head word of its own ("Olympic and Paralympic
 * Games"); "Article 5 of the Japan-U.S. Security Treaty" names the treaty.
 */
function namedParts(chain: string, offset: number): Span[] {
  const pieces: Span[] = []
  const pattern = /\s+and\s+(?:(the)\s+)?/g
  let split = false
  let last = 0
  for (const m of allMatches(pattern, chain)) {
    pieces.push({start: last, end: m.index, text: chain.slice(last, m.index)})
    if (m[1]) split = true
    last = m.index + m[0].length
  }
  pieces.push({start: last, end: chain.length, text: chain.slice(last)})
  const bare = (piece: Span) => piece.text.replace(/^(?:The|A|An)\s+/, '')
  const joined = !split && pieces.slice(0, -1).every((piece) => !/\s/.test(bare(piece)) && !headType.has(headOf(piece.text)))
  const parts = joined ? [{start: 0, end: chain.length, text: chain}] : pieces
  return parts.map((part) => {
    let {start, text} = part
    // "Article 5 of the Japan-U.S. Security Treaty", "New York for the United
    // Nations General Assembly": the name after "<preposition> the" when it has a head of its own.
    const joins = allMatches(/\s(?:of|for|in|to|at|on) the\s/g, text)
    const last = joins[joins.length - 1]
    if (last) {
      const right = text.slice(last.index + last[0].length)
      // Its head may come before a place: "Dean of the African Diplomatic Corps in Japan".
      const named = headed({start: 0, end: right.length, text: right}).text
      if (named.split(/\s+/).length >= 2 && headType.has(headOf(named))) {
        start += last.index + last[0].length
        text = right
      }
    }
    // Sentence-opening words are not part of a name: "Under the Suga Administration".
    for (;;) {
      const lead = /^(\S+)\s+(?:(?:the|of|and|for|on|in|to)\s+)*/.exec(text)
      if (!lead || !(notNames.has(lead[1]) && !headType.has(lead[1])) || lead[0].length >= text.length) break
      start += lead[0].length
      text = text.slice(lead[0].length)
    }
    text = text.replace(/[’']s$/u, '')
    return {start: offset + start, end: offset + start + text.length, text}
  })
}

/** "U.S. Forces in Japan" names "U.S. Forces": the longest front part that ends in a head word. */
function headed(part: Span): Span {
  if (headType.has(headOf(part.text))) return part
  const cuts = allMatches(/\s+(?:in|of|for|on|to)\s+/g, part.text).reverse()
  for (const cut of cuts) {
    const text = part.text.slice(0, cut.index)
    if (headType.has(headOf(text))) return {start: part.start, end: part.start + text.length, text}
  }
  return part
}

/** Mentions from candidates: best rank first, then longest; overlaps resolved by precedence. */
function select(candidates: Candidate[]): Mention[] {
  // People first; then the longest name, so "G7 Summit" beats "G7"; then rank.
  const tier = (c: Candidate) => (c.rank <= 1 ? 0 : 1)
  const order = [...candidates].sort((a, b) => tier(a) - tier(b) || b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start)
  const accepted: Candidate[] = []
  // A country may be named inside an organization, agreement or event; an
  // organization inside an agreement or event ("NATO Summit").
  const hosts: Record<string, string[]> = {country: ['organization', 'agreement', 'event'], organization: ['agreement', 'event']}
  const nests = (outer: Candidate, inner: Candidate) =>
    (hosts[inner.entity.type] ?? []).includes(outer.entity.type) && inner.start >= outer.start && inner.end <= outer.end && inner.end - inner.start < outer.end - outer.start
  for (const candidate of order) {
    const clash = accepted.some((other) => candidate.start < other.end && other.start < candidate.end && !nests(other, candidate))
    if (!clash) accepted.push(candidate)
  }
  return accepted
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map(({start, end, text, entity}) => ({start, end, text, entityId: entity.id}))
}

export function countryEntity(code: string, gazetteer: Gazetteer): Entity {
  const country = gazetteer.countries.get(code)!
  return makeEntity('country', code.toLowerCase(), country.name, {countryCode: code, wikidata: country.wikidata})
}

function organizationEntity(name: string, acronym: string | null, wikidata: string | null): Entity {
  return makeEntity('organization', slug(name), name, {acronym, wikidata})
}

/** `word` stands in `text` outside every name found (a whole word, not the first of a longer name). */
function aloneIn(text: string, word: string, names: FoundName[]): boolean {
  for (const {index} of findPhrases(text, [word])) {
    if (/^[\s\u00a0]+\p{Lu}/u.test(text.slice(index + word.length, index + word.length + 2))) continue
    if (!names.some((name) => index >= name.start && index < name.end)) return true
  }
  return false
}

/**
 * "Josep Borrell Fontelles", later "High Representative Borrell": a
 * reference by a later part of the given name shows where the family name
 * (two surnames) starts.
 */
function secondSurname(person: Entity, reference: string) {
  if (person.refersByGivenName || !person.givenName || /\s/.test(reference)) return
  const given = person.givenName.split(/\s+/)
  const at = given.indexOf(reference)
  if (at < 1 || given.slice(at).some((part) => /^(?:\p{Lu}\.)+$/u.test(part))) return
  person.familyName = `${given.slice(at).join(' ')} ${person.familyName}`
  person.givenName = given.slice(0, at).join(' ')
  person.name = `${person.givenName} ${person.familyName}`
}

const devotional = /^(?:Muhammad|Mohammad|Mohammed|Muhammed|Mohamed|Md\.|Mohd\.?)$/

/**
 * The short references of a page settle a family name of several words:
 * "Bilawal Bhutto Zardari" then "Foreign Minister Bhutto Zardari".
 */
function settleFamilyNames(names: FoundName[]): void {
  const references = new Set(names.map((n) => n.written))
  for (const name of names) {
    if (!name.full || name.refersByGivenName) continue
    const parts = name.written.split(/\s+/)
    // (Initials, a part in capitals or an abbreviated given name, "Md.", say where the given name is.)
    if (parts.some((part) => /^(?:\p{Lu}\.)+$/u.test(part) || /^\p{Lu}{2,}$/u.test(part) || abbreviatedGiven.test(part))) continue
    for (let k = 1; k < parts.length - 1; k++) {
      const tail = parts.slice(k).join(' ')
      // (Not a chain of fathers' names: "Mohammed bin Salman bin Abdulaziz Al Saud" beside "King Salman bin Abdulaziz Al Saud" is the king's son.)
      if (/\b(?:bin|bint|binti|ibn)\b/.test(tail)) continue
      // (Nor a name after the devotional "Muhammad" many South Asian names open with: "Muhammad Shehbaz Sharif", then "Shehbaz Sharif".)
      if (parts.slice(0, k).every((part) => devotional.test(part))) continue
      if (references.has(tail) && tail.length > name.familyName.length) {
        name.givenName = parts.slice(0, k).join(' ')
        name.familyName = tail
        // The short reference is the family name alone.
        for (const short of names) {
          if (short.written !== tail) continue
          short.givenName = null
          short.familyName = tail
          short.full = false
        }
        break
      }
    }
  }
}

/**
 * One person entity per person: a name with a given name makes the person;
 * a bare family name after a title ("Minister Kishida") joins the person of
 * that family name (or, for family-name-first names, given name).
 */
function resolvePeople(names: FoundName[], entities: Map<string, Entity>, text: string): Map<FoundName, string> {
  const personOf = new Map<FoundName, string>()
  const byReference = new Map<string, string>()
  const refer = (key: string, id: string) => {
    if (!byReference.has(key.toLowerCase())) byReference.set(key.toLowerCase(), id)
  }
  const create = (name: FoundName): string => {
    const id = `person:${slug(`${name.givenName} ${name.familyName}`)}`
    if (!entities.has(id)) {
      entities.set(id, {
        id,
        type: 'person',
        name: `${name.givenName} ${name.familyName}`,
        givenName: name.givenName,
        familyName: name.familyName,
        refersByGivenName: name.refersByGivenName,
        aliases: new Set()
      })
    }
    refer(name.familyName, id)
    refer(`${name.givenName} ${name.familyName}`, id)
    refer(name.written, id)
    if (name.refersByGivenName && name.givenName) refer(name.givenName.split(/\s+/).pop()!, id)
    // "Pushpa Kamal Dahal 'Prachanda'": the name in quotes right after a full name is the same person's ("Prime Minister Prachanda").
    const nickname = nicknameAfter.exec(text.slice(name.end, name.end + 40))
    if (nickname) refer(nickname[1], id)
    return id
  }
  // "Minister Retno" for Retno L.P. Marsudi: one known person with that given name.
  const byGivenName = (word: string): string | undefined => {
    if (/\s/.test(word)) return undefined
    const matches = [...entities.values()].filter((e) => e.type === 'person' && e.givenName?.split(/\s+/).includes(word))
    return matches.length === 1 ? matches[0].id : undefined
  }
  settleFamilyNames(names)
  // "Sheikh Abdullah bin Zayed" is "Abdullah bin Zayed Al Nahyan": a full name that opens a longer one on the page is that person.
  for (const name of names) {
    const longer = name.full ? names.find((other) => other.full && other.written.startsWith(`${name.written} `)) : undefined
    if (longer) {
      name.givenName = longer.givenName
      name.familyName = longer.familyName
    }
  }
  // Names with an honorific first: they are written in full.
  for (const name of names.filter((n) => n.full && n.honorific)) personOf.set(name, create(name))
  // Then names after a title, full names first (a title page's "Secretary
  // Blinken" before "Secretary of State Antony J. Blinken" is the same
  // person): a known person's name or family name, else a new person.
  for (const name of [...names.filter((n) => !personOf.has(n) && n.full), ...names.filter((n) => !personOf.has(n) && !n.full)]) {
    const known = byReference.get(name.written.toLowerCase()) ?? byReference.get(name.familyName.toLowerCase()) ?? byGivenName(name.written)
    if (known) {
      secondSurname(entities.get(known)!, name.written)
      refer(name.written, known)
      personOf.set(name, known)
      continue
    }
    if (name.full) {
      personOf.set(name, create(name))
      continue
    }
    const id = `person:${slug(name.familyName)}`
    if (!entities.has(id)) entities.set(id, {id, type: 'person', name: name.familyName, givenName: null, familyName: name.familyName, aliases: new Set()})
    refer(name.familyName, id)
    personOf.set(name, id)
  }
  return personOf
}
