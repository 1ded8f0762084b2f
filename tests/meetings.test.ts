import {describe, expect, it} from 'vitest'
import {run} from './helpers.js'

/** Each principal's family name, title and country. */
const principals = (text: string) => run(text).records.participants.map((p) => [p.family_name, p.title, p.country])
const meetings = (text: string) => run(text).records.meetings.map(({name, kind, format, date, start_time, duration_minutes, duration_qualifier, location}) => ({name, kind, format, date, start_time, duration_minutes, duration_qualifier, location}))

describe('meetings', () => {
  it('should read the main meeting and a working meal held after it', () => {
    const text = 'Japan-Chile Relations\n\nJune 2, 2019\n\nOn June 2, commencing at 2:00 p.m. for approximately one hour and 10 minutes, Mr. Taro Yamada, Minister for Foreign Affairs, held a Japan-Chile Foreign Ministers\' Meeting with H.E. Ms. Ana Silva, Minister of Foreign Affairs of Chile, who is visiting Japan. Following the meeting, Minister Yamada hosted a working lunch from around 3:30 p.m. for nearly 90 minutes.\n'
    expect(meetings(text)).toEqual([
      {name: "Japan-Chile Foreign Ministers' Meeting", kind: 'meeting', format: 'in_person', date: '2019-06-02', start_time: '14:00', duration_minutes: 70, duration_qualifier: 'approximately', location: 'Japan'},
      {name: 'working lunch', kind: 'working_lunch', format: 'in_person', date: '2019-06-02', start_time: '15:30', duration_minutes: 90, duration_qualifier: 'nearly', location: 'Japan'}
    ])
  })

  it('should read a meal reported in the passive as a meeting of its own', () => {
    const text = 'Relations\n\nJuly 2, 2025\n\nOn July 2, commencing at 12:10 p.m. for approximately 30 minutes, Mr. TANAKA Ken, Prime Minister of Japan, held a summit meeting with H.E. Ms. Ana Silva, President of Chile, who was visiting Japan. After that, commencing at 12:45 p.m., a working lunch was held for approximately 55 minutes.\n'
    expect(meetings(text).map((m) => [m.kind, m.start_time, m.duration_minutes])).toEqual([
      ['summit_meeting', '12:10', 30],
      ['working_lunch', '12:45', 55]
    ])
  })

  it('should read telephone talks and video conferences, with no place', () => {
    const tel = meetings('Relations\n\nMay 5, 2020\n\nOn May 5, from 9:00 p.m. for about 20 minutes, Mr. Taro Yamada, Minister for Foreign Affairs, held a telephone talk with Ms. Ana Silva, Minister of Foreign Affairs of Chile.\n')
    expect(tel[0]).toMatchObject({kind: 'telephone_talk', format: 'telephone', start_time: '21:00', duration_minutes: 20, location: null})
    const video = meetings('Relations\n\nMay 5, 2020\n\nOn May 5, Mr. Taro Yamada, Minister for Foreign Affairs, held a video conference with Ms. Ana Silva, Minister of Foreign Affairs of Chile.\n')
    expect(video[0]).toMatchObject({kind: 'video_conference', format: 'video'})
  })

  it('should keep the caller of a telephone talk its host when the caller is visiting a third country', () => {
    const {records} = run('Relations\n\nMay 5, 2020\n\nOn May 5, from 9:00 a.m. for about 15 minutes, Mr. Taro Yamada, Minister for Foreign Affairs of Japan, who is visiting Munster, Germany, held telephone talks with Ms. Ana Silva, Minister of Foreign Affairs of Chile.\n')
    expect(records.meetings[0]).toMatchObject({format: 'telephone', location: 'Munster'})
    expect(records.participants.map((p) => [p.family_name, p.role])).toEqual([
      ['Yamada', 'host'],
      ['Silva', 'guest']
    ])
  })

  it('should take the country written right after a name, in the older style', () => {
    const {records} = run("Japan-Chile Foreign Ministers' Meeting\n\nMay 7, 2005\n\n1. Foreign Minister Taro Yamada held a meeting with Foreign Minister Ana Silva of the Republic of Chile for about three hours from 4:00 p.m. on May 7 in Kyoto.\n")
    expect(records.participants.map((p) => [p.family_name, p.title, p.country])).toEqual([
      ['Yamada', 'Foreign Minister', 'JP'],
      ['Silva', 'Foreign Minister', 'CL']
    ])
  })

  it('should read another ministry\'s style: "met today", a labelled release date, a country adjective before the office', () => {
    const page = (header: string) =>
      run(`Secretary Silva's Meeting with Japanese Foreign Minister Yamada\n\n${header}\n\nSecretary of State Ana M. Silva met today with Japanese Foreign Minister Taro Yamada in Washington. The Secretary and Foreign Minister discussed the alliance.\n`).records
    const records = page('Published 7 January 2022')
    expect(records.document.published).toBe('2022-01-07')
    expect(records.meetings[0]).toMatchObject({date: '2022-01-07', location: 'Washington'})
    expect(records.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ['Ana M. Silva', 'Secretary of State', null],
      ['Taro Yamada', 'Foreign Minister', 'JP']
    ])
    expect(records.statements.map((s) => [s.actor_kind, s.actor])).toEqual([['joint', 'The Secretary and Foreign Minister']])
    expect(page('JANUARY 7, 2022').meetings[0].date).toBe('2022-01-07')
  })

  it('should read a meeting reported in the passive, with its principals from the next sentence', () => {
    const {records} = run("G7 Foreign Ministers' Meeting\n\nApril 18, 2023\n\n1. On April 16 to 18, the G7 Foreign Ministers' Meeting was held in Karuizawa, Nagano. Mr. Taro Yamada, Minister for Foreign Affairs of Japan, chaired the meeting. The overview is as follows.\n")
    expect(records.meetings[0]).toMatchObject({name: "G7 Foreign Ministers' Meeting", date: '2023-04-16', location: 'Karuizawa'})
    expect(records.participants.map((p) => [p.name, p.title, p.country])).toEqual([['Taro Yamada', 'Minister for Foreign Affairs', 'JP']])
  })

  it('should not ask for the country of an international organization\'s officer', () => {
    const {file, records} = run('Relations\n\nDecember 12, 2024\n\nOn December 12, commencing at 4:15 p.m. for approximately 20 minutes, Mr. Ken Sato, Prime Minister of Japan, received a courtesy call from Dr. Ana Silva, Director-General of the World Health Organization (WHO).\n')
    expect(records.participants.map((p) => [p.name, p.country])).toEqual([
      ['Ken Sato', 'JP'],
      ['Ana Silva', null]
    ])
    expect(file.messages.filter((m) => m.ruleId === 'participant-country')).toEqual([])
  })

  it('should add up a meeting held in two formats, one after the other', () => {
    const lead = (formats: string) => `Relations\n\nOctober 5, 2023\n\nOn October 5, commencing at 11:30 a.m., Mr. Taro Yamada, Prime Minister of Japan, held a Japan-Chile Summit Meeting with H.E. Mr. Juan Perez, President of the Republic of Chile, ${formats}.\n`
    expect(run(lead('for approximately 20 minutes in a small group format and for approximately 50 minutes in an expanded format')).records.meetings[0].duration_minutes).toBe(70)
    expect(run(lead('for approximately 20 minutes, and then visited a school for 50 minutes')).records.meetings[0].duration_minutes).toBe(20)
  })

  it('should read a courtesy call, with the caller as guest', () => {
    const {records} = run('Relations\n\nMay 5, 2020\n\nOn May 5, H.E. Ms. Ana Silva, Minister of Foreign Affairs of Chile, paid a courtesy call on Mr. Ken Sato, Prime Minister of Japan.\n')
    expect(records.meetings[0].kind).toBe('courtesy_call')
    expect(records.participants.map((p) => [p.family_name, p.role, p.title, p.country])).toEqual([
      ['Silva', 'guest', 'Minister of Foreign Affairs', 'CL'],
      ['Sato', 'host', 'Prime Minister', 'JP']
    ])
  })

  it('should end an office before "present"', () => {
    const {records} = run('Japan-Chile Relations\n\nMay 5, 2020\n\nOn May 5, Mr. Ken Sato, Prime Minister of Japan, held a meeting with H.E. Ms. Ana Silva, President of Chile, with Mr. Taro Yamada, Minister for Foreign Affairs present.\n')
    expect(records.participants.map((p) => [p.family_name, p.title])).toContainEqual(['Yamada', 'Minister for Foreign Affairs'])
  })

  it('should give the publishing side the country of the page when its title names none', () => {
    const {records} = run('Japan-Chile Relations\n\nMay 5, 2020\n\nOn May 5, Mr. Taro Yamada, Minister for Foreign Affairs, held a meeting with Ms. Ana Silva, Minister of Foreign Affairs of Chile.\n')
    expect(records.participants.map((p) => [p.family_name, p.role, p.country])).toEqual([
      ['Yamada', 'host', 'JP'],
      ['Silva', 'guest', 'CL']
    ])
  })

  it('should leave the date empty, with a warning, when neither text nor header gives a year', () => {
    const {records, messages} = run('Relations\n\nOn May 5, Mr. Taro Yamada, Minister for Foreign Affairs, held a meeting with Ms. Ana Silva, Minister of Foreign Affairs of Chile.\n')
    expect(records.meetings[0].date).toBeNull()
    expect(messages.some((m) => m.includes('date-without-year') || m.includes('without a year'))).toBe(true)
  })

  it('should date a meeting the way other ministries do: by the title, a dateline, or a day named relative to the release', () => {
    const date = (text: string) => run(text).records.meetings[0]?.date
    expect(date('PM call with President Mireles of Chile: 15 September 2017\n\nPrime Minister Jane Cole spoke to President Ana Mireles this evening.\n')).toBe('2017-09-15')
    expect(date('Secretary’s Call with Foreign Minister Silva\n\nMay 7, 2022\n\nSecretary of State John Reed spoke today with Chilean Foreign Minister Ana Silva.\n')).toBe('2022-05-07')
    expect(date('Foreign Minister receives call\n\nPress Release 07 May, 2022\n\nISLAMABAD: Foreign Minister Ali Khan received a telephone call Friday from Secretary of State John Reed.\n')).toBe('2022-05-06')
    expect(date('Talks in Bali\n\nPosted on November 16, 2022 by Desk\n\nNUSA DUA, Indonesia, Nov. 15 (Xinhua) -- President Wei Ming met with President Ana Silva of Chile here on Tuesday.\n')).toBe('2022-11-15')
    expect(date('Leaders meet\n\nDhaka, 20 November 2022:\n\nForeign Minister Dr. Ali Khan met Foreign Minister Ana Silva of Chile yesterday in Manama.\n')).toBe('2022-11-19')
  })

  it('should hear a call in "spoke with" and "Call with", a video meeting in "joined ... for a virtual meeting"', () => {
    const format = (text: string) => run(text).records.meetings[0]?.format
    expect(format('Secretary Reed’s Call with Foreign Minister Silva\n\nMay 7, 2022\n\nSecretary of State John Reed spoke today with Chilean Foreign Minister Ana Silva.\n')).toBe('telephone')
    expect(format('Media release\n\n9 February 2022\n\nOn Tuesday I joined H.E. Ana Silva, Minister for Foreign Affairs of Chile, for a virtual meeting.\n')).toBe('video')
    expect(format('Talks\n\nMay 7, 2022\n\nSecretary of State John Reed met with Chilean Foreign Minister Ana Silva in Santiago and spoke with reporters.\n')).toBe('in_person')
  })

  it('should find the principals other ministries name, with their countries', () => {
    const principals = (text: string) => run(text).records.participants.map((p) => [p.name, p.title, p.country])
    expect(principals('Talks\n\nMarch 1, 2022\n\nOn 1 March, Minister of Foreign Affairs of Ukraine Dmytro Kuleba held a phone conversation with his Chinese counterpart Wang Yi.\n')).toEqual([
      ['Dmytro Kuleba', 'Minister of Foreign Affairs', 'UA'],
      ['Yi Wang', null, 'CN']
    ])
    expect(principals('Readout\n\nFebruary 23, 2021\n\nToday, Prime Minister Justin Trudeau met virtually with the President of the United States of America, Joe Biden.\n').map((p) => [p[0], p[2]])).toEqual([
      ['Justin Trudeau', null],
      ['Joe Biden', 'US']
    ])
    expect(principals('Meeting\n\nFebruary 12, 2024\n\nStéphane Séjourné, Minister for Europe and Foreign Affairs, hosted his Polish counterpart, Radosław Sikorski, Minister of Foreign Affairs, in Paris.\n').map((p) => [p[0], p[2]])).toEqual([
      ['Stéphane Séjourné', null],
      ['Radosław Sikorski', 'PL']
    ])
  })

  it('should date a lead with no day by the next sentence that reports the encounter with its day', () => {
    const {records} = run('Press release\n\nForeign Secretary meets counterparts\n\nThe press release issued by the Foreign Office on 22 September 2022.\n\nForeign Secretary John Reed held trilateral talks with his Chilean counterpart, Foreign Minister Ana Silva, and Peruvian Foreign Minister Luis Soto.\n\nThe Foreign Ministers met in New York on 21 September 2022 and agreed to deepen their cooperation.\n')
    expect(records.meetings[0].date).toBe('2022-09-21')
  })

  it('should read "separate meetings with X and Y" as one meeting with each', () => {
    const {records} = run('Talks\n\nFebruary 19, 2020\n\nForeign Minister Ana Silva had separate meetings with Peruvian Foreign Minister Luis Soto and Bolivian Foreign Minister Juan Rojas in Lima on February 19.\n')
    const names = (id: string) => records.participants.filter((p) => p.meeting_id === id).map((p) => p.family_name)
    expect(records.meetings.map((m) => names(m.meeting_id))).toEqual([
      ['Silva', 'Soto'],
      ['Silva', 'Rojas']
    ])
  })

  it('should take the publishing side from a line naming a government body, the other side from the headline\'s nationality, and not a clause for a second office', () => {
    expect(principals('PM call with US President Reed: 15 September 2017\n\nPrime Minister Jane Cole spoke to President John Reed about North Korea.\n\nFrom:\nPrime Minister\'s Office, 10 Downing Street\n')).toEqual([
      ['Cole', 'Prime Minister', 'GB'],
      ['Reed', 'President', 'US']
    ])
    expect(principals('Call\n\nMarch 28, 2023\n\nPrince Ahmed bin Khalid, Crown Prince and Prime Minister, today telephoned President Wei Ming of the People\'s Republic of China.\n')[0][1]).toBe('Crown Prince and Prime Minister')
  })

  it('should add the principals of an attendance list, each with the office and country written before the name', () => {
    const {records} = run('News\n\nPresident Ana Silva chaired a virtual summit with Central Asian leaders\n\n25 January 2022\n\nPresident Ana Silva of Chile chaired a video conversation with the leaders of Central Asia.\n\nTaking part were President of France Jean Dupont, Kyrgyz President Sadyr Japarov and Uzbek President Shavkat Mirziyoyev, President of the European Commission Ursula von der Leyen, and Prime Minister of Norway Jonas Berg.\n')
    expect(records.meetings[0]).toMatchObject({format: 'video', date: '2022-01-25'})
    expect(records.participants.map((p) => [p.family_name, p.title, p.country, p.role])).toEqual([
      ['Silva', 'President', 'CL', 'participant'],
      ['Dupont', 'President', 'FR', 'participant'],
      ['Japarov', 'President', 'KG', 'participant'],
      ['Mirziyoyev', 'President', 'UZ', 'participant'],
      ['von der Leyen', 'President of the European Commission', null, 'participant'],
      ['Berg', 'Prime Minister', 'NO', 'participant']
    ])
  })

  it('should date a summary paragraph by the release date line under it, with its time', () => {
    const {records} = run('PM Ana Silva holds phone talks with Peruvian counterpart\n\nAGENCY - Peruvian Prime Minister Luis Soto congratulated Prime Minister Ana Silva during phone talks on April 20.\n\nApril 20, 2021 9:12 PM GMT+7\n\nThe two leaders agreed to meet soon.\n')
    expect(records.meetings[0].date).toBe('2021-04-20')
  })

  it('should give the publishing side to the subject of the lead, a visitor too, and read two offices of countries joined by "and"', () => {
    expect(principals('Office of the President, Republic of Korea\n\nBriefing on the summit\n\nJune 23, 2023\n\nPresident Kim Min-jun, who is on a state visit to Chile, held a summit with President Ana Silva in Santiago today.\n')).toEqual([
      ['Kim', 'President', 'KR'],
      ['Silva', 'President', null]
    ])
    expect(principals('News\n\nLeaders talk\n\n27 December 2025\n\nIn Halifax, President of Chile Ana Silva and Prime Minister of Canada Mark Reed held a video conversation with European leaders.\n')).toEqual([
      ['Silva', 'President', 'CL'],
      ['Reed', 'Prime Minister', 'CA']
    ])
  })

  it('should read the principals of a meeting hosted and attended by others, an office on the name\'s line, and not a name in a clause about the subject', () => {
    expect(principals('Press Releases\n\nTrilateral Meeting\n\nNew York, 19 September 2022:\n\nForeign Minister Ana Silva of Chile took part in the first trilateral meeting. The meeting was hosted by H.E. Mr. Luis Soto, Minister of Foreign Affairs of Peru, and was also attended by H.E. Ms. Marta Rojas, Minister of Foreign Affairs of Bolivia.\n')).toEqual([
      ['Silva', 'Foreign Minister', 'CL'],
      ['Soto', 'Minister of Foreign Affairs', 'PE'],
      ['Rojas', 'Minister of Foreign Affairs', 'BO']
    ])
    expect(principals('Talks\n\nMay 9, 2022\n\nMinister of Foreign Affairs Chung Eui-yong, who is leaving office with the end of the Moon Jae-in administration, held phone talks with PRC Director of the Office of the Central Foreign Affairs Commission Wang Yi.\n')).toEqual([
      ['Chung', 'Minister of Foreign Affairs', null],
      ['Wang', 'Director of the Office of the Central Foreign Affairs Commission', 'CN']
    ])
  })

  it('should take the principals of a list under "Also taking part ... were:", and of the sentence before "Their meeting took place"', () => {
    const {records} = run('European Commission\n\nStatement\n\n16 August 2025\n\nStatement on the call\n\nThe Commission confirms that President Ana Silva took part today in a call in which the President of Peru, Luis Soto, briefed her and other leaders.\n\nAlso taking part in the call, which lasted an hour, were:\n- Marta Rojas, President of Bolivia;\n- Juan Perez, Prime Minister of Spain.\n\nFollowing the call, President Silva joined a separate exchange.\n')
    expect(records.participants.map((p) => [p.family_name, p.country])).toEqual([
      ['Silva', null],
      ['Soto', 'PE'],
      ['Rojas', 'BO'],
      ['Perez', 'ES']
    ])
    const welcomed = run('10 Downing Street\n\nPM meeting with Prime Minister Silva of Chile\n\nPrime Minister Jane Cole welcomed Chilean Prime Minister Ana Silva to Downing Street this morning.\n\nTheir meeting took place ahead of the summit. The two leaders agreed that trade matters.\n\nPublished 2 March 2025\n')
    expect(welcomed.records.participants.map((p) => p.family_name)).toEqual(['Cole', 'Silva'])
    expect(welcomed.records.meetings[0].date).toBe('2025-03-02')
  })

  it('should find the release date in stamps of other shapes', () => {
    const date = (text: string) => run(text).records.meetings[0]?.date
    expect(date('Chinese FM holds talks\n\nSource: Xinhua | 2022-04-01 | Editor: huaxia\n\nHEFEI, April 1 (Xinhua) -- Foreign Minister Wang Yi on Thursday held talks with Foreign Minister Ana Silva.\n')).toBe('2022-03-31')
    expect(date('European Commission\n\nDaily News 27 / 10 / 2022\n\nPresident von der Leyen speaks with Ana Silva\n\nOn Wednesday, President Ursula von der Leyen held a telephone call with Ana Silva.\n')).toBe('2022-10-26')
    expect(date('PRESS RELEASE : Prime Minister call with President Silva\n\nPosted on 27 October 2023 in Press Releases\n\nPrime Minister Jane Cole spoke with President Ana Silva this morning.\n')).toBe('2023-10-27')
    expect(date('VGP News\n\nPM holds phone talks with Chilean President\n\nJanuary 13, 2022 3:40 PM GMT+7\n\nPrime Minister Ana Silva held phone talks on Thursday with President Luis Soto, on the occasion of the anniversary of relations (January 18).\n')).toBe('2022-01-13')
  })

  it('should not take for a principal the one who reports the meeting, nor one of another encounter', () => {
    const principals = (text: string) => run(text).records.participants.map((p) => p.family_name)
    expect(principals('Briefing\n\nNovember 7, 2024\n\nPresident Ana Silva spoke by telephone with President Luis Soto for about 12 minutes today, Deputy National Security Adviser Kim Tae-hyo told reporters.\n')).toEqual(['Silva', 'Soto'])
    expect(principals('Statement\n\n16 August 2025\n\nPresident Ana Silva took part today in a call in which the President of Peru, Luis Soto, debriefed her on his meeting with President Juan Rojas in Lima yesterday.\n')).toEqual(['Silva', 'Soto'])
  })

  it('should read a wire story of one paragraph with no stop, under a numeric date with its time', () => {
    const {records} = run('09/05/2025 10:41 AM\n\nSANTIAGO, May 9 (Agency) -- President Ana Silva and Peruvian President Luis Soto spoke by telephone yesterday and updated each other on several bilateral issues -- AGENCY\n')
    expect(records.meetings[0]).toMatchObject({format: 'telephone', date: '2025-05-08'})
    expect(records.participants.map((p) => p.family_name)).toEqual(['Silva', 'Soto'])
  })

  it('should read the meeting of the next paragraph when the lead reports none, and leave out who reports it or an encounter to come', () => {
    const principals = (text: string) => run(text).records.participants.map((p) => p.family_name)
    expect(principals('Press Releases\n\nJoint Commission, Lima\n\nAugust 21, 2019\n\n1. Minister Ana Silva is paying a two-day visit to Peru. She travelled from Quito, where she had held talks with Foreign Minister Juan Rojas of Ecuador.\n\n2. Today, Minister Silva and Minister Luis Soto of Peru co-chaired the fifth meeting of the Joint Commission.\n')).toEqual(['Silva', 'Soto'])
    expect(principals('Presidency\n\nSummit - 7 April 2025\n\nPresidential Spokesman Ambassador Juan Rojas stated that President Ana Silva hosted a summit with President Luis Soto of Peru.\n')).toEqual(['Silva', 'Soto'])
    expect(principals('Press Release\n\nMinister Ana Silva held a meeting today with H.E. Luis Soto, Minister of Foreign Affairs of Peru, and discussed the official visit to Peru by Prime Minister Juan Rojas beginning on 1 April.\n\nLima, 29 March 2022\n')).toEqual(['Silva', 'Soto'])
    expect(run('Press Release\n\nMinister Ana Silva held a meeting today with H.E. Luis Soto, Minister of Foreign Affairs of Peru, and discussed the visit beginning on 1 April.\n\nLima, 29 March 2022\n').records.meetings[0].date).toBe('2022-03-29')
    expect(principals('Press release\n\nThursday, 14 August 2025\n\nOn Wednesday, Chancellor Ana Silva hosted a video conference with US President Luis Soto and Vice President JD Vance to prepare for the meeting between President Soto and President Juan Rojas planned in Alaska.\n')).toEqual(['Silva', 'Soto', 'Vance'])
  })

  it('should read stamps of yet other shapes, an anaphoric "The meeting took place", and a video link to another event', () => {
    const date = (text: string) => run(text).records.meetings[0]?.date
    expect(date('THE WHITE HOUSE\n\nReadout of President Reed\'s Call with President Silva\n\nFEBRUARY 16, 2022 - STATEMENTS AND RELEASES\n\nPresident John Reed spoke by phone today with President Ana Silva of Chile.\n')).toBe('2022-02-16')
    expect(date('Digest\n\nPM call with President Silva\n\nPosted on 10 November 2022 at 16:40 by Newsdesk\n\nPrime Minister Jane Cole spoke by telephone this morning with President Ana Silva.\n')).toBe('2022-11-10')
    const {records} = run('News | Politics\n\nPM meets President Silva\n\nTuesday, 27/06/2023\n\nAGENCY - Prime Minister Luis Soto called for more contacts when he met President Ana Silva of Chile in Santiago on June 27.\n\nThe meeting took place during his official visit from June 25 to 28, made at the invitation of Premier Juan Rojas.\n\nThe leaders also joined by video link the ground-breaking of a railway.\n')
    expect(records.meetings[0]).toMatchObject({date: '2023-06-27', format: 'in_person'})
    expect(records.participants.map((p) => p.family_name)).toEqual(['Soto', 'Silva'])
  })

  it('should tell the publishing side from a body in a header of capitals, and from the country named beside the other side\'s', () => {
    const countries = (text: string) => run(text).records.participants.map((p) => [p.family_name, p.country])
    expect(countries('THE WHITE HOUSE\n\nReadout of President Reed\'s Call with Chancellor Silva of Germany\n\nFEBRUARY 16, 2022\n\nPresident John Reed spoke by phone today with Chancellor Ana Silva of Germany about Russia, Russia and Russia.\n')).toEqual([
      ['Reed', 'US'],
      ['Silva', 'DE']
    ])
    expect(countries('Readout\n\nMarch 4, 2024\n\nMinister Jane Cole held a call with Minister of Defence Ana Silva of Chile about Russia and Ukraine; the two agreed that the support of both Peru and Chile for Ukraine remains a priority.\n')).toEqual([
      ['Cole', 'PE'],
      ['Silva', 'CL']
    ])
  })

  it('should read "EAM and X co-chaired" with the holder of the office the abbreviation names, and not an earlier meeting ("who had last met")', () => {
    const principals = (text: string) => run(text).records.participants.map((p) => p.family_name)
    expect(principals('Press Releases\n\nJoint Commission\n\nAugust 21, 2019\n\n1. External Affairs Minister Dr. S. Jaishankar is paying a two-day visit to Peru.\n\n2. Today, EAM and Minister Luis Soto of Peru co-chaired the fifth meeting of the Joint Commission.\n')).toEqual(['Jaishankar', 'Soto'])
    expect(principals('Press Releases\n\nAnnual Summit\n\nSeptember 14, 2017\n\nPrime Minister Ana Silva received H.E. Mr. Luis Soto, Prime Minister of Peru, for the Annual Summit today. It was the fourth annual summit between the two leaders, who had last met in Hamburg.\n')).toEqual(['Silva', 'Soto'])
  })

  it('should read a title that says who speaks with whom, a telephone conference, and a list under "together with:"', () => {
    const meeting = (text: string) => run(text).records.meetings[0]
    expect(meeting('Prime Minister Ana Silva speaks with Prime Minister of Spain Luis Soto\n\nJanuary 27, 2019\nSantiago\n\nPrime Minister Ana Silva spoke today with Prime Minister Luis Soto of Spain about Venezuela.\n')).toMatchObject({format: 'telephone'})
    expect(meeting('Chancellor holds telephone conference\n\n8 February 2015\n\nThis morning Federal Chancellor Ana Silva and President Luis Soto of France held a lengthy telephone conference.\n')).toMatchObject({format: 'telephone'})
    const {records} = run('Office of the Spokesperson\n\nSecretary Reed\'s Participation in the Ministerial\n\nFebruary 28, 2023\n\nSecretary of State John Reed took part today in the Ministerial Meeting in Astana, together with:\n\nKazakhstan Foreign Minister Ana Silva;\nTajikistan Foreign Minister Luis Soto.\n')
    expect(records.participants.map((p) => [p.family_name, p.country])).toEqual([
      ['Reed', 'US'],
      ['Silva', 'KZ'],
      ['Soto', 'TJ']
    ])
  })

  it('should take the date of a place-and-date line over a republisher\'s stamp', () => {
    const {records} = run('AGENCY\n\nPrime Minister Ana Silva meets with Luis Soto\n\nPosted on 28 January 2020 by Desk\n\nOttawa, Ontario - January 27, 2020\n\nToday, Prime Minister Ana Silva met with the Interim President of Peru, Luis Soto.\n')
    expect(records.meetings[0].date).toBe('2020-01-27')
  })
})

