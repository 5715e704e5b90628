import { describe, expect, it } from '@jest/globals'
import { formatOfFile, formatOfText, parseTesters, type TesterFormat } from '../src/testers.js'

const parse = (text: string, format: TesterFormat, input = 'testers') =>
  parseTesters(text, { format, input, defaultGroup: 'DevTest' })

describe('plain lines', () => {
  it('reads "email" and "First Last <email>", skipping blanks and comments', async () => {
    const { testers, problems, warnings } = await parse(
      '# testers\nada@example.com\n\nGrace Brewster Hopper <grace@example.com>  # lead\nLinus <linus@example.org>\n',
      'lines'
    )
    expect(problems).toEqual([])
    expect(warnings).toEqual([])
    expect(testers).toEqual({
      groups: [
        {
          name: 'DevTest',
          testers: [
            { email: 'ada@example.com' },
            { email: 'grace@example.com', firstName: 'Grace', lastName: 'Brewster Hopper' },
            { email: 'linus@example.org', firstName: 'Linus' }
          ]
        }
      ],
      uniqueTesterCount: 3
    })
  })

  it('ignores a byte order mark before the first line, in every format', async () => {
    for (const [text, format] of [
      ['\uFEFFada@example.com', 'lines'],
      ['\uFEFFQA:\n  - ada@example.com', 'yaml'],
      ['\uFEFF["ada@example.com"]', 'json'],
      ['\uFEFFemail\nada@example.com', 'csv']
    ] as const) {
      const { testers, problems } = await parse(text, format)
      expect(problems).toEqual([])
      expect(testers.groups[0]?.testers).toEqual([{ email: 'ada@example.com' }])
    }
  })

  it('names the input and the line of every bad email, all at once', async () => {
    const { problems } = await parse('ok@example.com\nnot-an-email\nAda <ada@>\n', 'lines')
    expect(problems).toEqual([
      {
        input: 'testers',
        where: 'line 2',
        message: expect.stringContaining('"not-an-email" is not an email address')
      },
      {
        input: 'testers',
        where: 'line 3',
        message: expect.stringContaining('"ada@" is not an email address')
      }
    ])
  })

  it('removes duplicates case-insensitively within a group, with a masked warning', async () => {
    const { testers, warnings } = await parse(
      'Ada@Example.com\nbob@example.com\nada@example.com\n',
      'lines'
    )
    expect(testers.groups[0]?.testers.map(t => t.email)).toEqual([
      'Ada@Example.com',
      'bob@example.com'
    ])
    expect(testers.uniqueTesterCount).toBe(2)
    expect(warnings).toEqual([
      'a•••@example.com is listed twice in group "DevTest" (line 1 and line 3); the duplicate was removed.'
    ])
    expect(warnings.join()).not.toContain('ada@example.com')
  })

  it('reports an empty list', async () => {
    const { problems } = await parse('# nobody yet\n\n', 'lines')
    expect(problems).toEqual([
      { input: 'testers', message: expect.stringContaining('lists no testers') }
    ])
  })

  it('refuses more than 50 unique testers, counting across groups once', async () => {
    const lines = Array.from({ length: 51 }, (_, i) => `t${i}@example.com`).join('\n')
    const { problems } = await parse(lines, 'lines')
    expect(problems).toEqual([
      {
        input: 'testers',
        message: expect.stringMatching(/51 unique testers; Amazon allows at most 50/)
      }
    ])
    const fifty = Array.from({ length: 50 }, (_, i) => `t${i}@example.com`)
    const yaml = `A:\n${fifty.map(e => `  - ${e}`).join('\n')}\nB:\n${fifty.map(e => `  - ${e.toUpperCase()}`).join('\n')}\n`
    const result = await parse(yaml, 'yaml')
    expect(result.problems).toEqual([])
    expect(result.testers.uniqueTesterCount).toBe(50)
  })
})

