/**
 * A synthetic corpus for the benchmark, made from the team's gold readouts:
 * each document takes one as a template, swaps in other people, countries
 * and dates, and repeats its numbered sections until it is about 6 KB.
 * Deterministic: the same size gives the same files.
 */
import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

const given = ['Aiko', 'Hiroshi', 'Kenji', 'Mariko', 'Daniel', 'Amelia', 'Lucas', 'Sofia', 'Ravi', 'Anita', 'Tomas', 'Elena', 'Omar', 'Leila', 'Minh', 'Nadia']
const family = ['Tanaka', 'Suzuki', 'Watanabe', 'Morgan', 'Fischer', 'Moreau', 'Rossi', 'Novak', 'Khan', 'Santos', 'Lindqvist', 'Okafor', 'Haddad', 'Petrov', 'Costa', 'Brennan']
const countries = ['Chile', 'Kenya', 'Norway', 'Peru', 'Poland', 'Ghana', 'Portugal', 'Mongolia', 'Morocco', 'Uruguay', 'Finland', 'Jordan']
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Gold {
  participants?: {family_name: string; given_name?: string}[]
}

/**
 * Documents `first` to `size - 1` of the corpus into `folder` (from 0: the
 * folder made afresh; from more: documents added to it).
 */
export function makeCorpus(folder: string, size: number, goldFolder = 'tests/gold', targetBytes = 6000, first = 0): void {
  if (first === 0) rmSync(folder, {recursive: true, force: true})
  mkdirSync(folder, {recursive: true})
  const templates = readdirSync(goldFolder)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({text: readFileSync(join(goldFolder, f), 'utf8'), gold: JSON.parse(readFileSync(join(goldFolder, f.replace(/\.txt$/, '.json')), 'utf8')) as Gold}))
  for (let n = first; n < size; n++) {
    const next = random(n + 1)
    const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]
    const {text, gold} = templates[n % templates.length]
    let out = text
    // Other people: each principal's names replaced everywhere, in any case.
    for (const p of gold.participants ?? []) {
      const [g, f] = [pick(given), pick(family)]
      out = out.split(p.family_name).join(f).split(p.family_name.toUpperCase()).join(f.toUpperCase())
      if (p.given_name && p.given_name.length > 2) out = out.split(p.given_name).join(g)
    }
    // Another country for the guest side, another date.
    const country = pick(countries)
    out = out.replace(/\b(?:Viet Nam|Philippines|Ireland|Germany|Australia|Canada|France|Indonesia|Thailand|Malaysia|Turkey|Iran)\b/g, country)
    const month = pick(months)
    const day = 1 + Math.floor(next() * 28)
    const year = 2005 + Math.floor(next() * 20)
    out = out.replace(/\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})(,? \d{4})?/g, (_, _m, _d, y) => `${month} ${day}${y ? `, ${year}` : ''}`)
    // Repeat the numbered body until the document is about the target size.
    const lines = out.split('\n')
    const footerAt = lines.findIndex((line) => /^Back to\b/.test(line))
    const body = (footerAt === -1 ? lines : lines.slice(0, footerAt)).join('\n')
    const footer = footerAt === -1 ? '' : lines.slice(footerAt).join('\n')
    const numbered = body.split('\n').filter((line) => /^\(?\d+[).]?\s/.test(line) || (line.length > 60 && !/^On /.test(line)))
    let extra = ''
    let section = 20
    while (body.length + extra.length < targetBytes && numbered.length) {
      extra += `\n${section} Further discussion\n\n${numbered.map((line) => line.replace(/^\(?\d+[).]?\s+/, '')).join('\n\n')}\n`
      section++
    }
    writeFileSync(join(folder, `synthetic-${String(n).padStart(5, '0')}.txt`), `${body}\n${extra}\n${footer}`)
  }
}
