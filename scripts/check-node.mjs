// Astro 7 and Vitest 5 need Node >= 22.12. The repo ships Node 24 as the `node`
// devDependency; if pnpm skipped its install script, scripts silently run on the system Node.
const [major, minor] = process.versions.node.split('.').map(Number);
const installing = process.argv.includes('--install');
if (!installing && (major < 22 || (major === 22 && minor < 12))) {
  console.error(
    `Node ${process.version} is too old: this project needs Node >= 22.12.\n` +
      'Run the commands through pnpm (`npx -y pnpm@10.34.9 install`), which puts the bundled Node 24 ' +
      '(node_modules/.bin/node) first on PATH. If it is missing, reinstall with its build script allowed.',
  );
  process.exit(1);
}
