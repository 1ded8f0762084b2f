/**
 * One `document_id` per input, whatever kind it is. An input's own id
 * comes from its file name (`documentIdOf`) or, for a page of a web
 * archive, from its URL (`documentIdOfUrl`). When two inputs or more give
 * the same id, the first in source order (the input's path relative to the
 * input folder, `<archive>#<url>` for an archived page, compared character
 * by character) keeps it; each later one is exported as `<id>-2`, `<id>-3`,
 * ... (the first number no input takes as its own id), with an info
 * message naming both. The same inputs always give the same ids.
 */

/** An input that takes an id: its source and the id it gives. */
export interface Claim {
  source: string
  id: string
}

/** An input exported under another id than its own, and the input that holds its own. */
export interface Renamed {
  id: string
  /** The source of the input that keeps the id. */
  holder: string
}

/** The id of each claim, by source; `renamed`: the claims that take a numbered id. */
export function uniqueIds(claims: Claim[]): {ids: Map<string, string>; renamed: Map<string, Renamed>} {
  const ordered = [...claims].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))
  const holders = new Map<string, string>()
  for (const claim of ordered) if (!holders.has(claim.id)) holders.set(claim.id, claim.source)
  const taken = new Set(holders.keys())
  const ids = new Map<string, string>()
  const renamed = new Map<string, Renamed>()
  for (const {source, id} of ordered) {
    const holder = holders.get(id)!
    if (holder === source) {
      ids.set(source, id)
      continue
    }
    let n = 2
    while (taken.has(`${id}-${n}`)) n++
    taken.add(`${id}-${n}`)
    ids.set(source, `${id}-${n}`)
    renamed.set(source, {id: `${id}-${n}`, holder})
  }
  return {ids, renamed}
}

/** The info message on an input exported under a numbered id. */
export const clashReason = (own: string, renamed: Renamed) => `Unexpected document id ${own}, already given by ${renamed.holder}; exported as ${renamed.id}`
