import { timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { API_PREFIX, SESSION_PATH } from './protocol.ts';
import { refuse } from './refusal.ts';

/** The parts of a request the guard looks at; a plain object so the rules are testable alone. */
export interface RequestFacts {
  method: string;
  /** The request target exactly as sent (not decoded, not normalised). */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  /** The port the connection came in on: the dev server's own port. */
  localPort: number;
  remoteAddress: string;
}

export type Route = { kind: 'session' } | { kind: 'api' };

const header = (facts: RequestFacts, name: string) => {
  const value = facts.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
};

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6: only this computer. */
function isLoopback(address: string): boolean {
  const plain = address.replace(/^::ffff:/i, '');
  if (isIP(plain) === 4) return plain.startsWith('127.');
  return plain === '::1';
}

/** Compares tokens in constant time, so timing says nothing about how much of a guess was right. */
function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Who may talk to the backend: this computer only (a LAN peer could forge any Host), through
 * the dev server's own address (a DNS-rebinding page arrives with its own host name), from the
 * admin's own origin (a page on another origin may not even ask), and for the API with this
 * run's token in the path. No CORS headers are ever sent, so a browser keeps every other origin
 * out of the answers too.
 */
export function checkRequest(facts: RequestFacts, token: string): Route {
  if (!isLoopback(facts.remoteAddress)) refuse(403, 'редактор принимает запросы только с этого компьютера');
  const host = header(facts, 'host') ?? '';
  const allowedHosts = [`127.0.0.1:${facts.localPort}`, `localhost:${facts.localPort}`];
  if (!allowedHosts.includes(host)) {
    refuse(403, `запрос пришёл на чужой адрес (${host || 'без Host'}); откройте редактор по адресу http://127.0.0.1:${facts.localPort}/admin/`);
  }
  const origin = header(facts, 'origin');
  if (origin !== undefined && origin !== `http://${host}`) refuse(403, `запрос со страницы другого сайта (${origin}) отклонён`);
  const site = header(facts, 'sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') refuse(403, 'запрос со страницы другого сайта отклонён');

  if (facts.url === SESSION_PATH) {
    if (facts.method !== 'GET') refuse(403, 'адрес сессии отвечает только на GET');
    return { kind: 'session' };
  }
  const match = /^([A-Za-z0-9_-]+)\/v1\/$/.exec(facts.url.slice(API_PREFIX.length));
  if (!facts.url.startsWith(API_PREFIX) || !match || !sameToken(match[1], token)) {
    refuse(404, 'адрес редактора устарел или неверен (сервер перезапущен?); обновите страницу редактора');
  }
  if (facts.method !== 'POST') refuse(403, 'редактор принимает только POST');
  const type = (header(facts, 'content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') refuse(403, 'редактор принимает только JSON (Content-Type: application/json)');
  return { kind: 'api' };
}