describe('participants and dates in the styles of other governments', () => {
  it('should read two offices joined by "and" before a name as one person\'s title', () => {
    const {records} = run('Talks\n\nMay 3, 2023\n\nDeputy Prime Minister and Foreign Minister Pham Binh Minh of Viet Nam held talks with Minister for Foreign Affairs Ana Silva of Chile in Hanoi.\n')
    expect(records.participants.map((p) => [p.family_name, p.title])).toEqual([
      ['Pham', 'Deputy Prime Minister and Foreign Minister'],
      ['Silva', 'Minister for Foreign Affairs']
    ])
  })

  it('should give each name of a list the office written before it, not the next one\'s', () => {
    const {records} = run('Call\n\nMarch 21, 2022\n\nThe President of the Council of Ministers, Mario Draghi, took part in a telephone conversation with the President of the United States, Joe Biden, the President of the French Republic, Emmanuel Macron, and the Prime Minister of the United Kingdom, Boris Johnson.\n')
    expect(records.participants.map((p) => [p.family_name, p.title, p.country])).toEqual([
      ['Draghi', 'President of the Council of Ministers', null],
      ['Biden', 'President', 'US'],
      ['Macron', 'President', 'FR'],
      ['Johnson', 'Prime Minister', 'GB']
    ])
  })

  it('should read "Mexico City, May 6, 2021.- Yesterday, ..." as a dateline, the meeting the day before', () => {
    expect(meetings('Press release\n\nMexico City, May 6, 2021.- Yesterday, Foreign Secretary Ana Silva held a virtual meeting with Secretary Luis Soto of the United States.\n')[0]).toMatchObject({date: '2021-05-05', format: 'video'})
  })
})

