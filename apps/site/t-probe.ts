import { mdxToMdast } from 'satteri';
for (const b of ['{1}', 'a <b>x</b>', 'import x from "y"\n', '{', '<a', 'x </a>']) { try { console.log(JSON.stringify(b), JSON.stringify(mdxToMdast(b)).slice(0, 300)); } catch (e) { console.log(JSON.stringify(b), 'ERR', String(e).slice(0, 200)); } }
