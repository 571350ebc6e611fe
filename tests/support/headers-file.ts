/**
 * A `_headers` file read the way Netlify and Cloudflare Pages read it, written here on its own
 * (not shared with the generator in apps/site) so the tests check the file, not the code that
 * wrote it: a line starting with `/` (or `https://`) opens a rule for that URL pattern, indented
 * `Name: value` lines are its headers, `#` starts a comment. In a pattern `*` matches anything
 * (including `/`) and `:name` one path segment.
 */
export interface HeaderRule {
  pattern: string;
  matcher: RegExp;
  headers: [name: string, value: string][];
}

function matcherOf(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw new Error(`_headers line ${index + 1}: a rule must start with /: ${line}`);
      rules.push({ pattern: line, matcher: matcherOf(line), headers: [] });
      continue;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!header || !rule) throw new Error(`_headers line ${index + 1}: expected «Name: value» under a path: ${line}`);
    rule.headers.push([header[1], header[2]]);
  }
  return rules;
}

/**
 * The headers a request path gets, each with the rules it came from. Two rules setting the same
 * header is reported, not resolved: Netlify keeps the last value, Cloudflare joins them with a
 * comma, so such a file means different things on different hosts.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, { value: string; from: string[] }> {
  const found = new Map<string, { value: string; from: string[] }>();
  for (const rule of rules) {
    if (!rule.matcher.test(path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const seen = found.get(key);
      found.set(key, { value, from: [...(seen?.from ?? []), rule.pattern] });
    }
  }
  return found;
}
