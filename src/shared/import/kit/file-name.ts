/** The last part of a path, Windows or POSIX ("C:\\docs\\a.docx" and "docs/a.docx" give "a.docx"). */
export function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() ?? fileName
}

/** The file's name without its folder and its last extension ("policy v3.docx" gives "policy v3"). */
export function stem(fileName: string): string {
  return baseName(fileName).replace(/\.[^.]+$/, '')
}
