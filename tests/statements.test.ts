import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {run, statementLines} from './helpers.js'

const lead = 'On June 2, commencing at 10:00 a.m. for approximately 30 minutes, Mr. Taro Yamada, Minister for Foreign Affairs, held a meeting with H.E. Ms. Ana Silva, Minister of Foreign Affairs of the Republic of Chile. The overview is as follows.\n\n'

function statements(body: string) {
  return statementLines(run(`Japan-Chile Relations\n\nJune 2, 2019\n\n${lead}${body}\n`).records)
}

describe('statements', () => {
  it('should make one statement per reporting verb, sharing the actor of a coordinated verb', () => {
    expect(statements('1. The two sides shared the recognition that trade is growing, confirmed that they will meet again, and discussed fisheries.')).toEqual([
      'joint share: trade is growing',
      'joint confirm: they will meet again',
      'joint discuss: fisheries'
    ])
  })

  it('should leave item markers and a relative opening out of the actor', () => {
    const body = [
      '1. Relations',
      '(ii) The two leaders confirmed that trade is growing.',
      '2.\tThe two ministers agreed to meet again.',
      '• Minister Yamada welcomed the visit.',
      '3. (1) Minister Silva expressed her hope for a visit, to which Minister Yamada responded that he looks forward to it.',
      '4 The two sides agreed to stay in touch.'
    ].join('\n')
    const {records} = run(`Japan-Chile Relations\n\nJune 2, 2019\n\n${lead}${body}\n`)
    expect(records.statements.map((s) => s.actor)).toEqual(['The two leaders', 'The two ministers', 'Minister Yamada', 'Minister Silva', 'Minister Yamada', 'The two sides'])
  })

  it('should end a sentence at a date, "the U.S." or "p.m." that retext runs on from', () => {
    expect(
      statements(
        [
          '1. Minister Yamada conveyed his condolences for the fire in Osaka on October 29. Minister Silva expressed her gratitude for the message.',
          '2. Minister Silva welcomed the talks with the U.S. The two ministers agreed to meet again.',
          '3. The meeting ended at 3 p.m. They confirmed that trade is growing.'
        ].join('\n')
      )
    ).toEqual([
      'Taro Yamada convey: his condolences for the fire in Osaka on October 29',
      'Ana Silva express: her gratitude for the message',
      'Ana Silva welcome: the talks with the U.S.',
      'joint agree: to meet again',
      'joint confirm: trade is growing'
    ])
  })

  it('should go on after "U.S. President", "p.m. Japan time" or an initial, and carry the subject past "met" or "held"', () => {
    expect(
      statements(
        [
          '1. Minister Yamada welcomed the visit of U.S. President Donald J. Trump to Japan.',
          '2. The two ministers met again at 5 p.m. Japan time (9 a.m. local time. The talk was short.) and confirmed that trade is growing.',
          '3. Minister Silva held talks with the Prime Minister, who met her at the airport, and expressed her hope for a visit.'
        ].join('\n')
      )
    ).toEqual(['Taro Yamada welcome: the visit of U.S. President Donald J. Trump to Japan', 'joint confirm: trade is growing', 'Ana Silva express: her hope for a visit'])
  })

  it('should read an impersonal passive that opens a sentence or clause as a joint statement with no actor written', () => {
    const body = [
      '1. It was confirmed that the two countries will hold the "2+2" meeting at an early date.',
      '2. In the meeting, it was also agreed to launch a new dialogue.',
      '3. Minister Yamada stated that it was agreed to meet again.',
      '4. The plan which it was agreed to fund is large.'
    ].join('\n')
    const {records} = run(`Japan-Chile Relations\n\nJune 2, 2019\n\n${lead}${body}\n`)
    expect(records.statements.map((s) => [s.actor_kind, s.actor, s.verb, s.content])).toEqual([
      ['joint', null, 'confirm', 'the two countries will hold the "2+2" meeting at an early date'],
      ['joint', null, 'agree', 'to launch a new dialogue'],
      ['single', 'Minister Yamada', 'state', 'it was agreed to meet again']
    ])
  })

  it('should find the subject before a long appositive office joined with "and"', () => {
    expect(statements('1. As a response, H.E. Ms. Ana Silva, Ambassador Extraordinary and Plenipotentiary of the Republic of Chile to Japan and Dean of the Diplomatic Corps in Japan, expressed her hope that trade will grow.')).toEqual([
      'Ana Silva express: her hope that trade will grow'
    ])
  })

  it('should resolve a single actor by office and name, and "he" or "she" to the last one', () => {
    expect(statements('1. Minister Yamada welcomed the visit. In response, Minister Silva expressed her gratitude. She also stated that Chile values the partnership.')).toEqual([
      'Taro Yamada welcome: the visit',
      'Ana Silva express: her gratitude',
      'Ana Silva state: Chile values the partnership'
    ])
  })

  it('should end a content where a new subject starts', () => {
    expect(statements('1. Minister Yamada stated that the talks were useful, and the two ministers agreed to continue them.')).toEqual([
      'Taro Yamada state: the talks were useful',
      'joint agree: to continue them'
    ])
  })

  it('should not report verbs inside a relative clause, a passive or a that-clause', () => {
    expect(statements('1. On the basis of the statement which was agreed last year, which emphasizes peace, the two sides confirmed that the plan welcomed by both leaders will go ahead.')).toEqual([
      'joint confirm: the plan welcomed by both leaders will go ahead'
    ])
  })

  it('should read "both ministers", "Minister X and Minister Y" and "they" as joint', () => {
    expect(statements('1. Both ministers affirmed the importance of dialogue. Minister Yamada and Minister Silva condemned the attack. They also agreed upon a new framework.')).toEqual([
      'joint affirm: the importance of dialogue',
      'joint condemn: the attack',
      'joint agree: a new framework'
    ])
  })

  it('should keep "stated to Y that" and "the view that" out of the content', () => {
    expect(statements('1. Minister Yamada stated to Minister Silva that Japan supports Chile. The two ministers shared the view that cooperation matters.')).toEqual([
      'Taro Yamada state: Japan supports Chile',
      'joint share: cooperation matters'
    ])
  })

  it('should leave an actor it cannot resolve empty, with a warning at its place', () => {
    const {records, messages} = run(`Japan-Chile Relations\n\nJune 2, 2019\n\n${lead}1. Officials of the bureau noted the results.\n`)
    expect(records.statements.map((s) => [s.actor_kind, s.actor_id, s.verb])).toEqual([['single', null, 'note']])
    expect(messages).toEqual(['fixture.txt:7:28: Cannot resolve who noted this, expected a person, a side or a pronoun before the verb; actor left empty'])
  })

  it('should read the phrasal verbs of other ministries with their own lemma', () => {
    expect(
      statements(
        [
          '1. Minister Yamada made clear that Japan will not accept the claim. Minister Silva pointed to the growth of trade.',
          '2. The two ministers took stock of the joint projects and looked forward to the next round. Minister Silva pressed for an early agreement.',
          '3. Minister Yamada denounced the missile launch and spoke about the situation in the region.'
        ].join('\n')
      )
    ).toEqual([
      'Taro Yamada make clear: Japan will not accept the claim',
      'Ana Silva point to: the growth of trade',
      'joint take stock: the joint projects',
      'joint look forward: the next round',
      'Ana Silva press for: an early agreement',
      'Taro Yamada denounce: the missile launch',
      'Taro Yamada speak: the situation in the region'
    ])
  })

  it('should read a participial clause as a statement of its sentence’s subject', () => {
    expect(statements('1. Welcoming the visit, Minister Silva stressed that ties are growing.\n\n2. Minister Yamada thanked Chile for its support, noting that trade has doubled.')).toEqual([
      'Ana Silva welcome: the visit',
      'Ana Silva stress: ties are growing',
      'Taro Yamada thank: Chile for its support',
      'Taro Yamada note: trade has doubled'
    ])
  })

  it('should make each item of a list after "agreed to:" a statement, and a visit ("called on") none', () => {
    expect(statements('1. The two ministers agreed to:\n- hold consultations every year\n- open a consulate in Osaka\n\n2. Minister Silva also called on Prime Minister Ito.')).toEqual([
      'joint agree: hold consultations every year',
      'joint agree: open a consulate in Osaka'
    ])
  })

  it('should resolve an office alone to the one person the page gives it, and "The two" to both sides', () => {
    const {records} = run(
      'Readout of President Obama’s Call with Prime Minister Abe of Japan\n\nJanuary 6, 2016\n\nThe President spoke today with Prime Minister Shinzo Abe of Japan. The President reaffirmed the commitment of the United States to the security of Japan. The two agreed to stay in close touch.\n'
    )
    expect(statementLines(records)).toEqual(['Obama reaffirm: the commitment of the United States to the security of Japan', 'joint agree: to stay in close touch'])
    expect(records.meetings.map((m) => [m.format, m.date])).toEqual([['telephone', '2016-01-06']])
  })

  it('should read two offices joined by "and" as both sides, and an office alone as its holder though the paragraph names him later', () => {
    const {records} = run(
      'Readout of President Joseph Reed’s Call with Prime Minister Ana Silva of Chile\n\nJanuary 23, 2021\n\nPresident Joseph Reed spoke today with Prime Minister Ana Silva of Chile. The President made clear that he means to deepen ties. President Reed pointed to climate change. The President and the Prime Minister agreed to meet soon.\n'
    )
    expect(statementLines(records)).toEqual(['Joseph Reed make clear: he means to deepen ties', 'Joseph Reed point to: climate change', 'joint agree: to meet soon'])
  })

  it('should resolve a styled office, an office with its country, and the first word of a family name of several words', () => {
    const {records} = run(
      'Crown Prince makes call to Chilean President\n\nMarch 28, 2023\n\nHis Royal Highness Prince Ahmed bin Khalid Al Faisal, Crown Prince and Prime Minister, today telephoned President Luis Soto Mendez of Chile. HRH the Crown Prince voiced the Kingdom\'s gratitude for the initiative. The Chilean President, for his part, commended the role of the Kingdom. The President of Chile emphasized that peace matters. President Soto Mendez thanked the Crown Prince for the call. Soto said he would accept the invitation at an appropriate time and extended an invitation in return.\n'
    )
    expect(statementLines(records)).toEqual([
      "Ahmed bin Khalid Al Faisal voice: the Kingdom's gratitude for the initiative",
      'Luis Soto Mendez commend: the role of the Kingdom',
      'Luis Soto Mendez emphasize: peace matters',
      'Luis Soto Mendez thank: the Crown Prince for the call',
      'Luis Soto Mendez say: he would accept the invitation at an appropriate time',
      'Luis Soto Mendez extend: an invitation in return'
    ])
  })

  it('should give the addressee of "informed X that" to the verb, an office of an organization to its holder, and a clause its own subject before a participle', () => {
    const {records} = run(
      'Readout\n\nJanuary 22, 2021\n\nThe President of the European Council, Ana Silva, held a phone call with President Luis Soto of Peru. The President of the European Council made clear that the EU speaks with one voice. President Silva also informed President Soto that she intends to hold a debate; President Soto, pointing to the economy, pressed for closer trade; and the two agreed to talk again.\n'
    )
    expect(statementLines(records)).toEqual([
      'Ana Silva make clear: the EU speaks with one voice',
      'Ana Silva inform: she intends to hold a debate',
      'Luis Soto point to: the economy',
      'Luis Soto press for: closer trade',
      'joint agree: to talk again'
    ])
  })

  it('should read what a call was for and what came next: "called X to express", "Calling to congratulate X, Y praised", "went on to brief"', () => {
    const {records} = run('PM call with President Soto\n\nSeptember 15, 2017\n\nPrime Minister Ana Silva spoke to President Luis Soto.\n\nPresident Soto called the Prime Minister earlier today to express his condolences after the storm. Calling to congratulate Ana Silva on her election, President Soto praised Chile\'s recovery. President Soto went on to brief the Prime Minister on his trip.\n')
    expect(statementLines(records)).toEqual(['Luis Soto express: his condolences after the storm', 'Luis Soto congratulate: Ana Silva on her election', "Luis Soto praise: Chile's recovery", 'Luis Soto brief: the Prime Minister on his trip'])
  })

  it('should read the present tense after its own subject, a statement said before its verb, and "asked for"', () => {
    const {records} = run('Wang Yi talks with Ana Silva\n\nJanuary 20, 2022\n\nOn January 20, Foreign Minister Wang Yi held talks with Foreign Minister Ana Silva of Chile. The Chinese side welcomes more investment from Chilean companies and hopes that Chile will offer an open environment. China firmly backs Chile in pursuing its own path, Wang said, adding that China welcomes a bigger role for Chile. Wang said China hopes to deepen trade. Silva asked for China\'s support.\n')
    expect(statementLines(records)).toEqual([
      'China welcome: more investment from Chilean companies',
      'China hope: Chile will offer an open environment',
      'Yi Wang say: China firmly backs Chile in pursuing its own path',
      'Yi Wang add: China welcomes a bigger role for Chile',
      'Yi Wang say: China hopes to deepen trade',
      "Ana Silva ask for: China's support"
    ])
  })

  it('should read "began by congratulating", an adverb in -ly before the verb, "during which" and "; and X, stressing ..., asked"', () => {
    const {records} = run('Talks\n\nJanuary 16, 2024\n\nMinister Ana Silva spoke with Minister Luis Soto for 30 minutes, during which the two ministers positively assessed that relations have returned to normal; agreed to keep up cooperation; and Minister Soto, stressing the importance of trade, asked Chile for its support.\n\nMinister Silva began by congratulating Minister Soto on his appointment, and applauded Peru\'s leadership.\n')
    expect(statementLines(records)).toEqual([
      'joint assess: relations have returned to normal',
      'joint agree: to keep up cooperation',
      'Luis Soto stress: the importance of trade',
      'Luis Soto ask: Chile for its support',
      'Ana Silva congratulate: Minister Soto on his appointment',
      "Ana Silva applaud: Peru's leadership"
    ])
    expect(records.statements[0].actor).toBe('the two ministers')
  })

  it('should read a quotation of two sentences before "Mr X says", and "..., the Chancellor assured the President."', () => {
    const {records} = run('Talks\n\nMarch 18, 2024\n\nForeign Minister Ana Silva held talks with Foreign Minister Luis Soto in Santiago today.\n\n“It was a pleasure to welcome Minister Soto. We ranged widely over our relationship,” Ms Silva says.\n\nEighty years on, Chile remains a friend of Peru, the Minister assured her guest.\n')
    expect(statementLines(records)).toEqual([
      'Ana Silva say: It was a pleasure to welcome Minister Soto. We ranged widely over our relationship',
      'Ana Silva assure: Eighty years on, Chile remains a friend of Peru'
    ])
  })

  it('should read an office and a person as two of the principals, and what a spokesperson reports as the principals\' own statements', () => {
    const {records} = run('Talks\n\nApril 7, 2025\n\nPresident Ana Silva hosted a summit with President Luis Soto of Peru and President Juan Rojas of Bolivia.\n\nThe Spokesman said the three leaders called for an immediate return to the ceasefire. Spokesperson Marta Diaz said the call dealt with the latest efforts. The President and Mr Soto discussed how aid could reach Gaza.\n')
    // Two of the summit's three: each of them, not all the sides.
    expect(statementLines(records)).toEqual(['joint call for: an immediate return to the ceasefire', 'Ana Silva discuss: how aid could reach Gaza', 'Luis Soto discuss: how aid could reach Gaza'])
  })

  it('should read a subject naming every principal, in a list, as all the sides', () => {
    const {records} = run('Talks\n\nApril 7, 2025\n\nPresident Ana Silva hosted a summit with President Luis Soto of Peru and President Juan Rojas of Bolivia.\n\nThe President, President Soto and President Rojas discussed trade.\n')
    expect(statementLines(records)).toEqual(['joint discuss: trade'])
  })

  it('should read "I" as the minister who signs the release atop the page, and an office no principal holds as the one on its "From:" line', () => {
    const signed = run('Senator the Hon Ana Silva\nMinister for Foreign Affairs\n\nMedia release\n\nMeeting with Director Wang Yi\n\n13 July 2023\n\nToday in Jakarta, I met Mr Wang Yi, Director of the Office.\n\nI reiterated that Chile will cooperate with China where it can.\n')
    expect(statementLines(signed.records)).toEqual(['Ana Silva reiterate: Chile will cooperate with China where it can'])
    const from = run('Press release\n\nPM call with Chancellor Soto: 13 September 2016\n\nAna Silva spoke to Chancellor Luis Soto about trade.\n\nFrom: Prime Minister\'s Office, 10 Downing Street and The Rt Hon Ana Silva MP\n\nThe Prime Minister confirmed that the UK stands by the deal.\n')
    expect(statementLines(from.records)).toEqual(['Ana Silva confirm: the UK stands by the deal'])
  })

  it('should read a verb whose subject runs back over a verb of saying as part of what was said ("said Canada hoped")', () => {
    const {records} = run('Readout\n\nNovember 16, 2021\n\nMinister Ana Silva met Minister Luis Soto of Peru today.\n\nMinister Silva said Chile hoped to find a solution with Peru, and stressed that investors need certainty.\n')
    expect(statementLines(records)).toEqual(['Ana Silva say: Chile hoped to find a solution with Peru', 'Ana Silva stress: investors need certainty'])
  })

  it('should not read "he" in a release written in the first person as its author, and read "I look forward to"', () => {
    const {records} = run('Prime Minister of Chile\nThe Hon Ana Silva MP\n\nMedia release\n21 Mar 2022\n\nChile-Peru Virtual Summit\n\nToday I held the Chile-Peru Virtual Summit with Prime Minister Luis Soto.\n\nI congratulated Prime Minister Soto on the elections, and he expressed his sympathy to those affected by the floods. I look forward to meeting him soon.\n')
    expect(statementLines(records)).toEqual(['Ana Silva congratulate: Prime Minister Soto on the elections', 'Luis Soto express: his sympathy to those affected by the floods', 'Ana Silva look forward: meeting him soon'])
    expect(records.participants.map((p) => [p.family_name, p.country])).toEqual([['Silva', 'CL'], ['Soto', 'PE']])
  })

  it('should read "extended to X an invitation": an addressee, then the object', () => {
    expect(statements('1. Minister Yamada extended to Minister Silva an invitation to visit Japan.')).toEqual(['Taro Yamada extend: to Minister Silva an invitation to visit Japan'])
  })

  it('should not read a past participle after a noun as a verb of its own ("the welcome extended to him")', () => {
    expect(statements('1. Minister Yamada thanked Minister Silva for the warm welcome extended to him during his visit, and stated that he will keep working with her.')).toEqual([
      'Taro Yamada thank: Minister Silva for the warm welcome extended to him during his visit',
      'Taro Yamada state: he will keep working with her'
    ])
  })

  it('should read what was agreed before "the two leaders agreed in <place>", and "reflected on" with its particle', () => {
    const {records} = run('Talks\n\nNovember 12, 2022\n\nChile and Peru will step up exchanges, the two Prime Ministers agreed in Phnom Penh.\n\nPrime Minister Ana Silva and Prime Minister Luis Soto of Peru held talks on November 12. They reflected on the history of their ties. The tone of the talks reflected their friendship.\n')
    expect(statementLines(records)).toEqual(['joint agree: Chile and Peru will step up exchanges', 'joint reflect: the history of their ties'])
  })

  it('should read "the two men", "Together they" and "The Prime Minister and His Majesty" as both sides', () => {
    const {records} = run('Talks\n\nJuly 27, 2022\n\nPrime Minister Ana Silva met His Majesty King Luis of Peru today.\n\nOver dinner the two men discussed trade. Together they pressed for peace. The Prime Minister and His Majesty instructed their teams to move ahead.\n')
    expect(statementLines(records)).toEqual(['joint discuss: trade', 'joint press for: peace', 'joint instruct: their teams to move ahead'])
  })

  it('should read "Over dinner the two men", "X, recalling that A, said B" after an item marker, and "The President-elect in turn"', () => {
    const {records} = run('Talks\n\nJuly 27, 2022\n\nPrime Minister Ana Silva met President-elect Luis Soto of Peru today.\n\n1. Over dinner the two men discussed trade.\n\n2. Minister Silva, recalling that Chile had hosted the summit last year, said cooperation matters more than ever.\n\n3. The President-elect in turn congratulated the Prime Minister on her re-election.\n')
    expect(statementLines(records)).toEqual([
      'joint discuss: trade',
      'Ana Silva recall: Chile had hosted the summit last year',
      'Ana Silva say: cooperation matters more than ever',
      'Luis Soto congratulate: the Prime Minister on her re-election'
    ])
  })

  it('should read a relative "who" after a comma as its antecedent, "with both voicing" as both sides, and "Iran was also raised," as a topic they took up', () => {
    const {records} = run('Readout\n\nFebruary 9, 2023\n\nSecretary Ana Silva received a call today from Foreign Minister Luis Soto of Peru, who congratulated her on her appointment.\n\nThe trade agreement drew renewed support from both leaders, who welcomed its ratification. Iran was also raised, with both voicing concern about its program. Minister Soto termed it vital, and the two committed to a wider partnership that helps the region.\n')
    expect(statementLines(records)).toEqual([
      'Luis Soto congratulate: her on her appointment',
      'joint welcome: its ratification',
      'joint raise: Iran',
      'joint voice: concern about its program',
      'Luis Soto term: it vital',
      'joint commit: to a wider partnership that helps the region'
    ])
  })

  it('should read "repeated that", "examined why" and "spoke fondly of", and not "repeated missile launches"', () => {
    const {records} = run('Readout\n\nNovember 23, 2020\n\nPrime Minister Ana Silva spoke with President Luis Soto of Peru today.\n\nThe President repeated that Peru is concerned. The two leaders examined why cooperation matters. Mr Soto spoke fondly of his visit to Chile. They condemned the tests and repeated missile launches.\n')
    expect(statementLines(records)).toEqual([
      'Luis Soto repeat: Peru is concerned',
      'joint examine: why cooperation matters',
      'Luis Soto speak: his visit to Chile',
      'joint condemn: the tests and repeated missile launches'
    ])
  })

  it('should read no statement in a republisher\'s line of related links', () => {
    const {records} = run('Readout\n\nJune 3, 2025\n\nSecretary Ana Silva spoke by phone with Foreign Minister Luis Soto of Peru today. The two ministers discussed trade.\n\nRelated: Peru offers to host further talks | Markets steady\n')
    expect(statementLines(records)).toEqual(['joint discuss: trade'])
  })

  it('should read an inverted "..., the Ministers affirmed", "had a good discussion ..., and exchanged", "once more" and a subject after "in which"', () => {
    const {records} = run('Talks\n\nMay 5, 2023\n\nPrime Minister Ana Silva met Prime Minister Luis Soto of Peru today.\n\nChile and Peru will keep deepening their cooperation, the two Ministers affirmed. The two Prime Ministers had a good discussion on trade, and exchanged views on regional developments. The Prime Minister once more conveyed her sympathy. Trade and culture were among the areas in which the Ministers agreed to do more together.\n')
    expect(statementLines(records)).toEqual([
      'joint affirm: Chile and Peru will keep deepening their cooperation',
      'joint exchange: views on regional developments',
      'Ana Silva convey: her sympathy',
      'joint agree: to do more together'
    ])
  })

  it('should read what a principal opened the call with ("opened the call by conveying X")', () => {
    const {records} = run('Readout\n\nJune 12, 2010\n\nPrime Minister Ana Silva spoke by telephone with President Luis Soto of Peru today.\n\nThe President opened the call by conveying his sympathy on the floods.\n')
    expect(statementLines(records)).toEqual(['Luis Soto convey: his sympathy on the floods'])
  })

  it('should read "the two top diplomats" as both sides, and what talks held with someone did as both sides\' doing', () => {
    const {records} = run('Talks\n\nFebruary 16, 2021\n\nMinister Ana Silva had phone talks on Tuesday with Minister Luis Soto of Peru, the first since the Minister took office, and discussed relations between the two countries. The two top diplomats exchanged views on regional issues.\n')
    expect(statementLines(records)).toEqual(['joint discuss: relations between the two countries', 'joint exchange: views on regional issues'])
  })

  it('should keep the particle a verb is written with ("touched on", "touched upon", "concentrated on")', () => {
    expect(statements('The two ministers touched on maritime issues. The two sides touched upon trade. The ministers concentrated on the settlement of the conflict.')).toEqual([
      'joint touch on: maritime issues',
      'joint touch upon: trade',
      'joint concentrate on: the settlement of the conflict'
    ])
  })
})