describe('YAML', () => {
  it('reads group → testers, as strings or mappings', async () => {
    const { testers, problems } = await parse(
      'QA:\n  - Ada Lovelace <ada@example.com>\n  - {email: bob@example.com, firstName: Bob}\nBeta:\n  - email: ada@example.com\n    lastName: Lovelace\n',
      'yaml'
    )
    expect(problems).toEqual([])
    expect(testers.groups).toEqual([
      {
        name: 'QA',
        testers: [
          { email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' },
          { email: 'bob@example.com', firstName: 'Bob' }
        ]
      },
      { name: 'Beta', testers: [{ email: 'ada@example.com', lastName: 'Lovelace' }] }
    ])
    expect(testers.uniqueTesterCount).toBe(2)
  })

  it('names the line of each problem: empty group, bad email, unknown field, not a list', async () => {
    const { problems } = await parse(
      'QA:\nBeta:\n  - nobody\n  - {email: x@example.com, phone: 1}\nOps: ops@example.com\n',
      'yaml',
      'testers-file'
    )
    expect(problems).toEqual([
      {
        input: 'testers-file',
        where: 'line 1',
        message: 'group "QA" has no testers; add testers or remove the group'
      },
      {
        input: 'testers-file',
        where: 'line 3',
        message: expect.stringContaining('"nobody" is not an email')
      },
      {
        input: 'testers-file',
        where: 'line 4',
        message: expect.stringContaining('unknown tester field "phone"')
      },
      { input: 'testers-file', where: 'line 5', message: 'group "Ops" must hold a list of testers' }
    ])
  })

  it('reports a group given as an empty list', async () => {
    const { problems } = await parse('{"groups": [{"name": "QA", "testers": []}]}', 'json')
    expect(problems).toEqual([
      {
        input: 'testers',
        where: 'line 1',
        message: 'group "QA" has no testers; add testers or remove the group'
      }
    ])
  })

  it('reports a syntax error with its line', async () => {
    const { problems } = await parse('QA:\n  - a@example.com\n - b@example.com\n', 'yaml')
    expect(problems[0]).toMatchObject({ input: 'testers', where: 'line 3' })
    expect(problems[0]?.message).toMatch(/^cannot be parsed/)
  })

  it('refuses a group with an empty name', async () => {
    const { problems } = await parse('"":\n  - a@example.com\n', 'yaml')
    expect(problems).toEqual([
      {
        input: 'testers',
        where: 'line 1',
        message: expect.stringContaining('a tester group has no name')
      }
    ])
  })
})

describe('JSON', () => {
  it("reads the API's own {groups: [...]} body", async () => {
    const body = {
      groups: [
        {
          name: 'QA',
          testers: [{ firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' }]
        }
      ]
    }
    const { testers, problems } = await parse(JSON.stringify(body, null, 2), 'json')
    expect(problems).toEqual([])
    expect(testers.groups).toEqual(body.groups)
  })

  it('reads a list of groups and a list of testers', async () => {
    const groups = await parse('[{"name": "QA", "testers": ["a@example.com"]}]', 'json')
    expect(groups.testers.groups).toEqual([{ name: 'QA', testers: [{ email: 'a@example.com' }] }])
    const list = await parse('[{"email": "a@example.com"}, "B C <b@example.com>"]', 'json')
    expect(list.testers.groups).toEqual([
      {
        name: 'DevTest',
        testers: [
          { email: 'a@example.com' },
          { email: 'b@example.com', firstName: 'B', lastName: 'C' }
        ]
      }
    ])
  })

  it('names the line of a problem in pretty-printed JSON', async () => {
    const { problems } = await parse(
      '{\n  "groups": [\n    {"name": "QA", "testers": [\n      {"email": "bad"}\n    ]}\n  ]\n}',
      'json'
    )
    expect(problems).toEqual([
      {
        input: 'testers',
        where: 'line 4',
        message: expect.stringContaining('"bad" is not an email')
      }
    ])
  })

  it('reports invalid JSON without crashing', async () => {
    const { problems } = await parse('{"groups": [', 'json')
    expect(problems.length).toBeGreaterThan(0)
    expect(problems[0]?.message).toMatch(/^cannot be parsed/)
  })

  it('refuses a scalar', async () => {
    const { problems } = await parse('42', 'json')
    expect(problems[0]?.message).toMatch(/must be a list of testers/)
  })
})

describe('CSV', () => {
  it('reads email, names and group columns under any common spelling', async () => {
    const csv =
      '\uFEFFEmail,First Name,last_name,Group\nada@example.com,Ada,Lovelace,QA\n\nbob@example.com,,,\n"c@example.com","Carl ""C""",,Beta\n'
    const { testers, problems } = await parse(csv, 'csv')
    expect(problems).toEqual([])
    expect(testers.groups).toEqual([
      {
        name: 'QA',
        testers: [{ email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' }]
      },
      { name: 'DevTest', testers: [{ email: 'bob@example.com' }] },
      { name: 'Beta', testers: [{ email: 'c@example.com', firstName: 'Carl "C"' }] }
    ])
  })

  it('needs an email column and names the line of bad rows', async () => {
    expect((await parse('name,group\nAda,QA\n', 'csv')).problems).toEqual([
      { input: 'testers', where: 'line 1', message: expect.stringContaining('no "email" column') }
    ])
    expect((await parse('email\nok@example.com\n\nnope\n', 'csv')).problems).toEqual([
      {
        input: 'testers',
        where: 'line 4',
        message: expect.stringContaining('"nope" is not an email')
      }
    ])
  })

  it('reports malformed CSV', async () => {
    const { problems } = await parse('email\n"unterminated\n', 'csv')
    expect(problems[0]?.message).toMatch(/is not valid CSV/)
  })
})

describe('format detection', () => {
  it.each([
    ['a.json', 'json'],
    ['dir/t.YAML', 'yaml'],
    ['t.yml', 'yaml'],
    ['t.csv', 'csv'],
    ['t.txt', 'lines'],
    ['TESTERS', 'lines']
  ])('file %s is %s', (path, format) => {
    expect(formatOfFile(path)).toBe(format)
  })

  it.each([
    ['{"groups": []}', 'json'],
    ['  [ "a@example.com" ]', 'json'],
    ['# comment\nemail,firstName\na@example.com,A', 'csv'],
    ['QA:\n  - a@example.com', 'yaml'],
    ['- a@example.com\n- b@example.com', 'yaml'],
    ['a@example.com\nAda <ada@example.com>', 'lines']
  ])('inline %j is %s', (text, format) => {
    expect(formatOfText(text)).toBe(format)
  })
})
