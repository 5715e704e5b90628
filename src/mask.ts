/**
 * Tester emails are personal data and workflow logs are often public, so everything the action
 * prints shows them as a•••@example.com: enough to recognise a tester, not enough to mail one.
 */

const EMAIL_IN_TEXT = /([A-Za-z0-9._%+'-])[A-Za-z0-9._%+'-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g

export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@')
  if (at <= 0) return '•••'
  return `${email[0]}•••${email.slice(at)}`
}

/** Masks every email address inside a free text, such as an error message from Amazon. */
export function maskEmailsIn(text: string): string {
  return text.replace(EMAIL_IN_TEXT, '$1•••@$2')
}