describe('the lexicon and the schema', () => {
  it('should allow in the statements schema every lemma the verbs lexicon gives', () => {
    const lexicon = JSON.parse(readFileSync('pipeline/lexicon/verbs.json', 'utf8'))
    const schema = JSON.parse(readFileSync('schemas/statements.schema.json', 'utf8'))
    const allowed = new Set(schema.properties.verb.enum)
    const phrasal = Object.entries(lexicon.phrasal as Record<string, {phrases?: Record<string, string>}>).flatMap(([word, entry]) => (word === '$comment' ? [] : Object.values(entry.phrases ?? {})))
    const participles = Object.entries(lexicon.participles as Record<string, string>).flatMap(([word, lemma]) => (word === '$comment' ? [] : [lemma]))
    const lemmas = [...new Set([...Object.values(lexicon.past as Record<string, string>), ...phrasal, ...participles])]
    expect(lemmas.filter((lemma) => !allowed.has(lemma))).toEqual([])
  })
})

describe('statements in the styles of other governments', () => {
  it('should read the subject of a spokesperson\'s quoted paragraph after its opening mark', () => {
    const {records} = run('PM call with President Soto: 19 June 2023\n\nPrime Minister Ana Silva spoke to President Luis Soto of Peru.\n\nA Downing Street spokesperson said:\n\n“The Prime Minister spoke to President Soto this morning. The leaders discussed trade.\n\n“They reflected on the floods in the north.\n\n“The Prime Minister updated the President on the summit. He said he hoped to meet again soon.”\n')
    expect(statementLines(records)).toEqual([
      'joint discuss: trade',
      'joint reflect: the floods in the north',
      'Ana Silva update: the President on the summit',
      'Ana Silva say: he hoped to meet again soon'
    ])
  })

  it('should read "the U.S. official", "the Chinese leader" as the one principal of that country', () => {
    const {records} = run('Talks\n\nMay 3, 2023\n\nForeign Minister Ana Silva of Chile held talks with Secretary of State Luis Soto of the United States in Santiago.\n\nThe U.S. official welcomed the new trade office. The Chilean diplomat noted the progress. The Chilean side hoped for more flights.\n')
    expect(statementLines(records)).toEqual(['Luis Soto welcome: the new trade office', 'Ana Silva note: the progress', 'Chile hope: for more flights'])
  })

  it('should read "The President and Prime Minister X" as two people acting together', () => {
    const {records} = run('Readout\n\nMay 3, 2023\n\nPresident Ana Silva met with Prime Minister Luis Soto of Peru. The President and Prime Minister Soto reaffirmed the alliance.\n')
    expect(statementLines(records)).toEqual(['joint reaffirm: the alliance'])
  })

  it('should keep "the need to" in what was agreed, and read "addressed" and "made the case for"', () => {
    const {records} = run('Talks\n\nMay 3, 2023\n\nPresident Ana Silva held a telephone conversation with President Luis Soto of Peru and President Juan Rojas of Bolivia.\n\nThe three presidents agreed on the need to raise trade. They also addressed mechanisms for economic cooperation. President Silva made the case for a common market.\n')
    expect(statementLines(records)).toEqual(['joint agree: the need to raise trade', 'joint address: mechanisms for economic cooperation', 'Ana Silva make the case: a common market'])
  })
})