describe('leads of other shapes', () => {
  const principals = (text: string) => run(text).records.participants.map((p) => [p.family_name, p.country])

  it('should keep the principals of the lead when a later sentence says who else "took part in the meeting"', () => {
    expect(principals('Ministry of Foreign Affairs, Republic of Korea\n\nOutcome of the Foreign Ministers\' Meeting\n\nDate 2025-08-23\n\n1. Minister of Foreign Affairs Cho Hyun met yesterday in Washington with Marco Rubio, Secretary of State of the United States. Andrew Baker, Deputy National Security Advisor, also took part in the meeting.\n')).toEqual([
      ['Cho', 'KR'],
      ['Rubio', 'US']
    ])
  })

  it('should read a guest received in the passive, and "the two Heads of State held a private meeting" as the lead\'s meeting', () => {
    expect(run('Presidency of the Republic of Chile\n\nMexico City, November 23, 2022\n\nThe President of the Republic, Gabriel Boric Font, was received this Wednesday at the National Palace by the President of the United Mexican States, Andrés Manuel López Obrador.\n\nAfter a welcome ceremony, the two Heads of State held a private meeting. On the Chilean side, Foreign Minister Antonia Urrejola took part.\n').records.participants.map((p) => [p.name, p.country])).toEqual([
      ['Gabriel Boric Font', 'CL'],
      ['Andrés Manuel López Obrador', 'MX']
    ])
  })

  it('should read the meeting a journey was for, and the release date of "News item | 16-07-2024 | 10:15"', () => {
    const {records} = run('Government of the Netherlands\n\nPrime Minister Schoof visits Luxembourg\n\nNews item | 16-07-2024 | 10:15\n\nPrime Minister Dick Schoof travelled to Luxembourg yesterday for an introductory meeting with his Luxembourg counterpart, Luc Frieden. Earlier in the day he had been in Brussels, where he met the Belgian Prime Minister, Alexander De Croo.\n')
    expect(records.meetings[0].date).toBe('2024-07-15')
    expect(records.participants.map((p) => [p.family_name, p.country])).toEqual([
      ['Schoof', 'NL'],
      ['Frieden', 'LU']
    ])
  })

  it('should read a host of a summit, names with an Arabic article and a country named alone atop the page', () => {
    expect(principals('Hellenic Republic\nPrime Minister\'s Office\n\nTuesday, 19 October 2021\n\nPrime Minister Kyriakos Mitsotakis hosts the Trilateral Summit\n\nPrime Minister Kyriakos Mitsotakis today hosted the President of the Republic of Cyprus, Nicos Anastasiades, and the President of the Arab Republic of Egypt, Abdel Fattah el-Sisi, in Athens for the 9th Trilateral Summit.\n')).toEqual([
      ['Mitsotakis', 'GR'],
      ['Anastasiades', 'CY'],
      ['el-Sisi', 'EG']
    ])
  })

  it('should read "President von der Leyen" as a family name of particles', () => {
    expect(run('Call\n\n29 October 2025\n\nPresident von der Leyen held a telephone call today with Prime Minister Takaichi Sanae of Japan.\n').records.participants.map((p) => [p.given_name, p.family_name])).toEqual([
      [null, 'von der Leyen'],
      ['Sanae', 'Takaichi']
    ])
  })
})

