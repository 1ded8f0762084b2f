/** Stage results on `file.data`, declared once (see vfile's `DataMap`). */
import type {Root} from 'nlcst'
import type {DocumentRecords, Extraction, Layout} from './types.js'

export interface SourceInfo {
  /** File name relative to the input folder. */
  source: string
  documentId: string
  sha256: string
}

/** What a web page says about itself, and where it came from (absent for plain text). */
export interface PageData {
  mediaType: 'text/html'
  url: string | null
  title: string | null
  /** Release date from the page's metadata (YYYY-MM-DD). */
  published: string | null
  /** The web archive it was read from. */
  archive: string | null
  /** Capture date-time in the archive. */
  captured: string | null
}

declare module 'vfile' {
  interface DataMap {
    source: SourceInfo
    page: PageData
    layout: Layout
    tree: Root
    extraction: Extraction
    records: DocumentRecords
  }
}

export {}