describe('what is not said, and where it was said', () => {
  it('should not read "a meeting that was later extended to" as a statement, and read the quotation before "X said at a press conference"', () => {
    const {records} = run('Talks\n\nNovember 23, 2022\n\nPresident Ana Silva met President Luis Soto of Peru in Lima. The two presidents held a private meeting that was later extended to their delegations.\n\n"Our objective is to deepen the alliance," President Silva said at a press conference after the meeting.\n')
    expect(statementLines(records)).toEqual(['Ana Silva say: Our objective is to deepen the alliance'])
  })
})

describe('principals by style, office and country', () => {
  it('should read "His Highness" as the principal introduced with that style', () => {
    const {records} = run('News\n\nABU DHABI, 14 February 2021 --\n\nHis Highness Sheikh Ahmed bin Saeed Al Nahyan today received Ana Silva, President of Chile.\n\nAt the meeting, His Highness welcomed President Silva.\n')
    expect(statementLines(records)).toEqual(['Ahmed bin Saeed Al Nahyan welcome: President Silva'])
  })

  it('should read "The Polish and Lithuanian ministers" at a meeting of three as each of the two', () => {
    const {records} = run('Lublin Triangle\n\n29.01.2021\n\nOn Friday, Minister of Foreign Affairs Zbigniew Rau held a videoconference with Minister of Foreign Affairs of Lithuania Gabrielius Landsbergis and Minister for Foreign Affairs of Ukraine Dmytro Kuleba.\n\nThe Polish and Lithuanian ministers welcomed the initiative.\n')
    expect(statementLines(records)).toEqual(['Zbigniew Rau welcome: the initiative', 'Gabrielius Landsbergis welcome: the initiative'])
  })

  it('should read "The President of the Republic" as the principal holding that office', () => {
    const {records} = run('Telephone conversation between the President of the Republic and Ana Silva, President of Chile – 6 November 2024\n\nPress release\n\nThe President of the French Republic, Emmanuel Macron, spoke by telephone this evening with Ana Silva, President of Chile.\n\nThe President of the Republic renewed his congratulations to President Silva.\n')
    expect(run('Telephone conversation between the President of the Republic and Ana Silva, President of Chile – 6 November 2024\n\nPress release\n\nThe President of the French Republic, Emmanuel Macron, spoke by telephone this evening with Ana Silva, President of Chile.\n').records.meetings[0].date).toBe('2024-11-06')
    expect(statementLines(records)).toEqual(['Emmanuel Macron renew: his congratulations to President Silva'])
  })
})