describe('more leads of other shapes', () => {
  const principals = (text: string) => run(text).records.participants.map((p) => p.family_name)

  it('should read "sat down with" and "came to ... for talks with" as the meeting', () => {
    expect(principals('Outcome\n\nDate 2025-08-23\n\n1. Minister of Foreign Affairs Cho Hyun sat down in Washington yesterday with Marco Rubio, Secretary of State of the United States.\n')).toEqual(['Cho', 'Rubio'])
    expect(principals('PM meeting with President Abbas: 8 September 2025\n\nPresident Mahmoud Abbas of the Palestinian Authority came to Downing Street for talks with Prime Minister Keir Starmer.\n')).toEqual(['Abbas', 'Starmer'])
  })

  it('should not count a principal named in an opening "With ..." phrase', () => {
    expect(principals('Outcome\n\nDate 2025-08-23\n\n1. With President Lee Jae Myung\'s first trip to the United States drawing near, Minister of Foreign Affairs Cho Hyun met in Washington yesterday with Marco Rubio, Secretary of State of the United States.\n')).toEqual(['Cho', 'Rubio'])
  })

  it('should date "today" by the release\'s own date line, not by a republisher\'s above it', () => {
    expect(meetings('Policy Wire\n\nReadout of the phone call between President Ana Silva and Prime Minister Luis Soto\n\n30 October 2025 · Official statements\n\nThe following readout was issued by the Presidency.\n\nSantiago, 29 October 2025\n\nPresident Ana Silva held a telephone call today with Prime Minister Luis Soto of Peru.\n')[0].date).toBe('2025-10-29')
  })
})

