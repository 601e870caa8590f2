/**
 * Words that say nothing about what a clause requires. Note: modal and negating words ("must",
 * "not", "never", "may") are NOT stop words here: "must" against "must not" is the difference
 * between two duties, and the draft check looks for exactly that.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if then than so as at by for from in into of off on onto out over to up with within without about above after again ' +
    'against all am any are aren as be because been before being below between both can could did do does doing down during each few further ' +
    'had has have having he her here hers herself him himself his how i its it itself just me more most my myself nor now once only other ' +
    'our ours ourselves own same she some such that their theirs them themselves there these they this those through too under until very ' +
    'was we were what when where which while who whom why will would you your yours yourself yourselves also etc e g i e eg ie via per ' +
    'upon whether whose yet is us one ones'
  ).split(/\s+/),
)
