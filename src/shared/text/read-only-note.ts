/**
 * What every host says when the workspace was opened read-only (workspace/connection.ts opens
 * it so where it cannot write): one wording, so the status bar and the browser host's
 * start-up line agree.
 */
export const READ_ONLY_NOTE = 'Read-only: this workspace cannot be saved to'
