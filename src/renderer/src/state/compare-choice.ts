/**
 * How long a "Compare with…" choice must be left alone before the service is told of it
 * (hooks/useCompareSoon.ts): long enough to pass over arrowing through the options, short
 * beside the time a person takes to move to the Compare button.
 */
export const CHOICE_SETTLED_MS = 250
