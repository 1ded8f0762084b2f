/**
 * People's names: "Mr. Fumio Kishida", "the Honorable Rex W. Tillerson",
 * "Mr. MOTEGI Toshimitsu", "IWAYA Takeshi", "H.E. Dr. Park Jin",
 * "H.E. Mr. Pham Binh Minh", "Albert F. del Rosario", and short references
 * by office ("Minister Kishida", "Secretary of State Pompeo").
 *
 * Name order: a part written in capitals is the family name (the Japanese
 * style since 2020); a name whose first part is a common East Asian family
 * name (`lexicon/family-first.json`) is family-name-first; otherwise the
 * last part (with its particles: "del Rosario") is the family name.
 */
import pinyin from '../lexicon/pinyin.json' with {type: 'json'}
import familyFirst from '../lexicon/family-first.json' with {type: 'json'}
import honorifics from '../lexicon/honorifics.json' with {type: 'json'}
import titles from '../lexicon/titles.json' with {type: 'json'}
import entityHeads from '../lexicon/entity-heads.json' with {type: 'json'}
import placesData from '../lexicon/places.json' with {type: 'json'}
import numbers from '../lexicon/numbers.json' with {type: 'json'}
import givenNames from '../lexicon/given-names.json' with {type: 'json'}
import {allMatches, escapeRegExp, titleCase} from '../text.js'
import type {Gazetteer} from '../gazetteer.js'

