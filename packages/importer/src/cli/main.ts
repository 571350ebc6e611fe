#!/usr/bin/env node
// `pnpm run import FILE…`: imports Word and text originals into content/. Messages are Russian;
// an unexpected failure is reported in one line, without a stack trace.
import { run } from './run.ts';

try {
  process.exitCode = await run(process.argv.slice(2), {
    out: (text) => console.log(text),
    err: (text) => console.error(text),
    env: process.env,
    // pnpm runs scripts from the package folder; INIT_CWD is where the command was typed.
    cwd: process.env.INIT_CWD ?? process.cwd(),
  });
} catch (error) {
  console.error(`✖ Импорт прерван: ${(error as Error).message}. Сообщите разработчикам, приложив файл.`);
  process.exitCode = 1;
}
