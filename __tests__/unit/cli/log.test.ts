import { describe, expect, it } from '@jest/globals'
import { TerminalLog } from '../../../src/cli/log.js'

function terminal(options: { colour?: boolean; debug?: boolean } = {}) {
  const written: string[] = []
  const log = new TerminalLog({
    write: text => written.push(text),
    colour: options.colour ?? false,
    debug: options.debug ?? false
  })
  return { log, text: () => written.join('') }
}

describe('TerminalLog', () => {
  it('replaces every registered secret in every line, the longest first', () => {
    const { log, text } = terminal()
    log.secret('secret-1234')
    log.secret('secret-1234-and-more')
    log.secret('')
    log.info('token secret-1234-and-more and secret-1234')
    log.warning('again secret-1234')
    log.error('failed with secret-1234-and-more', 'hint secret-1234')
    expect(text()).toBe('token *** and ***\nwarning: again ***\nerror: failed with ***\nhint ***\n')
  })

  it('does not redact a value too short to be a secret, which would garble the log', () => {
    const { log, text } = terminal()
    log.secret('a')
    log.info('nothing was sent to Amazon')
    expect(text()).toBe('nothing was sent to Amazon\n')
  })

  it('masks emails and escapes control characters, keeping line breaks', () => {
    const { log, text } = terminal()
    log.info('ada@example.com said \x1b[2Jhi\r\tthere\nnext line')
    expect(text()).toBe('a•••@example.com said \\x1b[2Jhi\\x0d\\x09there\nnext line\n')
  })

  it('lets no line start a GitHub workflow command', () => {
    const { log, text } = terminal()
    log.info('::add-mask::x\n  ::error::y')
    expect(text()).toBe(': :add-mask::x\n  : :error::y\n')
  })

  it('indents a message’s later lines under its prefix', () => {
    const { log, text } = terminal()
    log.warning('first\nsecond')
    expect(text()).toBe('warning: first\n         second\n')
  })

  it('prints headings for stages, with a blank line between stages', async () => {
    const { log, text } = terminal()
    expect(await log.group('One', async () => 1)).toBe(1)
    log.info('inside')
    await log.group('Two', async () => undefined)
    expect(text()).toBe('▸ One\ninside\n\n▸ Two\n')
  })

  it('colours only when asked, and prints debug lines only with --debug', () => {
    const plain = terminal()
    plain.log.debug('hidden')
    plain.log.warning('w')
    expect(plain.text()).toBe('warning: w\n')
    const coloured = terminal({ colour: true, debug: true })
    coloured.log.debug('shown')
    coloured.log.warning('w')
    expect(coloured.text()).toBe('\x1b[2mdebug: shown\x1b[22m\n\x1b[33mwarning: w\x1b[39m\n')
  })

  it('keeps the warnings for --json', () => {
    const { log } = terminal()
    log.warning('one')
    log.warning('two')
    expect(log.warnings).toEqual(['one', 'two'])
  })
})