/** White space within a line: names never run across lines. */
const SP = '[^\\S\\r\\n]+'
/** Particles inside a name, lower case but for "Abd" ("Zambry Abd Kadir": with the word after it, the family name). */
export const particles = ['del', 'de', 'da', 'dos', 'das', 'di', 'du', 'van', 'von', 'der', 'den', 'ter', 'ten', 'bin', 'binti', 'bint', 'al', 'el', 'la', 'le', 'y', 'ibn', 'abu', 'abd']
const alt = (values: string[]) => [...new Set(values)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')

/** The styles before a name, longest first ("His Excellency", "HRH"). */
export const HONORIFIC = `(?:${alt(honorifics.pre)})`
const POST = `(?:${alt(honorifics.post)})`
const CAPS = `\\p{Lu}{2,}(?:[-’']\\p{Lu}+)*`
/** A capitalised word, a capital inside it too ("McClay", "DeSantis"). */
const WORD = `\\p{Lu}[\\p{Ll}\\p{M}]+(?:\\p{Lu}[\\p{Ll}\\p{M}]+)*(?:[-’'][\\p{L}\\p{M}]+)*`
const INITIAL = `(?:\\p{Lu}\\.)+`
const PARTICLE = `(?:${alt(particles)})`
/** An Arabic article joined to the name it precedes: "el-Sisi", "al-Sudani". */
const ARTICLED = `(?:al|el|ad|an|ar|as|ash|at|az)-${WORD}`
/** "Md. Jashim Uddin", "Mohd. Najib": a given name abbreviated (Bangladesh, Malaysia). */
const ABBREVIATED = `(?:Md|Mohd|Muhd)\\.`
/** Such an abbreviated given name alone. */
export const abbreviatedGiven = new RegExp(`^${ABBREVIATED}$`)
/** A middle initial written without its stop ("Sergei K Shoigu"): a lone capital between two words of a name. */
const BARE_INITIAL = `\\p{Lu}(?=${SP}\\p{Lu}\\p{Ll})`
const PART = `(?:${CAPS}|${ABBREVIATED}|${WORD}|${INITIAL}|${ARTICLED}|${BARE_INITIAL})`
/** A name: one to five parts, particles allowed inside. */
const NAME = `${PART}(?:${SP}(?:${PARTICLE}${SP})*${PART}){0,4}`

/** A style right before an office ("His Majesty " before "King Abdullah II"). */
const styleBefore = new RegExp(`(?<![\\p{L}])(?<honorific>${HONORIFIC})${SP}$`, 'u')
/** A style, then the name; "Lady" of "First Lady" is an office's word, not a style. */
const honorificName = new RegExp(`(?<![\\p{L}])(?<!\\b(?:First|Second)${SP})(?<honorific>${HONORIFIC}(?:${SP}${HONORIFIC})*)${SP}(?<name>${NAME})(?:,?${SP}(?<post>${POST}))?`, 'gu')
// Offices written before a bare name: "Secretary Tillerson", "Minister for Foreign Affairs Fumio Kishida".
/** News copies write offices in lower case ("Chinese foreign minister Wang Yi", "government spokesperson Steffen Hebestreit"). */
export const lowerOffices = [...titles.bare, 'spokesperson', 'spokesman', 'spokeswoman'].filter((title) => /\s/.test(title) || /^(?:minister|secretary|president|premier|chancellor|ambassador|envoy|spokes(?:person|man|woman))$/i.test(title)).map((title) => title.toLowerCase())
const bareTitles = `(?:${alt([...titles.bare, ...titles.offices.filter((office) => /\s(?:of|for)\s/.test(office)), ...lowerOffices])})`
/** Offices as head words, for names written after an office that names its country or body. */
const OFFICE = `(?:${alt(titles.offices)})`
/** Words of a ministry's or department's name after an office: "Secretary of Foreign Affairs", "Minister for Europe and Foreign Affairs". */
const DEPARTMENT = `(?:${alt(titles.departments)})`
/** "Acting Secretary of Foreign Affairs Albert F. del Rosario", "Minister of Foreign Affairs, Foreign Employment and Tourism X": an office of a department (or of several), then the name. */
const departmentName = new RegExp(`(?<![\\p{L}-])(?<title>${OFFICE}${SP}(?:of|for)${SP}(?:the${SP})?${DEPARTMENT}(?:,?${SP}(?:and|&)?(?:${SP})?${DEPARTMENT})*)${SP}(?!${DEPARTMENT}(?![\\p{L}]))(?<name>(?:${PARTICLE}${SP})*${NAME})`, 'gu')
const titledName = new RegExp(`(?:(?<=\\bthen-)|(?<![\\p{L}-]))(?<title>${bareTitles})${SP}(?<name>(?:${PARTICLE}${SP})*${NAME})`, 'gu')
/** An office, maybe "of", "for" or "to" and what it is of, then a comma: "the Prime Minister of India, ", "Minister of State for Foreign Affairs, ", "High Commissioner to Rwanda, " (group `title`). */
const OFFICE_COMMA = `(?<![\\p{L}])(?<title>${OFFICE}(?:${SP}(?:of|for|to)${SP}(?:the${SP})?\\p{Lu}[\\p{L}'’.-]*(?:${SP}(?:of|for|and|the|\\p{Lu}[\\p{L}'’.-]*))*?)?),${SP}`
/** An office of something, then "and", right before another office ("High Representative of the Union for Foreign Affairs and Security Policy and " before "Vice-President of ..."). */
const officeOfAnd = new RegExp(`(?<![\\p{L}])(?<office>${OFFICE}${SP}(?:of|for)${SP}(?:the${SP})?\\p{Lu}[\\p{L}'’.-]*(?:${SP}(?:of|for|and|the|\\p{Lu}[\\p{L}'’.-]*))*?)${SP}and${SP}$`, 'u')
/** An office and a comma right before a styled name ("Minister of State for Foreign Affairs, " before "Ms. Hina Rabbani Khar"; "..., Army " before "General X"). */
const officeCommaBefore = new RegExp(`${OFFICE_COMMA}(?:(?:Army|Air${SP}Force|Navy|Marine${SP}Corps)${SP})?$`, 'u')
/** "the Prime Minister of India, Narendra Modi": an office, a comma, the name, then the clause goes on. */
const officeCommaName = new RegExp(`${OFFICE_COMMA}(?<name>${NAME})(?=\\s*(?:,|\\.|;|$)|${SP}(?:on|in|at|and|who|to|during|for|by|via|over|held|had|met|spoke|said)\\b)`, 'gu')
/** A name with neither honorific nor office, where only a person can stand: opening a sentence before a verb of meeting or saying, or after "counterpart". */
const MEETING_VERBS = 'held|met|meets|spoke|speaks|had|has|received|receives|hosted|hosts|visited|called|telephoned|phoned|chaired|joined|welcomed|thanked|said|says|stated|stressed|noted|added|informed|told|emphasized|emphasised|underlined|underscored|expressed|reaffirmed|reiterated|congratulated'
const bareOpening = new RegExp(`(?:^[^\\S\\n]*|[.!?;:]\\s+)(?<name>${WORD}(?:${SP}(?:${PARTICLE}${SP})*${WORD}){1,3})(?=${SP}(?:${MEETING_VERBS})\\b)`, 'gmu')
/** "... Commission for Foreign Affairs Wang Yi met ...": a family-name-first name before a verb, anywhere. */
const familyFirstBeforeVerb = new RegExp(`(?<![\\p{L}])(?<name>${WORD}${SP}${WORD}(?:${SP}${WORD})?)(?=${SP}(?:${MEETING_VERBS})\\b)`, 'gu')
const beforeVerbOrOffice = new RegExp(`^${SP}(?:${MEETING_VERBS})\\b|^,${SP}${OFFICE}`, 'u')
const familyFirstSurnames = new Set([...familyFirst.korean, ...familyFirst.chinese, ...familyFirst.vietnamese, ...familyFirst.cambodian])
/** A name right after a country's or body's name (and its acronym in brackets). */
const nameAfterBody = new RegExp(`^(?:${SP}\\([A-Z][A-Za-z.]*\\))?${SP}(?<name>${NAME})`, 'u')
/** "Stéphane Séjourné, Minister for Europe and Foreign Affairs, hosted", "Rastislav Káčer, Slovakia's Minister of ...", "Nick Thomas-Symonds MP, Minister for ...": a name (its post-nominal letters), a comma and an office (not one that another name follows: "Independence Day, Prime Minister Oli"). */
const nameCommaOffice = new RegExp(`(?<![\\p{L}\\p{N}.])(?<name>${WORD}(?:${SP}(?:${INITIAL}${SP})?(?:${PARTICLE}${SP})*${WORD}){1,3})(?:${SP}${POST})?,${SP}(?:the${SP})?(?:\\p{Lu}[\\p{L}.]*['’]s${SP})?(?:(?:${alt(titles.modifiers)})${SP})*(?:${OFFICE}|${alt(lowerOffices)})(?![\\p{L}])(?!${SP}\\p{Lu})`, 'gu')
/** "Michael Kovrig", "Nicolás Maduro": a common given name and a capitalised word, with neither honorific nor office. */
const givenFirst = new RegExp(`(?<![\\p{L}\\p{N}.'’-])(?<name>(?:${alt(givenNames.names)})(?:${SP}(?:${INITIAL}|${WORD}))?${SP}(?:${PARTICLE}${SP})*${WORD})(?![\\p{L}’'-])(?!${SP}\\p{Lu})`, 'gu')
/** "Wang Yi", "Xi Jinping": a common Chinese family name and a given name of one or two pinyin syllables, outside a run of capitalised words. */
const chineseName = new RegExp(`(?<![\\p{L}\\p{N}.'’-])(?<name>(?:${alt(familyFirst.chinese)})${SP}\\p{Lu}\\p{Ll}+)(?![\\p{L}’'-])(?!${SP}\\p{Lu})`, 'gu')
const syllables = new Set(pinyin.syllables)
/** A word of one or two pinyin syllables ("Yi", "Jinping", "Xi'an"). */
function pinyinWord(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]/g, '')
  if (syllables.has(w)) return true
  for (let k = 1; k < w.length; k++) if (syllables.has(w.slice(0, k)) && syllables.has(w.slice(k))) return true
  return false
}
/** "Moon Jae-in", "Kim Eun-hye": a Korean family name and a hyphenated given name. */
const koreanName = new RegExp(`(?<![\\p{L}\\p{N}.'’-])(?<name>(?:${alt(familyFirst.korean)})${SP}\\p{Lu}\\p{Ll}+-\\p{Ll}+)(?![\\p{L}’'-])`, 'gu')
/** "By Omar Siddiqui Published March 28, 2023": a byline. */
const byline = new RegExp(`^[^\\S\\n]*By${SP}(?<name>${WORD}(?:${SP}(?:${PARTICLE}${SP})*${WORD}){1,3})(?=[^\\S\\n]*(?:$|[|,–-]|Published|Posted|Updated)|${SP}and${SP}${WORD})`, 'gmu')
/** "By Irina Maltseva and Tomás Ferreira": a byline's second name. */
const bylineSecond = new RegExp(`(?<=^[^\\S\\n]*By${SP}${WORD}(?:${SP}(?:${PARTICLE}${SP})*${WORD}){1,3}${SP}and${SP})(?<name>${WORD}(?:${SP}(?:${PARTICLE}${SP})*${WORD}){1,3})(?=[^\\S\\n]*(?:$|[|,–-]|Published|Posted|Updated))`, 'gmu')
/** "Barend Leyts" on a line of its own, "Spokesperson of ..." on the next: a press contact. */
const nameAboveOffice = new RegExp(`^[^\\S\\n]*(?<name>${WORD}(?:${SP}(?:${INITIAL}${SP})?(?:${PARTICLE}${SP})*${WORD}){1,3})[^\\S\\n]*\\n[^\\S\\n]*(?:\\p{Lu}\\p{Ll}+${SP})?(?:${OFFICE}|Spokes(?:person|man|woman))(?![\\p{L}])`, 'gmu')
/** "the Maduro regime", "the illegitimate Maduro regime", "the Biden administration": a government named by its leader's family name ("the Abe Administration", capitalised, is a body's name). */
export const leadersRegime = new RegExp(`\\bthe${SP}(?:\\p{Ll}+${SP})?(?<name>${WORD})(?=${SP}(?:regime|administration)\\b)`, 'gu')
/** "Swedish citizen Gui Minhai", "journalist Ana Silva": a name after a noun that only a person's name follows. */
const afterPersonNoun = new RegExp(`(?<=\\b(?:citizens?|nationals?|journalists?|activists?|dissidents?|businessm[ae]n|businesswom[ae]n|writers?|lawyers?|detainees?|prisoners?)${SP})(?<name>${WORD}(?:${SP}(?:${PARTICLE}${SP})*${WORD}){1,2})(?![\\p{L}])`, 'gu')
/** "the national security adviser, Jake Sullivan", "the sociocultural coordinator of the Presidency, Irina Karamanos", "his wife, Beatriz Gutiérrez Müller", "the First Lady, Cilia Flores", "Starmer's predecessor, Rishi Sunak": a name after a comma and a noun for a person. */
const afterRoleNoun = new RegExp(`(?<=\\b(?:(?:his|her|their)${SP}(?:wife|husband|spouse)|the${SP}First${SP}(?:Lady|Gentleman)|\\p{Lu}[\\p{L}-]*['’]s${SP}(?:predecessor|successor)|the${SP}(?:\\p{Ll}+${SP}){0,2}(?:adviser|advisor|coordinator|spokesperson|spokesman|spokeswoman|envoy|ambassador)(?:${SP}of${SP}the${SP}\\p{Lu}\\p{L}*(?:${SP}\\p{Lu}\\p{L}*){0,3})?),${SP})(?<name>${WORD}(?:${SP}(?:${PARTICLE}${SP})*${WORD}){1,2})(?![\\p{L}])`, 'gu')
/** A name before a comma and someone's envoy, adviser or aide: "Steve Witkoff, U.S. President Donald Trump's special envoy". */
const nameCommaServing = new RegExp(`(?<![\\p{L}\\p{N}.])(?<name>${WORD}(?:${SP}(?:${INITIAL}${SP})?(?:${PARTICLE}${SP})*${WORD}){1,3}),${SP}(?:[^,;\\n]{0,60}?)['’]s${SP}(?:\\p{Ll}+${SP}){0,2}(?:envoy|adviser|advisor|aide|representative)(?![\\p{L}])`, 'gu')
const afterCounterpart = new RegExp(`(?<=\\bcounterparts?,?${SP})(?<name>${WORD}(?:${SP}(?:${PARTICLE}${SP})*${WORD}){1,3})(?![\\p{L}])`, 'gu')
/** "his Belgian and Luxembourg counterparts, Alexander De Croo and Luc Frieden": the second of two counterparts named. */
const secondCounterpart = new RegExp(`(?<=\\bcounterparts,?${SP}${WORD}(?:${SP}(?:${PARTICLE}${SP})*${WORD}){1,3},?${SP}(?:and|&)${SP})(?<name>${WORD}(?:${SP}(?:${PARTICLE}${SP})*${WORD}){1,3})(?![\\p{L}])`, 'gu')
/** An office in the plural before a list of two or more names ("Senators A, B and C"; group `title`, group `list`). */
const pluralOffice = new RegExp(`(?<![\\p{L}])(?<title>Senators|Ambassadors|Ministers|Governors)${SP}(?<list>${NAME}(?:,${SP}${NAME})*,?${SP}and${SP}${NAME})`, 'gu')
/** What ends the name of a body an office is of, before its holder's name: "Secretary General of the Presidency Hakkı Susmaz", "Director General of the Foreign Minister's Office Abdulrahman Al-Dawood". */
const BODY_HEAD = `(?:${alt([...entityHeads.organization, 'Presidency', 'Chancellery', 'Palace'])})`
/** An office of a body whose name ends with a head word, then the holder's name of two words or more, then the clause goes on (group `title`). */
const officeOfBodyName = new RegExp(`(?<![\\p{L}])(?<title>${OFFICE}${SP}(?:of|for|to)${SP}(?:the${SP})?(?:\\p{Lu}[\\p{L}'’.-]*${SP}){0,5}?${BODY_HEAD})${SP}(?<name>(?:${PARTICLE}${SP})*${WORD}(?:${SP}(?:${PARTICLE}${SP})*${PART}){1,3})(?=\\s*(?:,|\\.|;|$)|${SP}(?:and|who|on|in|at|to|said|says|told|added|noted|was|were|also)\\b)`, 'gu')
/**
 * What a name pattern cannot match without, a word or a simple expression:
 * the text is searched for it before the pattern is run over it (a pattern
 * behind a lookbehind tries it at every place in the text).
 */
