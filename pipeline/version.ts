/** The pipeline's version, from the package.json above this module (source or built). */
import {createHash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

function find(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const candidate = join(dir, 'package.json')
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as {name?: string; version?: string}
      if (pkg.name === 'readout' && pkg.version) return pkg.version
    }
    const parent = dirname(dir)
    if (parent === dir) return '0.0.0'
    dir = parent
  }
}

export const version = find()

/**
 * A fingerprint of the code that runs (this folder's modules, lexicons and
 * schemas, as built): the cache's key, so any change to the pipeline misses
 * the cache even without a new version number.
 */
function fingerprintOf(): string {
  const hash = createHash('sha256').update(version)
  const here = dirname(fileURLToPath(import.meta.url))
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (/\.(?:js|ts|json)$/.test(entry.name)) hash.update(entry.name).update(readFileSync(path))
    }
  }
  walk(here)
  const schemas = join(here, '..', 'schemas')
  if (existsSync(schemas)) walk(schemas)
  return `${version}-${hash.digest('hex').slice(0, 16)}`
}

export const fingerprint = fingerprintOf()
