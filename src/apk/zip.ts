import type { Entry, ZipFile } from 'yauzl'
import { ArtifactError } from './byte-reader.js'

/** A ZIP archive read with yauzl: its entry names, and any entry's bytes on demand. */
export interface ZipArchive {
  names: string[]
  read(name: string): Promise<Buffer>
}

export async function openZip(bytes: Buffer): Promise<ZipArchive> {
  const { default: yauzl } = await import('yauzl')
  const zip = await new Promise<ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, autoClose: false }, (error, file) =>
      error ? reject(new ArtifactError(`is not a ZIP archive (${error.message})`)) : resolve(file)
    )
  )
  const entries = new Map<string, Entry>()
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: Entry) => {
      entries.set(entry.fileName, entry)
      zip.readEntry()
    })
    zip.on('end', () => resolve())
    zip.on('error', (error: Error) =>
      reject(new ArtifactError(`is a corrupt ZIP archive (${error.message})`))
    )
    zip.readEntry()
  })
  return {
    names: [...entries.keys()],
    read: name => {
      const entry = entries.get(name)
      if (!entry) return Promise.reject(new ArtifactError(`has no ${name}`))
      return new Promise((resolve, reject) =>
        zip.openReadStream(entry, (error, stream) => {
          if (error)
            return reject(new ArtifactError(`has a corrupt entry ${name} (${error.message})`))
          const chunks: Buffer[] = []
          stream.on('data', (chunk: Buffer) => chunks.push(chunk))
          stream.on('end', () => resolve(Buffer.concat(chunks)))
          stream.on('error', (e: Error) =>
            reject(new ArtifactError(`has a corrupt entry ${name} (${e.message})`))
          )
        })
      )
    }
  }
}