describe('sides, heads and pronouns', () => {
  it('should read "he" after a side\'s statement as the last person who spoke, not the side', () => {
    const {records} = run('Ana Silva Holds Talks with Luis Soto\n\n2022/03/04\n\nOn March 4, Foreign Minister Ana Silva held talks with Foreign Minister Luis Soto of Peru in Santiago.\n\nAna Silva said the two countries are partners. The Chilean side is willing to expand trade, she said. She added that both sides should meet again.\n')
    expect(statementLines(records).at(-1)).toBe('Ana Silva add: both sides should meet again')
  })

  it('should read "The President of Russia" as the one Russian principal when the page gave him no office', () => {
    const {records} = run('Telephone conversation with President of Peru Luis Soto\n\nMay 30, 2022\n\nVladimir Putin had a telephone conversation with President of Peru Luis Soto.\n\nThe President of Russia said that Moscow was ready to help.\n')
    expect(statementLines(records)).toEqual(['Vladimir Putin say: Moscow was ready to help'])
  })

  it('should read "The Head of State" as the one principal whose office heads a state', () => {
    const {records} = run('Meeting with foreign ministers\n\n30 May 2019\n\nPresident of Chile Ana Silva met with Minister of Foreign Affairs of Peru Luis Soto and Minister of Foreign Affairs of Bolivia Rosa Vargas in Santiago.\n\nThe Head of State said she was ready to visit Lima.\n')
    expect(statementLines(records)).toEqual(['Ana Silva say: she was ready to visit Lima'])
  })

  it('should read a participle opening a quoted paragraph as a statement of the sentence\'s subject', () => {
    const {records} = run('PM meeting with President Silva: 23 May 2018\n\nA Downing Street spokesperson said:\n\n"The Prime Minister met President Ana Silva of Chile in Downing Street today.\n\n"Discussing trade, the leaders agreed that tariffs should fall."\n')
    expect(statementLines(records)).toEqual(['joint discuss: trade', 'joint agree: tariffs should fall'])
  })
})