describe('the signer of a release', () => {
  const principals = (text: string) => run(text).records.participants.map((p) => p.family_name)
  const countries = (text: string) => run(text).records.participants.map((p) => [p.family_name, p.country])

  it('should read "the Foreign Secretary received X" as the one the "From:" line names', () => {
    expect(principals('News story\n\nForeign Secretary hosts Canadian counterpart\n\nFrom: Foreign, Commonwealth and Development Office and The Rt Hon David Lammy MP\nPublished 8 July 2024\n\nIn his first engagement at home since taking office, the Foreign Secretary received Canada\'s Minister of Foreign Affairs, Mélanie Joly, in London on Monday.\n')).toEqual(['Lammy', 'Joly'])
  })

  it('should read "I met" after a long opening phrase as the minister who signs the release', () => {
    expect(principals('Senator the Hon Penny Wong\nMinister for Foreign Affairs\n\nMedia statement\nMeeting with Chinese Foreign Minister Qin Gang\n3 March 2023\n\nOn the margins of the G20 Foreign Ministers\' Meeting in New Delhi on 2 March, I met China\'s Minister of Foreign Affairs, Qin Gang.\n')).toEqual(['Wong', 'Qin'])
  })

  it('should read an office written alone as the signer when the one who holds it elsewhere on the page is the guest of the same sentence', () => {
    expect(principals('PM meeting with Prime Minister Reed of Australia: 26 September 2025\n\nFrom: Prime Minister\'s Office, 10 Downing Street and The Rt Hon Ana Silva MP\nPublished 26 September 2025\n\nThe Prime Minister hosted the Prime Minister of Australia, Tom Reed, in London this afternoon. Prime Minister Reed thanked her.\n')).toEqual(['Silva', 'Reed'])
  })

  it('should read those who join or accompany a principal as no principals, after an opening phrase of two commas', () => {
    expect(principals('PM dinner with Donald Reed: 26 September 2024\n\nFrom: Prime Minister\'s Office, 10 Downing Street and The Rt Hon Ana Silva MP\nPublished 27 September 2024\n\nNew York, Thursday evening - Before flying home, the Prime Minister sat down to dinner with Donald Reed in New York, joined by the Foreign Secretary, David Lamb.\n')).toEqual(['Silva', 'Reed'])
  })

  it('should read the guest of a journey "for her first meeting with X", and a nickname in quotes as the same person', () => {
    expect(principals('Readout\n\nNovember 16, 2021\n\nThe Honourable Ana Silva, Minister of Foreign Affairs, travelled to Lima today for her first meeting with Luis Soto, Peru\'s Minister of Foreign Affairs.\n')).toEqual(['Silva', 'Soto'])
    const {records} = run('Telephone conversation\n\nAugust 05, 2023\n\nPrime Minister Shri Ana Silva held a telephone conversation today with Rt. Hon\'ble Luis Kamal Soto \'Prachanda\', Prime Minister of Nepal. Prime Minister Prachanda thanked her.\n')
    expect(records.participants.map((p) => [p.family_name, p.title, p.country])[1]).toEqual(['Soto', 'Prime Minister', 'NP'])
    expect(records.statements.map((s) => s.actor_id)).toEqual(['person:luis-kamal-soto'])
  })

  it('should read the country of an office from its possessive, and an office after "the newly appointed"', () => {
    const {records} = run('Readout\n\nAugust 28, 2024\n\nSecretary of State Ana Silva held a call today with Luis Soto, Italy\'s Deputy Prime Minister and Minister of Foreign Affairs, and then with Juan Rojas, the newly appointed Minister of Foreign Affairs of Peru.\n')
    expect(records.participants.map((p) => [p.family_name, p.title, p.country]).slice(1)).toEqual([
      ['Soto', 'Deputy Prime Minister and Minister of Foreign Affairs', 'IT'],
      ['Rojas', 'Minister of Foreign Affairs', 'PE']
    ])
  })

  it('should give the author of a release in the first person the first office written above the name atop the page', () => {
    const {records} = run('Minister for Foreign Affairs\nMinister for Women\nSenator the Hon Ana Silva\n\nMedia release\n\n21 Mar 2022\n\nToday I met Luis Soto, Minister of Foreign Affairs of Peru.\n')
    expect(records.participants.map((p) => [p.family_name, p.title])).toEqual([['Silva', 'Minister for Foreign Affairs'], ['Soto', 'Minister of Foreign Affairs']])
  })

  it('should not take the publishing side\'s country from a destination, a party to a conflict or the end of a list', () => {
    expect(countries('Press Releases\n\nForeign Minister Ana Silva Talks by Phone with Egyptian Foreign Minister Luis Soto on Israel-Hamas Conflict\n\nDate\n2023-10-31\n\n1. Minister of Foreign Affairs Ana Silva, on her way to Turkmenistan, held a phone conversation on October 30 with Luis Soto, Minister of Foreign Affairs of the Arab Republic of Egypt, on the hostilities between Israel and Hamas.\n\n2. She asked for help for Chilean nationals. She has spoken with her counterparts from Israel, Qatar, Jordan and Egypt.\n')).toEqual([['Silva', 'CL'], ['Soto', 'EG']])
  })

  it('should read an office after another principal\'s name and "and" as the next name\'s, and a "Virtual Bilateral Summit" as video', () => {
    const {records} = run('Trilateral\n\nJakarta, 12 July 2023\n\nForeign Minister Ana Silva today hosted a trilateral meeting with Australian Foreign Minister Luis Soto and Indian External Affairs Minister Dr. S. Rojas.\n')
    expect(records.participants.map((p) => [p.family_name, p.title, p.country]).slice(1)).toEqual([['Soto', 'Foreign Minister', 'AU'], ['Rojas', 'External Affairs Minister', 'IN']])
    expect(meetings('Summit\n\nSeptember 26, 2020\n\nPrime Minister Ana Silva and Prime Minister Luis Soto of Peru held a Virtual Bilateral Summit today. It cost US$ 15 million.\n')[0].format).toBe('video')
  })

  it('should read the meeting in the first paragraph under a page\'s summary when the summary names one principal', () => {
    expect(principals('News story\n\nForeign Secretary holds talks with Luis Soto\n\nAna Silva and Peru\'s Foreign Minister reviewed relations.\n\nFrom: Foreign Office and The Rt Hon Ana Silva MP\nPublished 31 January 2018\n\nForeign Secretary Ana Silva today welcomed Luis Soto, the Foreign Minister of Peru, for talks on the relationship.\n')).toEqual(['Silva', 'Soto'])
  })

  it('should leave out the host of the event a meeting was on the margins of, and read a nationality inside a compound office', () => {
    const {records} = run('Press release\n18.06.2021\n\nOn Thursday, on the sidelines of the Summit hosted in Antalya by President Juan Rojas of Turkey, the High Representative, Ana Silva, held a meeting with Luis Soto, the Deputy Prime Minister and Irish Minister for Foreign Affairs.\n')
    expect(records.participants.map((p) => [p.family_name, p.title, p.country])).toEqual([['Silva', 'High Representative', null], ['Soto', 'Deputy Prime Minister and Minister for Foreign Affairs', 'IE']])
  })

  it('should read a country\'s initials inside an appositive office ("U.S. Secretary of State") as the country', () => {
    const {records} = run('Trilateral Foreign Ministers\' Video Conference\n\nAugust 15, 2023\n\nOn August 15, Mr. TANAKA Ken, Minister for Foreign Affairs, held a video conference with Dr. Luis Soto, Minister of Foreign Affairs of Peru, and the Honorable Ana Silva, U.S. Secretary of State.\n')
    expect(records.participants.filter((p) => p.family_name !== 'Tanaka').map((p) => [p.family_name, p.title, p.country])).toEqual([['Soto', 'Minister of Foreign Affairs', 'PE'], ['Silva', 'Secretary of State', 'US']])
  })

  it('should read "he and President X spoke" with the person the lead named before, and "convened ... The talk began at" as one meeting', () => {
    expect(principals('Talks (Summary)\n\nJune 14, 2024\n\nMr. TANAKA Ken, Prime Minister of Japan, is in Italy for the Summit. On June 14, he and the Honorable Luis Soto, President of Peru, spoke informally for about 5 minutes.\n')).toEqual(['Tanaka', 'Soto'])
    const talk = run('Telephone Talk\n\nJune 24, 2023\n\nMr. TANAKA Ken, Minister for Foreign Affairs of Japan, convened the G7 Foreign Ministers by telephone on June 24. The talk began at 8:15 p.m. and lasted about 40 minutes.\n').records
    expect(talk.participants.map((p) => p.family_name)).toEqual(['Tanaka'])
  })

  it('should read "X called President Y on the telephone" as a call, and not a later sentence\'s "talks" between others', () => {
    const call = meetings('Readout\n\nAugust 7, 2025\n\nPresident Ana Silva of Chile called Prime Minister Luis Soto on the telephone today.\n\nThe Prime Minister thanked her. He recalled the talks held in Lima, building on the telephone conversation of June.\n')
    expect(call.map((m) => [m.kind, m.format])).toEqual([['meeting', 'telephone']])
    expect(principals('Readout\n\nJune 3, 2025\n\nToday Secretary of State Ana Silva spoke by phone with Luis Soto, Foreign Minister of Peru. The two ministers talked about how to sustain direct Chile-Bolivia talks.\n')).toEqual(['Silva', 'Soto'])
  })

  it('should read "This evening the Prime Minister held a call with X" as the signer\'s call', () => {
    expect(principals('PM call with Prime Minister Soto: 6 April 2025\n\nFrom: Prime Minister\'s Office, 10 Downing Street and The Rt Hon Ana Silva MP\nPublished 6 April 2025\n\nThis evening the Prime Minister held a call with Luis Soto, Prime Minister of Peru.\n')).toEqual(['Silva', 'Soto'])
  })

  it('should read "The other participants were X and Y", a name before a country\'s possessive office, and a stamp with a long "| Source:" field', () => {
    expect(principals('Trilateral Meeting (Overview)\n\nSeptember 28, 2012\n\nOn September 28, Mr. Taro Yamada, Minister for Foreign Affairs, took part in a Trilateral Foreign Ministers\' Meeting in New York. The other participants were H.E. Mrs. Ana Silva, Secretary of State of the United States, and H.E. Mr. Luis Soto, Minister of Foreign Affairs of Peru.\n')).toEqual(['Yamada', 'Silva', 'Soto'])
    const {records} = run('WIRE\n\nSecretary Silva\'s Meeting with Slovak Foreign Minister Soto\n\nPosted on November 29, 2022 by Newsroom Staff | Source: U.S. Department of State, Bureau of European and Eurasian Affairs\n\nSecretary of State Ana Silva sat down today with Luis Soto, Slovakia\'s Minister of Foreign and European Affairs.\n')
    expect(records.meetings[0].date).toBe('2022-11-29')
    expect(records.participants.map((p) => [p.family_name, p.country])).toEqual([['Silva', 'US'], ['Soto', 'SK']])
  })

  it('should read a principal\'s spouse as a person, not a principal', () => {
    const {records} = run('Visit\n\nNovember 23, 2022\n\nThe President of Chile, Ana Silva, was received today by the President of Peru, Luis Soto, and his wife, Juana Rojas.\n')
    expect(records.participants.map((p) => p.family_name)).toEqual(['Silva', 'Soto'])
    expect(records.entities.filter((e) => e.type === 'person').map((e) => e.family_name).sort()).toEqual(['Rojas', 'Silva', 'Soto'])
    expect(principals('Visit\n\nNovember 23, 2022\n\nPresident Luis Soto of Peru, accompanied by Foreign Minister Juana Rojas, received President Ana Silva of Chile today.\n')).toEqual(['Soto', 'Silva'])
    // Only the spouse's name is set aside, not the principal the sentence names after it.
    expect(principals('Visit\n\nNovember 23, 2022\n\nPresident Luis Soto of Peru and his wife, Juana Rojas, received President Ana Silva of Chile today.\n')).toEqual(['Soto', 'Silva'])
  })

  it('should take the publishing side\'s country from a capital atop the page ("Ottawa, Ontario") before the countries the text names most', () => {
    expect(countries('Prime Minister Ana Silva speaks with President of Mexico Luis Soto\n\nReadouts\n\nApril 5, 2022\nOttawa, Ontario\n\nToday, Prime Minister Ana Silva spoke with the President of Mexico, Luis Soto.\n\nThe two leaders discussed the war in Ukraine and the refugees leaving Ukraine, and Ukraine\'s need for aid.\n')).toEqual([['Silva', 'CA'], ['Soto', 'MX']])
  })

  it('should take the publishing side\'s country from a seat of government the header names ("Pentagon Press Secretary")', () => {
    expect(countries('Readout of Secretary of Defense Ana Silva\'s Call With German Minister of Defense Luis Soto\n\nPentagon Press Secretary Juan Rojas provided the following readout:\n\nSecretary of Defense Ana Silva held a call on March 4 with his German counterpart, Minister of Defense Luis Soto, as Russia seeks to divide the alliance and Russia presses its attacks.\n')).toEqual([['Silva', 'US'], ['Soto', 'DE']])
  })

  it('should date a dateline that names a weekday ("New York, Thursday evening -") by the release date', () => {
    expect(meetings('PM dinner with Donald Trump: 26 September 2024\n\nPublished 27 September 2024\n\nNew York, Thursday evening - The Prime Minister Keir Starmer had dinner with Donald Trump.\n')[0].date).toBe('2024-09-26')
  })
})

