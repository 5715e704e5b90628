import { describe, expect, it } from '@jest/globals'
import { WORKFLOW_WORDS } from '../../../src/action/words.js'
import { execFileSync } from 'node:child_process'
import { createHash, X509Certificate } from 'node:crypto'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { InputError, ShownProblem } from '../../../src/shared/errors.js'
import { ProblemList } from '../../../src/shared/errors.js'
import { fileSha256, readSignedArtifacts } from '../../../src/signing/signed-artifacts.js'
import { makeZip, v2BlockOf, withSigningBlock } from '../../support/apk-files.js'

const fixtures = new URL('../../fixtures/', import.meta.url).pathname
const fingerprint = (name: string): string =>
  new X509Certificate(readFileSync(join(fixtures, 'apk', name))).fingerprint256
const EC = fingerprint('ec.pem')
const RSA = fingerprint('rsa.pem')

async function read(apk: string, workspace = fixtures) {
  const problems = new ProblemList()
  const read = await readSignedArtifacts(apk, workspace, problems)
  let found: readonly ShownProblem[] = []
  try {
    problems.throwIfAny()
  } catch (error) {
    found = (error as InputError).problemsIn(WORKFLOW_WORDS)
  }
  return { read, problems: found }
}

describe('readSignedArtifacts', () => {
  it('several artifacts of one app and one signer: one package and certificate, every file listed', async () => {
    const { read: artifacts, problems } = await read(
      'apk/all-schemes.apk, apk/v2-only.apk\napk/app.aab'
    )
    expect(problems).toEqual([])
    expect(artifacts?.packageName).toBe('com.example.devtest')
    expect(artifacts?.certificate.sha256).toBe(EC)
    expect(artifacts?.files.map(a => [a.path, a.scheme])).toEqual([
      ['apk/all-schemes.apk', 'v3'],
      ['apk/app.aab', 'v1'],
      ['apk/v2-only.apk', 'v2']
    ])
  })

  it('artifacts that disagree: one problem naming each file, package and fingerprint', async () => {
    const { read: artifacts, problems } = await read('apk/*-all-schemes.apk, apk/v1-only.apk')
    expect(artifacts).toBeUndefined()
    expect(problems).toEqual([
      {
        input: 'apk',
        message:
          'names 2 artifacts that are not one app signed by one key; registration needs the same ' +
          'package and signer in every file: ' +
          `apk/rsa-all-schemes.apk: com.example.devtest, signer SHA-256 ${RSA}; ` +
          `apk/v1-only.apk: com.example.devtest, signer SHA-256 ${EC}`
      }
    ])
  })

  it('every unreadable file of several is its own problem', async () => {
    const { read: artifacts, problems } = await read(
      'apk/unsigned.apk,apk/unsigned.aab,apk/v3-only.apk'
    )
    expect(artifacts).toBeUndefined()
    expect(problems.map(p => p.message)).toEqual([
      expect.stringMatching(/^apk\/unsigned\.aab is not signed/),
      expect.stringMatching(/^apk\/unsigned\.apk is not signed/)
    ])
  })

  it('refuses a FIFO named like an APK at once, without waiting for a writer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apk-fifo-'))
    try {
      execFileSync('mkfifo', [join(dir, 'app.apk')])
      expect((await read('app.apk', dir)).problems).toEqual([
        {
          input: 'apk',
          message:
            'app.apk is a named pipe (FIFO), not a file; point apk at the signed .apk or .aab'
        }
      ])
    } finally {
      rmSync(dir, { recursive: true })
    }
  })

  it('escapes entry names from inside the artifact in its messages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apk-names-'))
    try {
      const name = 'META-INF/x\n::error::forged.RSA'
      writeFileSync(join(dir, 'app.apk'), makeZip([{ name, data: Buffer.from('not PKCS#7') }]))
      expect((await read('app.apk', dir)).problems).toEqual([
        {
          input: 'apk',
          message:
            'app.apk has a JAR signature block META-INF/x\\n::error::forged.RSA that is not valid PKCS#7'
        }
      ])
    } finally {
      rmSync(dir, { recursive: true })
    }
  })

  it('a signer certificate whose public key does not decode is one input problem, not a crash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apk-key-'))
    try {
      // v2-only.apk with the EC point of its stored certificate spoiled (04 → 07): the
      // certificate still parses, its key no longer decodes.
      const apk = readFileSync(join(fixtures, 'apk', 'v2-only.apk'))
      const point = apk.indexOf(Buffer.from([0x03, 0x62, 0x00, 0x04]))
      expect(point).toBeGreaterThan(0)
      apk[point + 3] = 0x07
      writeFileSync(join(dir, 'app.apk'), apk)
      expect((await read('app.apk', dir)).problems).toEqual([
        {
          input: 'apk',
          message:
            "app.apk has a signer certificate that has a public key that does not decode (the certificate's key data is corrupt or of a kind OpenSSL does not know); sign the app with a certificate made by keytool or openssl"
        }
      ])
    } finally {
      rmSync(dir, { recursive: true })
    }
  })
})

