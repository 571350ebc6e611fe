import ru from 'decap-cms-locales/dist/esm/ru/index.js';
import { describe, expect, it } from 'vitest';
import { REMOTE_BACKENDS, type RemoteBackendName } from '../config/cms-config.ts';
import { RUSSIAN_OVERRIDES } from './russian-phrases.ts';

/** The phrase on each git host's login button (Decap's `auth` phrases). */
const LOGIN_BUTTON: Record<RemoteBackendName, string> = {
  github: 'loginWithGitHub',
  gitea: 'loginWithGitea',
  forgejo: 'loginWithForgejo',
};

describe('the Russian phrases', () => {
  it('name the login button of every git host a deployed admin can use in Russian', () => {
    const ours: Record<string, string> = RUSSIAN_OVERRIDES.auth;
    for (const host of REMOTE_BACKENDS) {
      const key = LOGIN_BUTTON[host];
      expect(ours[key] ?? ru.auth[key], host).toMatch(/^Войти через /);
    }
  });
});