describe('principals of set 16 (blind)', () => {
  const principals = (text: string) => run(text).records.participants.map((p) => [p.family_name, p.given_name, p.title, p.country])

  it('should read a Burmese name after "U" whole, the offices of "the Tánaiste and Minister ..., Name", and an office of Foreign Affairs and Expatriates', () => {
    expect(principals('Trilateral\n\n12 Jul 2024\n\nOn 11 July 2024, H.E. Mr. Ana Silva, Minister of Foreign Affairs, joined H.E. U Than Swe, Union Minister for Foreign Affairs of the Republic of the Union of Myanmar, for a trilateral meeting.\n')).toEqual([
      ['Silva', 'Ana', 'Minister of Foreign Affairs', null],
      ['Than Swe', null, 'Union Minister for Foreign Affairs', 'MM']
    ])
    expect(principals('Press release\n\n3 October 2024\n\nOn 3 October, the Tánaiste and Minister for Foreign Affairs and Minister for Defence, Micheál Martin TD, welcomed the UK Foreign Secretary, David Lammy MP, to Iveagh House.\n')[0].slice(0, 3)).toEqual(['Martin', 'Micheál', 'Tánaiste and Minister for Foreign Affairs and Minister for Defence'])
    expect(principals('News\n\n2022-12-07\n\nAmman - Deputy Prime Minister and Minister of Foreign Affairs and Expatriates Ayman Safadi hosted Egyptian Foreign Minister Sameh Shoukry in Amman.\n').map((p) => p[0])).toEqual(['Safadi', 'Shoukry'])
  })

  it('should give two counterparts named after "his Belgian and Luxembourg counterparts" their countries in order, and the Prime Minister\'s office', () => {
    expect(principals('News item | 29-11-2023 | 18:40\n\nPrime Minister Mark Rutte today received his Belgian and Luxembourg counterparts, Alexander De Croo and Luc Frieden, in Rotterdam for the Benelux Summit.\n')).toEqual([
      ['Rutte', 'Mark', 'Prime Minister', null],
      ['De Croo', 'Alexander', 'Prime Minister', 'BE'],
      ['Frieden', 'Luc', 'Prime Minister', 'LU']
    ])
  })
})

describe('principals of set 17 (blind)', () => {
  const principals = (text: string) => run(text).records.participants.map((p) => [p.family_name, p.given_name, p.title, p.country])

  it('should read a National Security Advisor before a name, and not the president an adviser serves, whose country is the adviser\'s', () => {
    expect(principals('THE WHITE HOUSE\n\nReadout\n\nOCTOBER 3, 2022\n\nOn Sunday, National Security Advisor Ana Silva met in Istanbul with Luis Soto, Presidential Spokesperson and Chief Advisor to President Juan Rojas of Türkiye.\n')).toEqual([
      ['Silva', 'Ana', 'National Security Advisor', 'US'],
      ['Soto', 'Luis', 'Presidential Spokesperson and Chief Advisor', 'TR']
    ])
  })

  it('should read the one named with an office on a line of their own above the lead as "the Secretary-General", and "Md." as part of a given name', () => {
    expect(principals('United Nations\nSecretary-General\n\n24 October 2024\n\nReadout of the Secretary-General\'s meeting with H.E. Mr. Luis Soto, President of Peru\n\nAna Silva, Secretary-General\n\nThis evening, the Secretary-General met with H.E. Mr. Luis Soto, President of Peru.\n').map((p) => p[0])).toEqual(['Silva', 'Soto'])
    expect(principals('Press release\n\nDecember 09, 2024\n\nForeign Secretary Shri Ana Silva held consultations with the Foreign Secretary of Bangladesh, Mr. Md. Jashim Uddin, in Dhaka on 9 December 2024.\n\nForeign Secretary Jashim Uddin raised the sharing of river waters.\n')[1]).toEqual(['Uddin', 'Md. Jashim', 'Foreign Secretary', 'BD'])
  })
})

describe('meetings of set 18 (blind)', () => {
  it('should read "MANILA 13 June 2022 –" as a dateline, not the meeting\'s date, and "calls on" in a title as a visit', () => {
    const {records} = run('DFA News\n\nDeputy Minister Calls on Secretary Silva\n\n13 June 2022\n\nMANILA 13 June 2022 – H.E. Mr. Luis Soto, Deputy Minister of Foreign Affairs of Peru, paid a courtesy call on Secretary of Foreign Affairs Ana Silva on 09 June 2022.\n')
    expect(records.meetings.map((m) => [m.date, m.kind, m.format])).toEqual([['2022-06-09', 'courtesy_call', 'in_person']])
  })

  it('should read a Vietnamese name of four parts family name first, and a Minister Delegate', () => {
    const principals = (text: string) => run(text).records.participants.map((p) => [p.family_name, p.given_name, p.title])
    expect(principals('VGP\n\nAugust 25, 2021\n\nVGP - Vice President Vo Thi Anh Xuan held talks with visiting U.S. Vice President Ana Silva in Ha Noi on Wednesday morning.\n')[0]).toEqual(['Vo', 'Thi Anh Xuan', 'Vice President'])
    expect(principals('Consultations\n\n11 April 2025\n\nM. Luis Soto, Minister Delegate for Europe, held political consultations in Delphi today with Ms Ana Silva, Deputy Minister of Foreign Affairs of Greece.\n')[0]).toEqual(['Soto', 'Luis', 'Minister Delegate for Europe'])
  })
})

describe('principals of set 19 (blind)', () => {
  it('should pass over a welcome on arrival for the consultations after it, and read "the Minister of State" as the one named "Minister of State for Foreign Affairs, Ms. X"', () => {
    expect(principals('Press Release\n\n29 November 2022\n\nMinister of State for Foreign Affairs, Ms. Ana Silva, undertook a day-long visit to Kabul today. On arrival, she was received by the Deputy Minister for Economy, Mr. Luis Soto, and the Head of Mission, Mr. Juan Rojas.\n\nShortly after landing, the Minister of State held political consultations with H.E. Mawlawi Pedro Diaz, Acting Foreign Minister.\n').map((p) => p[0])).toEqual(['Silva', 'Diaz'])
  })

  it('should read a middle initial without its stop, and no person in "Director of the Foreign Intelligence Service"', () => {
    expect(principals('News\n\n28 April 2023\n\nDefence Minister Ana Silva held a bilateral meeting with the Minister of Defence of the Russian Federation, Army General Sergei K Shoigu, in New Delhi.\n')[1]).toEqual(['Shoigu', 'Minister of Defence of the Russian Federation', 'RU'])
    expect(principals('Presidency\n\nTuesday, 16 April 2024\n\nToday, President Ana Silva received Mr. Luis Soto, Director of the Foreign Intelligence Service of the Russian Federation.\n')).toEqual([
      ['Silva', 'President', null],
      ['Soto', 'Director of the Foreign Intelligence Service', 'RU']
    ])
  })
})

describe('meetings of set 20 (blind)', () => {
  it('should read a wire stamp with a clock time and its offset ("April 25, 2025 8:47 PM GMT+3 | Updated ..."), and no principal in "X\'s special envoy"', () => {
    const {records} = run('PRESS SERVICE\n\nSilva and Rojas envoy Soto discuss talks\n\nApril 25, 2025 8:47 PM GMT+3 | Updated 3 hours ago\n\nPresident Ana Silva met Luis Soto, U.S. President Juan Rojas\'s special envoy, in the Kremlin on Friday for three hours of talks.\n')
    expect(records.meetings.map((m) => m.date)).toEqual(['2025-04-25'])
    expect(records.participants.map((p) => p.family_name)).not.toContain('Rojas')
  })
})

