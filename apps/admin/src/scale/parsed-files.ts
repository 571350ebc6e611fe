/**
 * Decap reads every file of a collection again for each relation search and each listing (its
 * proxy backend has no cursor and no cache), and parses each one with the collection's format.
 * Parsing is pure, so the result is kept per file text: an unchanged file is parsed once per
 * session, a changed one (new text) is parsed again. Each caller gets its own copy, because
 * Decap may fill in defaults on the data it is given.
 */
export function rememberParses<T>(parse: (text: string) => T, limit = 20_000): (text: string) => T {
  const parsed = new Map<string, T>();
  return (text) => {
    let data = parsed.get(text);
    if (data === undefined) {
      // A session that outgrows the limit starts over rather than tracking use.
      if (parsed.size >= limit) parsed.clear();
      data = parse(text);
      parsed.set(text, data);
    }
    return structuredClone(data);
  };
}
