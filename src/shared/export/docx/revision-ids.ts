/**
 * Who and when for every revision, and ids from a counter: Word needs each revision id unique
 * in the document, and repeatable output needs them the same on every run (docx itself leaves
 * ids to the caller).
 */
export class Revisions {
  private last: number

  /** `date`: ISO 8601 timestamp; `firstId`: past the ids comments use, so no two annotations share one. */
  constructor(
    readonly author: string,
    readonly date: string,
    firstId: number,
  ) {
    this.last = firstId - 1
  }

  next(): { id: number; author: string; date: string } {
    return { id: ++this.last, author: this.author, date: this.date }
  }

  nextId(): number {
    return ++this.last
  }
}
