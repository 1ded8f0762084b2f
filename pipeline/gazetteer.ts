/**
 * The gazetteers: countries (ISO 3166-1 from i18n-iso-countries, plus the
 * aliases and adjectives of `lexicon/countries.json`), international
 * organizations (`lexicon/organizations.json`), regions
 * (`lexicon/places.json`) and capitals (countries-list). Built once, on first use.
 */
import {createRequire} from 'node:module'
import countriesData from './lexicon/countries.json' with {type: 'json'}
import organizationsData from './lexicon/organizations.json' with {type: 'json'}
import placesData from './lexicon/places.json' with {type: 'json'}
import {phraseRegExp} from './text.js'

const require = createRequire(import.meta.url)
const iso = require('i18n-iso-countries') as {
  registerLocale(locale: unknown): void
  getNames(lang: string, options: {select: 'official' | 'alias' | 'all'}): Record<string, string | string[]>
  alpha2ToAlpha3(code: string): string | undefined
}
iso.registerLocale(require('i18n-iso-countries/langs/en.json'))
/** Capitals, from countries-list (its `capital` of each ISO 3166-1 entry). */
const {countries: countryFacts} = require('countries-list') as {countries: Record<string, {capital?: string}>}

export interface CountryForm {
  code: string
  adjective: boolean
}

export interface Country {
  code: string
  alpha3: string | null
  name: string
  wikidata: string | null
}

export interface Organization {
  name: string
  acronym: string | null
  wikidata: string | null
  forms: string[]
  /** The government a body belongs to ("White House": US), if it is one's. */
  country: string | null
}

interface CountryEntry {
  wikidata?: string
  name?: string
  aliases?: string[]
  adjectives?: string[]
}

export class Gazetteer {
  readonly countries = new Map<string, Country>()
  readonly countryForms = new Map<string, CountryForm>()
  readonly countryPattern: RegExp
  readonly organizations: Organization[] = []
  readonly organizationForms = new Map<string, Organization>()
  readonly organizationPattern: RegExp
  readonly regions: Set<string>
  /** A state's capital by its name ("Ottawa": CA); territories' capitals are left out. */
  readonly capitals = new Map<string, string>()
  readonly regionPattern: RegExp
  readonly notCountries: RegExp

  constructor() {
    const table = countriesData.countries as Record<string, CountryEntry>
    const territories = new Set(countriesData.territories.codes)
    const territoryNames: string[] = []
    const names = iso.getNames('en', {select: 'all'})
    for (const [code, value] of Object.entries(names)) {
      const all = (Array.isArray(value) ? value : [value]).filter((form) => !form.includes(',') && form.length > 2)
      if (territories.has(code)) {
        territoryNames.push(...all)
        continue
      }
      const entry = table[code] ?? {}
      this.countries.set(code, {code, alpha3: iso.alpha2ToAlpha3(code) ?? null, name: entry.name ?? all[0], wikidata: entry.wikidata ?? null})
      for (const form of all) this.addCountryForm(form, code, false)
    }
    for (const [code, entry] of Object.entries(table)) {
      if (!this.countries.has(code)) throw new Error(`lexicon/countries.json: unknown ISO 3166-1 code ${code}`)
      for (const form of entry.aliases ?? []) this.addCountryForm(form.replace(/^the /, ''), code, false)
      if (entry.name) this.addCountryForm(entry.name, code, false)
      for (const form of entry.adjectives ?? []) this.addCountryForm(form, code, true)
    }
    this.countryPattern = phraseRegExp(this.countryForms.keys())

    for (const entry of organizationsData.organizations) {
      const organization: Organization = {
        name: entry.name,
        acronym: entry.acronym || null,
        wikidata: entry.wikidata || null,
        forms: [entry.name, entry.acronym, ...entry.aliases].filter((form): form is string => Boolean(form)).map((form) => form.replace(/^the /, '')),
        country: (entry as {country?: string}).country ?? null
      }
      this.organizations.push(organization)
      for (const form of organization.forms) this.organizationForms.set(form, organization)
    }
    this.organizationPattern = phraseRegExp(this.organizationForms.keys())

    // Territories that are not states are places ("Hong Kong").
    this.regions = new Set([...placesData.regions, ...territoryNames])
    for (const [code, facts] of Object.entries(countryFacts)) {
      if (!facts.capital || !this.countries.has(code)) continue
      this.capitals.set(facts.capital, code)
      // "Washington D.C.": as datelines write it, "Washington".
      const district = /^(.+?),?\s+D\.C\.$/.exec(facts.capital)
      if (district) this.capitals.set(district[1], code)
    }
    this.regionPattern = phraseRegExp(this.regions)
    this.notCountries = phraseRegExp(countriesData.notCountries.words)
  }

  private addCountryForm(form: string, code: string, adjective: boolean) {
    const existing = this.countryForms.get(form)
    if (existing && !existing.adjective) return
    this.countryForms.set(form, {code, adjective})
  }

  /** The country a phrase names ("the United States of America", "Viet Nam", "ROK"), or null. */
  country(phrase: string): Country | null {
    const form = this.countryForms.get(phrase.trim().replace(/^the\s+/i, ''))
    return form && !form.adjective ? this.countries.get(form.code) ?? null : null
  }

  /** The country a name or an adjective points to ("Japanese", "Philippine"). */
  countryOrAdjective(phrase: string): Country | null {
    const form = this.countryForms.get(phrase.trim().replace(/^the\s+/i, ''))
    return form ? this.countries.get(form.code) ?? null : null
  }
}

let shared: Gazetteer | undefined
export function gazetteer(): Gazetteer {
  shared ??= new Gazetteer()
  return shared
}