describe('a person and another\'s office together', () => {
  it('should read "President Silva and the Federal Chancellor agreed" as both', () => {
    const {records} = run('Federal Chancellor Weber speaks with President Silva\n\nThursday, 8 May 2025\n\nFederal Chancellor Karl Weber and the President of Chile, Ana Silva, spoke on the telephone this evening.\n\nPresident Silva and the Federal Chancellor agreed to work closely together.\n')
    expect(statementLines(records)).toEqual(['joint agree: to work closely together'])
  })
})

describe('words in the present tense attributed at the end', () => {
  it('should read "China values X, Wang Yi said" as what Wang Yi said', () => {
    const {records} = run('Wang Yi Holds Talks with Luis Soto\n\n2022/12/21\n\nOn December 21, Foreign Minister Wang Yi held talks in Beijing with Foreign Minister Luis Soto of Peru.\n\nChina values the new Peruvian government\'s wish to mend the relationship, Wang Yi said. The Chinese side hopes to deepen trade.\n')
    expect(statementLines(records)).toEqual(["Yi Wang say: China values the new Peruvian government's wish to mend the relationship", 'China hope: to deepen trade'])
  })
})

describe('what was exchanged', () => {
  it('should read "exchanged assessments / experiences / perspectives" as an exchange, and not "exchanged gifts"', () => {
    expect(statements('1. The two ministers exchanged assessments of the region. They exchanged experiences of handling the pandemic and exchanged perspectives on Afghanistan. They exchanged gifts.')).toEqual([
      'joint exchange: assessments of the region',
      'joint exchange: experiences of handling the pandemic',
      'joint exchange: perspectives on Afghanistan'
    ])
  })
})

