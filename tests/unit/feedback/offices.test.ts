import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { OfficesError, parseOffices } from '../../../src/feedback/offices'

const header = 'name,kind'

describe('parseOffices', () => {
  it('reads the offices in file order, tolerating a BOM, CRLF, quotes, blank lines and any column order', () => {
    const offices = parseOffices(`\uFEFF${header}\r\n党政办公室,镇机关\r\n\r\n"经济发展局/经济发展和招商服务中心",镇机关\r\n`)
    expect(offices.list).toEqual([
      { name: '党政办公室', kind: '镇机关' },
      { name: '经济发展局/经济发展和招商服务中心', kind: '镇机关' },
    ])
    expect(offices.has('党政办公室')).toBe(true)
    expect(offices.has('财政所')).toBe(false)
    expect(parseOffices('kind,name\n派驻机构,派出所').list).toEqual([{ name: '派出所', kind: '派驻机构' }])
  })

  it.each([
    ['', 'offices line 1: empty file'],
    ['name\n党政办公室', 'offices line 1: header must be name,kind; missing kind'],
    [`${header}\n`, 'offices line 1: no offices after the header'],
    [`${header}\n党政办公室`, 'offices line 2: expected 2 fields, found 1'],
    [`${header}\n党政办公室,镇机关\n\n党政办公室,镇机关`, 'offices line 4: office 党政办公室 appears twice'],
    [`${header}\n ,镇机关`, 'offices line 2: name is empty'],
    [`${header}\n党政办公室, `, 'offices line 2: kind is empty for 党政办公室'],
    [`${header}\n党政\u202e办公室,镇机关`, 'offices line 2: name "党政\u202e办公室" has characters that cannot be shown'],
    [`${header}\n${'办'.repeat(41)},镇机关`, 'offices line 2: name "'],
    [`${header}\n"党政办公室,镇机关`, 'offices line 2: unterminated quote'],
  ])('stops on a malformed file, naming the line: %j', (text, message) => {
    expect(() => parseOffices(text)).toThrowError(OfficesError)
    expect(() => parseOffices(text)).toThrowError(message)
  })

  it('names the file it was given', () => {
    expect(() => parseOffices(`${header}\na,b\na,b`, 'content/offices.csv')).toThrowError('content/offices.csv line 3: office a appears twice')
  })

  it('reads the demo list shipped in content/', () => {
    const offices = parseOffices(readFileSync('content/offices.csv', 'utf8'), 'content/offices.csv')
    expect(offices.list.length).toBeGreaterThanOrEqual(10)
    for (const name of ['党政办公室', '经济发展局/经济发展和招商服务中心', '城市建设管理办公室', '社会事业局', '农业农村办公室', '财政所', '派出所'])
      expect(offices.has(name), name).toBe(true)
  })
})
