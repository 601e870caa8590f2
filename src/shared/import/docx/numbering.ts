/**
 * List numbers as Word prints them, from word/numbering.xml. A paragraph points at a w:num,
 * which points at a w:abstractNum whose w:lvl says how each level starts, counts and prints
 * ("%1.%2" → "2.3"). Counters are kept as Word keeps them:
 *
 * - Using a level resets the deeper levels (unless a level's w:lvlRestart says otherwise).
 * - Two w:num that share one w:abstractNum share its counters: the second continues the list.
 *   A w:num with w:lvlOverride/w:startOverride restarts that level, once, where it is first
 *   used (this is what Word's "Restart numbering" and "Continue numbering" write).
 * - A level never used yet prints its start value inside another level's text.
 */
import { attr, childElements, type Document, type Element } from '../xml'
import { formatCounter } from './number-format'
import { chosenBranch, intValue, MC, onOff, val, W } from './ooxml'
import type { StyleSheet } from './styles'
import { printedBullet } from './symbols'

const LEVELS = 9

interface LevelDef {
  start: number
  numFmt: string
  lvlText: string
  /** w:lvlRestart: undefined = restart after any higher level, 0 = never, n = after level n (1-based) or higher. */
  restart: number | undefined
  isLgl: boolean
  pStyle: string | undefined
  font: string | undefined
  pictureBullet: boolean
}

interface AbstractDef {
  levels: (LevelDef | undefined)[]
  numStyleLink: string | undefined
}

interface NumDef {
  abstractId: string
  startOverrides: Map<number, number>
  levelOverrides: Map<number, LevelDef>
}

export interface ListLabel {
  /** As printed ("2.3", "(b)", "•"), or null when the level prints nothing. */
  label: string | null
  /** List nesting depth: ilvl + 1. */
  level: number
}

function numFmtOf(lvl: Element): string | undefined {
  const direct = val(lvl, 'numFmt')
  if (direct !== undefined) return direct
  // Word 2010 writes custom formats as a markup-compatibility choice with a plain fallback.
  for (const alt of childElements(lvl, MC, 'AlternateContent')) {
    const fallback = childElements(alt, MC, 'Fallback')[0] ?? chosenBranch(alt)
    const inner = fallback ? val(fallback, 'numFmt') : undefined
    if (inner !== undefined) return inner
  }
  return undefined
}

function parseLevel(lvl: Element): LevelDef {
  const rPr = childElements(lvl, W, 'rPr')[0]
  const fonts = rPr ? childElements(rPr, W, 'rFonts')[0] : undefined
  return {
    start: intValue(val(lvl, 'start'), 0, 32767) ?? 0,
    numFmt: numFmtOf(lvl) ?? 'decimal',
    lvlText: val(lvl, 'lvlText') ?? '',
    restart: intValue(val(lvl, 'lvlRestart'), 0, LEVELS),
    isLgl: onOff(lvl, 'isLgl') ?? false,
    pStyle: val(lvl, 'pStyle'),
    font: fonts ? (attr(fonts, W, 'ascii') ?? attr(fonts, W, 'hAnsi')) : undefined,
    pictureBullet: val(lvl, 'lvlPicBulletId') !== undefined,
  }
}

function levelsOf(parent: Element): (LevelDef | undefined)[] {
  const levels: (LevelDef | undefined)[] = new Array<LevelDef | undefined>(LEVELS).fill(undefined)
  for (const lvl of childElements(parent, W, 'lvl')) {
    const ilvl = intValue(attr(lvl, W, 'ilvl'), 0, LEVELS - 1)
    if (ilvl !== undefined && levels[ilvl] === undefined) levels[ilvl] = parseLevel(lvl)
  }
  return levels
}

export class ListNumbering {
  private readonly abstracts = new Map<string, AbstractDef>()
  private readonly nums = new Map<string, NumDef>()
  /** Counters per abstract definition: the value last printed at each level, or undefined. */
  private readonly counters = new Map<string, (number | undefined)[]>()
  /** Restarts a w:num still owes, applied where that w:num first uses the level. */
  private readonly pendingStarts = new Map<string, Map<number, number>>()

