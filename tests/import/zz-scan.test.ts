import { readdirSync, readFileSync } from 'node:fs'
import { it } from 'vitest'
import { importFile } from '../../src/shared/import/import-file'
it('scan', async () => {
  const dir = '/work/wt/real-import/corpus'
  for (const f of readdirSync(dir).filter((f) => /\.(docx|pdf|md|html|txt|odt)$/.test(f))) {
    const s = await importFile({ name: f, bytes: new Uint8Array(readFileSync(`${dir}/${f}`)), importedAt: 'x' })
    console.log(`== ${f}: ${s.title} | clauses ${s.clauses.length} | outline ${s.outline.length} | control ${JSON.stringify(s.documentControl ?? {})} | history ${s.history?.length ?? 0}`)
    for (const c of s.clauses.filter((c) => c.role)) console.log(`   [${c.role}] ${c.text.slice(0, 100)}`)
    for (const o of s.outline) if (/^\d/.test(o.text)) console.log(`   H${o.level} ${o.text}`)
  }
})
