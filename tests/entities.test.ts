import {describe, expect, it} from 'vitest'
import {findEntities} from '../pipeline/extract/entities.js'
import {gazetteer} from '../pipeline/gazetteer.js'
import {run} from './helpers.js'

function entities(text: string) {
  const result = findEntities(text, text.length, gazetteer())
  return {result, mentions: result.mentions.map((m) => `${m.entityId}=${m.text}`)}
}

describe('entities', () => {
  it('should tie an acronym to its expansion and to its later uses', () => {
    const {result, mentions} = entities('They urged the Democratic Republic of Timor-Leste Development Council (DTDC) to act; the DTDC agreed.')
    const council = result.entities.get('organization:democratic-republic-of-timor-leste-development-council')!
    expect(council.acronym).toBe('DTDC')
    expect(mentions.filter((m) => m.startsWith('organization:')).map((m) => m.split('=')[1])).toEqual([
      'Democratic Republic of Timor-Leste Development Council',
      'DTDC',
      'DTDC'
    ])
  })

  it('should read countries by name, short form, long form and adjective', () => {
    const {mentions} = entities('The U.K., the PRC, the Socialist Republic of Viet Nam and Philippine nationals.')
    expect(mentions).toEqual(['country:gb=U.K.', 'country:cn=PRC', 'country:vn=Socialist Republic of Viet Nam', 'country:ph=Philippine'])
  })

  it('should read territories that are not UN members, Taiwan among them, as places rather than countries', () => {
    const {mentions} = entities('Wang Yi stressed that the Taiwan question and Hong Kong affairs are internal affairs of China.')
    expect(mentions.filter((m) => m.startsWith('country:'))).toEqual(['country:cn=China'])
  })

  it('should read Northern Ireland as a place, not Ireland, and a newsdesk or a spokesperson\'s office after a name', () => {
    const {mentions} = entities('By Jisip Newsdesk | August 28, 2024\n\nThe leaders spoke of Northern Ireland.\n\nPress contacts\nAnitta Hipper, Lead Spokesperson for Foreign Affairs\n')
    expect(mentions.filter((m) => !m.startsWith('organization:'))).toEqual(['place:northern-ireland=Northern Ireland', 'person:anitta-hipper=Anitta Hipper'])
  })

  it('should leave heading words out of names, and find the body an office belongs to', () => {
    const {mentions} = entities("Overview of the Japan-China Foreign Ministers' Meeting\n1. General View of Japan-China Relations\nH.E. Mr. Haile, Dean of the African Diplomatic Corps in Japan, spoke.\n")
    expect(mentions.filter((m) => !m.startsWith('country:'))).toEqual([
      "event:japan-china-foreign-ministers-meeting=Japan-China Foreign Ministers' Meeting",
      'person:haile=Haile',
      'organization:african-diplomatic-corps=African Diplomatic Corps'
    ])
  })

  it('should not run a name into a possessive after a preposition', () => {
    const {mentions} = entities('Members of the U.S. Congress for Japan’s initiative, and the Government of Japan’s plan.')
    expect(mentions.filter((m) => m.startsWith('organization:'))).toEqual(['organization:u-s-congress=U.S. Congress', 'organization:government-of-japan=Government of Japan'])
  })

  it('should read a place of several words after a preposition of place, but not words that modify a noun', () => {
    const {mentions} = entities('The minister, visiting New York, flew to Washington D.C. on Monday and met envoys from East African countries based on Common Strategic Interests.')
    expect(mentions.filter((m) => m.startsWith('place:'))).toEqual(['place:new-york=New York', 'place:washington-d-c=Washington D.C.'])
  })

  it('should keep seas, peninsulas and regions apart from the countries they contain', () => {
    const {mentions} = entities('Concerns over the South China Sea, the Korean Peninsula and the Indo-Pacific, and China.')
    expect(mentions).toEqual(['place:south-china-sea=South China Sea', 'place:korean-peninsula=Korean Peninsula', 'place:indo-pacific=Indo-Pacific', 'country:cn=China'])
  })

  it('should type a named phrase by its head word, and never as a person', () => {
    const {mentions} = entities('Under the Suga Administration, the Paris Agreement and the G20 Summit in Osaka.')
    expect(mentions).toEqual([
      'organization:suga-administration=Suga Administration',
      'agreement:paris-agreement=Paris Agreement',
      'organization:group-of-twenty=G20',
      'event:g20-summit=G20 Summit',
      'place:osaka=Osaka'
    ])
  })

  it('should type a name whose head comes first ("Treaty on ...", "Convention for ...") by that head', () => {
    const {mentions} = entities('They upheld the Treaty on the Non-Proliferation of Nuclear Weapons and the Convention for the Protection of Cultural Property.')
    expect(mentions).toEqual([
      'agreement:treaty-on-the-non-proliferation-of-nuclear-weapons=Treaty on the Non-Proliferation of Nuclear Weapons',
      'agreement:convention-for-the-protection-of-cultural-property=Convention for the Protection of Cultural Property'
    ])
  })

  it('should make one person of a full name and later references by office or family name', () => {
    const {result} = entities('Mr. MOTEGI Toshimitsu met them. Minister Motegi said so, and MOTEGI left.')
    const people = [...result.entities.values()].filter((e) => e.type === 'person')
    expect(people.map((p) => [p.id, p.name, [...p.aliases].sort()])).toEqual([['person:toshimitsu-motegi', 'Toshimitsu Motegi', ['MOTEGI', 'MOTEGI Toshimitsu', 'Motegi']]])
  })
})

describe('a country inside words that name something else', () => {
  it('should not read "Latin American" in a department\'s name as the United States', () => {
    const {records} = run('Courtesy call\n\nMay 18, 2023\n\nData Source: Department of Latin American and Caribbean Affairs\n\nVice Minister Ana Silva paid a courtesy call on President Luis Soto of Paraguay in Asunción on May 17.\n')
    expect(records.entities.filter((e) => e.type === 'country').map((e) => e.country_code)).toEqual(['PY'])
  })
})

describe('a government named by its leader', () => {
  it('should read "the Silva administration" as a mention of the person Silva, and "the Silva Administration" as no person', () => {
    const persons = (text: string) => run(`Talks\n\nOctober 25, 2022\n\nMinister Luis Soto met with Deputy Secretary Juan Rojas on October 25. Deputy Secretary Rojas said that ${text} is working on it.\n`).records.entities.filter((e) => e.type === 'person').map((e) => e.family_name).sort()
    expect(persons('the Silva administration')).toEqual(['Rojas', 'Silva', 'Soto'])
    expect(persons('the Silva Administration')).toEqual(['Rojas', 'Soto'])
  })
})

describe('a chain of fathers\' names', () => {
  it('should not make a family name of "Salman bin Abdulaziz Al Saud" for the king\'s son named beside the king', () => {
    const {records} = run('News\n\n5 February 2023\n\nThe Foreign Minister conveyed the greetings of King Salman bin Abdulaziz Al Saud and of HRH Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince, to Minister Ana Silva of Chile in Riyadh on 5 February.\n')
    expect(records.entities.filter((e) => e.type === 'person' && e.given_name?.startsWith('Mohammed')).map((e) => [e.given_name, e.family_name])).toEqual([['Mohammed bin Salman bin Abdulaziz', 'Al Saud']])
  })
})
