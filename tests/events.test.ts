import {describe, expect, it} from 'vitest'
import {linkEvents, type MeetingSummary} from '../pipeline/events.js'

const principal = (personId: string, familyName: string | null, country: string | null) => ({personId, familyName, country, title: null})

function meeting(documentId: string, date: string | null, principals: MeetingSummary['principals'], extra: Partial<MeetingSummary> = {}): MeetingSummary {
  return {meetingId: `${documentId}/m1`, documentId, order: 0, date, format: 'telephone', kind: 'telephone_talk', principals, ...extra}
}

const blinken = principal('person:antony-blinken', 'Blinken', 'US')
const hayashi = principal('person:yoshimasa-hayashi', 'Hayashi', 'JP')
const wang = principal('person:yi-wang', 'Wang', 'CN')
const jaishankar = principal('person:s-jaishankar', 'Jaishankar', 'IN')
const doval = principal('person:ajit-doval', 'Doval', 'IN')

describe('events', () => {
  it('should link the two sides’ readouts of one call, a day apart across time zones, with the evidence', () => {
    const {events, warnings} = linkEvents([meeting('us-call', '2022-01-05', [blinken, hayashi]), meeting('jp-call', '2022-01-06', [hayashi, blinken])])
    expect(warnings).toEqual([])
    expect(events.map((e) => [e.eventId, e.meetings.map((m) => m.documentId)])).toEqual([['event:2022-01-05-blinken-hayashi', ['us-call', 'jp-call']]])
    expect(events[0].links).toEqual([
      {meetingId: 'us-call/m1', linkedTo: null, evidence: null, confidence: null},
      {meetingId: 'jp-call/m1', linkedTo: 'us-call/m1', evidence: 'date=one day apart; principals=person:antony-blinken,person:yoshimasa-hayashi; format=same', confidence: 0.9}
    ])
  })

  it('should link a principal each side names its own way, by family name', () => {
    const {events} = linkEvents([
      meeting('eu', '2023-10-13', [principal('person:josep-borrell', 'Borrell', null), wang], {format: 'in_person', kind: 'dialogue'}),
      meeting('cn', '2023-10-13', [wang, principal('person:josep-borrell-fontelles', 'Borrell Fontelles', null)], {format: 'in_person', kind: 'meeting'})
    ])
    expect(events).toHaveLength(1)
    expect(events[0].links[1].evidence).toBe('date=same; principals=person:yi-wang,person:josep-borrell-fontelles=person:josep-borrell; format=same')
  })

  it('should not link the same principals on another day, or a meeting in person to a call', () => {
    const {events} = linkEvents([
      meeting('dec', '2022-12-20', [blinken, wang]),
      meeting('jul', '2022-07-06', [blinken, wang]),
      meeting('visit', '2022-12-20', [blinken, wang], {format: 'in_person', kind: 'meeting'})
    ])
    expect(events.map((e) => e.meetings.length)).toEqual([1, 1, 1])
  })

  it('should not link a second meeting of the same trip with someone else of the same country', () => {
    const {events} = linkEvents([meeting('talks', '2022-03-25', [jaishankar, wang], {format: 'in_person'}), meeting('doval', '2022-03-25', [wang, doval], {format: 'in_person'})])
    expect(events).toHaveLength(2)
  })

  it('should keep a working dinner apart from the meeting before it', () => {
    const {events} = linkEvents([
      meeting('a', '2023-11-16', [blinken, hayashi], {format: 'in_person', kind: 'meeting'}),
      meeting('b', '2023-11-16', [hayashi, blinken], {format: 'in_person', kind: 'working_dinner'})
    ])
    expect(events.map((e) => e.eventId)).toEqual(['event:2023-11-16-blinken-hayashi', 'event:2023-11-16-blinken-hayashi-working-dinner'])
  })

  it('should warn, not guess, when a meeting could be either of two meetings of another document', () => {
    const a = meeting('one', '2022-05-01', [blinken, hayashi])
    const b1 = {...meeting('two', '2022-05-01', [blinken, hayashi]), meetingId: 'two/m1'}
    const b2 = {...meeting('two', '2022-05-01', [blinken, hayashi]), meetingId: 'two/m2', order: 1}
    const {events, warnings} = linkEvents([a, b1, b2])
    expect(events.every((e) => e.meetings.length === 1)).toBe(true)
    expect(warnings.map((w) => w.meetingId)).toEqual(['one/m1'])
  })

  it('should give the same events whatever the order of the meetings', () => {
    const input = [meeting('a', '2022-01-05', [blinken, hayashi]), meeting('b', '2022-01-06', [hayashi, blinken]), meeting('c', '2022-01-06', [blinken, hayashi]), meeting('d', null, [wang])]
    expect(linkEvents([...input].reverse())).toEqual(linkEvents(input))
  })
})