const wordNeeded = new Map<RegExp, string | RegExp>([
  [afterCounterpart, 'counterpart'],
  [secondCounterpart, 'counterparts'],
  [bylineSecond, 'By'],
  [afterPersonNoun, /\b(?:citizens?|nationals?|journalists?|activists?|dissidents?|businessm[ae]n|businesswom[ae]n|writers?|lawyers?|detainees?|prisoners?)\s/],
  [afterRoleNoun, /\b(?:wife|husband|spouse|First Lady|First Gentleman|predecessor|successor|adviser|advisor|coordinator|spokesperson|spokesman|spokeswoman|envoy|ambassador)\b/],
  [nameCommaServing, /['’]s\s+(?:\p{Ll}+\s+){0,2}(?:envoy|adviser|advisor|aide|representative)\b/u]
])
/** The end of `officeBeforeBody`, alone: most countries and bodies are not after "of", "for" or "to", and the whole expression is not run there. */
const ofBeforeBody = /[^\S\r\n](?:of|for|to)[^\S\r\n]+(?:the[^\S\r\n]+)?(?:(?:friendly|brotherly|sisterly)[^\S\r\n]+)?$/u
/** An office and "of", "for" or "to" right before a country's or body's name: "Federal Minister for Foreign Affairs of the ", "Secretary of State of the friendly ", "Ambassador to " (the courtesy of Gulf and Arab ministries' pages: "the brotherly State of Kuwait"). */
const officeBeforeBody = new RegExp(`(?<![\\p{L}])((?:the${SP})?${OFFICE}(?:${SP}(?:and|of|for|the|\\p{Lu}[\\p{L}'’.-]*))*?)${SP}(?:of|for|to)${SP}(?:the${SP})?(?:(?:friendly|brotherly|sisterly)${SP})?$`, 'u')
/** A name in quotes right after a person's name, the one they are known by: "Pushpa Kamal Dahal 'Prachanda'" (1: the name). */
export const nicknameAfter = /^\s+['‘"“](\p{Lu}[\p{Ll}\p{M}-]+)['’"”](?![\p{L}])/u
/** The words offices are made of ("Minister", "Foreign", "Secretary"). */
export const officeWords = new Set(titles.offices.flatMap((t) => t.split(/\s+/)))
/** The words departments are named with ("Foreign", "Affairs", "Trade"). */
export const departmentWords = new Set(titles.departments.flatMap((t) => t.split(/\s+/)))
const monthNames = new Set(Object.keys(numbers.months).map((m) => m[0].toUpperCase() + m.slice(1)))
const capsName = new RegExp(`(?<![\\p{L}\\p{N}.])(?<name>${CAPS}${SP}${WORD}(?:${SP}${WORD})?)(?![\\p{L}])`, 'gu')

const familyFirstNames = new Set([...familyFirstSurnames, ...familyFirst.japanese])
const givenReference = new Set(familyFirst.vietnamese)
const romanOrPost = new RegExp(`^(?:${POST}|[IVX]+)$`, 'u')

/** The head words of bodies' names ("Service", "Agency", "Council"). */
const bodyHeads = new Set(entityHeads.organization)
/** Words of a ruler's title that are also Arabic given names, as they are after a style ("H.E. Sultan bin Saad", "H.E. Amir Hatami"). */
const givenAfterStyle = new Set(['Sultan', 'Amir'])
/** Capitalised words that are never part of a name. */
export const notNames = new Set<string>([
  ...honorifics.pre.filter((h) => !/\s/.test(h)).map((h) => h.replace(/\.$/, '')),
  ...titles.offices.flatMap((t) => t.split(/\s+/)),
  ...titles.modifiers,
  ...entityHeads.agreement,
  ...entityHeads.organization,
  ...entityHeads.event,
  ...placesData.heads,
  // (Not "Jan": a Czech, Polish and Dutch given name as often as January's abbreviation, "Jan Lipavský"; a day after it still makes it a date.)
  ...Object.keys(numbers.months).filter((m) => m !== 'jan').map((m) => m[0].toUpperCase() + m.slice(1)),
  // (Nor "Sun", a Chinese family name as often as Sunday's abbreviation: "Vice Foreign Minister Sun Weidong".)
  ...numbers.weekdays.filter((d) => d !== 'sun').map((d) => d[0].toUpperCase() + d.slice(1)),
  'The', 'This', 'That', 'These', 'Those', 'In', 'On', 'At', 'For', 'With', 'And', 'But', 'Both', 'He', 'She', 'They', 'We', 'It', 'Its', 'His', 'Her', 'Their',
  'Affairs', 'Foreign', 'Defense', 'Defence', 'Economic', 'Trade', 'Extraordinary', 'Plenipotentiary', 'Excellency', 'Honorable', 'Honourable',
  // Words of page and section headings ("Overview of the ...", "1. General View of ...").
  'Overview', 'Summary', 'Outline', 'View', 'Views', 'Remarks', 'Opening', 'Closing',
  // Verbs of headlines ("Xi Jinping Speaks with ...", "Wang Yi Holds Talks").
  // Words of the services' names before a rank ("Air Force Maj. Gen. X").
  'Air', 'Army', 'Navy', 'Force',
  'Holds', 'Held', 'Meets', 'Met', 'Speaks', 'Spoke', 'Calls', 'Called', 'Makes', 'Call', 'Phone', 'Telephone', 'Has', 'Had', 'Receives', 'Received', 'Hosts', 'Hosted', 'Talks', 'Visits', 'Attends', 'Chairs', 'Says', 'Said', 'Discusses', 'Joins', 'Welcomes', 'Congratulates', 'Phones', 'Telephones',
  // ... and of headlines with two subjects ("President X, Secretary Y Review Trade ...").
  'Hold', 'Meet', 'Discuss', 'Review', 'Reviews', 'Sign', 'Signs', 'Agree', 'Agrees', 'Reaffirm', 'Reaffirms', 'Pledge', 'Pledges', 'Vow', 'Vows',
  'Under', 'Through', 'Toward', 'Towards', 'From', 'Between', 'Among', 'Against', 'Within', 'Upon', 'By', 'To', 'Of', 'While', 'When', 'Since', 'Despite', 'Amid', 'Over', 'Via', 'However', 'Meanwhile', 'Besides', 'Although', 'Given', 'Based', 'Including', 'Article', 'Chapter', 'Paragraph', 'Section', 'Item', 'Annex', 'Regarding', 'Following', 'Furthermore', 'Moreover', 'Also', 'Then', 'After', 'Before', 'During', 'As', 'Concerning', 'Additionally', 'Finally', 'First', 'Second', 'Third', 'Lastly'
])

/**
 * The office before a name, reaching back over an office joined to it: by
 * a slash ("High Representative/Vice-President Josep Borrell"), or by "and"
 * ("Deputy Prime Minister and Foreign Minister Pham Binh Minh", "State
 * Councilor and Foreign Minister Wang Yi"), one person's offices. Not
 * after "the": "The President and Prime Minister Kishida" are two people;
 * but an office before a comma and the name (`appositive`) is one person's
 * even after "the" ("the Tánaiste and Minister for Foreign Affairs, Micheál
 * Martin").
 */
function fullTitle(text: string, start: number, title: string, appositive = false): string {
  const before = text.slice(Math.max(0, start - 100), start)
  const slash = /((?:\p{Lu}[\p{L}.'’-]*)(?:[^\S\r\n]+(?:\p{Lu}[\p{L}.'’-]*|for|of|and|the))*)\s*\/\s*$/u.exec(before)
  if (slash) return `${slash[1].replace(/^The\s+/, '')}/${title}`
  // Before a comma and the name, an office of something and "and": the same person's ("The High Representative of the Union for ... and Vice-President of ..., X").
  const ofAnd = appositive ? officeOfAnd.exec(before) : null
  if (ofAnd) return fullTitle(text, start - before.length + ofAnd.index, `${ofAnd.groups!.office} and ${title}`, appositive)
  const joined = /(?<![\p{L}.'’-])((?:\p{Lu}[\p{L}.'’-]*)(?:[^\S\r\n]+(?:\p{Lu}[\p{L}.'’-]*|for|of))*)[^\S\r\n]+and[^\S\r\n]+$/u.exec(before)
  if (!joined || (!appositive && /(?:^|[^\p{L}])the[^\S\r\n]+$/iu.test(before.slice(0, joined.index)))) return title
  const words = joined[1].split(/\s+/)
  const from = words.findIndex((w) => officeWords.has(w) || titles.modifiers.includes(w))
  if (from === -1 || !officeWords.has(words[words.length - 1]) || words.slice(0, from).some((w) => w === 'The')) return title
  // And an office joined to that one ("the Tánaiste and Minister for Foreign Affairs and Minister for Defence, ...").
  const reached = start - before.length + joined.index + [...joined[1].matchAll(/\S+/g)][from].index!
  return fullTitle(text, reached, `${words.slice(from).join(' ')} and ${title}`, appositive)
}

export interface FoundName {
  start: number
  end: number
  honorific: string | null
  title: string | null
  givenName: string | null
  familyName: string
  /** As written, without honorific or title. */
  written: string
  /** The name has a given name too (not a bare family name after a title). */
  full: boolean
  refersByGivenName: boolean
}

/**
 * Split a written name into given and family names. One part is a family
 * name ("Minister Kishida"); a part in capitals is the family name.
 */
const alsoGiven = new Set(familyFirst.alsoGivenNames.names)

/** A two-part name read family-name-first whose first part is also a common given name ("Lee Smith"?). */
export function orderUncertain(written: string): boolean {
  const parts = written.split(/\s+/)
  return parts.length === 2 && alsoGiven.has(parts[0]) && !/^\p{Lu}{2,}$/u.test(parts[1])
}

/** The Burmese styles (honorifics.json), last before a name: "H.E. U", "Daw". */
const burmeseStyle = /(?:^|\s)(?:U|Daw)$/

/** A monarch's one name and number: "Abdullah II", "Charles III". */
const regnal = /^\p{Lu}\p{Ll}+ [IVX]+$/u

export function splitName(written: string): {givenName: string | null; familyName: string; refersByGivenName: boolean} {
  if (regnal.test(written)) return {givenName: null, familyName: written, refersByGivenName: false}
  const parts = written.split(/\s+/).filter((part) => !romanOrPost.test(part) || part.length === 1)
  // A part in capitals is the family name ("KISHIDA Fumio", "LI Qiang"); two capitals that are no family name are initials ("JD Vance").
  const caps = parts.findIndex((part) => /^\p{Lu}{2,}(?:[-’']\p{Lu}+)*$/u.test(part) && (part.length > 2 || familyFirstNames.has(fixCase(part))))
  if (parts.length === 1) return {givenName: null, familyName: fixCase(parts[0]), refersByGivenName: false}
  if (caps !== -1) {
    const family = parts.slice(caps, caps + 1).map(fixCase).join(' ')
    const given = [...parts.slice(0, caps), ...parts.slice(caps + 1)].join(' ')
    return {givenName: given || null, familyName: family, refersByGivenName: false}
  }
  // "del Rosario", "von der Leyen": particles and a family name, no given name.
  if (parts.slice(0, -1).every((part) => particles.includes(part.toLowerCase()))) return {givenName: null, familyName: parts.join(' '), refersByGivenName: false}
  // (Four parts for a Vietnamese name: "Vo Thi Anh Xuan", "Nguyen Thi Kim Ngan".)
  if (familyFirstNames.has(parts[0]) && parts.length <= (givenReference.has(parts[0]) ? 4 : 3) && !parts.some((part) => /^(?:\p{Lu}\.)+$/u.test(part))) {
    return {givenName: parts.slice(1).join(' '), familyName: parts[0], refersByGivenName: givenReference.has(parts[0])}
  }
  let familyStart = parts.length - 1
  while (familyStart > 1 && particles.includes(parts[familyStart - 1].toLowerCase())) familyStart--
  return {givenName: parts.slice(0, familyStart).join(' '), familyName: parts.slice(familyStart).join(' '), refersByGivenName: false}
}

function fixCase(part: string): string {
  return /^\p{Lu}{2,}(?:[-’']\p{Lu}+)*$/u.test(part) ? titleCase(part) : part
}

/** `letters` (capitals) are the initials of capitalised words written one after the other in `text` ("EVP": "Executive Vice-President"). */
function initialsOfWords(letters: string, text: string): boolean {
  if (letters.length < 2 || letters.length > 6) return false
  const words = [...letters].map((letter) => `${letter}[\\p{Ll}]+`).join('[\\s-]+')
  return new RegExp(`(?<![\\p{L}])${words}(?![\\p{L}])`, 'u').test(text)
}

/** Drop parts that cannot be names, and a possessive (which ends a name: "Mrs. Trump’s State Visit"). */
function cleanName(written: string, gazetteer: Gazetteer, afterStyle = false): string | null {
  let parts = written.split(/\s+/)
  const possessive = parts.findIndex((part) => /[’']s$/u.test(part))
  if (possessive !== -1) parts = [...parts.slice(0, possessive), parts[possessive].replace(/[’']s$/u, '')]
  // Stop at the first part that is not a name word.
  // A month may end a name ("Theresa May"); any other word that is never a name ends it.
  // So may "King" ("the Hon Madeleine King MP"): last (before post-nominals), no monarch's name follows it.
  const last = parts.length - 1 - [...parts].reverse().findIndex((part) => !romanOrPost.test(part))
  const endsName = (part: string, i: number) => ((monthNames.has(part) && i === parts.length - 1) || (part === 'King' && i === last)) && !notNames.has(parts[i - 1])
  // ("bin Sultan": after "bin", a ruler's title that is a given name is a father's name.)
  const fathers = (part: string, i: number) => givenAfterStyle.has(part) && /^(?:bin|bint|binti|ibn)$/.test(parts[i - 1])
  const stop = parts.findIndex((part, i) => i > 0 && !endsName(part, i) && !fathers(part, i) && (notNames.has(part) || gazetteer.countryForms.has(part)))
  // "Director of the Foreign Intelligence Service": a body's head word right after one word names the body, not a person.
  // So does a department's word ("... for International Multilateral Affairs"): the office goes on.
  if (stop === 1 && (bodyHeads.has(parts[1]) || departmentWords.has(parts[1]))) return null
  if (stop !== -1) parts = parts.slice(0, stop)
  // (A monarch's one name keeps its number: "King Abdullah II".)
  while (parts.length > 1 && (particles.includes(parts[parts.length - 1]) || romanOrPost.test(parts[parts.length - 1])) && !regnal.test(parts.join(' '))) parts.pop()
  // (Nor is a post-nominal alone a name: "King MP".)
  // (Nor is a style in capitals: "YB DATO' SERI ..." in a title.)
  // (After a style, "Sultan" and "Amir" are given names: "H.E. Sultan bin Saad Al Muraikhi".)
  if (!parts.length || (notNames.has(parts[0]) && !(afterStyle && givenAfterStyle.has(parts[0]))) || (/^\p{Lu}+$/u.test(parts[0]) && notNames.has(titleCase(parts[0]))) || (parts.length === 1 && romanOrPost.test(parts[0]))) return null
  if (parts.every((part) => /^(?:\p{Lu}\.)+$/u.test(part))) return null
  if (parts.length === 1 && (gazetteer.countryForms.has(parts[0]) || gazetteer.organizationForms.has(parts[0]))) return null
  return parts.join(' ')
}

/** Where `text` names the gazetteer's countries and bodies: a name may follow an office of one, and each is an entity. */
export interface Bodies {
  countries: RegExpExecArray[]
  organizations: RegExpExecArray[]
}

/** The countries and bodies `text` names, each found once for the names and the entities. */
export function bodiesIn(text: string, gazetteer: Gazetteer): Bodies {
  return {countries: allMatches(gazetteer.countryPattern, text), organizations: allMatches(gazetteer.organizationPattern, text)}
}

/** Every name in `text` introduced by an honorific, an office, or written FAMILY Given. */
export function findNames(text: string, gazetteer: Gazetteer, acronyms: Set<string>, bodies: Bodies = bodiesIn(text, gazetteer)): FoundName[] {
  const found: FoundName[] = []
  const add = (start: number, writtenAs: string, honorific: string | null, titleAs: string | null, fullAs: boolean) => {
    let written = writtenAs
    let title = titleAs
    let full = fullAs
    if (title && /^counterparts?$/.test(title)) title = null
    // "Minister Kishida May 5": a month before a day is the date, not the name's end.
    const last = written.split(/\s+/).pop()!
    if (monthNames.has(last) && /^\s*\d/.test(text.slice(start + written.length, start + written.length + 4))) {
      written = written.slice(0, written.length - last.length).trim()
      if (!written) return
      full = full && /\s/.test(written)
    }
    // "U Than Swe", "Daw Aung San Suu Kyi": a Burmese name has no family name; it is read whole.
    const {givenName, familyName, refersByGivenName} = honorific && burmeseStyle.test(honorific) ? {givenName: null, familyName: written, refersByGivenName: false} : splitName(written)
    // (A person's id is made from the family name: none, no person.)
    if (!familyName.trim()) return
    found.push({start, end: start + written.length, honorific, title, givenName, familyName, written, full: full && givenName !== null, refersByGivenName})
  }
  for (const match of allMatches(honorificName, text)) {
    const g = match.groups!
    const written = cleanName(g.name, gazetteer, true)
    if (!written) continue
    const start = match.index + match[0].indexOf(g.name, g.honorific.length)
    // "Minister of State for Foreign Affairs, Ms. Hina Rabbani Khar, ...": an office, a comma, then the styled name.
    const from = Math.max(0, match.index - 120)
    const office = officeCommaBefore.exec(text.slice(from, match.index))
    add(start, written, g.honorific, office ? fullTitle(text, from + office.index, office.groups!.title, true) : null, true)
  }
  for (const match of [...allMatches(departmentName, text), ...allMatches(titledName, text)]) {
    const g = match.groups!
    const start = match.index + match[0].lastIndexOf(g.name)
    if (found.some((name) => start >= name.start && start < name.end)) continue
    const written = cleanName(g.name, gazetteer)
    if (!written) continue
    // "His Majesty King Abdullah II": the style before the office is the person's.
    const style = styleBefore.exec(text.slice(Math.max(0, match.index - 40), match.index))
    add(start, written, style?.groups!.honorific ?? null, fullTitle(text, match.index + match[0].indexOf(g.title), g.title), written.split(/\s+/).length > 1)
  }
  const free = (start: number, end: number) => !found.some((name) => start < name.end && end > name.start)
  // "Senators Joseph Manchin, Lisa Murkowski and Mark Kelly": an office in the plural before a list, each name's.
  for (const match of allMatches(pluralOffice, text)) {
    const title = match.groups!.title.replace(/s$/, '')
    let at = match.index + match[0].length - match.groups!.list.length
    for (const part of match.groups!.list.split(/(,?[^\S\r\n]+and[^\S\r\n]+|,[^\S\r\n]+)/)) {
      const written = /^[,\s]|and\s$/.test(part) ? null : cleanName(part, gazetteer)
      if (written && written.includes(' ') && free(at, at + written.length)) add(at, written, null, title, true)
      at += part.length
    }
  }
  /** Names that neither honorific nor office introduces, where only a person can stand. */
  const readBare = (pattern: RegExp) => {
    // (A pattern that needs a word the text does not hold is not run over it.)
    const needs = wordNeeded.get(pattern)
    if (needs && !(typeof needs === 'string' ? text.includes(needs) : needs.test(text))) return
    for (const match of allMatches(pattern, text)) {
      const g = match.groups!
      let name = g.name
      // "Camp David Trilateral Summit", "of Germany Annalena Baerbock": after a capitalised word, a given name is part of something longer (an office's rule reads the latter).
      if (pattern === givenFirst && /\p{Lu}[\p{L}.'’-]*[^\S\r\n]+$/u.test(text.slice(Math.max(0, match.index - 30), match.index))) continue
      if (pattern === familyFirstBeforeVerb) {
        // "... Foreign Affairs Wang Yi met": the name starts at its family name.
        const parts = g.name.split(/\s+/)
        const at = parts.findIndex((part, k) => familyFirstSurnames.has(part) && k < parts.length - 1)
        if (at === -1) continue
        name = parts.slice(at).join(' ')
      }
      // "President of France Emmanuel Macron, President of ...": a country's name opens an office's name, not a person's (read below).
      const words = name.split(/\s+/)
      if ([1, 2, 3].some((n) => words.length > n + 1 && gazetteer.countryForms.has(words.slice(0, n).join(' ')))) continue
      if (pattern === chineseName && !pinyinWord(words[1])) continue
      // "Capitol Diplomacy Digest has ...": a publication, not a person.
      if (/\b(?:Digest|Wire|Gazette|Ledger|Chronicle|Tribune|Herald|Dispatch|Newswire|Times|Post|Daily|News)\b/.test(name)) continue
      // "By News Desk", "By Staff Reporter": a newsroom, not a person.
      if ((pattern === byline || pattern === bylineSecond) && /\b(?:Desk|Newsdesk|Staff|Team|Bureau|Editors?|Correspondents?|Reporters?|Service|Wire|Newsroom|Agency)$/.test(name)) continue
      const start = match.index + match[0].lastIndexOf(name)
      const written = cleanName(name, gazetteer)
      if (!written || written.split(/\s+/).length < 2 || !free(start, start + written.length)) continue
      // ("United Nations" on a line above "Secretary-General": a body's name, whole, is no person's either.)
      if (gazetteer.organizationForms.has(written) || written.split(/\s+/).some((part) => gazetteer.organizationForms.has(part) || acronyms.has(part))) continue
      // "the Middle East, ...", "New Zealand, Prime Minister ...": a place, not a person.
      if (gazetteer.country(written) || gazetteer.regions.has(written) || (pattern !== koreanName && /\bthe\s+$/i.test(text.slice(Math.max(0, start - 4), start)))) continue
      add(start, written, null, g.title ? fullTitle(text, match.index + match[0].indexOf(g.title), g.title, pattern === officeCommaName) : null, true)
    }
  }
  for (const pattern of [officeOfBodyName, officeCommaName, bareOpening, familyFirstBeforeVerb, afterCounterpart, secondCounterpart, nameCommaOffice, givenFirst, byline, bylineSecond, nameAboveOffice, afterPersonNoun, afterRoleNoun, nameCommaServing]) readBare(pattern)
  // An office that names its country or body, then the name: "Federal Minister for Foreign Affairs of the Federal Republic of Germany Annalena Baerbock".
  for (const kind of ['countries', 'organizations'] as const) {
    for (const match of bodies[kind]) {
      const before = text.slice(Math.max(0, match.index - 120), match.index)
      const office = ofBeforeBody.test(before) ? officeBeforeBody.exec(before) : null
      if (!office) continue
      const after = nameAfterBody.exec(text.slice(match.index + match[0].length, match.index + match[0].length + 80))
      if (!after?.groups) continue
      const start = match.index + match[0].length + after[0].lastIndexOf(after.groups.name)
      const written = cleanName(after.groups.name, gazetteer)
      if (!written || written.split(/\s+/).length < 2 || !free(start, start + written.length)) continue
      // "President of Ukraine X and Prime Minister of ...": after a name and "and", another office starts.
      let officeStart = match.index - before.length + office.index
      let title = office[1]
      const and = /^(.*\s)?(\S+)\s+and\s+/u.exec(title)
      if (and && !officeWords.has(and[2]) && !departmentWords.has(and[2]) && title.slice(and[0].length).split(/\s+/).some((w) => officeWords.has(w))) {
        officeStart += and[0].length
        title = title.slice(and[0].length)
      }
      // The office, without the country it is of ("Minister of Foreign Affairs (of Ukraine)"); with the organization it is of ("President of the European Commission").
      if (kind === 'organizations') title = text.slice(officeStart, match.index + match[0].length)
      add(start, written, null, title.replace(/^the\s+/i, ''), true)
    }
  }
  // "the Maduro regime": the leader's family name alone (not a country's adjective or a body: "the Syrian regime", "the Taliban regime").
  for (const match of allMatches(leadersRegime, text)) {
    const written = match.groups!.name
    const start = match.index + match[0].lastIndexOf(written)
    if (!free(start, start + written.length) || gazetteer.countryOrAdjective(written) || gazetteer.organizationForms.has(written) || acronyms.has(written) || notNames.has(written) || titles.modifiers.includes(written)) continue
    add(start, written, null, null, false)
  }
  // Family-name-first names by their shape alone, where no office reads them.
  for (const pattern of [chineseName, koreanName]) readBare(pattern)
  // Family names written in capitals ("IWAYA Takeshi") only on a page that writes them so after an honorific or office.
  const capitalStyle = found.some((name) => /\p{Lu}{2,}/u.test(name.written) && (name.honorific || name.title))
  for (const match of allMatches(capsName, text)) {
    const g = match.groups!
    const first = g.name.split(/\s+/)[0]
    // Elsewhere, a person's place: before a verb of meeting or saying, after "met" or "with", or before ", <office>".
    const end = match.index + g.name.length
    const placed = beforeVerbOrOffice.test(text.slice(end, end + 60)) || /\b(?:met|with|and|meets)\s+$/.test(text.slice(Math.max(0, match.index - 8), match.index))
    if (!capitalStyle && (!placed || first.length < 3)) continue
    if (acronyms.has(first) || gazetteer.countryForms.has(first) || gazetteer.organizationForms.has(first) || romanOrPost.test(first)) continue
    // "EVP Dombrovskis" beside "Executive Vice-President ...": capitals that are the initials of words the page writes are an office's abbreviation, not a family name.
    if (initialsOfWords(first, text)) continue
    // "the CPC Central Committee": after an article it is a name of a body, not of a person.
    if (/\b(?:the|a|an|its|their)\s+$/i.test(text.slice(Math.max(0, match.index - 8), match.index))) continue
    if (found.some((name) => match.index < name.end && match.index + g.name.length > name.start)) continue
    const written = cleanName(g.name, gazetteer)
    if (!written || written.split(/\s+/).length < 2) continue
    add(match.index, written, null, null, true)
  }
  return found.sort((a, b) => a.start - b.start)
}

/** "Minister of Foreign Affairs" written as "Foreign Minister", "Minister for External Affairs" as "External Affairs Minister": an office as readouts also write it. */
export function ministerFirst(title: string): string {
  return title.replace(/\bMinister (?:of|for) (?:the )?(Foreign|External)( Affairs)?\b/gu, (_, field: string, affairs?: string) => (field === 'Foreign' ? 'Foreign Minister' : `${field}${affairs ?? ''} Minister`))
}
