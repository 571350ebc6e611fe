import { mkdtempSync, readdirSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readBody } from '../lib/body.ts';
import { BodyPack, packHolds } from './body-pack.ts';

let folder: string;
const newFolder = () => (folder = mkdtempSync(join(tmpdir(), 'body-pack-')));
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('a file of bodies', () => {
  it('gives back each body whole, as written, by its place', () => {
    const pack = new BodyPack(newFolder());
    const bodies = ['<p>1.1. Стажировочная площадка — «школа».</p>', '', '<h2 id="p-2">2. Ёлка 🎄</h2>\n<p>x</p>'];
    const places = bodies.map((html) => pack.append(html));
    pack.close();
    expect(places.map((place) => readBody(place))).toEqual(bodies);
    expect(readdirSync(folder)).toHaveLength(1);
  });

  it('is made with its first body: a sync with nothing to render leaves no file', () => {
    new BodyPack(newFolder()).close();
    expect(readdirSync(folder)).toEqual([]);
  });

  it('is taken as holding a body only while it is there and long enough', () => {
    const pack = new BodyPack(newFolder());
    const first = pack.append('<p>первый</p>');
    const second = pack.append('<p>второй</p>');
    pack.close();
    expect(packHolds(second, new Map())).toBe(true);
    // Cut short, as by a crash: the second body is rendered again, the first is still whole.
    truncateSync(pack.file, second.offset + 3);
    expect(packHolds(first, new Map())).toBe(true);
    expect(packHolds(second, new Map())).toBe(false);
    rmSync(pack.file);
    expect(packHolds(first, new Map())).toBe(false);
  });
});