describe('what looks like a report and is not', () => {
  it('should not read "took up his post" or a page\'s "Last updated on:" stamp as statements, and read "took up the question of X"', () => {
    const {records} = run('Talks\n\n5 November 2021\n\nForeign Minister Ana Silva received Foreign Minister Luis Soto of Peru in Santiago. Minister Silva congratulated Minister Soto, who took up his post in August. Minister Soto took up the question of fisheries.\n\nLast updated on: 5 November 2021\n')
    expect(statementLines(records)).toEqual(['Ana Silva congratulate: Minister Soto, who took up his post in August', 'Luis Soto take up: the question of fisheries'])
  })
})

describe('a leading participle before a main verb that reports nothing', () => {
  it('should take the main clause\'s subject as its actor and end at the comma', () => {
    const {records} = run('PM call with President Silva: 25 October 2022\n\nThe Prime Minister spoke to President Ana Silva of Chile this evening.\n\nCongratulating the Prime Minister on taking office, President Silva called the United Kingdom a close ally.\n')
    expect(statementLines(records)).toEqual(['Ana Silva congratulate: the Prime Minister on taking office'])
  })
})

describe('a quotation of two sentences before "X said"', () => {
  it('should read what was said from the opening mark, straight marks as curly ones', () => {
    const {records} = run('Talks in Lima\n\n5 December 2023\n\nPresident Ana Silva met President Luis Soto of Peru in Lima.\n\n"Trade is a big issue for both Chile and Peru. We have agreed to work on it," President Silva said.\n')
    expect(statementLines(records)).toEqual(['Ana Silva say: Trade is a big issue for both Chile and Peru. We have agreed to work on it', 'Ana Silva agree: to work on it'])
  })
})

describe('a principal quoted after "X said:"', () => {
  it('should read the first quoted sentence as what the principal said, and not a spokesperson\'s quoted readout', () => {
    const quoted = run('Meeting with the Prime Minister of Peru\n\n20 May 2025\n\nPrime Minister Ana Silva met Prime Minister Luis Soto of Peru in Lima today.\n\nPrime Minister Silva said:\n\n"Chile and Peru share a belief in free trade.\n\n"We have a great deal in common.\n\n"I invited Prime Minister Soto to visit Santiago. I warmly thank him for his hospitality."\n\nThe Prime Ministers look forward to meeting again.\n').records
    expect(statementLines(quoted)).toEqual(['Ana Silva say: Chile and Peru share a belief in free trade', 'Ana Silva invite: Prime Minister Soto to visit Santiago', 'Ana Silva thank: him for his hospitality', 'joint look forward: meeting again'])
    const spokesperson = run('PM meeting with President Silva: 23 May 2018\n\nA Downing Street spokesperson said:\n\n"The Prime Minister met President Ana Silva of Chile in Downing Street today. The leaders agreed that tariffs should fall."\n').records
    expect(statementLines(spokesperson)).toEqual(['joint agree: tariffs should fall'])
  })
})

