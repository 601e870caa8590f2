/**
 * One example for each structure of taxonomy.json (issue 11, session 21): [topic, structure
 * number within the topic, a clause that meets it, the same clause with one group's word taken
 * out, the same words with the parts too far apart or out of order]. Written for this test, in
 * words other than the tune sets', so that the structure is what tags the first clause;
 * structure-examples.test.ts checks it gets the topic, would not without the structure, and
 * the other two do not get it.
 */
export const structureExamples: [string, number, string, string, string][] = [
  ['approval', 0, 'The clerk reads each newsletter before it is sent.', 'The clerk reads each newsletter after it is sent.', 'The clerk reads each newsletter and files the paper copy away in the grey cabinet before it is sent.'],
  ['approval', 1, 'Newsletters are sent only once the clerk has read them.', 'Newsletters are sent only once the clerk has printed them.', 'Newsletters are sent only once the clerk, the treasurer, the chair and the vicar have all read them.'],
  ['approval', 2, 'Drafts go to the vicar for comment.', 'Drafts go to the vicar for safekeeping.', 'Drafts go to the vicar, who keeps them in the vestry with the hymn books and the parish registers, for comment.'],
  ['approval', 3, "Give the parish two days' notice of any tweet.", "Give the parish two days' notice of any fete.", "Tweet the parish about the fete with two days' notice."],
  ['approval', 4, 'Get the head of finance to sign the tweet.', 'Get the head of finance to read the tweet.', 'Sign the card for the head of finance.'],
  ['confidentiality', 0, 'Nobody talks about it outside the unit.', 'Nobody talks about it inside the unit.', 'Nobody talks about it with friends or family or anyone outside the unit.'],
  ['confidentiality', 1, 'Say nothing until the plan is public.', 'Say nothing until the plan is ready.', 'Say nothing to the neighbours or the parish or the local paper or the radio until the plan is public.'],
  ['confidentiality', 2, 'Never forward the minutes.', 'Always forward the minutes.', 'Never forward a chain letter to colleagues, friends or family, whatever the minutes say.'],
  ['confidentiality', 3, 'The minutes are never forwarded.', 'The minutes are always forwarded.', 'The minutes of the last three meetings of the parish hall are never forwarded.'],
  ['confidentiality', 4, 'Pay talks stay within the directorate.', 'Pay talks stay short for the directorate.', 'Pay talks stay long and tiring in the directorate.'],
]
