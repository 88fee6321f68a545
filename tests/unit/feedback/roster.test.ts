import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseRoster, parseRosterEntries, RosterError } from '../../../src/feedback/roster'

const header = 'code,name,delegation,role,pin'

describe('parseRoster', () => {
  it('reads delegates by normalised code, tolerating a BOM, CRLF, quotes and blank lines', () => {
    const roster = parseRoster(`\uFEFF${header}\r\nnt0001,王建国,"牛塘片代表小组",代表,012345\r\n\r\nNT0101,"徐""海峰",列席人员,列席,999999\r\n`)
    expect([...roster.keys()]).toEqual(['NT0001', 'NT0101'])
    expect(roster.get('NT0001')).toEqual({ code: 'NT0001', name: '王建国', delegation: '牛塘片代表小组', role: '代表', pin: '012345' })
    expect(roster.get('NT0101')?.name).toBe('徐"海峰')
  })

  it('accepts the columns in any order', () => {
    const roster = parseRoster('role,pin,code,delegation,name\n列席,246810,NT0102,列席人员,孙婷婷')
    expect(roster.get('NT0102')).toEqual({ code: 'NT0102', name: '孙婷婷', delegation: '列席人员', role: '列席', pin: '246810' })
  })

  it('takes the secretariat staff (工作人员) as a role', () => {
    expect(parseRoster(`${header}\nNT9001,周敏,人大办,工作人员,135790`).get('NT9001')?.role).toBe('工作人员')
  })

  it('for the cards command, allows pins to be missing (even the column), never malformed', () => {
    expect(parseRosterEntries('code,name,delegation,role\nNT0001,王建国,牛塘片代表小组,代表', 'r', { pinsRequired: false })).toEqual([
      { code: 'NT0001', name: '王建国', delegation: '牛塘片代表小组', role: '代表', pin: '', line: 2 },
    ])
    expect(() => parseRosterEntries(`${header}\nNT0001,王建国,牛塘片代表小组,代表,12345`, 'r', { pinsRequired: false })).toThrowError(
      'r line 2: pin of NT0001 must be 6 digits, found "12345"',
    )
  })

  it.each([
    ['', 'roster line 1: empty file'],
    ['code,name,role,pin\nNT1,a,代表,123456', 'roster line 1: header must be code,name,delegation,role,pin; missing delegation'],
    ['code,name,delegation,role\nNT0001,王建国,牛塘片代表小组,代表', 'roster line 1: header must be code,name,delegation,role,pin; missing pin'],
    [`${header}\n`, 'roster line 1: no delegates after the header'],
    [`${header}\nNT0001,王建国,牛塘片代表小组,代表`, 'roster line 2: expected 5 fields, found 4'],
    [`${header}\nNT0001,王建国,牛塘片代表小组,代表,123456\n\nNT0001,李秀英,牛塘片代表小组,代表,654321`, 'roster line 4: code NT0001 appears twice'],
    [`${header}\nNT 01,王建国,牛塘片代表小组,代表,123456`, 'roster line 2: code "NT 01" must be'],
    [`${header}\nNT0001,,牛塘片代表小组,代表,123456`, 'roster line 2: name is empty'],
    [`${header}\nNT0001,王建国, ,代表,123456`, 'roster line 2: delegation is empty'],
    [`${header}\nNT0001,王建国,牛塘片代表小组,委员,123456`, 'roster line 2: role must be 代表, 列席, 工作人员, found "委员"'],
    [`${header}\nNT0001,王建国,牛塘片代表小组,代表,`, 'roster line 2: pin is missing for NT0001'],
    [`${header}\nNT0001,王建国,牛塘片代表小组,代表,12345`, 'roster line 2: pin of NT0001 must be 6 digits, found "12345"'],
    [`${header}\nNT0001,王建国,牛塘片代表小组,代表,12345a`, 'roster line 2: pin of NT0001 must be 6 digits'],
    [`${header}\nNT0001,"王建国,牛塘片代表小组,代表,123456`, 'roster line 2: unterminated quote'],
    [`${header}\nNT0001,王"建国,牛塘片代表小组,代表,123456`, 'roster line 2: a quote inside an unquoted field'],
  ])('names the line of a malformed file: %j', (text, message) => {
    expect(() => parseRoster(text)).toThrowError(RosterError)
    expect(() => parseRoster(text)).toThrowError(message)
  })

  it('counts lines inside quoted line breaks', () => {
    expect(() => parseRoster(`${header}\nNT0001,"王\n建国",牛塘片代表小组,代表,123456\nNT0002,李,x,委员,123456`, 'r.csv')).toThrowError(
      'r.csv line 4: role must be',
    )
  })

  it('reads the demo roster shipped in content/roster', () => {
    const roster = parseRoster(readFileSync('content/roster/demo.csv', 'utf8'))
    expect(roster.size).toBeGreaterThanOrEqual(10)
    expect(new Set([...roster.values()].map((d) => d.role))).toEqual(new Set(['代表', '列席', '工作人员']))
    for (const delegate of roster.values()) expect(delegate.pin).toMatch(/^\d{6}$/)
  })
})