describe('a count of principals', () => {
  it('should read "the three Ministers" calling on a fourth as each of the three guests', () => {
    const {records} = run('Courtesy Call\n\nJuly 29, 2024\n\nOn July 29, Prime Minister Fumio Kishida received a courtesy call from Minister for Foreign Affairs Ana Silva of Chile, Minister of External Affairs Luis Soto of Peru, and Secretary of State Juan Rojas of Bolivia.\n\nThe three Ministers briefed the Prime Minister on the meeting.\n')
    expect(statementLines(records)).toEqual(['Ana Silva brief: the Prime Minister on the meeting', 'Luis Soto brief: the Prime Minister on the meeting', 'Juan Rojas brief: the Prime Minister on the meeting'])
  })
})

describe('readouts of set 16 (blind)', () => {
  it('should read a reporting verb in the perfect ("has said", "has also stressed"), and "shared" before a noun that is no object of sharing as no verb', () => {
    const lead = 'Talks\n\n30th January, 2026\n\nPresident Ana Silva met President Luis Soto of Peru at State House on Thursday.\n\n'
    expect(statementLines(run(`${lead}President Silva has said that trade is growing. She has also stressed that Chile's partnership with Peru rests on mutual respect and shared interests.\n`).records)).toEqual([
      'Ana Silva say: trade is growing',
      "Ana Silva stress: Chile's partnership with Peru rests on mutual respect and shared interests"
    ])
  })

  it('should read a quotation attributed after it, over its sentences, in single marks too, as the speaker\'s; its "I" is the speaker', () => {
    const {records} = run("Prime Minister Silva held a telephone conversation with President Soto\n\nPress release | Date: 31/03/2022 | Office of the Prime Minister\n\nPrime Minister Ana Silva spoke with President Luis Soto of Peru by telephone on Thursday morning.\n\n'The border is calm and trade is growing. I called on President Soto to open a second crossing,' said Prime Minister Silva.\n\n\"We hold no illusions. But no avenue should be left unexplored,\" the Prime Minister said.\n")
    expect(records.meetings[0].date).toBe('2022-03-31')
    expect(statementLines(records)).toEqual([
      'Ana Silva say: The border is calm and trade is growing. I called on President Soto to open a second crossing',
      'Ana Silva call on: President Soto to open a second crossing',
      'Ana Silva say: We hold no illusions. But no avenue should be left unexplored'
    ])
  })

  it('should read an office after a nationality of two words, or two offices the page gave one principal, as that principal', () => {
    const lanka = run('Talks\n\nDhaka, 21.03.2021\n\nPrime Minister Ana Silva held talks with the Prime Minister of the Democratic Socialist Republic of Sri Lanka, H.E. Luis Soto, in Dhaka on Saturday.\n\nThe Sri Lankan Prime Minister praised Chile for its help.\n').records
    expect(statementLines(lanka)).toEqual(['Luis Soto praise: Chile for its help'])
    const qatar = run('Call\n\nDoha, 14 August 2024\n\nHE Prime Minister and Minister of Foreign Affairs Sheikh Ahmed bin Khalid Al-Mansour today received a telephone call from HE Secretary of State of the friendly United States of America Luis Soto.\n\nHE the Prime Minister and Minister of Foreign Affairs affirmed that Qatar will continue its efforts.\n').records
    expect(qatar.participants.map((p) => [p.family_name, p.title, p.country])).toEqual([
      ['Al-Mansour', 'Prime Minister and Minister of Foreign Affairs', 'QA'],
      ['Soto', 'Secretary of State', 'US']
    ])
    expect(statementLines(qatar)).toEqual(['Ahmed bin Khalid Al-Mansour affirm: Qatar will continue its efforts'])
  })

  it('should read "the Foreign Minister" as the principal who is "Minister of Foreign Affairs", and "he" as the subject of the sentence before', () => {
    const lead = 'Talks\n\n12 Jul 2024\n\nOn 11 July 2024, H.E. Mr. Ana Silva, Minister of Foreign Affairs, joined H.E. Dr. Luis Soto, Minister of External Affairs of the Republic of India, for a meeting in New Delhi.\n\n'
    expect(statementLines(run(`${lead}The Foreign Minister raised the border.\n`).records)).toEqual(['Ana Silva raise: the border'])
    expect(statementLines(run(`${lead}Minister Silva stated that trade is growing.\n\nLater the same day, Minister Soto laid a wreath at a memorial. He invited Minister Silva to visit India.\n`).records)).toEqual(['Ana Silva state: trade is growing', 'Luis Soto invite: Minister Silva to visit India'])
  })
})

describe('readouts of set 17 (blind)', () => {
  it('should read a side\'s readiness ("The British side is willing to") where it opens the sentence\'s reporting, and not inside what someone said', () => {
    const lead = 'Talks\n\n2023-08-30 21:45\n\nOn August 30, Vice President Ana Silva met with Foreign Secretary Luis Soto of the United Kingdom in Beijing.\n\n'
    expect(statementLines(run(`${lead}The British side is willing to step up exchanges at high levels. Ana Silva said that China is ready to deepen cooperation.\n`).records)).toEqual([
      'United Kingdom be willing: step up exchanges at high levels',
      'Ana Silva say: China is ready to deepen cooperation'
    ])
  })
})

describe('readouts of set 19 (blind)', () => {
  const lead = 'Talks\n\n24 May 2023\n\nMinister Ana Silva received Foreign Secretary Luis Soto of the United Kingdom in Brasilia on 24 May.\n\n'

  it('should read a topic reported in the passive as one both sides took up, and a spokesman with a doctor\'s title as the one who frames the readout', () => {
    expect(statementLines(run(`${lead}The reform of the United Nations Security Council was also discussed. Spokesman for the Ministry, Counselor Dr. Juan Rojas, stated that the two sides discussed the situation in the region.\n`).records)).toEqual([
      'joint discuss: The reform of the United Nations Security Council',
      'joint discuss: the situation in the region'
    ])
  })
})