describe('the certificate as the signature stores it', () => {
  it('a v2 certificate followed by bytes that are not part of it is refused, not cut off', async () => {
    // Android keeps the stored bytes, these ones too, as the app's signature: the certificate
    // without them would be registered and never match.
    const dir = mkdtempSync(join(tmpdir(), 'trailing-'))
    try {
      const manifest = execFileSync('unzip', [
        '-p',
        join(fixtures, 'apk', 'v2-only.apk'),
        'AndroidManifest.xml'
      ])
      const der = Buffer.from(
        new X509Certificate(readFileSync(join(fixtures, 'apk', 'ec.pem'))).raw
      )
      const zip = makeZip([{ name: 'AndroidManifest.xml', data: manifest }])
      const write = (name: string, certificate: Buffer): void =>
        writeFileSync(join(dir, name), withSigningBlock(zip, [v2BlockOf(certificate)]))
      write('exact.apk', der)
      write('trailing.apk', Buffer.concat([der, Buffer.from('trailing')]))
      write('garbage.apk', Buffer.from('30020000ffff', 'hex'))
      const exact = await read('exact.apk', dir)
      expect(exact.problems).toEqual([])
      expect(exact.read?.certificate.sha256).toBe(EC)
      expect((await read('trailing.apk', dir)).problems).toEqual([
        {
          input: 'apk',
          message:
            'trailing.apk has a signer certificate that is followed by 8 bytes that are not part of it, which Android keeps as part of the signature, so no certificate registered could match; re-sign the APK with apksigner'
        }
      ])
      // Bytes that are no certificate, with more after their first element: said to be that.
      expect((await read('garbage.apk', dir)).problems[0]?.message).toMatch(
        /^garbage\.apk has a signer certificate that is not a valid X\.509 certificate/
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('fileSha256: the hash the summary shows testers', () => {
  /** v2-only.apk read from a directory of its own, then changed by change(path). */
  async function readThenChange(change: (path: string) => void) {
    const dir = mkdtempSync(join(tmpdir(), 'hash-'))
    const path = join(dir, 'app.apk')
    copyFileSync(join(fixtures, 'apk', 'v2-only.apk'), path)
    try {
      const { read: artifacts } = await read('app.apk', dir)
      const location = artifacts?.located[0]
      if (!location) throw new Error('not read')
      const bytes = readFileSync(path)
      change(path)
      return { location, bytes, hashed: await fileSha256(location, Date.now() + 60_000) }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }

  it('hashes the file that was read', async () => {
    const { bytes, hashed } = await readThenChange(() => undefined)
    expect(hashed).toEqual({ sha256: createHash('sha256').update(bytes).digest('hex') })
  })

  it('a FIFO put in its place is refused at once, never waited on for a writer', async () => {
    const { hashed } = await readThenChange(path => {
      rmSync(path)
      execFileSync('mkfifo', [path])
    })
    expect(hashed).toEqual({ notComputed: 'it could no longer be opened as a file' })
  })

  it('a file replaced, or rewritten in place, since it was read: not hashed as if it were the build', async () => {
    const replaced = await readThenChange(path => {
      const bytes = readFileSync(path)
      rmSync(path)
      writeFileSync(path, bytes)
    })
    expect(replaced.hashed).toEqual({ notComputed: 'the file changed after it was read' })
    const grown = await readThenChange(path => writeFileSync(path, 'more', { flag: 'a' }))
    expect(grown.hashed).toEqual({ notComputed: 'the file changed after it was read' })
  })

  it('past the deadline, nothing is read', async () => {
    const { location } = await readThenChange(() => undefined)
    expect(await fileSha256(location, Date.now() - 1)).toEqual({
      notComputed: 'it could not be read again in time'
    })
  })
})
