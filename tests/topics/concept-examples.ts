/**
 * One example for each concept of taxonomy.json (issue 11, session 14): [topic, concept number
 * within the topic, a clause that meets every group of the concept, the same clause with one
 * group's word taken out]. Written for this test, in words other than the tune sets', so that
 * the concept is what tags the first clause; concept-examples.test.ts checks it gets the topic,
 * would not without the concept, and the second clause does not get it.
 */
export const conceptExamples: [string, number, string, string][] = [
  ['purpose-scope', 0, 'These guidelines are here to help you.', 'These guidelines are here for you.'],
  ['purpose-scope', 1, 'These rules cover councillors as well.', 'Rules cover councillors as well.'],
  ['personal-use', 0, 'The office internet is for business only.', 'The office is for business only.'],
  ['official-accounts', 0, 'Each library may keep its own Instagram account.', 'Each library may keep an Instagram account.'],
  ['official-accounts', 1, 'Every channel is managed by two officers.', 'Every rota is managed by two officers.'],
  ['disclosing-role', 0, 'You may mention who your employer is.', 'You may mention who your neighbour is.'],
  ['disclosing-role', 1, 'What you write could be read as our position.', 'What you write could be read as written.'],
  ['approval', 0, "Tweets about roadworks need the engineer's OK.", "Tweets about roadworks need the engineer's time."],
  ['approval', 1, 'The headteacher must agree to each update.', 'The headteacher must agree to each timetable.'],
  ['approval', 2, 'Speak to the editor first.', 'Speak to the editor.'],
  ['approval', 3, 'Paid adverts are subject to authorisation.', 'Paid adverts are subject to tax.'],
  ['confidentiality', 0, 'Revealing official plans is unwise.', 'Revealing your age is unwise.'],
  ['confidentiality', 1, 'Internal plans stay on the team drive.', 'Our plans stay on the team drive.'],
  ['personal-data', 0, "Never mention a customer's medical history.", "Never mention a customer's favourite song."],
  ['personal-data', 1, "Never post a colleague's diagnosis.", "Never post a colleague's recipe."],
  ['photos-consent', 0, 'Footage of residents stays on the secure drive.', 'Footage of the bridge stays on the secure drive.'],
  ['service-users', 0, 'Do not follow patients online.', 'Do not follow trends online.'],
  ['harassment', 0, 'Hurtful remarks have no place here.', 'Remarks have no place here.'],
  ['harassment', 1, 'Were you singled out for your job?', 'Were you singled out?'],
  ['monitoring', 0, 'Nobody looks at personal accounts unless there is a complaint.', 'Nobody looks at the garden unless there is a complaint.'],
  ['monitoring', 1, 'Browsing is tracked by the provider.', 'Browsing is popular at lunchtime.'],
  ['reputation-concerns', 0, 'Alert the safeguarding lead by Friday.', 'Meet the safeguarding lead by Friday.'],
  ['moderation', 0, 'Questions are answered by the web team.', 'Questions are a sign of interest.'],
  ['training', 0, 'Editors receive coaching from the web team.', 'Editors like the web team.'],
  ['review', 0, 'This guide is revised every year.', 'This guide is long.'],
  ['confidentiality', 2, 'Sensitive casework stays in the office.', 'Casework stays in the office.'],
  ['training', 1, 'Attend the session before you start.', 'Enjoy the session before you start.'],
  ['approval', 4, 'Show the head before the page goes live.', 'Show the head when the page goes live.'],
  ['confidentiality', 3, 'What you hear at the meeting you keep to yourself.', 'What you hear at the meeting you pass to yourself.'],
  ['approval', 5, 'Every statement is agreed with the funder.', 'Every statement is shared with the funder.'],
  // Added for tune-5.json (session 17).
  ['approval', 6, 'The director agreed the wording.', 'The director liked the wording.'],
  ['approval', 7, 'Only those authorised in writing may speak to the press.', 'Only those authorised may speak to the press.'],
  ['records-foi', 0, 'Anyone may request information we hold.', 'Anyone may request help.'],
  // Added for tune-6.json (session 19).
  ['confidentiality', 4, 'What the board said is not yours to share.', 'What the board said is yours to share.'],
  ['confidentiality', 5, 'What you hear in the kitchen stays in the kitchen.', 'What you hear in the kitchen is gossip.'],
  ['confidentiality', 6, 'Until the plans are made public, keep quiet.', 'After the plans are made public, keep quiet.'],
  ['confidentiality', 7, 'Never hint that you know the result.', 'Never say that you know the result.'],
  ['approval', 8, 'The draft goes past the editor before it is sent.', 'The draft goes past the editor after it is sent.'],
  ['approval', 9, 'Requests come to the desk two days in advance.', 'Requests come to the desk two days later.'],
  ['records-foi', 1, 'Rotas are deleted after six months.', 'Rotas are deleted after the event.'],
  ['moderation', 1, 'Blocking a resident is a last step.', 'Thanking a resident is a last step.'],
  ['moderation', 2, 'Take down posts that swear.', 'Write down posts that swear.'],
  // Added for tune-7.json (session 20).
  ['disclosing-role', 2, 'Refer the caller to the press team.', 'Refer the caller to the housing team.'],
  ['confidentiality', 8, 'Salary talks stay with HR.', 'Salary talks go to HR.'],
  ['reputation-concerns', 1, 'Ring the duty officer that evening.', 'Ring the duty officer next week.'],
]
