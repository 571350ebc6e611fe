// decap-cms-lib-util ships no types; this is the part the paged backend uses.
declare module 'decap-cms-lib-util' {
  export class Cursor {
    static create(raw: { actions: string[]; data: Record<string, unknown>; meta: Record<string, unknown> }): Cursor;
    data?: { toJS(): unknown };
  }
  export const CURSOR_COMPATIBILITY_SYMBOL: unique symbol;
}
