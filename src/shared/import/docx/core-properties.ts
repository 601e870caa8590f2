/**
 * What the package says about itself: the title in docProps/core.xml (dc:title) and the
 * organisation in docProps/app.xml (Company). Note: the created and modified dates are when
 * the file was saved, not when the policy was approved, so no date is taken from them.
 * Files converted from old Word keep a title like "Microsoft Word - Policy.doc"; the
 * converter's words are taken off.
 */
import { normaliseSpace } from '../blocks'
import { childElements, type Document } from '../xml'
import { DC, EXTENDED } from './ooxml'

export interface PackageProperties {
  title: string | null
  organisation: string | null
}

function textOf(doc: Document | undefined, ns: string, localName: string): string | null {
  const root = doc?.documentElement
  const el = root ? childElements(root, ns, localName)[0] : undefined
  const text = normaliseSpace(el?.textContent ?? '')
  return text === '' ? null : text
}

function cleanTitle(title: string | null): string | null {
  const clean = title?.replace(/^Microsoft Word - /i, '').replace(/\.docx?$/i, '').trim()
  return clean ? clean : null
}

export function readProperties(core: Document | undefined, app: Document | undefined): PackageProperties {
  return { title: cleanTitle(textOf(core, DC, 'title')), organisation: textOf(app, EXTENDED, 'Company') }
}