describe('readouts of set 27 (blind)', () => {
  const lead = 'Talks\n\n05.10.2022\n\nOn Wednesday, Minister of Foreign Affairs Ana Silva hosted H.E. Mr Luis Soto, Minister of Foreign Affairs of the Hellenic Republic, at the ministry in Warsaw.\n\n'

  it('should read a topic in the passive followed by where, when or how it was taken up, and a list after a colon as what was taken up', () => {
    expect(statementLines(run(`${lead}The situation in the region was discussed in depth during the meeting. Trade and energy were also discussed, as were relations with China. Several other subjects were raised during the talks: the Balkans; migration; and the OSCE. The agreement was raised by Minister Soto.\n`).records)).toEqual([
      'joint discuss: The situation in the region',
      'joint discuss: Trade and energy',
      'joint raise: the Balkans; migration; and the OSCE'
    ])
  })

  it('should read "the head of Polish diplomacy" as the foreign minister of that country among the principals', () => {
    expect(statementLines(run(`${lead}The head of Greek diplomacy briefed his host on the Eastern Mediterranean. Minister Silva said that support must go on.\n`).records)).toEqual([
      'Luis Soto brief: his host on the Eastern Mediterranean',
      'Ana Silva say: support must go on'
    ])
  })

  it('should read a principal called by a word of the given name alone ("Phumtham told ...") as that principal', () => {
    const text = 'Call\n\nJuly 27, 2025\n\nActing Prime Minister Phumtham Wechayachai of Thailand spoke with President Luis Soto of Peru on Saturday.\n\nPhumtham thanked Soto for his concern.\n'
    expect(statementLines(run(text).records)).toEqual(['Phumtham Wechayachai thank: Soto for his concern'])
  })
})

describe('readouts of set 28 (blind)', () => {
  it('should read "His Majesty" for the king the page styles so, "the King and the delegation" and "Discussions" as both sides', () => {
    const text = 'Royal Court\n\n23 April 2025\n\nHis Majesty King Luis II on Wednesday received United States House of Representatives Minority Leader Ana Silva and an accompanying delegation of members of Congress.\n\nThe King and the delegation reviewed the strategic ties. His Majesty called for an end to the war. Discussions also touched on the situation in Syria.\n'
    const {records} = run(text)
    expect(records.participants.map((p) => [p.family_name, p.honorific, p.title])).toEqual([['Luis II', 'His Majesty', 'King'], ['Silva', null, 'Minority Leader']])
    expect(statementLines(records)).toEqual(['joint review: the strategic ties', 'Luis II call for: an end to the war', 'joint touch on: the situation in Syria'])
  })
})

describe('readouts of set 29 (blind)', () => {
  it('should read "The Fijian Head of Government" as that country\'s one principal, whatever office the page gave', () => {
    const text = 'Fiji and Solomon Islands\n\n25/06/2025\n\nMinister for Foreign Affairs Ana Silva on Tuesday met Prime Minister Luis Soto of Solomon Islands in Suva.\n\nThe Fijian Head of Government also congratulated Solomon Islands on the launch.\n'
    expect(statementLines(run(text).records)).toEqual(['Ana Silva congratulate: Solomon Islands on the launch'])
  })
})

describe('readouts of set 31 (blind)', () => {
  it('should read each item of a list in parentheses after "stressed the following three points:" as what was stressed', () => {
    const text = 'Telephone Talk\n\nOctober 12, 2023\n\nOn October 12, Ms. SILVA Ana, Minister for Foreign Affairs of Japan, held a telephone talk with H.E. Mr. Luis Soto, Minister of Foreign Affairs of Egypt.\n\n1. Minister Silva stressed the following two points:\n(1) she is following developments with grave concern; and\n(2) the hostages must be freed at the earliest possible time.\n'
    expect(statementLines(run(text).records)).toEqual([
      'Ana Silva stress: the following two points',
      'Ana Silva stress: she is following developments with grave concern',
      'Ana Silva stress: the hostages must be freed at the earliest possible time'
    ])
  })
})

describe('a source\'s report in a news copy', () => {
  it('should read what a ministry or sources report the principals did as the principals\' statements, a coordinated verb too', () => {
    const lead = 'Talks\n\nMOSCOW, Aug 7 (Wire) – Foreign Minister Ana Silva and Foreign Minister Luis Soto held a telephone conversation on Thursday.\n\n'
    expect(statementLines(run(`${lead}The ministry said the two ministers had "discussed in detail the situation around Ukraine". Diplomatic sources said Soto had stressed the importance of dialogue and repeated that Ankara stood ready to mediate.\n`).records)).toEqual([
      'joint discuss: in detail the situation around Ukraine',
      'Luis Soto stress: the importance of dialogue',
      'Luis Soto repeat: Ankara stood ready to mediate'
    ])
  })
})

describe('readouts of set 21 (blind)', () => {
  const lead = 'Talks\n\n4 July 2022\n\nOn 4 July, Minister Ana Silva met Foreign Minister Luis Soto of Egypt in London.\n\n'

  it('should read "The Minister and his guest" as both sides, and the talks themselves as what both did', () => {
    expect(statementLines(run(`${lead}The Minister and his guest exchanged views on human rights. The talks touched upon trade and security.\n`).records)).toEqual([
      'joint exchange: views on human rights',
      'joint touch upon: trade and security'
    ])
  })
})

describe('readouts of set 25 (blind)', () => {
  it('should read what a body says the principals did as theirs ("the Elysee said the French leader underscored ...")', () => {
    const lead = 'WIRE\n\nPARIS, July 1 (MPA) - French President Ana Silva spoke to Russian President Luis Soto by telephone on Tuesday, the Elysee Palace said.\n\n'
    expect(statementLines(run(`${lead}The Elysee said Silva underscored France's steadfast backing for Ukraine.\n`).records)).toEqual(['Ana Silva underscore: France\'s steadfast backing for Ukraine'])
  })
})

describe('readouts of set 26 (blind)', () => {
  it('should read "The President of the European Council" as the one principal the page calls "President"', () => {
    const lead = 'Press release\n\n28 October 2025\n\nPresident Ana Silva met Luis Soto, Prime Minister of Norway, in Abu Dhabi today.\n\n'
    expect(statementLines(run(`${lead}The President of the European Council welcomed the progress made in the negotiations.\n`).records)).toEqual(['Ana Silva welcome: the progress made in the negotiations'])
  })
})