  constructor(
    doc: Document | undefined,
    private readonly styles: StyleSheet,
  ) {
    const root = doc?.documentElement
    if (!root) return
    for (const el of childElements(root, W, 'abstractNum')) {
      const id = attr(el, W, 'abstractNumId')
      if (id !== undefined && !this.abstracts.has(id)) this.abstracts.set(id, { levels: levelsOf(el), numStyleLink: val(el, 'numStyleLink') })
    }
    for (const el of childElements(root, W, 'num')) {
      const numId = attr(el, W, 'numId')
      const abstractId = val(el, 'abstractNumId')
      if (numId === undefined || abstractId === undefined || this.nums.has(numId)) continue
      const num: NumDef = { abstractId, startOverrides: new Map(), levelOverrides: new Map() }
      for (const override of childElements(el, W, 'lvlOverride')) {
        const ilvl = intValue(attr(override, W, 'ilvl'), 0, LEVELS - 1)
        if (ilvl === undefined) continue
        const start = intValue(val(override, 'startOverride'), 0, 32767)
        if (start !== undefined) num.startOverrides.set(ilvl, start)
        const lvl = childElements(override, W, 'lvl')[0]
        if (lvl) num.levelOverrides.set(ilvl, parseLevel(lvl))
      }
      this.nums.set(numId, num)
    }
  }

  /**
   * The abstract definition behind a w:num, following w:numStyleLink (a list style: the
   * abstractNum only names a numbering style, whose own w:num holds the levels).
   */
  private abstractOf(num: NumDef): { id: string; def: AbstractDef } | undefined {
    let id = num.abstractId
    for (let hop = 0; hop < 4; hop++) {
      const def = this.abstracts.get(id)
      if (!def) return undefined
      if (!def.numStyleLink) return { id, def }
      const linkedNumId = this.styles.numberingStyleNumId(def.numStyleLink)
      const linked = linkedNumId === undefined ? undefined : this.nums.get(linkedNumId)
      if (!linked || linked.abstractId === id) return { id, def }
      id = linked.abstractId
    }
    return undefined
  }

  private levelDef(num: NumDef, abstract: AbstractDef, ilvl: number): LevelDef | undefined {
    return num.levelOverrides.get(ilvl) ?? abstract.levels[ilvl]
  }

  /** Whether a w:numId names a list (0 and unknown ids mean "not numbered"). */
  isList(numId: string | undefined): numId is string {
    if (numId === undefined || numId.trim() === '0') return false
    const num = this.nums.get(numId)
    return num !== undefined && this.abstractOf(num) !== undefined
  }

  /** The level a style-linked list gives a style (the w:lvl whose w:pStyle is in the chain). */
  levelOfStyle(numId: string, styleChain: readonly string[]): number | undefined {
    const num = this.nums.get(numId)
    const abstract = num && this.abstractOf(num)
    if (!num || !abstract) return undefined
    for (const styleId of styleChain) {
      for (let ilvl = 0; ilvl < LEVELS; ilvl++) {
        if (this.levelDef(num, abstract.def, ilvl)?.pStyle === styleId) return ilvl
      }
    }
    return undefined
  }

  /** Count one paragraph of a list and return its printed label. */
  next(numId: string, ilvl: number): ListLabel | undefined {
    const num = this.nums.get(numId)
    const abstract = num && this.abstractOf(num)
    if (!num || !abstract) return undefined
    let counters = this.counters.get(abstract.id)
    if (!counters) this.counters.set(abstract.id, (counters = new Array<number | undefined>(LEVELS).fill(undefined)))
    let pending = this.pendingStarts.get(numId)
    if (!pending) this.pendingStarts.set(numId, (pending = new Map(num.startOverrides)))

    const def = this.levelDef(num, abstract.def, ilvl)
    const restartAt = pending.get(ilvl)
    if (restartAt !== undefined) {
      counters[ilvl] = restartAt
      pending.delete(ilvl)
    } else {
      const current = counters[ilvl]
      counters[ilvl] = current === undefined ? (def?.start ?? 0) : current + 1
    }
    for (let deeper = ilvl + 1; deeper < LEVELS; deeper++) {
      const restart = this.levelDef(num, abstract.def, deeper)?.restart
      if (restart === undefined || (restart !== 0 && ilvl < restart)) counters[deeper] = undefined
    }
    return { label: def ? this.render(num, abstract.def, def, counters) : null, level: ilvl + 1 }
  }

  private render(num: NumDef, abstract: AbstractDef, def: LevelDef, counters: (number | undefined)[]): string | null {
    let text = def.lvlText.replace(/%([1-9])/g, (_, digit: string) => {
      const k = Number(digit) - 1
      const levelK = this.levelDef(num, abstract, k)
      const value = counters[k] ?? levelK?.start ?? 1
      const format = levelK?.numFmt ?? 'decimal'
      return formatCounter(value, def.isLgl && format !== 'none' && format !== 'bullet' ? 'decimal' : format)
    })
    if (def.numFmt === 'bullet') text = def.pictureBullet && text.trim() === '' ? '•' : printedBullet(text, def.font)
    const label = text.replace(/\s+/g, ' ').trim()
    return label === '' ? null : label
  }
}
