// Amazon's error bodies, read for the one sentence worth quoting in the error line: the shapes
// are not documented and gateways answer HTML, so nothing here assumes a shape.
import { maskEmailsIn } from '../shared/mask.js'
import { printable } from '../shared/printable.js'

const MAX_MESSAGE_LENGTH = 300
/** How deep an error body is searched for a message, and how many of its errors are quoted. */
const MAX_DEPTH = 4
const MAX_ERRORS_QUOTED = 5

/**
 * Amazon's error message from a body of any shape: the field names of its error bodies are not
 * documented and gateways answer HTML, so every known shape is tried and nothing is assumed
 * (docs/amazon-api.md lists the shapes seen). The most specific sentence wins: the entries of
 * an "errors" list over a generic top-level "Bad Request". Emails are masked and control
 * characters escaped, since it goes to the log.
 */
export function readErrorMessage(body: string): string | undefined {
  const text = body.trim()
  if (text === '') return undefined
  let message: string | undefined
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  if (json !== undefined) message = messageFromJson(json, 0)
  else message = /<[a-z!]/i.test(text.slice(0, 1024)) ? messageFromHtml(text) : text
  if (!message) return undefined
  const oneLine = message.replace(/\s+/g, ' ').trim()
  return oneLine === '' ? undefined : printable(maskEmailsIn(oneLine), MAX_MESSAGE_LENGTH + 1)
}

function messageFromJson(value: unknown, depth: number): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return undefined
  if (Array.isArray(value)) {
    const parts = value
      .slice(0, MAX_ERRORS_QUOTED)
      .map(item => messageFromJson(item, depth + 1))
      .filter(Boolean)
    return parts.length > 0 ? parts.join('; ') : undefined
  }
  const record = value as Record<string, unknown>
  const text = (key: string): string | undefined =>
    typeof record[key] === 'string' && record[key] !== '' ? record[key] : undefined
  // {"message": "Bad Request", "errors": [{"errorCode": …, "errorMessage": …}]}: the list says
  // what is wrong, the top-level message only which status it was.
  const listed = record.errors !== undefined ? messageFromJson(record.errors, depth + 1) : undefined
  if (listed) return listed
  const code = text('errorCode') ?? text('code') ?? text('error')
  const message =
    text('errorMessage') ??
    text('message') ??
    text('Message') ??
    text('error_description') ??
    text('detail')
  if (message) return code && code !== message ? `${code}: ${message}` : message
  return code
}

/**
 * The title of an HTML page, or its text without tags. By hand with indexOf rather than regular
 * expressions: /<title[^>]*>([\s\S]*?)<\/title>/ and tag-stripping patterns backtrack
 * quadratically on a large page with many unclosed tags, and this reads what any gateway sends.
 */
function messageFromHtml(html: string): string | undefined {
  // Lower-casing ASCII letters only keeps every index the same as in html.
  const lower = html.replace(/[A-Z]/g, letter => letter.toLowerCase())
  const titleAt = lower.indexOf('<title')
  if (titleAt >= 0) {
    const open = lower.indexOf('>', titleAt)
    const close = open < 0 ? -1 : lower.indexOf('</title', open)
    const title = close < 0 ? '' : html.slice(open + 1, close).trim()
    if (title) return title
  }
  let text = ''
  let at = 0
  while (at < html.length && text.length <= MAX_MESSAGE_LENGTH * 4) {
    const tag = lower.indexOf('<', at)
    text += ` ${html.slice(at, tag < 0 ? html.length : tag)}`
    if (tag < 0) break
    const skipTo = ['<script', '<style'].find(name => lower.startsWith(name, tag))
    const end = skipTo ? lower.indexOf(`</${skipTo.slice(1)}`, tag) : lower.indexOf('>', tag)
    if (end < 0) break
    at = skipTo ? lower.indexOf('>', end) + 1 || html.length : end + 1
  }
  const stripped = text.trim()
  return stripped === '' ? undefined : stripped
}
