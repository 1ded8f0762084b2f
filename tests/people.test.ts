import {describe, expect, it} from 'vitest'
import {findNames, splitName} from '../pipeline/extract/people.js'
import {gazetteer} from '../pipeline/gazetteer.js'
import {run} from './helpers.js'

describe('names', () => {
  it.each([
    ['Fumio Kishida', 'Fumio', 'Kishida'],
    ['Rex W. Tillerson', 'Rex W.', 'Tillerson'],
    ['MOTEGI Toshimitsu', 'Toshimitsu', 'Motegi'],
    ['Park Jin', 'Jin', 'Park'],
    ['Pham Binh Minh', 'Binh Minh', 'Pham'],
    ['Albert F. del Rosario', 'Albert F.', 'del Rosario'],
    ['Jean-Yves Le Drian', 'Jean-Yves', 'Le Drian']
  ])('should split %j into given and family names', (written, given, family) => {
    expect(splitName(written)).toMatchObject({givenName: given, familyName: family})
  })

  it('should find names after honorifics, after offices, and FAMILY Given without either', () => {
    const text = 'H.E. Dr. Park Jin met Mr. Simon Coveney, T.D., and Secretary of State Pompeo; IWAYA Takeshi spoke with Senator the Hon. Penny Wong.'
    const found = findNames(text, gazetteer(), new Set())
    expect(found.map((n) => [n.written, n.honorific ?? n.title, n.familyName])).toEqual([
      ['Park Jin', 'H.E. Dr.', 'Park'],
      ['Simon Coveney', 'Mr.', 'Coveney'],
      ['Pompeo', 'Secretary of State', 'Pompeo'],
      ['IWAYA Takeshi', null, 'Iwaya'],
      ['Penny Wong', 'Senator the Hon.', 'Wong']
    ])
  })

  it('should warn when the name order cannot be told, and not when a later mention settles it', async () => {
    const {run} = await import('./helpers.js')
    const lead = (name: string, later: string) => `Japan-Canada Relations\n\nMay 5, 2020\n\nOn May 5, Mr. Taro Yamada, Minister for Foreign Affairs, held a meeting with Mr. ${name}, Minister of Foreign Affairs of Canada.\n\n1. ${later}\n`
    expect(run(lead('Lee Smith', 'Minister Yamada welcomed the visit.')).messages).toEqual([
      'fixture.txt:5:82: Cannot tell the name order of Lee Smith, expected a later mention by family name; read as family name Lee'
    ])
    expect(run(lead('Lee Hyun', 'Minister Lee welcomed the visit.')).messages).toEqual([])
  })

  it('should not read offices, organizations or acronyms as names', () => {
    const text = 'The Minister for Foreign Affairs met the ASEAN Secretariat and Minister Extraordinary.'
    expect(findNames(text, gazetteer(), new Set(['ASEAN'])).map((n) => n.written)).toEqual([])
  })

  it('should not read an unknown acronym after an article as FAMILY Given', () => {
    const text = 'Mr. Wang Yi, Member of the Political Bureau of the CPC Central Committee, met KISHIDA Fumio.'
    expect(findNames(text, gazetteer(), new Set()).map((n) => n.written)).toEqual(['Wang Yi', 'KISHIDA Fumio'])
  })

  it('should end an office at the department it names ("Minister for Economic Policies Heng Swee Keat")', () => {
    const text = 'Wang called on Deputy Prime Minister and Coordinating Minister for Economic Policies Heng Swee Keat.'
    expect(findNames(text, gazetteer(), new Set()).map((n) => [n.written, n.familyName])).toEqual([['Heng Swee Keat', 'Heng']])
  })

  it('should read a name after a lower-case noun for a person and a comma ("the national security adviser, Jake Sullivan")', () => {
    const text = 'He was accompanied by the sociocultural coordinator of the Presidency, Irina Karamanos. The national security adviser, Jake Sullivan, said so.'
    expect(findNames(text, gazetteer(), new Set()).map((n) => n.written)).toEqual(['Irina Karamanos', 'Jake Sullivan'])
  })

  it('should end a name at a possessive', () => {
    const found = findNames('The Leaders welcomed the success of President and Mrs. Trump’s State Visit to Japan.', gazetteer(), new Set())
    expect(found.map((n) => [n.written, n.familyName])).toEqual([['Trump', 'Trump']])
  })

  it('should give a name with no Latin letters an id spelled by its code points, never an empty one', () => {
    const text = 'Japan-Russia Relations\n\nMay 2, 2019\n\nOn May 2, commencing at 10:00 a.m. for approximately 30 minutes, Mr. Taro Yamada, Minister for Foreign Affairs, held a meeting with H.E. Mr. Сергей Лавров, Minister of Foreign Affairs of the Russian Federation.\n\n1. Minister Yamada welcomed the visit.\n'
    const {records, messages} = run(text)
    expect(messages.filter((m) => m.includes('Invalid'))).toEqual([])
    expect(records.participants.map((p) => p.person_id)).toEqual(['person:taro-yamada', 'person:u421-u435-u440-u433-u435-u439-u41b-u430-u432-u440-u43e-u432'])
  })

  it('should find a person named with a common given name and no office, but not a name inside a longer one', () => {
    const text = 'They called for the release of Michael Kovrig and Michael Spavor, and recalled the Camp David Trilateral Summit.'
    expect(findNames(text, gazetteer(), new Set()).map((n) => [n.written, n.familyName])).toEqual([
      ['Michael Kovrig', 'Kovrig'],
      ['Michael Spavor', 'Spavor']
    ])
  })

  it('should find a byline, a press contact above an office and a name after "citizen", but not a newsroom or a headline\'s words', () => {
    const text = 'Crown Prince Makes Phone Call to Chilean President\n\nBy Omar Reyes Published March 28, 2023\n\nBy News Desk | March 28, 2023\n\nThey raised the detention of Chilean citizen Ana Silva.\n\nPress contacts\nBarend Leyts\nSpokesperson of the President of the European Council\n'
    expect(findNames(text, gazetteer(), new Set()).map((n) => n.written)).toEqual(['Omar Reyes', 'Ana Silva', 'Barend Leyts'])
  })

  it('should read a full name that opens a longer one on the page as the same person', () => {
    const {records} = run('Sheikh Abdullah bin Zayed receives call\n\nNovember 11, 2021\n\nHis Highness Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, received a phone call from Ana Silva, Minister of Foreign Affairs of Chile. Sheikh Abdullah affirmed that the UAE looks forward to working with Chile.\n')
    expect(records.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Abdullah bin Zayed Al Nahyan', 'Ana Silva'])
    expect(records.statements.map((s) => s.actor_name)).toEqual(['Abdullah bin Zayed Al Nahyan'])
  })

  it('should find Chinese names by a common family name and a pinyin given name, Korean ones by a hyphenated given name, and an office after "then-"', () => {
    const text = 'He met PRC Director of the Office of the Central Foreign Affairs Commission Wang Yi in Munich, recalled then-President Nguyen Xuan Phuc and the Moon Jae-in administration. He Said No. Ma Long Talks Begin.'
    expect(findNames(text, gazetteer(), new Set()).map((n) => [n.written, n.familyName, n.title])).toEqual([
      ['Wang Yi', 'Wang', null],
      ['Nguyen Xuan Phuc', 'Nguyen', 'President'],
      ['Moon Jae-in', 'Moon', null]
    ])
  })

  it('should read a military rank as a style, and not a phrase before another name\'s office as a name', () => {
    const text = 'Pentagon Press Secretary Maj. Gen. Pat Ryder provided the readout. Greeting the people on the 74th Independence Day, Prime Minister Oli congratulated India. Enquiries: Head of Public Diplomacy, DIRCO.'
    expect(findNames(text, gazetteer(), new Set()).map((n) => [n.written, n.honorific])).toEqual([
      ['Pat Ryder', 'Maj. Gen.'],
      ['Oli', null]
    ])
  })

  it('should keep a monarch\'s number, and not read a publication or a service as a person', () => {
    const text = 'They met His Majesty King Abdullah II of Jordan. Capitol Diplomacy Digest has not changed it. Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder provided the readout.'
    expect(findNames(text, gazetteer(), new Set()).map((n) => [n.written, n.familyName])).toEqual([
      ['Abdullah II', 'Abdullah II'],
      ['Pat Ryder', 'Ryder']
    ])
  })
})

describe('names in the styles of other governments', () => {
  const people = (text: string) => run(text).records.entities.filter((e) => e.type === 'person').map((e) => e.name)

  it('should read a name before ", Acting Spokesperson ..." and after the rank "Counselor"', () => {
    expect(people('Call\n\n7 May 2022\n\nPresident Ana Silva spoke with President Luis Soto of Peru.\n\nSpokesman for the Presidency, Counselor Ahmed Fahmy, said the call was good.\n\nMedia enquiries: Tyrone Seale, Acting Spokesperson to the President\n')).toEqual(['Ahmed Fahmy', 'Ana Silva', 'Luis Soto', 'Tyrone Seale'])
  })
})

describe('one person across documents', () => {
  it('should keep the family name of several words that one page settles, whichever page comes first', async () => {
    const {EntityPlan} = await import('../pipeline/merge.js')
    const row = (given: string, family: string) => ({entity_id: 'person:andres-manuel-lopez-obrador', type: 'person', name: 'Andrés Manuel López Obrador', given_name: given, family_name: family, country_code: 'MX', country_alpha3: null, acronym: null, aliases: null, wikidata: null})
    for (const order of [[row('Andrés Manuel López', 'Obrador'), row('Andrés Manuel', 'López Obrador')], [row('Andrés Manuel', 'López Obrador'), row('Andrés Manuel López', 'Obrador')]]) {
      const plan = new EntityPlan()
      for (const entity of order) plan.add([entity as never])
      expect(plan.table().map((e) => [e.given_name, e.family_name])).toEqual([['Andrés Manuel', 'López Obrador']])
    }
  })
})

describe('names with a capital inside, and leaders named by their regime', () => {
  it('should read "McClay" as one name, and "the illegitimate Maduro regime" as a person who is not a principal', () => {
    const {records} = run('Call\n\nJanuary 27, 2019\n\nPrime Minister Ana Silva spoke with Prime Minister Luis Soto of Spain about the illegitimate Maduro regime, with Trade Minister Todd McClay.\n')
    expect(records.entities.filter((e) => e.type === 'person').map((e) => e.family_name)).toEqual(['Silva', 'Soto', 'Maduro', 'McClay'])
    expect(records.participants.map((p) => p.family_name)).not.toContain('Maduro')
  })
})

describe('a byline of two names', () => {
  it('should read both names of "By A and B", and no newsroom', () => {
    const names = (text: string) => findNames(text, gazetteer(), new Set()).map((name) => name.written)
    expect(names('Title\n\nBy Irina Maltseva and Tomás Ferreira\n\nApril 25, 2025\n')).toEqual(['Irina Maltseva', 'Tomás Ferreira'])
    expect(names('Title\n\nBy Irina Maltseva and News Desk\n')).toEqual(['Irina Maltseva'])
  })
})

describe('offices before a name that name where they serve', () => {
  it('should read "Ambassador to Saudi Arabia X" and "Special Presidential Coordinator Y" as people', () => {
    const names = (text: string) => findNames(text, gazetteer(), new Set()).map((name) => [name.written, name.title])
    expect(names('He was joined by Ambassador to Saudi Arabia Michael Ratney and Special Presidential Coordinator Amos Hochstein.')).toEqual([
      ['Michael Ratney', 'Ambassador'],
      ['Amos Hochstein', 'Coordinator']
    ])
  })
})

describe('a family name that is an office\'s word, and post-nominals of Australia', () => {
  it('should read "the Hon Madeleine King MP" with the family name King, and "Kevin Rudd AC" without the letters', () => {
    const names = (text: string) => findNames(text, gazetteer(), new Set()).map((name) => [name.givenName, name.familyName])
    expect(names('accompanied by the Minister for Resources, the Hon Madeleine King MP, and the Ambassador, the Hon Kevin Rudd AC.')).toEqual([
      ['Madeleine', 'King'],
      ['Kevin', 'Rudd']
    ])
    expect(names('His Majesty King Abdullah II met King Charles III.').map((n) => n[1])).toEqual(['Abdullah II', 'Charles III'])
  })
})

describe('a name before someone\'s envoy', () => {
  it('should read "Steve Witkoff, U.S. President Donald Trump\'s special envoy" as a person', () => {
    const names = (text: string) => findNames(text, gazetteer(), new Set()).map((name) => name.written)
    expect(names('President Ana Silva and Steve Witkoff, U.S. President Donald Trump\'s special envoy, discussed talks.')).toContain('Steve Witkoff')
  })
})

describe('the office of India\'s foreign minister as its ministry writes it', () => {
  it('should read "External Affairs Minister S. Jaishankar" with the whole office', () => {
    expect(findNames('External Affairs Minister S. Jaishankar held talks.', gazetteer(), new Set()).map((name) => name.title)).toEqual(['External Affairs Minister'])
  })
})

describe('names of set 27 (blind)', () => {
  const names = (text: string) => findNames(text, gazetteer(), new Set()).map((name) => [name.givenName, name.familyName, name.title ?? name.honorific])

  it('should read Malaysian styles before a name, and "Abd" as part of the family name', () => {
    expect(names("The Minister of Foreign Affairs, YB Dato' Seri Diraja Dr. Zambry Abd Kadir, met the press.")).toEqual([['Zambry', 'Abd Kadir', 'Minister of Foreign Affairs']])
  })

  it('should read Khmer names family name first, and a military rank written out as a style', () => {
    expect(names('Prime Minister Hun Manet and Air Chief Marshal Harv Smyth attended.')).toEqual([
      ['Manet', 'Hun', 'Prime Minister'],
      ['Harv', 'Smyth', 'Air Chief Marshal']
    ])
  })

  it('should read a name after an office of a body ("Secretary General of the Presidency X"), and after "the First Lady,"', () => {
    expect(names("Secretary General of the Presidency Hakkı Susmaz and Director General of the Foreign Minister's Office Abdulrahman Al-Dawood were present, as was the First Lady, Cilia Flores.")).toEqual([
      ['Hakkı', 'Susmaz', 'Secretary General of the Presidency'],
      ['Abdulrahman', 'Al-Dawood', "Director General of the Foreign Minister's Office"],
      ['Cilia', 'Flores', null]
    ])
  })

  it('should read no name in a department\'s words after an office ("for International Multilateral Affairs")', () => {
    expect(names('Deputy Minister of Foreign Affairs for International Multilateral Affairs Dr. Ana Silva attended.').map((n) => n[1])).toEqual(['Silva'])
  })
})

describe('names of set 28 (blind)', () => {
  const names = (text: string) => findNames(text, gazetteer(), new Set()).map((name) => [name.givenName, name.familyName, name.title ?? name.honorific])

  it('should read "Sultan" as a given name after a style and after "bin", an office "to" a country before a comma, and an office of several departments', () => {
    expect(names('The call with H.E. Sultan bin Saad bin Sultan Al Ana, Minister of State, and the British High Commissioner to Rwanda, Ana Silva, and Minister of Foreign Affairs, Foreign Employment and Tourism Luis Soto.')).toEqual([
      ['Sultan bin Saad bin Sultan', 'Al Ana', 'H.E.'],
      ['Ana', 'Silva', 'High Commissioner to Rwanda'],
      ['Luis', 'Soto', 'Minister of Foreign Affairs, Foreign Employment and Tourism']
    ])
  })

  it('should read no family name in the initials of an office the page writes out ("EVP" for "Executive Vice-President")', () => {
    expect(names('Executive Vice-President Ana Silva met the minister. EVP Silva called for calm.').map((n) => n[1])).toEqual(['Silva'])
  })
})

describe('names of set 29 (blind)', () => {
  const names = (text: string) => findNames(text, gazetteer(), new Set()).map((name) => [name.givenName, name.familyName, name.title ?? name.honorific])

  it('should read "First Lady" as an office, not the style "Lady", and a name after someone\'s predecessor', () => {
    expect(names('President Luis Soto and First Lady Ana Soto hosted a banquet. Starmer\'s predecessor, Rishi Sunak, received him.')).toEqual([
      ['Luis', 'Soto', 'President'],
      ['Ana', 'Soto', 'First Lady'],
      ['Rishi', 'Sunak', null]
    ])
  })

  it('should read "the Most Honourable" as a style, and the departments of sustainability and natural resources', () => {
    expect(names('the Most Honourable Andrew Holness, Minister for Sustainability and the Environment Grace Fu and Minister of Natural Resources and Environment Bounkham Vorachit').map((n) => n[1])).toEqual(['Holness', 'Fu', 'Vorachit'])
  })
})

describe('names of set 30 (blind)', () => {
  it('should read "Sun" as a family name, not Sunday, and a name before an office in lower case', () => {
    const names = (text: string) => findNames(text, gazetteer(), new Set()).map((name) => [name.givenName, name.familyName])
    expect(names('Vietnamese Prime Minister Ana Silva met in Hanoi with Vice Foreign Minister Sun Weidong. Wang Yi held talks with Cho Hyun, minister of foreign affairs of the Republic of Korea.')).toEqual([
      ['Ana', 'Silva'],
      ['Weidong', 'Sun'],
      ['Yi', 'Wang'],
      ['Hyun', 'Cho']
    ])
  })
})
