/**
 * One threshold for "these two clauses repeat each other", shared by the draft check and the
 * similar-clauses list: a pair the list rates at least this alike is a repeat in the check, so
 * the two never disagree (the list showed Riverside 6.5 and Northmoor 3.4 as 89% alike while
 * the check of a draft holding both found nothing).
 * Note: 0.85 on the planted set (tests/fixtures/library/draft-check-planted.json) sits between
 * the least alike true repeat (0.87) and the most alike pair of different duties (0.84,
 * "must not accept" / "must not send" friend requests), scored with related words and topics.
 */
export const REPEAT_SIMILARITY = 0.85

/** Whether a similarity (as similarClauses reports it) makes two clauses repeats. */
export const isRepeat = (similarity: number): boolean => similarity >= REPEAT_SIMILARITY
