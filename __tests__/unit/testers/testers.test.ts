import { describe, expect, it } from '@jest/globals'
import {
  formatOfFile,
  formatOfText,
  parseTesters,
  type TesterFormat
} from '../../../src/testers/testers.js'
import { WORKFLOW_WORDS } from '../../../src/action/words.js'
import { fixIn } from '../../../src/shared/input-words.js'
import { cpuMs } from '../../support/cpu-time.js'
import { MAX_GROUP_NAME_LENGTH } from '../../../src/testers/collector.js'

const parse = (text: string, format: TesterFormat, input: 'testers' | 'testers-file' = 'testers') =>
  parseTesters(text, { format, input, defaultGroup: 'DevTest' })

describe('plain lines', () => {
  it('reads "email" and "First Last <email>", skipping blanks and comments', async () => {
    const { testers, problems, warnings } = await parse(
      '# testers\nada@example.com\n\nGrace Brewster Hopper <grace@example.com>  # lead\nLinus <linus@example.org>\n',
      'lines'
    )
    expect(problems.listed).toEqual([])
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
      expect(problems.listed).toEqual([])
      expect(testers.groups[0]?.testers).toEqual([{ email: 'ada@example.com' }])
    }
  })

  it('names the input and the line of every bad email, all at once, without quoting it', async () => {
    const { problems } = await parse('ok@example.com\nnot-an-email\nAda <ada@>\n', 'lines')
    expect(problems.listed).toEqual([
      {
        input: 'testers',
        where: 'line 2',
        message: expect.stringMatching(/^is not an email address \(there is no "@"\)/)
      },
      {
        input: 'testers',
        where: 'line 3',
        message: expect.stringContaining('"a•••@" is not an email address')
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
    expect(problems.listed).toEqual([
      { input: 'testers', message: expect.stringContaining('lists no testers') }
    ])
  })

  it('refuses more than 50 unique testers, counting across groups once', async () => {
    const lines = Array.from({ length: 51 }, (_, i) => `t${i}@example.com`).join('\n')
    const { problems } = await parse(lines, 'lines')
    expect(problems.listed).toEqual([
      {
        input: 'testers',
        message: expect.stringMatching(/51 unique testers; Amazon allows at most 50/)
      }
    ])
    const fifty = Array.from({ length: 50 }, (_, i) => `t${i}@example.com`)
    const yaml = `A:\n${fifty.map(e => `  - ${e}`).join('\n')}\nB:\n${fifty.map(e => `  - ${e.toUpperCase()}`).join('\n')}\n`
    const result = await parse(yaml, 'yaml')
    expect(result.problems.listed).toEqual([])
    expect(result.testers.uniqueTesterCount).toBe(50)
  })

  it('refuses more than 50 groups, even of one tester', async () => {
    const groups = (count: number) =>
      Array.from({ length: count }, (_, i) => `G${i}:\n  - ada@example.com`).join('\n')
    const { problems } = await parse(groups(51), 'yaml')
    expect(problems.listed).toEqual([
      { input: 'testers', message: expect.stringMatching(/^lists 51 groups; at most 50 are sent/) }
    ])
    const fifty = await parse(groups(50), 'yaml')
    expect(fifty.problems.listed).toEqual([])
    expect(fifty.testers.groups).toHaveLength(50)
  })
})

describe('YAML', () => {
  it('reads group → testers, as strings or mappings', async () => {
    const { testers, problems } = await parse(
      'QA:\n  - Ada Lovelace <ada@example.com>\n  - {email: bob@example.com, firstName: Bob}\nBeta:\n  - email: ada@example.com\n    lastName: Lovelace\n',
      'yaml'
    )
    expect(problems.listed).toEqual([])
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
      'QA:\nBeta:\n  - nobody\n  - {email: x@example.com, phone: 1}\nOps: {lead: ops@example.com}\n',
      'yaml',
      'testers-file'
    )
    expect(problems.listed).toEqual([
      {
        input: 'testers-file',
        where: 'line 1',
        message: 'group "QA" has no testers; add testers or remove the group'
      },
      {
        input: 'testers-file',
        where: 'line 3',
        message: expect.stringMatching(/^is not an email address/)
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
    expect(problems.listed).toEqual([
      {
        input: 'testers',
        where: 'line 1',
        message: 'group "QA" has no testers; add testers or remove the group'
      }
    ])
  })

  it('reports a syntax error with its line', async () => {
    const { problems } = await parse('QA:\n  - a@example.com\n - b@example.com\n', 'yaml')
    expect(problems.listed[0]).toMatchObject({ input: 'testers', where: 'line 3' })
    expect(problems.listed[0]?.message).toMatch(/^cannot be parsed/)
  })

  it('reads "!!str" as text and refuses any other tag, without quoting it', async () => {
    const text = await parse('QA:\n  - {email: b@example.com, firstName: !!str 123}\n', 'yaml')
    expect(text.problems.listed).toEqual([])
    expect(text.testers.groups[0]?.testers).toEqual([{ email: 'b@example.com', firstName: '123' }])
    for (const [tagged, where] of [
      ['QA:\n  - !secret_tag a@example.com\n', 'line 2'],
      ['QA:\n  - b@example.com\n  - !!seq [a@example.com]\n', 'line 3'],
      ['QA:\n  - c@example.com\n  - !<tag:secret.example,2000:x> a@example.com\n', 'line 3']
    ]) {
      const { problems } = await parse(tagged ?? '', 'yaml')
      expect(problems.listed).toEqual([
        { input: 'testers', where, message: expect.stringMatching(/^uses a YAML tag/) }
      ])
      expect(JSON.stringify(problems.listed)).not.toMatch(/secret|seq/)
    }
    const unreadable = await parse('QA:\n  - !secret!x a@example.com\n', 'yaml')
    expect(unreadable.problems.listed).toEqual([
      { input: 'testers', where: 'line 2', message: expect.stringMatching(/^cannot be parsed/) }
    ])
    expect(JSON.stringify(unreadable.problems.listed)).not.toContain('secret')
  })

  it('expands no alias: one where a tester, a field or a group name is expected is refused', async () => {
    const { problems, testers } = await parse(
      'QA:\n  - &t a@example.com\n  - *t\n  - {email: *t}\n*t :\n  - b@example.com\n',
      'yaml'
    )
    expect(problems.listed.map(p => `${p.where}: ${fixIn(p.message, WORKFLOW_WORDS)}`)).toEqual([
      'line 3: a tester must be an email, "First Last <email>" or {email, firstName, lastName}',
      'line 4: "email" must be text',
      'line 5: a tester group has no name; give every group a non-empty name'
    ])
    expect(testers.groups).toEqual([{ name: 'QA', testers: [{ email: 'a@example.com' }] }])
  })

  it('refuses fields that are not text: a number, a bool, a mapping', async () => {
    const { problems } = await parse(
      'QA:\n  - {email: a@example.com, firstName: 12, lastName: true}\n  - email:\n      x: 1\n',
      'yaml'
    )
    expect(problems.listed.map(p => `${p.where}: ${fixIn(p.message, WORKFLOW_WORDS)}`)).toEqual([
      'line 2: "firstName" must be text',
      'line 2: "lastName" must be text',
      'line 3: "email" must be text'
    ])
  })

  it('refuses a file of several YAML documents with one problem', async () => {
    for (const text of [
      'QA:\n  - a@example.com\n---\nB:\n  - b@example.com\n',
      'QA:\n  - a@example.com\n...\nB:\n  - b@example.com\n'
    ]) {
      const { problems } = await parse(text, 'yaml')
      expect(problems.listed).toEqual([
        {
          input: 'testers',
          where: 'line 4',
          message: expect.stringMatching(
            /^cannot be parsed \(it holds more than one YAML document\)/
          )
        }
      ])
    }
  })

  it('names the line of tabs in the indentation and of an empty tester', async () => {
    const tab = await parse('QA:\n\t- a@example.com\n', 'yaml')
    expect(tab.problems.listed).toEqual([
      {
        input: 'testers',
        where: 'line 2',
        message:
          'cannot be parsed (a tab in the indentation); check the indentation: a [ ] or { } ' +
          'list over several lines is indented past its key, its closing bracket too, with ' +
          'spaces, not tabs'
      }
    ])
    const empty = await parse('QA:\n  - a@example.com\n  -\n  - b@example.com\n', 'yaml')
    expect(empty.problems.listed).toEqual([
      { input: 'testers', where: 'line 3', message: expect.stringMatching(/^a tester must be/) }
    ])
  })

  it('says how to indent a bracketed list that YAML refuses, and never says more of the file', async () => {
    // The closing bracket at its key's column, and a tab beside a bracket: YAML refuses both.
    for (const text of [
      'QA: [\n  a@example.com,\n  b@example.com\n]\n',
      'QA:\t[a@example.com]\n'
    ]) {
      const { problems } = await parse(text, 'yaml')
      expect(problems.listed).toEqual([
        {
          input: 'testers',
          where: expect.stringMatching(/^line \d+$/),
          message: expect.stringMatching(
            /^cannot be parsed \(bad indentation\); check the indentation: a \[ \] or \{ \} list/
          )
        }
      ])
    }
    // Indented past the key, the same list is read.
    const indented = await parse('QA: [\n  a@example.com,\n  b@example.com\n  ]\n', 'yaml')
    expect(indented.problems.size).toBe(0)
    expect(indented.testers.uniqueTesterCount).toBe(2)
  })

  it('names a missing comma as one, not as an open bracket', async () => {
    const { problems } = await parse('{"QA": ["a@example.com" "b@example.com"]}\n', 'json')
    expect(problems.listed).toEqual([
      {
        input: 'testers',
        where: 'line 1',
        message: 'cannot be parsed (a missing comma); check the indentation and quoting'
      }
    ])
  })

  it('counts a lone carriage return as a line break, as the parser does', async () => {
    const { problems } = await parse(
      'QA:\r  - a@example.com\r  - not-an-address\r  - c@example.com\r',
      'yaml'
    )
    expect(problems.listed).toEqual([
      expect.objectContaining({ input: 'testers', where: 'line 3' })
    ])
  })

  it('refuses a group name longer than 256 characters without quoting it', async () => {
    const name = 'k'.repeat(MAX_GROUP_NAME_LENGTH + 1)
    for (const [text, format] of [
      [`${name}: [a@example.com]\n`, 'yaml'],
      [JSON.stringify({ groups: [{ name, testers: ['a@example.com'] }] }), 'json']
    ] as const) {
      const { problems } = await parse(text, format)
      expect(problems.listed).toEqual([
        {
          input: 'testers',
          where: 'line 1',
          message: `a tester group name is longer than ${MAX_GROUP_NAME_LENGTH} characters; give each group a short name, such as QA`
        }
      ])
    }
    const fits = await parse(`${'k'.repeat(MAX_GROUP_NAME_LENGTH)}: [a@example.com]\n`, 'yaml')
    expect(fits.problems.size).toBe(0)
  })

  it('refuses a group with an empty name', async () => {
    const { problems } = await parse('"":\n  - a@example.com\n', 'yaml')
    expect(problems.listed).toEqual([
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
    expect(problems.listed).toEqual([])
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
    expect(problems.listed).toEqual([
      {
        input: 'testers',
        where: 'line 4',
        message: expect.stringMatching(/^is not an email address/)
      }
    ])
  })

  it('reports invalid JSON without crashing', async () => {
    const { problems } = await parse('{"groups": [', 'json')
    expect(problems.size).toBeGreaterThan(0)
    expect(problems.listed[0]?.message).toMatch(/^cannot be parsed/)
  })

  it('refuses a scalar', async () => {
    const { problems } = await parse('42', 'json')
    expect(problems.listed[0]?.message).toMatch(/must be a list of testers/)
  })
})

describe('CSV', () => {
  it('reads email, names and group columns under any common spelling', async () => {
    const csv =
      '\uFEFFEmail,First Name,last_name,Group\nada@example.com,Ada,Lovelace,QA\n\nbob@example.com,,,\n"c@example.com","Carl ""C""",,Beta\n'
    const { testers, problems } = await parse(csv, 'csv')
    expect(problems.listed).toEqual([])
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
    expect((await parse('name,group\nAda,QA\n', 'csv')).problems.listed).toEqual([
      { input: 'testers', where: 'line 1', message: expect.stringContaining('no "email" column') }
    ])
    expect((await parse('email\nok@example.com\n\nnope\n', 'csv')).problems.listed).toEqual([
      {
        input: 'testers',
        where: 'line 4',
        message: expect.stringMatching(/^is not an email address/)
      }
    ])
  })

  it('reports malformed CSV', async () => {
    const { problems } = await parse('email\n"unterminated\n', 'csv')
    expect(problems.listed[0]?.message).toMatch(/is not valid CSV/)
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
    expect(formatOfFile(path, 'ada@example.com\n')).toBe(format)
  })

  it.each([
    ['QA:\n  - ada@example.com\n', 'yaml'],
    ['{"QA": ["ada@example.com"]}', 'json'],
    ['email,firstName\nada@example.com,Ada\n', 'csv'],
    ['ada@example.com\n', 'lines']
  ])(
    'a file without an extension (a CI file variable) holding %j is read by its shape, as %s',
    (text, format) => {
      expect(formatOfFile('/builds/tmp/DEVTEST_TESTERS', text)).toBe(format)
      expect(formatOfFile('list.txt', text)).toBe('lines')
    }
  )

  it.each([
    ['{"groups": []}', 'json'],
    ['  [ "a@example.com" ]', 'json'],
    ['# comment\nemail,firstName\na@example.com,A', 'csv'],
    ['QA:\n  - a@example.com', 'yaml'],
    ['- a@example.com\n- b@example.com', 'yaml'],
    ['a@example.com\nAda <ada@example.com>', 'lines'],
    ['alice@example.com\nbob@example.com   # leads, see:\ncarol@example.com', 'lines'],
    ['QA:  # the testers\n  - a@example.com', 'yaml']
  ])('inline %j is %s', (text, format) => {
    expect(formatOfText(text)).toBe(format)
  })
})

describe('hostile and sloppy lists', () => {
  it('reads a comma- or semicolon-separated list on one line as that many testers', async () => {
    const { testers, problems } = await parse(
      'ada@example.com, grace@example.com\nAda L <ada2@example.com>; bob@example.org\n',
      'lines'
    )
    expect(problems.listed).toEqual([])
    expect(testers.groups[0]?.testers).toEqual([
      { email: 'ada@example.com' },
      { email: 'grace@example.com' },
      { email: 'ada2@example.com', firstName: 'Ada', lastName: 'L' },
      { email: 'bob@example.org' }
    ])
  })

  it('never quotes a line that holds no address: a file of secrets stays out of the log', async () => {
    const environ = 'GITHUB_TOKEN=ghs_secretvalue\0HOME=/root\0AWS_SECRET=abc123\n[core]\n'
    const { problems } = await parse(environ, 'lines', 'testers-file')
    const text = JSON.stringify(problems.listed)
    expect(problems.listed.map(p => p.where)).toEqual(['line 1', 'line 2'])
    for (const secret of ['ghs_secretvalue', 'AWS_SECRET', 'abc123', '[core]', 'HOME'])
      expect(text).not.toContain(secret)
  })

  it('quotes nothing of a credential in a URL, which only looks like an address', async () => {
    const { problems } = await parse('url = https://user:tok3n-secret@github.com/x\n', 'lines')
    const message = problems.listed[0]?.message ?? ''
    expect(message).toMatch(/^is not an email address \(the text around its "@" is not an/)
    expect(message).not.toMatch(/tok3n|user|github/)
  })

  it('refuses a line longer than any tester entry without looking into it', async () => {
    const { problems } = await parse(`${'x'.repeat(5000)}@example.com\n`, 'lines')
    expect(problems.listed).toEqual([
      { input: 'testers', where: 'line 1', message: expect.stringMatching(/longer than 1000/) }
    ])
  })

  it('refuses group names with line breaks or control characters', async () => {
    const { problems } = await parse(
      '{"groups": [{"name": "QA\\n::warning::injected", "testers": ["a@example.com"]}]}',
      'json'
    )
    expect(problems.listed).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/one line/) })
    ])
    const yaml = await parse('"QA\\u0085x":\n  - a@example.com\n', 'yaml')
    expect(yaml.problems.size).toBe(1)
  })

  it('reports 200,000 duplicates as one warning, and 100,000 bad lines as a bounded list', async () => {
    const duplicates = await parse('ada@example.com\n'.repeat(200_000), 'lines')
    expect(duplicates.problems.size).toBe(0)
    expect(duplicates.warnings).toHaveLength(1)
    expect(duplicates.warnings[0]).toMatch(
      /^199999 testers are listed twice in the same group; the duplicates were removed: a•••@example\.com in group "DevTest" \(line 1 and line 2\);.* … and 199994 more duplicates\.$/
    )
    const bad = await parse('nope\n'.repeat(100_000), 'lines')
    expect(bad.problems.size).toBe(100_000)
    expect(bad.problems.listed).toHaveLength(20)
  })

  it('reads a CSV whose header uses semicolons, as Excel writes it in many locales', async () => {
    const { testers, problems, warnings } = await parse(
      'E-Mail;First Name;Notes\nada@example.com;Ada;likes tea\n',
      'csv'
    )
    expect(problems.listed).toEqual([])
    expect(testers.groups[0]?.testers).toEqual([{ email: 'ada@example.com', firstName: 'Ada' }])
    expect(warnings).toEqual([
      expect.stringMatching(/the CSV column 3 \("Notes"\) is not one the action reads/)
    ])
  })

  it('names the delimiter when the CSV header has no email column', async () => {
    const { problems } = await parse('name|mail;group;x\nAda;QA;1\n', 'csv')
    expect(problems.listed[0]?.message).toMatch(/read as 3 columns separated by semicolons/)
  })

  it('says what is wrong with malformed CSV without quoting the field', async () => {
    const { problems } = await parse('email\n"secret-token-value\n', 'csv')
    expect(problems.listed[0]?.message).toMatch(/^is not valid CSV \(quote not closed\)/)
    expect(JSON.stringify(problems.listed)).not.toContain('secret-token-value')
  })

  it('says what is wrong with malformed YAML without quoting it', async () => {
    const { problems } = await parse('secret-token-value: [\n', 'yaml')
    expect(problems.size).toBeGreaterThan(0)
    expect(JSON.stringify(problems.listed)).not.toContain('secret-token-value')
  })
})

describe('linear time on pathological lines', () => {
  // The pattern these replace took 7.6 s on the first line; a linear run takes milliseconds,
  // and the bound sits far from both.
  it('a line of "a", 100,000 spaces and "b" in "First Last <email>" parsing', async () => {
    const started = performance.now()
    await parse(`a${' '.repeat(100_000)}b`, 'lines')
    await parse(`${'<'.repeat(100_000)}>`, 'lines')
    expect(performance.now() - started).toBeLessThan(5000)
  })
})

describe('hostile files, found by review', () => {
  it('never quotes a CSV header cell or a key that is not a plain short word', async () => {
    const csv = await parse(
      'email,AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG,password=hunter2,Notes\na@b.co,x,y,z\n',
      'csv'
    )
    const text = csv.warnings.join('\n')
    expect(text).not.toContain('wJalr')
    expect(text).not.toContain('hunter2')
    expect(text).toMatch(/the CSV columns 2, 3, 4 \("Notes"\) are not ones the action reads/)
    const yaml = await parse('db_password=hunter2_and_more: 1\nQA: x\n', 'yaml')
    expect(JSON.stringify(yaml.problems.listed)).not.toContain('hunter2')
    expect(yaml.problems.listed.map(p => p.message)).toEqual([
      'the group on this line must hold a list of testers',
      expect.stringMatching(/^is not an email address \(there is no "@"\)/)
    ])
  })

  it('reports a group named twice in a mapping, and a field given twice', async () => {
    const { problems } = await parse(
      'QA:\n  - a@b.co\nQA:\n  - c@d.co\nX:\n  - {email: a@b.co, email: c@d.co}\n',
      'yaml'
    )
    expect(problems.listed.map(p => `${p.where}: ${fixIn(p.message, WORKFLOW_WORDS)}`)).toEqual([
      'line 3: this group is named twice in the mapping; merge the two lists',
      'line 6: a tester gives "email" twice'
    ])
  })

  // The comment pattern took 9.4 s on this line; a linear scan takes well under a millisecond.
  it('reads a line of 64,000 " #" ending in a carriage return in linear time', async () => {
    const started = performance.now()
    await parse(`${' #'.repeat(64_000)}\rx`, 'lines')
    expect(performance.now() - started).toBeLessThan(5000)
  })

  // The YAML parser itself takes its time per key, so an absolute bound cannot tell linear from
  // quadratic on a busy machine; the growth can: 12 times the keys cost about 12 times the time
  // when linear, far more when quadratic (as the uniqueKeys check was: 30 times for 8 times the
  // keys). The best of three runs of each size is compared, in CPU time (support/cpu-time.ts).
  // 12,000 keys stay under the tree shape limit (tester-tree-limits.ts), so the parser reads
  // them all.
  it('reads group keys in time that grows linearly with their number', async () => {
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `g${i}: [a@b.co]`).join('\n')
    const best = async (input: string): Promise<number> => {
      let fastest = Infinity
      for (let run = 0; run < 3; run++)
        fastest = Math.min(fastest, await cpuMs(() => parse(input, 'yaml')))
      return fastest
    }
    const { problems } = await parse(keys(12_000), 'yaml')
    expect(problems.listed.map(p => p.message)).toEqual([
      expect.stringMatching(/^lists 12000 groups/)
    ])
    await parse(keys(1000), 'yaml') // warm up the parser's code
    const growth = (await best(keys(12_000))) / (await best(keys(1000)))
    expect(growth).toBeLessThan(36)
  })

  // A column lookup per row made this 34 s; read once, it is about 2 s, most of it csv-parse's.
  // CPU time, not the wall clock: three busy processes on two cores made this 12 to 16 s by
  // the clock (support/cpu-time.ts).
  it('reads a CSV of 60,000 columns and 60,000 rows in linear time', async () => {
    let problems: Awaited<ReturnType<typeof parse>>['problems'] | undefined
    const used = await cpuMs(async () => {
      ;({ problems } = await parse(`${'a,'.repeat(60_000)}email\n${'x\n'.repeat(60_000)}`, 'csv'))
    })
    expect(problems?.size).toBe(60_000) // every row's email cell is empty
    expect(used).toBeLessThan(10_000)
  })
})

describe('sloppy lists a newcomer writes', () => {
  it('reads "QA: a@x, b@y" in YAML as that group of testers', async () => {
    const { testers, problems } = await parse('QA: ada@example.com, grace@example.com\n', 'yaml')
    expect(problems.listed).toEqual([])
    expect(testers.groups).toEqual([
      { name: 'QA', testers: [{ email: 'ada@example.com' }, { email: 'grace@example.com' }] }
    ])
  })

  it('says when a name stands beside an address without the <brackets>', async () => {
    const { problems } = await parse('Ada Lovelace ada@example.com\n', 'lines')
    expect(problems.listed[0]?.message).toMatch(
      /^has text beside the address "a•••@example\.com"; write one tester as "email" or "First Last <email>"/
    )
  })

  it('quotes nothing of a token whose "@" is no address: a key or a password beside it', async () => {
    const { problems } = await parse(
      'smtp_password=@Xk9vQ2LmSecretToken\nadmin@example.com=Hunter2SuperSecret\nbob@example.com|ghp_16C7e42F\nNPM_TOKEN="@npm_AbCdEf0123"\nada@example..com\n',
      'lines'
    )
    const messages = problems.listed.map(problem => problem.message)
    expect(messages.slice(0, 4)).toEqual(
      Array(4).fill(expect.stringMatching(/^is not an email address \(the text around its "@"/))
    )
    expect(messages[4]).toMatch(/^"a•••@example\.\.com" is not an email address/)
    expect(messages.join()).not.toMatch(/Xk9v|Hunter2|ghp_|npm_Ab|smtp|NPM_TOKEN/)
  })

  it('quotes only the address of a JSON-looking line, never the name or keys beside it', async () => {
    const { problems } = await parse(
      '{"name":"Private Person","mail":"pp@example.com"}\nx:t0ken@github.example/o\n',
      'lines'
    )
    const messages = problems.listed.map(problem => problem.message)
    expect(messages[0]).toMatch(/^has text beside the address "p•••@example\.com"/)
    expect(messages[1]).toMatch(/^is not an email address \(the text around its "@" is not an/)
    expect(messages.join()).not.toMatch(/Private|Person|"name"|"mail"|t0ken/)
  })
})
