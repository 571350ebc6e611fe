import { mdxToMdast, mdxToJs } from 'satteri';
import { checkMdxBody } from '@stazhirovka/schema';
const TOKENS = ['{', '}', '<', '>', '\\', '`', '``', 'a', ' ', '\n', '\n\n', 'import x from "y"', 'export const a=1', 'x', '/', '!', '-', '*', '[', ']', '(', ')', ':', '"', "'", '&', '#', '=', '|', '<a>', '</a>', '<!--', '-->', '    ', '\t', '1.', '> ', '$', '{/*', '*/}', '&#123;', '<>', '</>', 'http://a.ru', '~~~', '```', 'é', 'ё', '\u00a0', '\r\n', ';', '<b', 'on', 'x=', '{1}', '\\{', '\\<'];
let seed = Number(process.argv[2] ?? 1);
const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const CODE = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement']);
const codeTypes = (node: any, out: string[] = []) => { if (CODE.has(node.type)) out.push(node.type); for (const c of node.children ?? []) codeTypes(c, out); return out; };
let holes = 0, stricter = 0, looser = 0;
const N = Number(process.argv[3] ?? 3000);
for (let i = 0; i < N; i++) {
  const len = 1 + Math.floor(rnd() * Number(process.argv[4] ?? 12));
  const body = Array.from({ length: len }, () => TOKENS[Math.floor(rnd() * TOKENS.length)]).join('');
  const guard = checkMdxBody(body);
  let sat: string[] | 'error';
  try { sat = codeTypes(mdxToMdast(body)); } catch { sat = 'error'; }
  if (guard.length === 0 && sat !== 'error' && sat.length > 0) { holes++; if (holes < 15) console.log('HOLE', JSON.stringify(body), sat); }
  else if (guard.length === 0 && sat === 'error') { looser++; if (looser < 10) console.log('SATTERI-FAILS', JSON.stringify(body)); }
  else if (guard.length > 0 && sat !== 'error' && sat.length === 0) { stricter++; }
}
console.log({ holes, looser, stricter });
