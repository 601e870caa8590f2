/**
 * The layout a workspace remembers: pane widths and which panes are collapsed. Only these keys,
 * with bounded values, cross the API; what comes back from the database is repaired here (an
 * unknown key or a value out of range is dropped), so the renderer always gets a usable layout.
 */
import { z } from './zod'
import type { SetSettingRequest, UiSettings } from './api'

export type { SetSettingRequest, UiSettings } from './api'

/** Pixels: narrower than this a pane is unreadable, wider it leaves no work area. */
export const PANE_WIDTH = { min: 180, max: 640 } as const

const width = z.number().int().min(PANE_WIDTH.min).max(PANE_WIDTH.max)

export const uiSettingsSchema: z.ZodType<UiSettings> & { shape: Record<keyof UiSettings, z.ZodType> } = z.strictObject({
  libraryWidth: width.optional(),
  outlineWidth: width.optional(),
  libraryCollapsed: z.boolean().optional(),
  outlineCollapsed: z.boolean().optional(),
  wideCompare: z.boolean().optional(),
})

export type UiSettingKey = keyof UiSettings

/** One setting to record; `null` forgets it (the default applies again). */
export const setSettingRequestSchema: z.ZodType<SetSettingRequest> = z.discriminatedUnion('key', [
  z.strictObject({ key: z.literal('libraryWidth'), value: width.nullable() }),
  z.strictObject({ key: z.literal('outlineWidth'), value: width.nullable() }),
  z.strictObject({ key: z.literal('libraryCollapsed'), value: z.boolean().nullable() }),
  z.strictObject({ key: z.literal('outlineCollapsed'), value: z.boolean().nullable() }),
  z.strictObject({ key: z.literal('wideCompare'), value: z.boolean().nullable() }),
])

/** Where a setting lives among the workspace's settings: its own prefix, apart from anything else stored there. */
export const settingStoreKey = (key: UiSettingKey): string => `ui.${key}`

/** The layout from the stored settings, keeping only keys and values this version understands. */
export function readUiSettings(stored: Readonly<Record<string, unknown>>): UiSettings {
  const settings: UiSettings = {}
  for (const key of Object.keys(uiSettingsSchema.shape) as UiSettingKey[]) {
    const parsed = uiSettingsSchema.shape[key].safeParse(stored[settingStoreKey(key)])
    if (parsed.success && parsed.data !== undefined) Object.assign(settings, { [key]: parsed.data })
  }
  return settings
}