describe('principals of set 21 (blind)', () => {
  it('should read "held talks with Egypt\'s Foreign Minister" as the one the page names with that office and country, under the title given with the name', () => {
    const text = 'News story\n\nMinister Rojas meets Egyptian Foreign Minister Luis Soto\n\nForeign Office Minister Lord Rojas held talks with Egypt\'s Foreign Minister in London.\n\nPublished 5 July 2022\n\nOn Monday 4 July, Lord Rojas met Egypt\'s Minister of Foreign Affairs, His Excellency Luis Soto, in London.\n'
    expect(principals(text).map((p) => p.slice(0, 2))).toEqual([
      ['Rojas', 'Foreign Office Minister'],
      ['Soto', 'Minister of Foreign Affairs']
    ])
    expect(principals(text)[1][2]).toBe('EG')
  })

  it('should not read "A and Ireland\'s Tánaiste" as a meeting\'s guest by office: only the one met', () => {
    const text = 'News story\n\nForeign Secretary holds talks with Tánaiste Luis Soto\n\nAna Silva and Ireland\'s Tánaiste reviewed relations.\n\nFrom: Foreign Office and Ana Silva\n\nForeign Secretary Ana Silva today welcomed Luis Soto, the Tánaiste, for talks.\n'
    expect(principals(text).map((p) => p.slice(0, 2))).toEqual([
      ['Silva', 'Foreign Secretary'],
      ['Soto', 'Tánaiste']
    ])
  })

  it('should read one principal\'s two offices when the first names what it is of ("High Representative of the Union for ... and Vice-President of ..., X")', () => {
    const {records} = run('Press release\n\n10.01.2025\n\nThe High Representative of the Union for Foreign Affairs and Security Policy and Vice-President of the European Commission, Ana Silva, was received today in Rome by the Prime Minister of Italy, Luis Soto.\n\nThe HR/VP recalled that the EU expects an inclusive transition. The High Representative described the meeting as very constructive.\n')
    expect(records.participants[0].title).toBe('High Representative of the Union for Foreign Affairs and Security Policy and Vice-President of the European Commission')
    expect(records.statements.map((s) => [s.actor_name, s.verb])).toEqual([
      ['Ana Silva', 'recall'],
      ['Ana Silva', 'describe']
    ])
  })

  it('should take the country of "Mali\'s Transitional President, General X" from its possessive', () => {
    expect(principals('Politics\n\nMar 09, 2025\n\nPresident Ana Silva of Ghana on Saturday held bilateral talks with Mali\'s Transitional President, General Luis Soto, in Bamako.\n')[1]).toEqual(['Soto', 'President', 'ML'])
  })

  it('should not count the delegations an attendance list gives side by side as principals', () => {
    const text = 'News\n\n24.05.2025\n\nPresident Ana Silva of Türkiye received President of the Syrian Arab Republic Luis Soto in Istanbul today.\n\nThe meeting was attended by the following: from the Turkish side, Minister of Foreign Affairs Juan Rojas and Minister of National Defence Pedro Diaz; from the Syrian side, Minister of Foreign Affairs Marta Ruiz.\n'
    expect(principals(text).map((p) => p[0])).toEqual(['Silva', 'Soto'])
  })
})

describe('principals of set 22 (blind): named across sentences', () => {
  it('should read "called the President of Türkiye" as the one the headline names with that office and country', () => {
    const text = 'THE WHITE HOUSE\n\nReadout of President Ana Silva\'s Call with President Luis Soto of Türkiye\n\nMAY 29, 2023\n\nPresident Ana Silva called the President of Türkiye today. The President congratulated Luis Soto on his re-election.\n'
    expect(principals(text)).toEqual([
      ['Silva', 'President', 'US'],
      ['Soto', 'President', 'TR']
    ])
  })

  it('should read "spoke to His Highness the Amir of Qatar" as the one named after "the Amir of Qatar," and "met the Acting Foreign Minister of X" as the one "the meeting with" names next', () => {
    const amir = 'Press release\n\nPM call with the Amir of Qatar, Sheikh Luis bin Hamad Soto: 13 May 2024\n\nPublished 13 May 2024\n\nThis afternoon the Prime Minister, Ana Silva, spoke to His Highness the Amir of Qatar.\n'
    expect(principals(amir).map((p) => p[0])).toEqual(['Silva', 'Soto'])
    const acting = 'Ministry of External Affairs\nGovernment of India\n\nPress Releases\n\nJanuary 08, 2025\n\nForeign Secretary Shri Ana Silva met the Acting Foreign Minister of Afghanistan in Dubai today. During the meeting with Mawlawi Luis Soto, the two sides discussed bilateral relations.\n'
    expect(principals(acting)).toEqual([
      ['Silva', 'Foreign Secretary', 'IN'],
      ['Soto', 'Acting Foreign Minister', 'AF']
    ])
  })

  it('should read "The President of Ukraine received" as the one person named without an office beside that country, and each of "Senators A, B and C"', () => {
    const text = 'President of Ukraine\nOfficial website\n\nLuis Soto met with a delegation of the US Senate\n\n12 April 2023 - 19:35\n\nThe President of Ukraine received in Kyiv a delegation of the United States Senate made up of Senators Joseph Manchin, Lisa Murkowski and Mark Kelly.\n'
    expect(principals(text).map((p) => p.slice(0, 2))).toEqual([
      ['Soto', 'President'],
      ['Manchin', 'Senator'],
      ['Murkowski', 'Senator'],
      ['Kelly', 'Senator']
    ])
    expect(principals(text)[0][2]).toBe('UA')
  })

  it('should give no country to the principal of a page an international body publishes ("European Commission" atop it)', () => {
    const text = 'European Commission\nPress corner\n\nStatement | 8 April 2025 | Brussels\n\nPresident Ana Silva held a telephone call today with Luis Soto, Premier of the State Council of the People\'s Republic of China. They discussed the tariffs announced by the United States.\n'
    expect(principals(text)).toEqual([
      ['Silva', 'President', null],
      ['Soto', 'Premier of the State Council', 'CN']
    ])
  })
})

describe('principals of set 23 (blind)', () => {
  it('should not read the one a principal\'s own other encounter was with ("to brief him on his summit with U.S. President X") as a principal', () => {
    const {records} = run('WIRE\n\nAugust 18, 2025\n\nJOHANNESBURG, Aug 18 (TNS) - Russian President Ana Silva telephoned South African President Luis Soto on Monday to brief him on his summit with U.S. President Juan Rojas in Alaska.\n')
    expect(records.participants.map((p) => p.family_name)).toEqual(['Silva', 'Soto'])
  })
})

describe('principals of set 24 (blind)', () => {
  it('should read "The Federal Chancellor welcomed the President of the Republic of Kenya" as the two the page names elsewhere', () => {
    const text = 'Federal Government\n\nFriday, 13 September 2024\n\nThe Federal Chancellor welcomed the President of the Republic of Kenya to the Federal Chancellery on Friday. It was President Luis Soto\'s third visit to Berlin; Chancellor Ana Silva, for his part, travelled to Nairobi last year.\n'
    expect(principals(text).map((p) => p[0]).sort()).toEqual(['Silva', 'Soto'])
  })

  it('should read "welcomed His Highness the Crown Prince of Kuwait" as the one person named with a style beside Kuwait', () => {
    const text = 'Press release\n\nPM meeting with the Crown Prince of Kuwait: 29 August 2023\n\nThe Prime Minister, Ana Silva, welcomed His Highness the Crown Prince of Kuwait to Downing Street today.\n\nHis Highness Sheikh Luis Soto, who is in London to mark the anniversary of the Kuwait Investment Office, began by conveying greetings.\n'
    expect(principals(text).map((p) => p[0])).toEqual(['Silva', 'Soto'])
    expect(principals(text)[1][2]).toBe('KW')
  })

  it('should read an office of two joined by "and" of a country, and not an editor\'s note, as the meeting', () => {
    const text = 'NEWS\n\nAugust 6, 2025\n\nEditor\'s note: the Foreign Ministry released the following readout of its minister\'s first call with Hanoi this afternoon; we reproduce it unedited.\n\n1. Minister of Foreign Affairs Ana Silva held a telephone conversation today with the Deputy Prime Minister and Minister of Foreign Affairs of Viet Nam.\n\n2. Deputy Prime Minister and Foreign Minister Luis Soto congratulated Minister Silva on taking office.\n'
    expect(principals(text).map((p) => p[0])).toEqual(['Silva', 'Soto'])
    expect(principals(text)[1][2]).toBe('VN')
  })
})

describe('a delegation received, and what a relative clause on a thing says', () => {
  const principals = (text: string) => run(text).records.participants.map((p) => p.family_name)

  it('should read the head of a delegation received, named in the next sentence, and no one named in ", which came a day after ..."', () => {
    const text = 'READOUT\n\nJUNE 6, 2025\n\nDeputy Secretary of State Ana Silva received an all-party delegation from the Parliament of India at the Department of State today. The delegation was led by Dr. Luis Soto, Member of Parliament.\n\nDeputy Secretary Silva welcomed the delegation\'s visit to Washington, which came a day after its members were received at the White House by Vice President Juan Rojas.\n'
    expect(principals(text)).toEqual(['Silva', 'Soto'])
  })
})

describe('meetings of set 25 (blind)', () => {
  it('should keep a call a call when its lead welcomes a thing ("welcomed the agreement reached on ...")', () => {
    const {records} = run('PM speaks with Prime Minister of Israel\n\nPosted On: 09 OCT 2025 8:47PM by PIB Delhi\n\nPrime Minister Shri Ana Silva telephoned the Prime Minister of Israel today. Prime Minister welcomed the agreement reached on the release of all hostages.\n')
    expect(records.meetings[0].format).toBe('telephone')
  })
})

describe('meetings of set 27 (blind)', () => {
  it('should read "X hosted H.E. Mr Y" as the meeting, with no noun for it', () => {
    const text = 'Heads of diplomacy meet\n\n05.10.2022\n\nOn Wednesday, Minister of Foreign Affairs Ana Silva hosted H.E. Mr Luis Soto, Minister of Foreign Affairs of the Hellenic Republic, at the ministry in Warsaw. A one-on-one conversation was followed by a working lunch.\n'
    expect(principals(text)).toEqual([['Silva', 'Minister of Foreign Affairs', null], ['Soto', 'Minister of Foreign Affairs', 'GR']])
    expect(meetings(text)[0].date).toBe('2022-10-05')
  })

  it('should leave out the aides who attended a meeting of two principals, and the host of the summit on whose sidelines they met', () => {
    const received = 'Presidency\n\nTuesday, 16 April 2024\n\nToday, President Ana Silva received Mr. Luis Soto, Director of the Foreign Intelligence Service of the Russian Federation. The meeting was attended by Major General Juan Rojas, Director of the General Intelligence Service.\n'
    expect(principals(received).map((p) => p[0])).toEqual(['Silva', 'Soto'])
    const sidelines = 'Planalto\n\nSeptember 9, 2023\n\nPresident Ana Silva held a bilateral meeting with the President of Türkiye, Luis Soto, on the sidelines of the 18th Summit of G20 Heads of State and Government, hosted by Prime Minister Juan Rojas in New Delhi, India.\n'
    expect(principals(sidelines).map((p) => p[0])).toEqual(['Silva', 'Soto'])
  })
})

