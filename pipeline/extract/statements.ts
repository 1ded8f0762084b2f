/**
 * Reported statements: every clause in which someone confirmed, agreed,
 * stated, shared ... something. "The two sides shared the recognition that
 * X, confirmed that Y, and discussed Z" is three statements.
 *
 * A reporting verb (`lexicon/verbs.json`) in the past tense makes a
 * statement when it is a finite verb: not after an auxiliary, a determiner,
 * a relative pronoun or a preposition ("which was agreed", "the shared
 * view"), not passive ("agreed by"), and not inside the content of an
 * earlier verb of its sentence ("stated that the ministers agreed"); an
 * impersonal passive opening the sentence ("It was confirmed that") is the
 * sides' joint statement, with no actor written. Its
 * actor is the subject on its left ("the two sides", "Minister X",
 * "He"), skipping adverbs and introductory phrases ("In response,"); a
 * verb coordinated with an earlier one ("..., and confirmed") shares that
 * verb's actor. Its content runs from after the verb phrase to the next
 * statement of the sentence, or the sentence's end.
 */
import actors from '../lexicon/actors.json' with {type: 'json'}
import titles from '../lexicon/titles.json' with {type: 'json'}
import verbs from '../lexicon/verbs.json' with {type: 'json'}
import type {SentenceView} from '../parse.js'
import type {ActorKind, Entity, Mention, Participant, Span, Statement} from '../types.js'
import {allMatches, escapeRegExp, itemMarker, span, trimSpan} from '../text.js'
import {gazetteer, type Country} from '../gazetteer.js'
import {HONORIFIC, ministerFirst, officeWords} from './people.js'

