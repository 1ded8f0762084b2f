/**
 * What the input folder holds, as the report shows it: a web archive is
 * not a document but the place its pages come from, so its own messages
 * (records skipped, captures replaced, a cut or corrupt file) are listed
 * on it, each with its severity: information, warning or error.
 */
import {VFile} from 'vfile'
import type {ArchiveReading} from './warc.js'

const source = 'readout:warc'

export function archiveFile(path: string, cwd: string, reading: ArchiveReading): VFile {
  const file = new VFile({path, cwd})
  for (const m of reading.messages) {
    const options = {place: {line: 1, column: 1}, ruleId: m.ruleId, source}
    if (m.severity === 'info') file.info(m.reason, options)
    else file.message(m.reason, options).fatal = m.severity === 'error'
  }
  return file
}
