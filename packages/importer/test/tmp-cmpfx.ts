import { readFileSync, readdirSync } from 'node:fs';
import { importSource, readDocx, readText } from '/work/wt/importer/packages/importer/src/index.ts';
import { publishedText } from '/work/wt/importer/packages/importer/test/source-text.ts';
const F = '/work/wt/importer/packages/importer/test/fixtures';
for (const name of readdirSync(`${F}/text`)) {
  const base = name.replace('.txt', '');
  const t = importSource(readText(readFileSync(`${F}/text/${name}`, 'utf8')), { fileName: name });
  const d = importSource(await readDocx(readFileSync(`${F}/docx/${base}.docx`)), { fileName: name });
  console.log(`== ${base}: ${t.length} vs ${d.length}`);
  t.forEach((doc, i) => {
    const o = d[i];
    if (!o) return console.log('  missing docx doc', i);
    const a = JSON.stringify(doc.requisites), b = JSON.stringify(o.requisites);
    if (a !== b) console.log('  REQ\n   ', a, '\n   ', b);
    const fa = JSON.stringify(doc.frontmatter), fb = JSON.stringify(o.frontmatter);
    if (fa !== fb) console.log('  FM\n   ', fa, '\n   ', fb);
    const pa = publishedText(doc.body), pb = publishedText(o.body);
    if (pa !== pb) { let k=0; while (pa[k]===pb[k]) k++; console.log('  TEXT\n   ', pa.slice(k-80,k+80), '\n   ', pb.slice(k-80,k+80)); }
  });
}
