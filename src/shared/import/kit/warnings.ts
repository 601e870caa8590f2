/**
 * What an importer left out, in the same words whichever word processor made the file:
 * the Word and OpenDocument importers skip the same kinds of things and say so alike.
 * Comments are not warned about: they are remarks on the policy, not its words.
 */
const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

export const skippedWarnings = {
  images: (n: number): string => `${count(n, 'image was', 'images were')} not imported.`,
  trackedChanges: (): string => 'The document has tracked changes; they were imported as if accepted (insertions kept, deletions left out).',
  textBoxesMoved: (n: number): string => `The text of ${count(n, 'text box', 'text boxes')} was imported after the paragraph it is anchored to.`,
  textBoxesDropped: (n: number): string => `The text of ${count(n, 'text box', 'text boxes')} inside the lines of a paragraph was not imported.`,
  contents: (): string => 'The table of contents was not imported; the headings it lists are imported where they stand.',
  indexes: (n: number): string => `${count(n, 'generated index was', 'generated indexes were')} not imported (such as an alphabetical index or a bibliography): the word processor makes them from the text.`,
  embeddedObjects: (n: number): string => `${count(n, 'embedded object', 'embedded objects')} (such as a chart or a spreadsheet) could not be imported.`,
  embeddedFiles: (n: number): string => `${count(n, 'part', 'parts')} embedded from other files could not be imported; open the document in Word and save it again to include them.`,
}