const lemmaOf: Record<string, string> = verbs.past
/** The reporting verbs' base forms ("to express"). */
const lemmas = new Set(Object.values(lemmaOf))
/** Their present tense ("The Chinese side hopes", "He stresses"): one word, with an -s. */
const presentOf = new Map(
  [...lemmas].filter((lemma) => !/\s/.test(lemma)).map((lemma) => [/(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`, lemma])
)
/** Past forms whose reporting sense needs the words after them ("took stock of", "made clear", "pointed to"). */
const phrasal = new Map<string, {phrases: {words: string[]; lemma: string}[]; alone: boolean}>(
  Object.entries(verbs.phrasal)
    .filter(([word]) => word !== '$comment')
    .map(([word, entry]) => {
      const {phrases, alone} = entry as {phrases: Record<string, string>; alone?: boolean}
      const list = Object.entries(phrases).map(([words, lemma]) => ({words: words.split(' '), lemma})).sort((a, b) => b.words.length - a.words.length)
      return [word, {phrases: list, alone: Boolean(alone)}]
    })
)

/** Present participles of reporting verbs ("welcoming"), which report where they open a clause. */
const participleOf: Record<string, string> = Object.fromEntries(Object.entries(verbs.participles).filter(([word]) => word !== '$comment'))
/** The lemma of each reporting form, past tense or participle (the past tense's when a word is both): one look-up per token. */
const reportingLemma = new Map<string, string>([...Object.entries(participleOf), ...Object.entries(lemmaOf)])

/** The lemma of a reporting verb at `i` (`word`, in lower case) and how many words after it belong to it; null when it reports nothing here. */
function reportingVerbAt(tokens: Span[], i: number, word = lower(tokens[i])): {lemma: string; words: number} | null {
  const entry = phrasal.get(word)
  if (entry) {
    // "spoke fondly of": an adverb may stand between the verb and its particle.
    for (const skip of tokens[i + 1] && isAdverb(tokens[i + 1]) ? [0, 1] : [0]) {
      for (const phrase of entry.phrases) {
        if (phrase.words.every((part, n) => tokens[i + 1 + skip + n] && lower(tokens[i + 1 + skip + n]) === part)) return {lemma: phrase.lemma, words: phrase.words.length + skip}
      }
    }
    if (!entry.alone) return null
  }
  const lemma = reportingLemma.get(word)
  return lemma ? {lemma, words: 0} : null
}

/** "..., welcoming X", "Acknowledging X, the Minister ...": where a participle of a reporting verb opens a clause, else null. */
function participialClause(tokens: Span[], i: number, sentence: SentenceView): 'leading' | 'trailing' | null {
  if (!/ing$/.test(lower(tokens[i]))) return null
  // An opening quotation mark does not hide the opening: a spokesperson's quoted paragraph ("“Discussing Russia, the leaders agreed ...").
  const before = sentence.text.slice(0, tokens[i].start - sentence.start).replace(openingMark, '')
  if (before.trim() === '' || (itemMarker.test(`${before.trim()} `) && before.trim().length <= 6)) return 'leading'
  const previous = tokens[i - 1] ? lower(tokens[i - 1]) : ''
  if (previous === ',' || previous === ';' || (previous === 'and' && tokens[i - 2]?.text === ',')) return 'trailing'
  // "began by congratulating X", "opened by once more congratulating X", "opened the call by conveying X": what the speaker began with.
  if (previous === 'by' || (previous === 'more' && lower(tokens[i - 2] ?? tokens[i - 1]) === 'once')) {
    let k = i - 1
    while (k > 0 && ['by', 'once', 'more', 'again'].includes(lower(tokens[k]))) k--
    // "opened the call by conveying X": the encounter opened may stand between.
    if (k > 1 && /^(?:call|meeting|talks|conversation|discussion|session)$/.test(lower(tokens[k])) && /^(?:the|their|his|her)$/.test(lower(tokens[k - 1]))) k -= 2
    if (/^(?:began|begun|opened|started|ended|closed|concluded)$/.test(lower(tokens[k]))) return 'trailing'
  }
  return null
}
/** The capitalised words offices are made of: an office's head, never its 'of' or 'for'. */
const officeHeads = new Set([...officeWords].filter((w) => /^\p{Lu}/u.test(w)))
const particles = verbs.particles as unknown as Record<string, string[]>
const needsObject = verbs.needsObject as unknown as Record<string, string[]>
/** Phrasal verbs that report nothing before these words ("took up his post"). */
const notBefore = verbs.notBefore as unknown as Record<string, string[]>
/** Object introducers as words, longest first. */
const introducers = verbs.objectIntroducers.phrases.map((phrase) => phrase.split(' ')).sort((a, b) => b.length - a.length)
/** Verbs after which a noun phrase introduces the content ("shared the view that X"); after the others only "that" does. */
const introducedBy = new Set(verbs.objectIntroducers.verbs)
const addressed = new Set(verbs.addressed.verbs)

/** "informed President X that", "assured him that": where the "that" after an addressee stands (within a few words, no comma), else -1. */
function thatAfterAddressee(tokens: Span[], k: number, lemma: string): number {
  if (!addressed.has(lemma)) return -1
  for (let m = k + 1; m < Math.min(tokens.length, k + 8); m++) {
    const word = lower(tokens[m])
    if (word === 'that') return m
    if (word === ',' || word === ';' || word === ':' || word === '.') return -1
  }
  return -1
}
const auxiliaries = new Set(verbs.auxiliaries)
const blockers = new Set(verbs.blockers)
const adverbs = new Set(verbs.adverbs)
/** An adverb of the lexicon, or a lower-case word in -ly that is not an adjective or a noun ("positively assessed"). */
const notAdverbs = new Set(['only', 'early', 'daily', 'likely', 'friendly', 'family', 'july', 'italy', 'ally', 'rally', 'supply', 'reply', 'apply', 'fly', 'holy', 'timely', 'costly', 'elderly', 'orderly', 'weekly', 'monthly', 'yearly', 'quarterly'])
const isAdverb = (token: Span) => adverbs.has(lower(token)) || (/^[a-z]{4,}ly$/.test(token.text) && !notAdverbs.has(token.text))
/** The index left of the adverbs that end at `j` ("also", "in turn", "once more"). */
function skipAdverbs(tokens: Span[], j: number): number {
  for (;;) {
    if (j >= 0 && isAdverb(tokens[j])) j--
    else if (j >= 1 && ((lower(tokens[j]) === 'turn' && lower(tokens[j - 1]) === 'in') || (lower(tokens[j]) === 'more' && lower(tokens[j - 1]) === 'once'))) j -= 2
    // "President X has said", "the two sides have agreed": the perfect's auxiliary before a reporting verb's past form (not "had": a pluperfect reports what was done before).
    else if (j >= 0 && /^(?:has|have)$/.test(lower(tokens[j])) && perfectOfReporting(tokens, j)) j--
    else return j
  }
}
/** "has" or "have" at `j` before a reporting verb's past form (adverbs between: "has also stressed"). */
function perfectOfReporting(tokens: Span[], j: number): boolean {
  let k = j + 1
  while (tokens[k] && isAdverb(tokens[k])) k++
  return Boolean(tokens[k]) && reportingLemma.has(lower(tokens[k]))
}
/** Verbs whose passive reports a topic the sides took up ("was also discussed", "were addressed"). */
const passiveTopics = new Set(['discuss', 'address', 'review', 'examine', 'raise', 'consider'])
/** Words after such a passive that open a phrase of place, time or manner ("in depth", "during the call", "at the meeting", "as were ..."). */
const passiveAfter = new Set(['in', 'at', 'during', 'on', 'over', 'throughout', 'as'])
/** The lemmas of a copula and an adjective of readiness (verbs.json phrasal: "is willing to", "are ready to"). */
const copulaOfReadiness = new Set(['be willing', 'be ready'])
const irregularPast = new Set(verbs.irregularPast)
const discourse = new Set(['also', 'further', 'furthermore', 'then', 'once', 'again', 'likewise', 'similarly', 'first', 'finally', 'additionally', 'still', 'too', 'both'])
const collectives = [...actors.collectives].sort((a, b) => b.length - a.length)
const jointPattern = new RegExp(
  `\\b(?:${actors.quantifiers.join('|')})\\s+(?:[\\w.-]+\\s+){0,3}(?:${collectives.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`,
  'i'
)
/** "The two agreed", "The four of us committed", "all three". */
const jointNumber = /^(?:the\s+|all\s+)?(?:two|three|four|five|six|seven|both)(?:\s+of\s+(?:us|them)|\s+(?:[a-z-]+\s+){0,2}(?:[a-z]+s|men|women|people))?$/i
/** Subjects that are not someone: "It also reflected ...", "This showed ...". */
const impersonal = /^(?:it|this|that|which)$/i
const jointPronoun = new RegExp(`^(?:${actors.jointPronouns.join('|')})$`, 'i')
const personNouns = new Set(actors.people)
const singlePronoun = new RegExp(`^(?:${actors.singlePronouns.join('|')})$`, 'i')
/**
 * An appositive office: "Ambassador Extraordinary and Plenipotentiary of
 * ...", "Minister of Foreign Affairs of X", or any capitalised noun of
 * something ("Dean of the African Diplomatic Corps", "Plenipotentiary of
 * the State of Eritrea" after "and").
 */
function officeLike(value: string): boolean {
  const first = value.split(/\s+/)[0]
  return officeHeads.has(first) || titles.modifiers.includes(first) || /^\p{Lu}\p{Ll}+\s+of\s/u.test(value)
}

/** Words that link a coordinated verb to the one before it: ", and, in particular,". */
const linking = new Set([',', ';', 'and', 'in', 'particular', 'addition', 'also', 'then', 'further', 'furthermore', 'moreover', 'additionally', 'but', 'while', 'turn', 'return', 'response', 'the'])
/** "at the same time", a linking phrase whose words alone are not ("at an appropriate time and extended"). */
const sameTime = ['at', 'the', 'same', 'time']
const linksBefore = (tokens: Span[], k: number) => (k < 1 ? 0 : sameTime.every((word, n) => tokens[k - 4 + n] && lower(tokens[k - 4 + n]) === word) ? 4 : linking.has(lower(tokens[k - 1])) ? 1 : 0)
const introductory = /^(?:in|on|at|for|with|regarding|concerning|as|after|before|during|following|furthermore|moreover|additionally|in addition|in response|in particular|besides|also|then|finally|lastly|first|second|third|meanwhile|however|thereafter|subsequently|to|from|upon|under|while|when|based|referring|turning|with regard|while)\b/i

export interface StatementProblem {
  offset: number
  reason: string
  ruleId: string
}

export interface StatementContext {
  text: string
  mentions: Mention[]
  entities: Map<string, Entity>
  participants: Participant[]
  /** Whose release it is (who "I" is); signed: named alone atop the page or on its "From:" line; firstPerson: the page says "I held", "I met". */
  author: {personId: string; name: string; signed: boolean; firstPerson: boolean} | null
  /** Offices written before a person's name anywhere on the page ("President Obama" in the title), for subjects named by office alone. */
  offices: {title: string; personId: string; name: string}[]
  problems: StatementProblem[]
}

interface Actor {
  kind: ActorKind
  span: Span | null
  id: string | null
  name: string | null
}

interface Verb {
  index: number
  lemma: string
  /** Where the clause of this verb begins (its subject or boundary). */
  clauseStart: number
  actor: Actor | null
  contentStart: number
  verbText: Span
  /** A participle opening the sentence: its actor is the subject of the verb after it. */
  leading?: boolean
  /** Where its content ends when no reporting verb follows (the comma closing a leading participle's phrase). */
  contentEnd?: number
  /** In the present tense ("hopes"). */
  present?: boolean
  /** A participle's clause ("..., recalling that ..., said"). */
  participle?: boolean
}

/** Statements of the given sentences, in order; `lastSingle` carries pronoun reference across sentences (the last person who spoke). */
export function findStatements(sentences: SentenceView[], context: StatementContext): Statement[] {
  const statements: Statement[] = []
  let lastSingle: Actor | null = null
  /** "... and agreed to:" before a list: each item is what was agreed. */
  let listed: {actor: Actor; lemma: string; verbText: Span} | null = null
  /** "Prime Minister X said:" before quoted paragraphs: who speaks in them (their "I"), and whether a quotation is open. */
  let quoting: {speaker: Actor; open: boolean} | null = null
  for (const sentence of sentences) {
    // (Or a number, letter or roman numeral in parentheses: "(1) she is following developments ...;", "(ii)".)
    const bullet = /^(?:[•·▪‣◦*\-–—]|\((?:\d{1,2}|[a-z]|[ivx]{2,4})\))\s+/u.exec(sentence.text)
    if (listed && bullet) {
      // (Without the list's "; and" at the item's end.)
      const itemEnd = sentence.start + sentence.text.replace(/[;,]?\s*(?:and|or)?\s*$/, '').length
      const content = trimContent(context.text, sentence.start + bullet[0].length, itemEnd)
      if (content.end > content.start) {
        statements.push({actorKind: listed.actor.kind, actor: listed.actor.span, actorId: listed.actor.id, actorName: listed.actor.name, verb: listed.lemma, verbText: listed.verbText, content, sentence: span(context.text, sentence.start, sentence.end)})
        continue
      }
    }
    const opening = openingMark.exec(sentence.text)
    // A principal's words quoted after "X said:" (a spokesperson's are the readout itself): the first sentence is what was said.
    if (listed && opening && listed.actor.kind === 'single' && context.participants.some((p) => p.personId === listed!.actor.id)) {
      const content = trimContent(context.text, sentence.start + opening[0].length, sentence.end)
      if (content.end > content.start) {
        statements.push({actorKind: 'single', actor: listed.actor.span, actorId: listed.actor.id, actorName: listed.actor.name, verb: listed.lemma, verbText: listed.verbText, content, sentence: span(context.text, sentence.start, sentence.end)})
        quoting = {speaker: listed.actor, open: !closingMark.test(sentence.text)}
        listed = null
        continue
      }
    }
    // The quoted paragraphs go on while a quotation is open or a paragraph opens another.
    if (quoting && !quoting.open && !opening) quoting = null
    if (quoting) quoting.open = (quoting.open || Boolean(opening)) && !closingMark.test(sentence.text)
    // Inside them, "I" is the speaker ("I thank Prime Minister Y for ...").
    const speaking = quoting ? {...context, author: {personId: quoting.speaker.id!, name: quoting.speaker.name!, signed: false, firstPerson: true}} : context
    listed = listIntroduced(sentence, context, lastSingle)
    // "“We discussed ...,” President Ruto said.", "'... I called on President Putin ...,' said Prime Minister Støre.": what the speaker said is the whole quotation, and its "I" is the speaker.
    const quoted: Quotation | null = attributedQuotation(sentence, context, lastSingle)
    const found: Statement[] = quoted
      ? [
          quoted.statement,
          ...statementsOf(sentence, quoted.speaking ? {...speaking, author: quoted.speaking} : speaking, lastSingle)
            .filter((s) => s.verbText.start < quoted.attribution)
            // (What a verb inside the quotation reports ends with it; its "we" is the speaker speaking, as its "I" is.)
            .map((s) => (s.content.end > quoted.statement.content.end ? {...s, content: trimContent(context.text, s.content.start, quoted.statement.content.end)} : s))
            .map((s) => (quoted.speaking && s.actorKind === 'joint' && /^we$/i.test(s.actor?.text ?? '') ? {...s, actorKind: 'single' as const, actorId: quoted.speaking.personId, actorName: quoted.speaking.name} : s))
        ]
      : statementsOf(sentence, speaking, lastSingle)
    // "The ministry said the two ministers had discussed X", "Turkish diplomatic sources said Fidan had stressed Y": what a source reports the principals did.
    for (const statement of fromSources(found, sentence, speaking, lastSingle)) {
      statements.push(statement)
      // "The Chinese side ... He added": a later "he" or "she" is a person, never a side.
      if (statement.actorKind === 'single' && statement.actorId?.startsWith('person:')) {
        lastSingle = {kind: 'single', span: statement.actor, id: statement.actorId, name: statement.actorName}
      }
    }
    // "Minister X started the talk ... He then expressed": a person who is
    // the subject of a sentence is what a later "he" or "she" refers to.
    if (found.length === 0) lastSingle = subjectOf(sentence, context) ?? lastSingle
  }
  return statements
}

/** A quotation closed by its punctuation and mark, then who said it, ending the sentence: "...,” President Ruto said." or "...,' said Prime Minister Støre." */
const attributionAfter = /(?<close>[,.!?]\s*["”'’])\s+(?:(?<verbFirst>said|says|added|adds|stated|states)\s+(?<after>[^,.;:"“”]{2,60}?)|(?<before>[^,.;:"“”]{2,60}?)\s+(?<verbLast>said|says|added|adds|stated|states))\s*[.!]?\s*$/u
const attributionLemma: Record<string, string> = {said: 'say', says: 'say', added: 'add', adds: 'add', stated: 'state', states: 'state'}

/** Who reports a readout without being one of its principals: a ministry, an office, its readout or statement, sources, officials, a spokesperson, an agency. */
const reportingSource = /\b(?:ministry|department|office|readout|statement|release|sources?|officials?|spokes(?:person|man|woman)|agency|embassy|presidency)$/i
/** Verbs a source reports with. */
const reportingSaying = new Set(['say', 'state', 'report', 'add', 'tell'])

/** A sentence's statements with a source's reports read for what they hold; a verb coordinated with the report ("said Fidan had stressed X and repeated Y") is the principal's too. */
function fromSources(found: Statement[], sentence: SentenceView, context: StatementContext, lastSingle: Actor | null): Statement[] {
  const out: Statement[] = []
  let source: {actor: Span | null; principal: Statement} | null = null
  for (const statement of found) {
    const inner = reportedBySource(statement, sentence, context, lastSingle)
    if (inner) {
      out.push(...inner)
      source = {actor: statement.actor, principal: inner[inner.length - 1]}
    } else if (source && statement.actor === source.actor) {
      const {actorKind, actor, actorId, actorName} = source.principal
      out.push({...statement, actorKind, actor, actorId, actorName})
    } else out.push(statement)
  }
  return out
}

/**
 * The statements a source's report holds ("the ministry said the two
 * ministers had discussed X"): its content read as a sentence of its own,
 * a pluperfect's "had" and a quotation mark before the verb passed over
 * (they only say that the source reports it). Null when the report holds
 * none, or is not a source's.
 */
function reportedBySource(statement: Statement, sentence: SentenceView, context: StatementContext, lastSingle: Actor | null): Statement[] | null {
  // (A source the rules could not resolve is the words before its verb: "The ministry said".)
  const who = statement.actor?.text ?? context.text.slice(sentence.start, statement.verbText.start).trim()
  // (A body that says what the principals did reports it too: "the Elysee said the French leader underscored ...".)
  if (!reportingSaying.has(statement.verb) || statement.actorId?.startsWith('person:') || !(reportingSource.test(who) || statement.actorId?.startsWith('organization:'))) return null
  const {start, end} = statement.content
  const inside = sentence.tokens.filter((t) => t.start >= start && t.end <= end)
  const tokens = inside.filter((t, k) => {
    if (k === 0 && lower(t) === 'that') return false
    // "had discussed", "had \"discussed": the report's tense and marks, not the principals' words.
    let n = k + 1
    while (inside[n] && /^["“”]$/.test(inside[n].text)) n++
    return !((lower(t) === 'had' || /^["“”]$/.test(t.text)) && inside[n] && reportingLemma.has(lower(inside[n])))
  })
  if (tokens.length < 3) return null
  const from = tokens[0].start
  const to = tokens[tokens.length - 1].end
  const reported: SentenceView = {start: from, end: to, text: context.text.slice(from, to), kind: sentence.kind, line: sentence.line, words: sentence.words.filter((w) => w.start >= from && w.end <= to && tokens.includes(w)), tokens}
  const inner = statementsOf(reported, context, lastSingle).filter((one) => one.actor !== null || one.actorKind === 'joint')
  return inner.length ? inner.map((one) => ({...one, sentence: statement.sentence})) : null
}

/** What a quotation attributed after it says, and who says it. */
interface Quotation {
  statement: Statement
  /** The speaker as the "I" of the verbs inside the quotation (a person; null: a side). */
  speaking: StatementContext['author']
  /** Where the attribution starts (the verbs found there are this statement's). */
  attribution: number
}

/**
 * A sentence that closes a quotation and says who said it: what they said
 * (from where the quotation opens, in this sentence or an earlier one of
 * its paragraph, to its close), and the speaker as the "I" of the verbs
 * inside it.
 */
function attributedQuotation(sentence: SentenceView, context: StatementContext, lastSingle: Actor | null): Quotation | null {
  const {text} = context
  const match = attributionAfter.exec(sentence.text)
  if (!match?.groups) return null
  const g = match.groups
  const phrase = g.after ?? g.before
  const verbWord = g.verbFirst ?? g.verbLast
  const closeAt = sentence.start + match.index
  const phraseAt = sentence.start + match.index + match[0].indexOf(phrase, g.close.length + (g.verbFirst ? verbWord.length : 0))
  const verbAt = sentence.start + match.index + (g.verbFirst ? match[0].indexOf(verbWord, g.close.length) : match[0].lastIndexOf(verbWord))
  const speaker = resolveActor({start: phraseAt, end: phraseAt + phrase.length}, context, lastSingle)
  if (!speaker) return null
  // Where the quotation opens: in an earlier sentence of the paragraph, or with this one (a single mark too: "'We discussed ...,' he said").
  const opened = quotationStart(text, sentence.start)
  const mark = /^\s*["“‘']\s*/u.exec(sentence.text)
  // Only a quotation opened by a mark: a paragraph's own sentence before ", he said" is read as before.
  if (opened === sentence.start && !mark) return null
  const content = trimContent(text, opened === sentence.start ? sentence.start + mark![0].length : opened, closeAt + 1)
  if (content.end <= content.start) return null
  const person = speaker.kind === 'single' && speaker.id?.startsWith('person:') ? {personId: speaker.id, name: speaker.name!, signed: false, firstPerson: true} : null
  return {
    statement: {actorKind: speaker.kind, actor: speaker.span, actorId: speaker.id, actorName: speaker.name, verb: attributionLemma[verbWord], verbText: span(text, verbAt, verbAt + verbWord.length), content, sentence: span(text, sentence.start, sentence.end)},
    speaking: person,
    attribution: Math.min(verbAt, phraseAt)
  }
}

/** A sentence that ends in a reporting verb and a colon ("The Ministers ... agreed to:"): the verb and its actor, for the list below it. */
function listIntroduced(sentence: SentenceView, context: StatementContext, lastSingle: Actor | null): {actor: Actor; lemma: string; verbText: Span} | null {
  const tokens = sentence.tokens
  if (!/:\s*$/.test(sentence.text) || tokens.length < 3) return null
  let i = tokens.length - 2
  if (lower(tokens[i]) === 'to' || lower(tokens[i]) === 'that') i--
  // "stressed the following three points:": the verb before what announces the list.
  const following = tokens.findIndex((t, k) => k > 0 && lower(t) === 'following' && lower(tokens[k - 1]) === 'the' && tokens.length - 2 - k <= 2)
  if (following !== -1) i = following - 2
  const reporting = i >= 0 ? reportingVerbAt(tokens, i) : null
  if (!reporting) return null
  const j = skipAdverbs(tokens, i - 1)
  const window = collectWindow(tokens, j)
  const actor = (window.span ? resolveActor(window.span, context, lastSingle) : null) ?? (window.words.length === 0 || window.boundaryWord === 'and' ? sentenceSubject(sentence, context, lastSingle, i) : null)
  if (!actor) return null
  return {actor, lemma: reporting.lemma, verbText: span(context.text, tokens[i].start, tokens[i + reporting.words].end)}
}

/** A verb in the past tense that closes the subject before it: "-ed" (not an auxiliary), or "met", "held", ... not after a relative pronoun or determiner. */
function closesSubject(tokens: Span[], k: number): boolean {
  const word = lower(tokens[k])
  if (/^\p{Ll}+ed$/u.test(tokens[k].text)) return !auxiliaries.has(word)
  // "The two Prime Ministers had a good discussion ..., and exchanged": "had" before a discussion or a meal is the verb (not "had talks with", read as both sides').
  if (word === 'had') return k > 0 && tokens.slice(k + 1, k + 5).some((t) => /^(?:discussions?|exchanges?|lunch|dinner|breakfast)$/i.test(t.text))
  return irregularPast.has(word) && !auxiliaries.has(word) && word !== 'did' && k > 0 && !blockers.has(lower(tokens[k - 1]))
}

/** The subject a sentence opens with, up to its first verb in the past tense. */
function sentenceSubject(sentence: SentenceView, context: StatementContext, lastSingle: Actor | null, before: number): Actor | null {
  const tokens = sentence.tokens
  let k = 0
  while (k < before && !closesSubject(tokens, k)) k++
  const j = skipAdverbs(tokens, k - 1)
  if (j < 0) return null
  const window = collectWindow(tokens, j)
  return window.span ? resolveActor(window.span, context, lastSingle) : null
}

/** The subject of the clause after the comma that closes the phrase at `from`, up to its verb in the past tense ("Congratulating X, President Biden called ..."). */
function subjectAfterComma(sentence: SentenceView, context: StatementContext, lastSingle: Actor | null, from: number): {actor: Actor; comma: number} | null {
  const tokens = sentence.tokens
  const comma = tokens.findIndex((t, k) => k > from && t.text === ',')
  if (comma === -1) return null
  let k = comma + 1
  while (k < tokens.length && !closesSubject(tokens, k)) k++
  if (k >= tokens.length) return null
  const j = skipAdverbs(tokens, k - 1)
  if (j <= comma) return null
  const window = collectWindow(tokens, j)
  const actor = window.span ? resolveActor(window.span, context, lastSingle) : null
  return actor ? {actor, comma: tokens[comma].start} : null
}

/** The person a sentence opens with ("Minister Okada started ...", "Later the same day, Vice Minister Yui hosted ..."), if any. */
function subjectOf(sentence: SentenceView, context: StatementContext): Actor | null {
  const tokens = sentence.tokens
  const personIn = (from: number) => {
    const opening = tokens.slice(from, from + 6)
    if (!opening.length) return undefined
    return context.mentions.find((m) => m.entityId.startsWith('person:') && m.start >= opening[0].start && m.start <= opening[opening.length - 1].start)
  }
  // After an opening phrase of time or place and its comma, when none opens the sentence itself.
  const comma = tokens.findIndex((t, k) => k < 8 && t.text === ',')
  const mention = personIn(0) ?? (comma !== -1 ? personIn(comma + 1) : undefined)
  if (!mention) return null
  const person = context.entities.get(mention.entityId)!
  return {kind: 'single', span: null, id: person.id, name: person.name}
}

const lower = (token: Span) => token.text.toLowerCase()
/** "I thank", "I warmly welcome": a reporting verb's base form in the first person's present. */
const firstPerson = (tokens: Span[], i: number) => (tokens[i - 1] && isAdverb(tokens[i - 1]) ? tokens[i - 2] : tokens[i - 1])?.text === 'I'
const isWord = (token: Span) => /[\p{L}\p{N}]/u.test(token.text)

function statementsOf(sentence: SentenceView, context: StatementContext, lastSingle: Actor | null): Statement[] {
  const {text} = context
  const tokens = sentence.tokens
  const found: Verb[] = []
  let framed = false

  for (let i = 0; i < tokens.length; i++) {
    const word = lower(tokens[i])
    const present = presentOf.get(word)
    const reporting = reportingVerbAt(tokens, i, word) ?? (lemmas.has(word) && (callFor(tokens, i) !== -1 || firstPerson(tokens, i)) ? {lemma: word, words: 0} : null) ?? (present ? {lemma: present, words: 0} : null)
    if (!reporting) continue
    const {lemma, words: phraseWords} = reporting
    // "The British side is willing to ...": a side's readiness reports where it opens the sentence's reporting; after "X said" it is part of what was said.
    if (copulaOfReadiness.has(lemma) && found.length) continue
    // "It was confirmed that ...", "It was also agreed to ...": what the sides did together.
    const it = impersonalPassive(tokens, i)
    if (it !== null && !found.length) {
      const {contentStart, verbEnd} = verbPhrase(tokens, i, lemma, phraseWords)
      found.push({index: i, lemma, clauseStart: tokens[it].start, actor: {kind: 'joint', span: null, id: null, name: null}, contentStart, verbText: span(text, tokens[i].start, verbEnd)})
      continue
    }
    // "The reform of the Security Council was also discussed": a topic the sides took up, reported in the passive, is what they did together.
    const passive = !found.length && passiveTopics.has(lemma) && !phraseWords ? skipAdverbs(tokens, i - 1) : -1
    if (passive > 0 && /^(?:was|were)$/.test(lower(tokens[passive])) && !/^(?:it|this|that|he|she|they)$/i.test(tokens[0].text)) {
      const marker = itemMarker.exec(sentence.text)
      const subjectStart = marker ? sentence.start + marker[0].length : tokens[0].start
      // The verb ends its clause, or what follows says where, when or how ("was discussed in depth during the meeting", "were also discussed, as were ..."); not by whom ("was raised by X").
      const next = tokens[i + 1] ? lower(tokens[i + 1]) : '.'
      const end = /^[.;:,]$/.test(next) || passiveAfter.has(next) ? tokens[passive].start : -1
      // "Several other subjects were raised during the call: A; B; and C": the list after the colon is what was raised.
      const colon = tokens.findIndex((t, k) => k > i && t.text === ':')
      const listed = colon !== -1 && colon + 1 < tokens.length && !tokens.slice(i + 1, colon).some((t) => /^[.;]$/.test(t.text))
      if (end !== -1 && end > subjectStart) {
        const content = listed ? {contentStart: tokens[colon + 1].start} : {contentStart: subjectStart, contentEnd: end}
        found.push({index: i, lemma, clauseStart: tokens[0].start, actor: {kind: 'joint', span: null, id: null, name: null}, ...content, verbText: span(text, tokens[passive].start, tokens[i].end)})
        continue
      }
    }
    const participle = participialClause(tokens, i, sentence)
    if (/ing$/.test(lower(tokens[i]))) {
      // "..., with both voicing concern about X": the participle's own subject, after "with".
      const withAt = [2, 3, 4].map((n) => i - n).find((k) => k > 0 && lower(tokens[k]) === 'with' && tokens[k - 1].text === ',')
      const absolute = withAt === undefined ? null : resolveActor({start: tokens[withAt + 1].start, end: tokens[i - 1].end}, context, lastSingle)
      if (absolute) {
        const {contentStart, verbEnd} = verbPhrase(tokens, i, lemma, phraseWords)
        found.push({index: i, lemma, clauseStart: tokens[withAt! - 1].start, actor: absolute, contentStart, verbText: span(text, tokens[i].start, verbEnd), participle: true})
        continue
      }
      // A participle reports only where it opens a clause, with its sentence's subject as actor.
      if (!participle || (needsObject[lemma] && !phraseWords && !needsObject[lemma].includes(tokens[i + 1] ? lower(tokens[i + 1]) : ''))) continue
      const {contentStart, verbEnd} = verbPhrase(tokens, i, lemma, phraseWords)
      const previous = found[found.length - 1]
      // "; Minister Park, pointing to X, pressed for Y", "; and Minister Chung, stressing X, asked Y": a clause's own subject before the participle.
      const own = participle === 'trailing' && tokens[i - 1].text === ',' ? collectWindow(tokens, i - 2) : null
      const named = own?.span && (own.boundaryWord === ';' || own.boundaryWord === null || (own.boundaryWord === 'and' && /^[;,]$/.test(tokens[own.firstIndex - 2]?.text ?? ''))) && own.words.every((w) => /^(?:\p{Lu}|the$|of$|\.|\(?\d+[.)]?$|[()]$)/u.test(w.text))
      const subject = named ? resolveActor(own!.span!, context, lastSingle) : null
      const actor = participle === 'leading' ? null : subject ?? previous?.actor ?? sentenceSubject(sentence, context, lastSingle, i)
      const clauseStart = participle === 'leading' ? tokens[i].start : subject ? own!.boundaryStart : tokens[i - 1].text === ',' ? tokens[i - 1].start : tokens[i - 2].start
      found.push({index: i, lemma, clauseStart, actor, contentStart, verbText: span(text, tokens[i].start, verbEnd), leading: participle === 'leading', participle: true})
      continue
    }
    // "President X called the Prime Minister to express his condolences", "Calling to congratulate X, Y praised": what the call was for.
    const call = callFor(tokens, i)
    if (call !== -1) {
      const {contentStart, verbEnd} = verbPhrase(tokens, i, lemma, phraseWords)
      const leading = call === 0
      const window = leading ? null : collectWindow(tokens, call - 1)
      const actor = window?.span ? resolveActor(window.span, context, lastSingle) : null
      if (!leading && !actor) continue
      found.push({index: i, lemma, clauseStart: leading ? tokens[0].start : window!.boundaryStart, actor, contentStart, verbText: span(text, tokens[i].start, verbEnd), leading})
      continue
    }
    if (!isVerbHere(tokens, i, lemma, phraseWords)) continue

    // Walk left over adverbs to the subject.
    const j = skipAdverbs(tokens, i - 1)
    const adverbStart = j + 1
    const previous = found[found.length - 1]
    let actor: Actor | null = null
    let clauseStart = tokens[adverbStart]?.start ?? tokens[i].start
    let window = collectWindow(tokens, j)
    // "Spokesman for the Presidency, Counselor X, said (that) ...": who reports the meeting frames what follows; its own verbs report.
    if (!framed && !found.length && spokesperson.test(text.slice(sentence.start, tokens[i].start))) {
      framed = true
      continue
    }
    // "Minister X said Canada hoped to ...": a verb whose subject runs back over the previous one is inside what that one reports.
    if (previous && window.words.length && window.firstIndex <= previous.index) continue
    // "..., Secretary of State X, who congratulated him", "support from both leaders, who welcomed": the antecedent right before the comma.
    if (window.words.length === 1 && lower(window.words[0]) === 'who' && window.boundaryWord === ',') {
      const antecedent = antecedentBefore(tokens, window.firstIndex - 1, context)
      if (!antecedent) continue
      actor = antecedent
      clauseStart = tokens[window.firstIndex - 1].start
    }
    let tries = actor ? 6 : 0
    while (tries < 6) {
      tries++
      if (window.words.length === 0) {
        // "X, Ambassador of Y and Dean of Z, expressed": a comma right before
        // the first verb closes an appositive; the subject is before it.
        if (window.boundaryWord !== ',' || tries > 1 || previous) break
        window = collectWindow(tokens, window.firstIndex - 2)
        continue
      }
      const resolved = resolveActor(window.span!, context, lastSingle)
      if (resolved) {
        actor = resolved
        clauseStart = window.boundaryStart
        break
      }
      // Past an introductory phrase ("In response,") or an appositive office
      // ("H.E. Mr. X, Ambassador of Y to Japan, expressed") to the subject.
      const skipped = text.slice(window.span!.start, window.span!.end)
      // Past a relative clause too ("Minister X, who is leaving office ..., stressed").
      if (!introductory.test(skipped) && !/^(?:in|for|on|who|which)\b/i.test(skipped) && !officeLike(skipped)) break
      window = collectWindow(tokens, window.firstIndex - 2)
    }
    if (!actor && window.words.length === 0 && previous) {
      // "..., and confirmed", "..., and, in particular, highly appreciated":
      // coordinated with the previous verb; the clause starts at the first
      // comma or coordinator of the run before it.
      actor = previous.actor
      let k = window.firstIndex - 1
      for (let n = linksBefore(tokens, k); n > 0 && k - n > previous.index; n = linksBefore(tokens, k)) k -= n
      clauseStart = k >= 0 && k < tokens.length ? tokens[k].start : window.boundaryStart
    }
    if (!actor && !previous && window.words.length === 0) {
      // "The two leaders closely coordinated ..., and shared": the sentence's subject.
      actor = sentenceSubject(sentence, context, lastSingle, i)
      // "Minister X had phone talks on Tuesday with Minister Y, ..., and discussed ...": what the talks did, both sides.
      if (!actor && talksWith.test(text.slice(sentence.start, tokens[i].start))) actor = {kind: 'joint', span: null, id: null, name: null}
    }
    if (previous && !actor) continue
    if (present && !presentReports(actor, window, previous)) continue
    if (!actor && window.span && impersonal.test(text.slice(window.span.start, window.span.end).trim())) continue
    if (previous && window.boundaryWord === 'that') continue
    // Inside the previous verb's that-clause, only ", and ..." or "; ..."
    // starts a new statement: "stated that, during the talks, the President
    // raised X and conveyed Y" is one statement.
    // "Noting that X, Xi said Y": after a participle opening the sentence, the main verb is its own clause.
    // ("Minister X, recalling that A, said B": the comma closes the participle's clause; "said" is its subject's main verb.)
    const afterParticiple = previous?.participle && !previous.leading && window.words.length === 0 && window.boundaryWord === ','
    if (previous && !afterParticiple && !(previous.leading && found.length === 1) && inThatClause(tokens, previous.index, i) && !topLevel(tokens, window.words.length ? window.firstIndex - 1 : adverbStart - 1)) {
      // A verb with its own subject in there reports nothing new; a
      // coordinated one ("... and agreed") belongs with the nearest earlier
      // verb in the past tense: the previous statement's, or one inside its clause.
      if (window.words.length || pastVerbBetween(tokens, previous.index, adverbStart)) continue
    }

    const {contentStart, verbEnd} = verbPhrase(tokens, i, lemma, phraseWords)
    const verbStart = tokens.slice(adverbStart, i).find((t) => !discourse.has(lower(t)))?.start ?? tokens[i].start
    found.push({index: i, lemma, clauseStart, actor, contentStart, verbText: span(text, verbStart, verbEnd), present: Boolean(present) || (copulaOfReadiness.has(lemma) && (word === 'is' || word === 'are'))})
  }

  for (let k = found.length - 2; k >= 0; k--) {
    if (found[k].leading && !found[k].actor) found[k].actor = found[k + 1].actor
  }
  // "Congratulating the Prime Minister on taking office, President Biden called ...": a participle before a main verb that reports nothing is its subject's.
  const last = found[found.length - 1]
  if (last?.leading && !last.actor) {
    const main = subjectAfterComma(sentence, context, lastSingle, last.index)
    if (main) Object.assign(last, {actor: main.actor, contentEnd: main.comma})
  }
  // "China values X, Wang Yi said.": the speaker's words in the present tense, attributed at the end; what was said is the whole clause before ", X said".
  const attributed = found[found.length - 1]
  if (
    found.length > 1 &&
    sayingAfter.has(attributed.lemma) &&
    attributed.actor?.kind === 'single' &&
    attributed.actor.id?.startsWith('person:') &&
    found.slice(0, -1).every((verb) => verb.present) &&
    /,\s*$/.test(text.slice(sentence.start, attributed.clauseStart + 1)) &&
    trimContent(text, attributed.contentStart, sentence.end).text === ''
  ) {
    found.splice(0, found.length - 1)
  }
  const statements: Statement[] = []
  for (let k = 0; k < found.length; k++) {
    const verb = found[k]
    const next = found[k + 1]
    const end = Math.min(next ? next.clauseStart : sentence.end, verb.contentEnd ?? sentence.end)
    let content = trimContent(text, verb.contentStart, end)
    // "China firmly backs ..., Xi said, adding that ...", "“It was a pleasure ...,” Mr Peters says": what was said comes first.
    // "..., the Chancellor assured the American President.": only the addressee after the verb.
    const saidBefore = k === 0 && sayingAfter.has(verb.lemma) && /,\s*$/.test(text.slice(sentence.start, verb.clauseStart + 1))
    // ("..., President Boric said at a press conference": what follows is where it was said.)
    const where = !next && /^(?:at|in|during|after|before|on|while|when)\s/i.test(content.text)
    if (saidBefore && (content.end <= content.start || where || (addressed.has(verb.lemma) && !next && content.text.split(/\s+/).length <= 5))) content = trimContent(text, quotationStart(text, sentence.start), verb.clauseStart)
    if (content.end <= content.start) continue
    // "agreed to:" before a list, "to that end", "on every front": a word of grammar says nothing ("agreed to this" does).
    if (/^(?:to|that|with|on|for|in|upon|and|of|as|so|end|front)$/i.test(content.text)) continue
    // "called on Prime Minister Modi": a visit, not a call to act.
    if (verb.lemma === 'call on' && /^(?:the\s+)?\p{Lu}/u.test(content.text) && !/\bto\s+\p{Ll}/u.test(content.text)) continue
    let actor = verb.actor
    if (!actor) {
      context.problems.push({
        offset: tokens[verb.index].start,
        reason: `Cannot resolve who ${tokens[verb.index].text} this, expected a person, a side or a pronoun before the verb; actor left empty`,
        ruleId: 'unresolved-actor'
      })
      actor = {kind: 'single', span: null, id: null, name: null}
    }
    // "The Chancellor and President Macron made the case ..." at a meeting of three: each of the two, not all the sides.
    for (const one of someOfTheSides(actor, context) ?? [actor]) {
      statements.push({
        actorKind: one.kind,
        actor: one.span,
        actorId: one.id,
        actorName: one.name,
        verb: verb.lemma,
        verbText: verb.verbText,
        content,
        sentence: span(text, sentence.start, sentence.end)
      })
    }
  }
  return statements
}

/**
 * A joint subject that names some of the principals but not all ("The
 * Chancellor and President Macron" where President Xi took part too): each
 * of them, by name or office. Null when it names every principal, or
 * anything that is not one of them ("the two sides", "Japan and China").
 */
function someOfTheSides(actor: Actor, context: StatementContext): Actor[] | null {
  if (actor.kind !== 'joint' || !actor.span) return null
  const principals = new Set(context.participants.map((p) => p.personId))
  if (principals.size < 3) return null
  const written = context.text.slice(actor.span.start, actor.span.end)
  // "the three Ministers" calling on the Prime Minister: as many as the guests, the guests ("the two leaders" are the sides of a talk, whoever else the page lists).
  const counted = /^(?:[Tt]he\s+)(three|four|five|six)\s+\p{L}+s$/u.exec(written)
  if (counted) {
    const guests = context.participants.filter((p) => p.role === 'guest')
    const count = ['three', 'four', 'five', 'six'].indexOf(counted[1]) + 3
    return count < principals.size && guests.length === count ? guests.map((p) => ({kind: 'single', span: actor.span, id: p.personId, name: p.name})) : null
  }
  // "The Polish and Lithuanian ministers": the principal of each country named.
  const byCountry = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}.-]*(?:(?:\s*,\s*|\s+and\s+)\p{Lu}[\p{L}.-]*)+)\s+\p{Ll}+s$/u.exec(written)
  if (byCountry) {
    const codes = byCountry[1].split(/\s*,\s*|\s+and\s+/).map((adjective) => gazetteer().countryOrAdjective(adjective)?.code)
    const members = codes.map((code) => context.participants.filter((p) => code && p.country === code))
    if (members.every((found) => found.length === 1) && members.length < principals.size) return members.map(([p]) => ({kind: 'single', span: actor.span, id: p.personId, name: p.name}))
    return null
  }
  const separators = allMatches(/\s*(?:,\s*(?:and\s+)?|\s+and\s+)\s*/g, written)
  const bounds = [0, ...separators.flatMap((m) => [m.index, m.index + m[0].length]), written.length]
  const members: Actor[] = []
  for (let k = 0; k < bounds.length; k += 2) {
    const one = resolveActor({start: actor.span.start + bounds[k], end: actor.span.start + bounds[k + 1]}, context, null)
    if (!one || one.kind !== 'single' || !one.id || !principals.has(one.id) || members.some((m) => m.id === one.id)) return null
    members.push(one)
  }
  // "The Federal Chancellor, President Macron and President Xi": a list the subject's window began after its first comma.
  const before = /([^,;:.\n]+),\s*$/.exec(context.text.slice(Math.max(0, actor.span.start - 80), actor.span.start))
  if (before) {
    const start = actor.span.start - before[0].length
    const one = resolveActor({start, end: start + before[1].length}, context, null)
    if (one?.kind === 'single' && one.id && principals.has(one.id) && !members.some((m) => m.id === one.id)) members.unshift(one)
  }
  return members.length >= 2 && members.length < principals.size ? members : null
}

/**
 * The index of "It" when the reporting verb at `i` is an impersonal
 * passive opening its clause: "It was (also) confirmed that", "It has been
 * agreed to"; else null.
 */
function impersonalPassive(tokens: Span[], i: number): number | null {
  const next = tokens[i + 1] ? lower(tokens[i + 1]) : ''
  if (next !== 'that' && next !== 'to') return null
  let j = skipAdverbs(tokens, i - 1)
  if (j >= 0 && lower(tokens[j]) === 'been' && lower(tokens[j - 1] ?? tokens[j]) === 'has') j -= 2
  else if (j >= 0 && lower(tokens[j]) === 'was') j -= 1
  else return null
  if (j < 0 || lower(tokens[j]) !== 'it') return null
  // "It" opens the sentence (after its item marker) or a clause ("In the meeting, it was agreed").
  const before = tokens
    .slice(0, j)
    .map((token) => token.text)
    .join('')
  return before === '' || before.endsWith(',') || itemMarker.test(`${before} `) ? j : null
}

function isVerbHere(tokens: Span[], i: number, lemma: string, phraseWords = 0): boolean {
  // Previous word, skipping adverbs.
  const j = skipAdverbs(tokens, i - 1)
  const previous = j >= 0 ? tokens[j] : null
  if (previous) {
    const p = lower(previous)
    // ("Secretary X, who congratulated him": a relative clause after a comma reports what its antecedent said.)
    if (auxiliaries.has(p) || (blockers.has(p) && !(p === 'who' && tokens[j - 1]?.text === ','))) return false
    // "drew renewed support": right after a verb in the past, an "-ed" word is an adjective.
    if (irregularPast.has(p) && /ed$/.test(lower(tokens[i]))) return false
    if (/['’]s?$/u.test(previous.text) && isWord(previous) && !/^(?:sides|ministers|leaders|countries)['’]$/i.test(previous.text)) {
      // "the two sides' shared interest" is an adjective; "Japan's" the same.
      return false
    }
  }
  const next = tokens[i + 1]
  if (next && (lower(next) === 'by' || lower(next) === 'herein' || (auxiliaries.has(lower(next)) && lower(next) !== 'to' && lower(next) !== 'not'))) return false
  const objects = phraseWords ? null : needsObject[lemma]
  if (objects && (!next || !objects.includes(lower(next))) && thatAfterAddressee(tokens, i, lemma) === -1 && !objectAfterAddressee(tokens, i, objects)) return false
  // "took up his post": the phrase's object says it is no report.
  const after = tokens.slice(i + 1 + phraseWords, i + 3 + phraseWords).map(lower)
  if (notBefore[lemma] && /^(?:his|her|their|its|the|a|an)$/.test(after[0] ?? '') && notBefore[lemma].includes(after[1] ?? '')) return false
  // A capitalised reporting word inside a name ("Agreed Framework").
  if (/^\p{Lu}/u.test(tokens[i].text) && i > 0) return false
  return true
}

/** "extended to Wang Yi an invitation": "to", a capitalised addressee, then one of the verb's object words. */
function objectAfterAddressee(tokens: Span[], i: number, objects: string[]): boolean {
  if (lower(tokens[i + 1] ?? tokens[i]) !== 'to') return false
  let k = i + 2
  while (k < tokens.length && k < i + 6 && /^\p{Lu}/u.test(tokens[k].text)) k++
  return k > i + 2 && k < tokens.length && objects.includes(lower(tokens[k]))
}

interface Window {
  words: Span[]
  /** Where the subject's words lie (trimmed against the text when read). */
  span: {start: number; end: number} | null
  firstIndex: number
  boundaryStart: number
  boundaryWord: string | null
}

/** The words left of index `j` back to a comma, a coordinator, "that" or the sentence's start. */
function collectWindow(tokens: Span[], j: number): Window {
  const words: Span[] = []
  let k = j
  for (; k >= 0; k--) {
    const t = lower(tokens[k])
    if (t === ',' || t === ';' || t === ':' || t === 'that' || t === 'and' || t === 'but' || t === 'while' || t === 'whereas') break
    words.unshift(tokens[k])
  }
  // A quotation opening the clause is not the subject's: “The Prime Minister updated ...” (a spokesperson's quoted paragraphs).
  while (words.length > 1 && /^[“‘"']$/.test(words[0].text)) words.shift()
  const boundaryWord = k >= 0 ? lower(tokens[k]) : null
  // A ", and" boundary starts at the comma.
  let boundary = k >= 0 ? tokens[k].start : words[0]?.start ?? tokens[0]?.start ?? 0
  if (boundaryWord === 'and' && k > 0 && tokens[k - 1].text === ',') boundary = tokens[k - 1].start
  if (k < 0) boundary = words[0]?.start ?? boundary
  // "Minister X and Secretary Y agreed": "and" between two actors belongs to the subject.
  if (boundaryWord === 'and' && words.length) {
    const left = collectWindow(tokens, k - 1)
    // (A long one only when it is all a name: "President His Highness Sheikh Mohamed bin Zayed Al Nahyan and ...".)
    const nameLike = left.words.every((w) => /^(?:\p{Lu}|bin$|binti$|al$|de$|da$|del$|von$|van$|der$|the$|of$)/u.test(w.text))
    if (left.words.length && (left.words.length <= 6 || (left.words.length <= 12 && nameLike)) && tokens[k - 1]?.text !== ',') {
      const span = {start: left.words[0].start, end: words[words.length - 1].end}
      return {words: [...left.words, tokens[k], ...words], span, firstIndex: left.firstIndex, boundaryStart: left.boundaryStart, boundaryWord: left.boundaryWord}
    }
  }
  const firstIndex = k + 1
  return {
    words,
    span: words.length ? {start: words[0].start, end: words[words.length - 1].end} : null,
    firstIndex,
    boundaryStart: boundary,
    boundaryWord
  }
}

/** A finite verb in the past tense strictly between two token indexes ("raised", not "was held"). */
function pastVerbBetween(tokens: Span[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const word = lower(tokens[k])
    if (!(irregularPast.has(word) || lemmaOf[word] || /^\p{Ll}{3,}ed$/u.test(tokens[k].text))) continue
    const before = k > 0 ? lower(tokens[k - 1]) : ''
    if (auxiliaries.has(before) || blockers.has(before)) continue
    return true
  }
  return false
}

/** A ", and" or ";" at index k (the token before a clause). */
function topLevel(tokens: Span[], k: number): boolean {
  const at = tokens[k] ? lower(tokens[k]) : ''
  if (at === ';') return true
  return at === 'and' && tokens[k - 1]?.text === ','
}

function inThatClause(tokens: Span[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (lower(tokens[k]) === 'that') return true
  return false
}

/**
 * A present tense reports after its own subject ("The Chinese side welcomes ...")
 * or coordinated with one ("... and hopes ..."); not inside what an earlier verb
 * reports ("Wang Yi said China hopes ..."), nor in a clause ("what Singapore hopes to achieve").
 */
function presentReports(actor: Actor | null, window: Window, previous: Verb | undefined): boolean {
  if (!actor) return false
  if (window.words.length === 0) return Boolean(previous?.present)
  return !previous && !/^(?:what|which|who|whom|how|where|when|whether|if)$/i.test(window.words[0].text)
}

const collectiveAtEnd = new RegExp(`(?:${jointPattern.source})$`, 'i')

/** Who a relative "who" after the comma at `comma` stands for: the person named right before it, or a collective ending there ("both leaders"); else null. */
function antecedentBefore(tokens: Span[], comma: number, context: StatementContext): Actor | null {
  const end = tokens[comma - 1]?.end
  if (end === undefined) return null
  // The name right before the comma, or before "of <country>" there ("Foreign Minister X of Peru, who ...").
  const person = context.mentions.find((m) => m.entityId.startsWith('person:') && m.end <= end && end - m.end <= 40 && /^(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.'’ -]*)?$/u.test(context.text.slice(m.end, end)))
  if (person) {
    const entity = context.entities.get(person.entityId)!
    return {kind: 'single', span: {start: person.start, end: person.end, text: person.text}, id: entity.id, name: entity.name}
  }
  const before = collectWindow(tokens, comma - 1)
  const phrase = before.span ? context.text.slice(before.span.start, before.span.end) : ''
  const collective = collectiveAtEnd.exec(phrase)
  return collective && before.span ? {kind: 'joint', span: trimSpan(context.text, before.span.start + collective.index, before.span.end), id: null, name: null} : null
}

/** Quotation marks: one opening a text (with the space after it), one closing it. */
const openingMark = /^\s*["“‘]\s*/u
const closingMark = /["”]\s*$/u
/** Straight marks open and close alike: an odd number leaves one open. */
const straightLeftOpen = (value: string) => value.split('"').length % 2 === 0

/** Where what a sentence quotes starts: after its opening mark, in an earlier sentence of its paragraph when one is still open there ("“It was a pleasure ... 2017. We ranged widely ...,” Mr Peters says."; straight marks too). */
function quotationStart(text: string, start: number): number {
  const paragraph = text.lastIndexOf('\n', start - 1) + 1
  const before = text.slice(paragraph, start)
  const open = before.lastIndexOf('“')
  if (open > before.lastIndexOf('”')) return paragraph + open + 1
  // A straight mark left open ("\"We are grateful ... office. My thanks ...,\" the President said").
  if (straightLeftOpen(before)) return paragraph + before.lastIndexOf('"') + 1
  // A paragraph opened by a single mark ('...' or ‘...’, as British and Nordic pages quote) and not closed since (a mark after a comma or stop closes it; an apostrophe does not).
  if (/^['‘]\p{Lu}/u.test(before) && !/[,.!?]['’]/.test(before)) return paragraph + 1
  return /^["“]/.test(text[start] ?? '') ? start + 1 : start
}

/** A spokesperson before the verb, in its sentence ("Spokesman for the Presidency, Counselor Dr. Ahmed Fahmy, stated": an abbreviation's stop is no sentence's end). */
const spokesperson = /\bspokes(?:person|man|woman)\b[^;]*$/i
/** A sentence that opens with a meeting held with someone: "X had phone talks ... with Y, ..., and". */
const talksWith = /^[^;]*?\b(?:held|had)\s+(?:\p{Ll}+\s+){0,3}?(?:talks|call|meeting|conversation|consultations)\b[^;]*?\bwith\b[^;]*,?\s+and\s*$/u

/** Verbs of saying (agreeing, affirming) that may follow what was said ("..., Xi said.", "X will step up exchanges, the two Prime Ministers agreed in Phnom Penh."). */
const sayingAfter = new Set(['say', 'state', 'note', 'add', 'agree', 'affirm', 'reaffirm', 'confirm', 'stress', 'emphasize', 'underline', 'underscore', 'point out', 'remark', 'explain', 'tell', 'assure'])

const callVerbs = new Set(['called', 'calling', 'telephoned', 'telephoning', 'phoned', 'phoning', 'rang', 'wrote', 'writing'])

/** "called the Prime Minister earlier today to express ...", "went on to brief ...": the index of the verb the reporting verb after "to" completes, else -1. */
function callFor(tokens: Span[], i: number): number {
  if (i < 2 || lower(tokens[i - 1]) !== 'to') return -1
  // "went on to brief his counterparts", "proceeded to outline": the next thing the speaker did.
  if (lower(tokens[i - 2]) === 'proceeded') return i - 2
  if (i >= 3 && lower(tokens[i - 2]) === 'on' && /^(?:went|moved)$/.test(lower(tokens[i - 3]))) return i - 3
  for (let m = i - 2; m >= Math.max(0, i - 14); m--) {
    const word = lower(tokens[m])
    if (callVerbs.has(word)) return m
    if (word === ',' || word === ';' || word === 'that' || word === 'and') return -1
    // "called on Russia to withdraw": an appeal, not a call.
    if (word === 'on' && m > 0 && callVerbs.has(lower(tokens[m - 1]))) return -1
  }
  return -1
}

/** The meeting as a subject: "The talks", "Their discussions", "Today's meeting", "The two-hour conversation", "Discussions" in the plural alone. */
const meetingItself = /^(?:(?:the|their|today['’]s|this)\s+(?:[\p{Ll}\d-]+\s+){0,2}(?:talks|meeting|discussions?|conversation|call|dialogue|exchanges?|consultations)|(?:[\p{Ll}\d-]+\s+)?(?:talks|discussions|exchanges|consultations))$/iu
/** "to which", "in response to which", "whereupon": the opening of a relative clause before its subject. */
const relativeOpening = /^(?:(?:(?:in response )?to|upon|after|on|at|for|with|from|in|during) )?(?:which|whom)\s+|^whereupon\s+/i

/** "The head of Greek diplomacy", "the head of the Ukrainian diplomacy": a country's foreign minister, as European pages call one. */
const diplomacyHead = /^(?:the\s+)?head\s+of\s+(?:the\s+)?\S+(?:\s+\S+)?\s+diplomacy$/i

/** Who a subject phrase names: joint, a person, a country, a pronoun. */
function resolveActor(window: {start: number; end: number}, context: StatementContext, lastSingle: Actor | null): Actor | null {
  const {text, mentions, entities} = context
  let subject = trimSpan(text, window.start, window.end, ',')
  // A quotation's opening mark is no part of its subject ("“I thank ...", "\"We agreed ...").
  const mark = openingMark.exec(subject.text)
  if (mark) subject = trimSpan(text, subject.start + mark[0].length, subject.end)
  // Not part of the actor: item markers ("1. (1) Minister Yang") and a
  // relative opening ("..., to which Minister Gemba responded").
  for (let marker = itemMarker.exec(subject.text); marker; marker = itemMarker.exec(subject.text)) subject = trimSpan(text, subject.start + marker[0].length, subject.end)
  const relative = relativeOpening.exec(subject.text)
  if (relative && relative[0].length < subject.text.length) subject = trimSpan(text, subject.start + relative[0].length, subject.end)
  // "... were among the areas in which the Ministers agreed": the subject after a relative pronoun inside the window.
  const inner = /^.*\s(?:in|on|for|to|with|about|of)\s+which\s+(?=\S)/isu.exec(subject.text)
  if (inner) subject = trimSpan(text, subject.start + inner[0].length, subject.end)
  // "Over dinner the two men discussed ...": an opening phrase of time or place without its comma.
  const opening = /^(?:over|at|during|after|before|in|on)\s+(?:[\p{L}-]+\s+){1,3}?(?=(?:the\s+(?:two|three|four|both)|both|they|we)\b)/iu.exec(subject.text)
  if (opening) subject = trimSpan(text, subject.start + opening[0].length, subject.end)
  // "Today I welcomed ...": a word of time before the first person.
  const today = /^(?:today|yesterday|earlier|later|then|tonight),?\s+(?=(?:I|we)$)/i.exec(subject.text)
  if (today) subject = trimSpan(text, subject.start + today[0].length, subject.end)
  const value = subject.text
  if (!value) return null
  const words = value.split(/\s+/)
  if (words.length > 12) return null

  const inside = mentions.filter((m) => m.start >= subject.start && m.end <= subject.end)
  const people = [...new Set(inside.filter((m) => m.entityId.startsWith('person:')).map((m) => m.entityId))]
  const countries = [...new Set(inside.filter((m) => m.entityId.startsWith('country:')).map((m) => m.entityId))]

  // "Japan and China" act together; "Ambassador of Eritrea to Japan" is an office (an appositive), not two sides.
  if (jointPattern.test(value) || jointPronoun.test(value) || jointNumber.test(value) || people.length >= 2 || (countries.length >= 2 && /\band\b/.test(value) && people.length === 0 && !officeLike(value))) {
    return {kind: 'joint', span: subject, id: null, name: null}
  }
  // "Together they pressed ...", "Both ...", "Each ...".
  if (/^(?:both|each)\b/i.test(value) || /^together,?\s+(?:they|we)$/i.test(value)) return {kind: 'joint', span: subject, id: null, name: null}
  // "The talks covered ...", "Their discussions focused on ...": the meeting itself, what the sides did in it.
  if (meetingItself.test(value)) return {kind: 'joint', span: subject, id: null, name: null}
  // "The Minister and Mr Haniyeh": an office and a person, together.
  const pair = value.split(/\s+and\s+/)
  const isOffice = pair.map((part) => officeLike(part.replace(/^the\s+/i, '')))
  // "The President and Prime Minister Kishida": an office alone, with "the", and a person named after it.
  const officeThenNamed = people.length === 1 && pair.length === 2 && /^the\s/i.test(pair[0]) && isOffice[0] && !inside.some((m) => m.entityId === people[0] && m.start < subject.start + value.search(/\s+and\s+/))
  // "President Trump and the Federal Chancellor": a person named with an office, and another's office alone.
  const andAt = subject.start + value.search(/\s+and\s+/)
  const namedPart = people.length === 1 && pair.length === 2 ? (inside.some((m) => m.entityId === people[0] && m.end <= andAt) ? 0 : 1) : -1
  const officeAlone = namedPart !== -1 && /^the\s/i.test(pair[1 - namedPart]) && isOffice[1 - namedPart]
  if (people.length === 1 && pair.length === 2 && ((isOffice.includes(true) && isOffice.includes(false)) || officeThenNamed || officeAlone)) return {kind: 'joint', span: subject, id: null, name: null}
  // "The Minister and his guest", "Minister X and her counterpart": a principal, and the other by what they are to that one.
  const relation = pair.length === 2 ? /^(?:his|her|their)\s+(?:\p{Ll}+\s+)?(\p{Ll}+)$/u.exec(pair[1]) : null
  if (relation && personNouns.has(relation[1]) && (people.length === 1 || isOffice[0])) return {kind: 'joint', span: subject, id: null, name: null}
  // "The King and the delegation": a principal and the party met.
  if (pair.length === 2 && (people.length === 1 || isOffice[0]) && /^the\s+(?:\p{Ll}+\s+)?(?:delegation|delegations|guests?|visitors?)$/iu.test(pair[1])) return {kind: 'joint', span: subject, id: null, name: null}
  if (people.length === 1) {
    const person = entities.get(people[0])!
    return {kind: 'single', span: subject, id: person.id, name: person.name}
  }
  if (value === 'I') return context.author ? {kind: 'single', span: subject, id: context.author.personId, name: context.author.name} : null
  if (singlePronoun.test(value)) {
    // "I congratulated Prime Minister X ..., and he expressed ...": a release written in the first person never calls its author "he"; the other principal, where there is one.
    if (lastSingle && lastSingle.id === context.author?.personId && context.author.firstPerson) {
      const others = [...new Map(context.participants.filter((p) => p.personId !== lastSingle.id).map((p) => [p.personId, p])).values()]
      if (others.length === 1) return {kind: 'single', span: subject, id: others[0].personId, name: others[0].name}
    }
    if (lastSingle) return {kind: 'single', span: subject, id: lastSingle.id, name: lastSingle.name}
    return {kind: 'single', span: subject, id: null, name: null}
  }
  // "The Chinese President", "The President of Ukraine": the principal holding that office, not the country.
  const principal = countries.length === 1 && (officeHeads.has(words[words.length - 1]) || /^(?:the\s+)?\p{Lu}[\p{L}\s-]*?\s+of\s/u.test(value)) ? holderOf(value, context.participants) : null
  if (principal) return {kind: 'single', span: subject, id: principal.personId, name: principal.name}
  // "The U.S. official", "the Chinese leader": the one principal of that country.
  // "The head of Polish diplomacy": the country's foreign minister, its one principal too.
  if (countries.length === 1 && (personNouns.has(words[words.length - 1].toLowerCase()) || diplomacyHead.test(value))) {
    const code = entities.get(countries[0])!.countryCode
    const ofCountry = context.participants.filter((p) => p.country === code)
    if (ofCountry.length === 1) return {kind: 'single', span: subject, id: ofCountry[0].personId, name: ofCountry[0].name}
  }
  // "the Japanese side", "Japan", "the U.S. Government".
  if (countries.length === 1 && (words.length <= 4 || /\b(?:side|government|delegation)\b/i.test(value)) && !/\bhead\s+of\s+(?:state|government)$/i.test(value)) {
    const country = entities.get(countries[0])!
    return {kind: 'single', span: subject, id: country.id, name: country.name}
  }
  // "The President of the European Council": an office of the organization, held by a principal, is its holder.
  const organization = inside.find((m) => /^(?:organization):/.test(m.entityId) && m.end === subject.end)
  if (organization && !holderOf(value, context.participants)) {
    const entity = entities.get(organization.entityId)!
    return {kind: 'single', span: subject, id: entity.id, name: entity.name}
  }
  // "HE the Prime Minister and Minister of Foreign Affairs": one principal's offices, as the page gave them.
  const combined = pair.length >= 2 && people.length === 0 ? expandOffice(value) : null
  const holdsAll = combined ? context.participants.find((p) => p.title === combined) : undefined
  if (holdsAll) return {kind: 'single', span: subject, id: holdsAll.personId, name: holdsAll.name}
  // "The Secretary and Foreign Minister", "The Secretary and the Foreign Minister": two offices, together.
  if (pair.length === 2) {
    const [a, b] = pair.map((office) => holderOf(office, context.participants))
    if (a && b && a.personId !== b.personId) return {kind: 'joint', span: subject, id: null, name: null}
    const [x, y] = pair.map(expandOffice)
    if (x && y && x !== y && [x, y].every((office) => officeHeads.has(office.split(/\s+/).pop()!))) return {kind: 'joint', span: subject, id: null, name: null}
    // "The Prime Minister and His Majesty": an office and a style, each standing for one principal.
    if (people.length === 0 && pair.some((part) => honorificAlone.test(part)) && pair.some((part) => officeLike(part.replace(/^the\s+/i, '')))) return {kind: 'joint', span: subject, id: null, name: null}
  }
  // "His Highness welcomed ...", "Her Majesty": the one principal introduced with that style.
  if (honorificAlone.test(value)) {
    const styled = context.participants.filter((p) => p.honorific && p.honorific.toLowerCase().startsWith(value.toLowerCase().replace(/^the\s+/, '')))
    if (styled.length === 1) return {kind: 'single', span: subject, id: styled[0].personId, name: styled[0].name}
  }
  // "The Head of State said ...", "The Fijian Head of Government": the one principal whose office heads a state (or, "the Head of Government", a government); a country's, not an organization's ("President of the European Commission").
  const head = /^(?:the\s+)?(?:(\p{Lu}[\p{L}-]*)\s+)?head\s+of\s+(state|government)$/iu.exec(value)
  const headCountry = head?.[1] ? gazetteer().countryOrAdjective(head[1])?.code ?? '' : null
  if (head && headCountry !== '') {
    const offices = head[2].toLowerCase() === 'state' ? headOfState : headOfGovernment
    const heads = [...new Map(context.participants.filter((p) => p.title && p.country && offices.test(p.title) && (!headCountry || p.country === headCountry)).map((p) => [p.personId, p])).values()]
    if (heads.length === 1) return {kind: 'single', span: subject, id: heads[0].personId, name: heads[0].name}
    // (Or that country's one principal, whatever office the page gave: a Prime Minister named as Foreign Minister.)
    const ofCountry = headCountry ? [...new Map(context.participants.filter((p) => p.country === headCountry).map((p) => [p.personId, p])).values()] : []
    if (heads.length === 0 && ofCountry.length === 1) return {kind: 'single', span: subject, id: ofCountry[0].personId, name: ofCountry[0].name}
  }
  // "the Secretary of State", "the Minister": a participant by office; else the one person the page names with that office.
  const holder = holderOf(value, context.participants) ?? officeHolder(value, context.offices)
  // "The Prime Minister said it was good to see Prime Minister Albanese": an office alone is not the holder its sentence names after it.
  const end = sentenceEndAfter(text, subject.end)
  const namedLater = holder !== null && context.mentions.some((m) => m.entityId === holder.personId && m.start > subject.end && m.start < end)
  if (holder && !namedLater) return {kind: 'single', span: subject, id: holder.personId, name: holder.name}
  // An office alone that no other principal holds: the one who signs the release ("From: ... The Rt Hon Theresa May MP"; "The Prime Minister confirmed ...").
  if (context.author?.signed && officeHeads.has(expandOffice(value)?.split(/\s+/).pop() ?? '') && /^the\s/i.test(value)) return {kind: 'single', span: subject, id: context.author.personId, name: context.author.name}
  return null
}

/** Offices that head a state, and a government (lexicon titles.json). */
const letterFirst = /^\p{L}/u
const headOfState = new RegExp(`^(?:${titles.heads.state.join('|')})\\b`)
const headOfGovernment = new RegExp(`^(?:${titles.heads.government.join('|')})\\b`)

const abbreviations = titles.abbreviations as Record<string, string>
const honorificAlone = new RegExp(`^${HONORIFIC}$`, 'u')
const honorificBefore = new RegExp(`^${HONORIFIC}\\s+(?=(?:the\\s+)?\\p{Lu})`, 'u')

/** Where the sentence holding `at` ends: the first full stop and space after it (an abbreviation ends it early), at most the end of its line. */
function sentenceEndAfter(text: string, at: number): number {
  const line = text.indexOf('\n', at)
  const stop = /[.!?](?=\s|$)/g
  stop.lastIndex = at
  const found = stop.exec(text)
  return Math.min(line === -1 ? text.length : line, found ? found.index : text.length)
}

/** The one person written with office `value` ("The President" for "President Obama"), if exactly one is. */
function officeHolder(value: string, offices: StatementContext['offices']): {personId: string; name: string} | null {
  const office = expandOffice(value)
  if (!office || !officeHeads.has(office.split(/\s+/).pop()!)) return null
  const holders = new Map(offices.filter((o) => ` ${o.title} `.includes(` ${office} `)).map((o) => [o.personId, o]))
  return holders.size === 1 ? [...holders.values()][0] : null
}

/** An office alone, its abbreviation spelled out: "the PM" gives "Prime Minister". */
function expandOffice(value: string): string | null {
  // "HRH the Crown Prince": the office without the style before it.
  const office = /^(?:the\s+)?(.+)$/i.exec(value.trim().replace(honorificBefore, ''))![1]
  if (!/^\p{Lu}/u.test(office)) return null
  return office
    .split(/\s+/)
    .map((word) => abbreviations[word] ?? word)
    .join(' ')
}

/** The participant whose office is `value` ("the Secretary of State", "Foreign Minister"), if one is. */
function holderOf(value: string, participants: Participant[]): Participant | null {
  // "The President of the Republic": the office, of the publishing republic.
  const written = expandOffice(value)?.replace(/\s+of\s+the\s+Republic$/, '')
  if (!written) return null
  // "The Chinese President", "The Sri Lankan Prime Minister", "The President of Ukraine": the office of the principal of that country.
  const adjective = countryBefore(written)
  const ofCountry = /^(\p{Lu}.*?)\s+of\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(written)
  const byAdjective = adjective?.country ?? null
  const byOf = !byAdjective && ofCountry ? gazetteer().country(ofCountry[2]) : null
  const country = byAdjective ?? byOf
  const office = byAdjective ? adjective!.office : byOf ? ofCountry![1] : written
  const holdsAsWritten = (title: string) => title === office || title.endsWith(office) || office.endsWith(title) || (title.startsWith(office) && !letterFirst.test(title.slice(office.length)))
  // "the Foreign Minister" holds "Minister of Foreign Affairs", "the External Affairs Minister" "Minister of External Affairs".
  // (Not "the Minister" alone: "Minister of Foreign Affairs" is "a Minister" as written already, and any "Foreign Minister" would end with it.)
  const holds = (title: string) => holdsAsWritten(title) || (/\s/.test(office) && holdsAsWritten(ministerFirst(title)))
  const found = participants.find((p) => p.title && holds(p.title) && (!country || p.country === country.code))
  if (found) return found
  // "The President of the European Council" (an office of a body the gazetteer knows) for the one principal the page calls "President" alone, no other.
  if (!country) {
    const body = /^(.+?)\s+of\s+(?:the\s+)?(.+)$/.exec(office)
    if (!body || !gazetteer().organizationForms.has(body[2])) return null
    const alone = [...new Map(participants.filter((p) => p.title === body[1]).map((p) => [p.personId, p])).values()]
    return alone.length === 1 ? alone[0] : null
  }
  // "The President of Russia" where the page named its one Russian principal without an office ("Vladimir Putin had a telephone conversation with ..."): that principal.
  const untitled = [...new Map(participants.filter((p) => p.country === country.code).map((p) => [p.personId, p])).values()]
  return untitled.length === 1 && !untitled[0].title ? untitled[0] : null
}

/** A country's name or adjective of one to three words opening an office ("Sri Lankan Prime Minister", "Chinese President"), and the office after it. */
function countryBefore(written: string): {country: Country; office: string} | null {
  const words = written.split(/\s+/)
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    const office = words.slice(k).join(' ')
    if (!/^\p{Lu}/u.test(office)) continue
    const country = gazetteer().countryOrAdjective(words.slice(0, k).join(' '))
    if (country) return {country, office}
  }
  return null
}

/** The verb with its particles and object introducers; where the content starts. */
function verbPhrase(tokens: Span[], i: number, lemma: string, phraseWords = 0): {contentStart: number; verbEnd: number} {
  let k = i + 1 + phraseWords
  let verbEnd = tokens[i + phraseWords].end
  const own = phraseWords ? [] : particles[lemma] ?? []
  if (tokens[k] && own.includes(lower(tokens[k]))) {
    verbEnd = tokens[k].end
    k++
  }
  // "stated again that", "expressed once again that": adverbs belong to the verb.
  while (tokens[k] && isAdverb(tokens[k]) && tokens.slice(k, k + 4).some((t) => lower(t) === 'that')) {
    verbEnd = tokens[k].end
    k++
  }
  // "informed President X that", "assured him that": the addressee belongs to the verb.
  const that = tokens[k] && lower(tokens[k]) !== 'that' ? thatAfterAddressee(tokens, k - 1, lemma) : -1
  if (that !== -1) {
    verbEnd = tokens[that - 1].end
    k = that
  }
  // "stated to Secretary X that": an addressee before "that".
  if (tokens[k] && lower(tokens[k]) === 'to' && lemma !== 'agree') {
    for (let m = k + 1; m < Math.min(tokens.length, k + 10); m++) {
      if (lower(tokens[m]) === 'that') {
        verbEnd = tokens[m - 1].end
        k = m
        break
      }
      // (An addressee: "to Secretary X", "to him"; not "committed to a wider partnership that ...".)
      if (tokens[m].text === ',' || (/^\p{Ll}/u.test(tokens[m].text) && !/^(?:the|him|her|them|his|their|counterparts?|of)$/i.test(tokens[m].text))) break
    }
  }
  for (const parts of introducers) {
    if (parts.length > 1 && !introducedBy.has(lemma)) continue
    if (parts.every((part, n) => tokens[k + n] && lower(tokens[k + n]) === part)) {
      if (parts.length > 1) verbEnd = tokens[k + parts.length - 2].end
      k += parts.length
      break
    }
  }
  return {contentStart: tokens[k]?.start ?? tokens[tokens.length - 1].end, verbEnd}
}

function trimContent(text: string, start: number, end: number): Span {
  let result = trimSpan(text, start, end, ',;:')
  // Drop a trailing sentence period and a dangling coordinator.
  for (;;) {
    const before = result
    result = trimSpan(text, result.start, result.end, ',;:')
    // The close of a quotation opened before the content (a spokesperson's quoted paragraph).
    const closing = /["”]$/.exec(result.text)?.[0]
    if (closing && (closing === '”' ? !result.text.includes('“') : straightLeftOpen(result.text))) result = trimSpan(text, result.start, result.end - 1, ',;:')
    // A single closing mark after a comma or stop ("... let aid through,'").
    else if (/[,.!?]['’]$/.test(result.text)) result = trimSpan(text, result.start, result.end - 1, ',;:')
    if (/[.]$/.test(result.text) && !/\b(?:\p{Lu}\.)+$|\b(?:a\.m|p\.m|etc|Inc|Ltd|No)\.$/u.test(result.text)) result = trimSpan(text, result.start, result.end - 1, ',;:')
    const tail = /(?:\s|^)(?:and|as well as|but)$/.exec(result.text)
    if (tail) result = trimSpan(text, result.start, result.end - tail[0].length, ',;:')
    if (result.start === before.start && result.end === before.end) break
  }
  return result
}