describe('meetings of set 28 (blind)', () => {
  it('should give the holder named after an office that goes on to a comma the country before the office', () => {
    const text = 'FM meets Italian FM\n\n13.03.2023\n\nForeign Minister Ana Silva met this evening in Jerusalem with Italy\'s Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation, Luis Soto, who is on an official visit to Israel. The agreement follows work by the Embassy, headed by Ambassador Juan Rojas.\n'
    expect(principals(text).map((p) => [p[0], p[2]])).toEqual([['Silva', 'IL'], ['Soto', 'IT']])
  })

  it('should not take "Muhammad Shehbaz Sharif" written again as "Shehbaz Sharif" for a family name of two words', () => {
    const text = 'PM meets PM\n\nOctober 17, 2024\n\nIslamabad: Prime Minister Muhammad Ana Silva held a bilateral meeting today with the Prime Minister of Mongolia, H.E. Mr. Luis Soto. Prime Minister Ana Silva welcomed him.\n'
    expect(principals(text).map((p) => p[0])).toEqual(['Silva', 'Soto'])
  })
})

describe('meetings of set 29 (blind)', () => {
  it('should read a meeting held with a time set off by commas ("had, on Friday, 4 November 2022, a telephone conversation with ..."), and "Jan" as a given name', () => {
    const text = 'Press releases\n\nDate: 04.11.2022\n\nMinister of Foreign Affairs Ana Silva had, on Friday, 4 November 2022, a telephone conversation with the Minister of Foreign Affairs of the Czech Republic, Jan Lipavský. The dialogue took place as the Czech Republic holds the Presidency of the Council.\n'
    expect(meetings(text).map((m) => [m.format, m.date])).toEqual([['telephone', '2022-11-04']])
    expect(principals(text)).toEqual([['Silva', 'Minister of Foreign Affairs', null], ['Lipavský', 'Minister of Foreign Affairs of the Czech Republic', 'CZ']])
  })

  it('should date "Monday\'s talks" by the release, and a dateline "PLACE, REGION: 6TH JULY, 2025"', () => {
    expect(meetings('Courier\n\nTuesday, 28 March 2023\n\nACCRA, March 28 - The White House has released its account of Monday\'s talks between Vice President Ana Silva of the United States and President Luis Soto of Ghana at the Jubilee House.\n')[0].date).toBe('2023-03-27')
    expect(meetings('Ministry\n\nMONTEGO BAY, JAMAICA: 6TH JULY, 2025\n\nThe Honourable Ana Silva, Minister of Foreign Affairs of Trinidad and Tobago, met today with Senator the Honourable Luis Soto, Minister of Foreign Affairs of Jamaica.\n')[0].date).toBe('2025-07-06')
  })

  it('should leave out of the principals one whose government is named, and one who reports the meeting ("X, the press chief, informed ...")', () => {
    expect(principals('Talks\n\nMay 9, 2024\n\nMinister Ana Silva on Thursday held talks with Maldivian Foreign Minister Luis Soto, the most senior member of President Juan Rojas\'s government to visit India.\n').map((p) => p[0])).toEqual(['Silva', 'Soto'])
    expect(principals('Talks\n\nJuly 8, 2024\n\nOn Monday morning, Prime Minister Ana Silva held talks with the President of the People\'s Republic of China, Luis Soto, in Beijing, Juan Rojas, the Prime Minister\'s press chief, informed the news agency.\n').map((p) => p[0])).toEqual(['Silva', 'Soto'])
  })

  it('should read no "for" into an office before a style ("a working breakfast for Cambodian Prime Minister Samdech Thipadei X")', () => {
    const text = 'Breakfast\n\nMay 26, 2025\n\nPrime Minister Ana Silva on Monday morning hosted a working breakfast for Cambodian Prime Minister Samdech Thipadei Hun Manet in Kuala Lumpur.\n'
    expect(principals(text)).toEqual([['Silva', 'Prime Minister', null], ['Hun', 'Prime Minister', 'KH']])
  })
})

describe('meetings of set 30 (blind)', () => {
  it('should read "X called on H.E. Mr. Y", and no meeting in "where he had held talks with ... and called on ..."', () => {
    expect(principals('Press Releases\n\nJuly 14, 2025\n\nExternal Affairs Minister Dr. Ana Silva called on H.E. Mr. Luis Soto, Vice President of the Republic of Chile, in Santiago on 14 July 2025.\n').map((p) => p[0])).toEqual(['Silva', 'Soto'])
    expect(principals('Press Releases\n\nAugust 21, 2019\n\n1. Minister Ana Silva is paying a visit to Peru. He travelled to Lima from Quito, where he had held talks with Foreign Minister Luis Soto of Ecuador and called on President Juan Rojas.\n\n2. Today, Minister Silva and Foreign Minister Pedro Perez of Peru co-chaired the fifth meeting of the Joint Commission.\n').map((p) => p[0])).toEqual(['Silva', 'Perez'])
  })

  it('should read the one met as the person the next sentence opens with, and "X welcomed the Federal Chancellor of Germany, Y, to ..."', () => {
    expect(principals('PIB\n\n21 APR 2025\n\nPrime Minister Shri Ana Silva received the Vice President of the United States of America this evening at his residence. The Honorable J.D. Soto, who arrived this morning, was accompanied by his family.\n').map((p) => [p[0], p[2]])).toEqual([['Silva', null], ['Soto', 'US']])
    expect(principals('Daily News\n\nBrussels, 9 May 2025\n\nThe President of the European Commission, Ana Silva, welcomed the Federal Chancellor of Germany, Luis Soto, to the Berlaymont today.\n').map((p) => [p[0], p[2]])).toEqual([['Silva', null], ['Soto', 'DE']])
  })

  it('should read "The First Vice Minister of Foreign Affairs, who ..., held talks" as the one the headline names so, and "The Vice President met with the President of Ukraine" by who holds which office', () => {
    expect(principals('Press Releases\n\nFirst Vice Minister Park Yoon-joo Holds Talks with Deputy Secretary of State Ana Silva\n\n2025-12-02\n\n1. The First Vice Minister of Foreign Affairs, who is on a visit to the United States, held talks with Deputy Secretary of State Ana Silva in Washington on December 1.\n').map((p) => p[0])).toEqual(['Park', 'Silva'])
    const text = 'Readout of Vice President Ana Silva\'s Meeting with President Luis Soto of Ukraine\n\nFEBRUARY 17, 2024\n\nOn Saturday, on the margins of the Munich Security Conference in Munich, Germany, the Vice President met with the President of Ukraine. Russia launched its full-scale invasion two years ago.\n\nThe Vice President reaffirmed the support of the United States. She underscored that President Juan Rojas and she are determined to keep helping Kyiv.\n'
    expect(principals(text).map((p) => [p[0], p[2]])).toEqual([['Silva', 'US'], ['Soto', 'UA']])
  })

  it('should read "The President of the European Council spoke with ..." as the one President named with no country beside the name', () => {
    const text = 'Press release\n\n27 February 2025\n\nPresident Silva holds phone call with President Soto of Türkiye\n\nThe President of the European Council spoke by phone this afternoon with the President of the Republic of Türkiye. Luis Soto congratulated Ana Silva on taking up her duties.\n'
    expect(principals(text).map((p) => [p[0], p[2]])).toEqual([['Silva', null], ['Soto', 'TR']])
  })

  it('should read a first-person statement headed "Statement by President X following the trilateral meeting with ..."', () => {
    const text = 'Statements and remarks\n\n14 May 2023\n\nStatement by President Ana Silva following the trilateral meeting with President Luis Soto of Azerbaijan and Prime Minister Juan Rojas of Armenia\n\nToday I welcomed President Soto and Prime Minister Rojas back to Brussels for our fifth meeting in this format.\n'
    expect(principals(text).map((p) => [p[0], p[2]])).toEqual([['Silva', null], ['Soto', 'AZ'], ['Rojas', 'AM']])
  })
})

describe('meetings of set 31 (blind)', () => {
  it('should read the head of a delegation the next sentence calls "The guest, H.E. Mr. X", and a family name alone beside a principal ("Kallas and Wang co-chaired")', () => {
    expect(principals('Courtesy call\n\nDecember 5, 2024\n\nOn the afternoon of December 5, Prime Minister Ana SILVA received a courtesy call from the head of a delegation of the Vietnamese legislature. The guest, H.E. Mr. Tran Thanh Man, Chairman of the National Assembly, is paying an official visit to Japan.\n').map((p) => p[0])).toEqual(['Silva', 'Tran'])
    expect(principals('Brussels\n\nJuly 2, 2025\n\nChinese Foreign Minister Wang Yi arrived in Brussels on Tuesday.\n\nHigh Representative Ana Silva and Wang co-chaired the 13th Strategic Dialogue in Brussels on 2 July.\n').map((p) => p[0])).toEqual(['Silva', 'Wang'])
  })
})
