import {describe, expect, it} from 'vitest'
import {findDurations, findTimes, parseDate, rangeMinutes, relativeDate, yearFor} from '../pipeline/extract/when.js'

describe('dates', () => {
  it.each([
    ['On March 16, commencing at 2:15 p.m.', 2017, '2017-03-16'],
    ['On Sunday, April 10, from around 8 p.m.', 2016, '2016-04-10'],
    ['On November 8 (Saturday), the Minister', 2014, '2014-11-08'],
    ['On February 10th, commencing at around 11:10 p.m.', 2017, '2017-02-10'],
    ['[Monday, Jun 8, 2015]', null, '2015-06-08'],
    ['16 March 2017', null, '2017-03-16']
  ])('should read %j', (value, year, expected) => {
    expect(parseDate(value, year)?.full).toBe(expected)
  })

  it('should leave the date without a year empty when nothing gives one', () => {
    expect(parseDate('On July 2, the two ministers met', null)?.full).toBeNull()
  })

  it('should take the year before for a December meeting released in January', () => {
    expect(yearFor(12, '2018-01-05')).toBe(2017)
    expect(yearFor(3, '2017-03-16')).toBe(2017)
  })
})

describe('times', () => {
  it.each([
    ['commencing at 2:15 p.m. for approximately one hour', '14:15', null, null],
    ['from around 8 p.m.', '20:00', 'around', null],
    ['from just after 12:10 p.m. (local time)', '12:10', 'just after', 'local time'],
    ['at 11:15 a.m. local time (12:15 p.m. Japan time)', '11:15', null, 'local time'],
    ['at 9:30 a.m. (local time. 5:30 p.m., Japan time.)', '09:30', null, 'local time'],
    ['for approximately 20 minutes from 9:35, Mr.', '09:35', null, null],
    ['commencing at shortly after 5:40 p.m.', '17:40', 'shortly after', null],
    ['at 12 a.m. on January 17', '00:00', null, null]
  ])('should read %j', (value, time, qualifier, reference) => {
    const [first] = findTimes(value)
    expect(first).toMatchObject({time, qualifier, reference})
  })

  it.each([
    ['from 10:15 a.m. to 11:00 a.m.', '10:15', 45],
    ['from 9:00 to 9:50', '09:00', 50],
    ['from 1:30 to 2:45 p.m.', '13:30', 75],
    ['from 11:30 p.m. until 12:10 a.m.', '23:30', 40],
    ['from 10:00 a.m. (local time; 11:00 p.m., Japan time)', '10:00', null]
  ])('should read the range %j as its start and length', (value, time, minutes) => {
    const times = findTimes(value)
    expect([times[0].time, rangeMinutes(value, times, times[0])]).toEqual([time, minutes])
  })

  it('should not read durations or dates as times', () => {
    expect(findTimes('for 20 minutes on March 16 for the 2+2 meeting')).toEqual([])
  })
})

describe('durations', () => {
  it.each([
    ['for approximately 40 minutes', 40, 'approximately'],
    ['for approximately 1 hour', 60, 'approximately'],
    ['for approximately 110 minutes', 110, 'approximately'],
    ['for one hour and 20 minutes', 80, null],
    ['for just under 30 minutes', 30, 'just under'],
    ['for nearly one hour', 60, 'nearly'],
    ['for approximately one and a half hours', 90, 'approximately'],
    ['for about half an hour', 30, 'about'],
    ['for over an hour', 60, 'over']
  ])('should read %j', (value, minutes, qualifier) => {
    expect(findDurations(value)[0]).toMatchObject({minutes, qualifier})
  })
})

describe('a part of the day and the release\'s clock time', () => {
  it('should date "this evening" in a release stamped at 03:12 on the day before, and on the day itself when stamped later', () => {
    expect(relativeDate('held a telephone conversation this evening', '2018-12-24', '03:12')?.date).toBe('2018-12-23')
    expect(relativeDate('held a telephone conversation this evening', '2018-12-24', '21:40')?.date).toBe('2018-12-24')
    expect(relativeDate('held a telephone conversation this afternoon', '2018-12-24', '09:00')?.date).toBe('2018-12-23')
    expect(relativeDate('held a telephone conversation today', '2018-12-24', '03:12')?.date).toBe('2018-12-24')
    expect(relativeDate('held a telephone conversation this evening', '2018-12-24')?.date).toBe('2018-12-24')
  })
})
