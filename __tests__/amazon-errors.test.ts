import { describe, expect, it } from '@jest/globals'
import { AmazonError, KnownErrors, readErrorMessage } from '../src/amazon-errors.js'
import { INPUT_NAMES } from '../src/inputs.js'

describe('readErrorMessage', () => {
  it.each([
    ['{"message": "packageName is invalid"}', 'packageName is invalid'],
    ['{"code": "InvalidInput", "message": "bad certificate"}', 'InvalidInput: bad certificate'],
    [
      '{"errors": [{"errorCode": "E1", "errorMessage": "first"}, {"errorMessage": "second"}]}',
      'E1: first; second'
    ],
    [
      '{"error": "invalid_client", "error_description": "Client authentication failed"}',
      'invalid_client: Client authentication failed'
    ],
    ['{"Message": "User is not authorized"}', 'User is not authorized'],
    ['{"code": "Throttled"}', 'Throttled'],
    [
      '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>',
      '502 Bad Gateway'
    ],
    ['<html><body><h1>Service\n  Unavailable</h1></body></html>', 'Service Unavailable'],
    ['upstream connect error', 'upstream connect error']
  ])('reads %s', (body, message) => {
    expect(readErrorMessage(body)).toBe(message)
  })

  it.each(['', '   ', '{}', '[]', 'null', '<html></html>'])('has nothing to say for %j', body => {
    expect(readErrorMessage(body)).toBeUndefined()
  })

  it('masks emails and shortens long messages', () => {
    expect(readErrorMessage('{"message": "tester ada@example.com is invalid"}')).toBe(
      'tester a•••@example.com is invalid'
    )
    const long = readErrorMessage(JSON.stringify({ message: 'x'.repeat(1000) }))
    expect(long).toHaveLength(301)
    expect(long?.endsWith('…')).toBe(true)
  })
})

describe('AmazonError', () => {
  it('says what failed, what Amazon said and what to do', () => {
    const error = new AmazonError(
      'appNotFound',
      404,
      'HTTP 404, Resource not found',
      'Registering the app for DevTest'
    )
    expect(error.message).toBe(
      'Registering the app for DevTest: Amazon does not know the app (404 Not Found). Amazon said: HTTP 404, Resource not found'
    )
    expect(error.hint).toBe(KnownErrors.appNotFound.hint)
    expect(error.hint).toMatch(/app-id/)
  })

  it('says "Details" rather than "Amazon said" when no answer came back', () => {
    const error = new AmazonError(
      'transient',
      undefined,
      'read ECONNRESET (4 attempts)',
      'Adding testers'
    )
    expect(error.message).toBe(
      'Adding testers: Amazon kept failing with temporary errors. Details: read ECONNRESET (4 attempts)'
    )
  })

  it('has a hint that names an input or an action for every known error', () => {
    for (const known of Object.values(KnownErrors)) {
      expect(known.hint).toMatch(
        /client-id|client-secret|token-url|api-url|app-id|track-id|package-name|security profile|re-run|tester/
      )
    }
  })

  it('words every hint that names an input for the command line too: flags, not input names', () => {
    // Hyphenated input names only: "certificate" or "testers" are words in any sentence too.
    const inputs = INPUT_NAMES.filter(name => name.includes('-'))
    const bare = (text: string, name: string): boolean =>
      new RegExp(`(?<![-\\w])${name}(?![-\\w])`).test(text)
    for (const [key, known] of Object.entries(KnownErrors)) {
      const named = inputs.filter(name => bare(known.hint, name))
      if (named.length === 0) continue
      const cliHint: string | undefined = 'cliHint' in known ? known.cliHint : undefined
      expect({ key, cliHint: typeof cliHint }).toEqual({ key, cliHint: 'string' })
      for (const name of inputs)
        expect({ key, name, bare: bare(cliHint ?? '', name) }).toEqual({ key, name, bare: false })
    }
  })
})

describe("Amazon's error shapes, as seen in the wild", () => {
  it.each([
    [
      'nested errors under a generic message',
      '{"httpCode":400,"message":"Bad Request","errors":[{"errorCode":"required_data_absent","errorMessage":"If-Match header is required"}]}',
      'required_data_absent: If-Match header is required'
    ],
    [
      'flat errorCode and errorMessage',
      '{"errorCode":"invalid_input","errorMessage":"Invalid language listings"}',
      'invalid_input: Invalid language listings'
    ],
    [
      "the gateway's capital-M Message",
      '{"Message":"Request is not authorized."}',
      'Request is not authorized.'
    ],
    [
      'LWA error_description',
      '{"error":"invalid_request","error_description":"Malformed request","error_index":"x"}',
      'invalid_request: Malformed request'
    ]
  ])('%s', (_, body, said) => {
    expect(readErrorMessage(body)).toBe(said)
  })

  it('escapes control characters so an answer cannot write a workflow command', () => {
    expect(readErrorMessage('{"message": "bad\\n::error::owned\\u001b[31m"}')).toBe(
      'bad ::error::owned\\u001b[31m'
    )
    expect(readErrorMessage('{"message": "a\\u2028::add-mask::x"}')).toBe('a ::add-mask::x')
  })

  it('reads pages of unclosed tags in linear time', () => {
    const started = performance.now()
    expect(readErrorMessage(`<html><title${'<title '.repeat(100_000)}`)).toBeUndefined()
    expect(readErrorMessage(`<p>${'<'.repeat(200_000)}`)).toBeUndefined()
    expect(readErrorMessage(`<b>${'<script '.repeat(100_000)}`)).toBeUndefined()
    // Milliseconds here; the regular expressions this replaces needed minutes on each page
    // (0.4 s on 5,000 unclosed titles, growing with the square). The bound sits far from both.
    expect(performance.now() - started).toBeLessThan(5000)
  })

  it('takes the text of a page without script or style', () => {
    expect(
      readErrorMessage('<html><style>p{}</style><script>x()</script><p>Try later</p></html>')
    ).toBe('Try later')
  })
})
