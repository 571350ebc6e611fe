import { describe, expect, it } from 'vitest';
import { adminPolicy } from './admin-csp.ts';

// The editor's policy follows the backend it is built for (the same CMS_* settings as its config).
describe('adminPolicy', () => {
  it('local editing: talks to the editing backend on this machine only', () => {
    const policy = adminPolicy({});
    expect(policy['connect-src']).toEqual(["'self'", 'blob:', 'http://127.0.0.1:*', 'http://localhost:*']);
    expect(policy['img-src']).toEqual(["'self'", 'blob:']);
  });

  it('GitHub: its API, and avatars from GitHub', () => {
    const policy = adminPolicy({ CMS_BACKEND: 'github', CMS_REPO: 'metod/site', CMS_BASE_URL: 'https://auth.example.org' });
    expect(policy['connect-src']).toEqual(["'self'", 'blob:', 'https://api.github.com']);
    expect(policy['img-src']).toEqual(["'self'", 'blob:', 'https://avatars.githubusercontent.com']);
  });

  it('Forgejo: its API and the instance (token exchange, avatars), whatever the API path', () => {
    const env = { CMS_BACKEND: 'forgejo', CMS_REPO: 'metod/site', CMS_BASE_URL: 'https://git.example.org/', CMS_APP_ID: 'abc' };
    expect(adminPolicy(env)['connect-src']).toEqual(["'self'", 'blob:', 'https://git.example.org']);
    expect(adminPolicy({ ...env, CMS_API_ROOT: 'https://api.git.example.org/v1' })['connect-src']).toEqual([
      "'self'",
      'blob:',
      'https://api.git.example.org',
      'https://git.example.org',
    ]);
    expect(adminPolicy(env)['img-src']).toEqual(["'self'", 'blob:', 'https://git.example.org']);
  });

  it('never lets an inline script run, whatever the backend', () => {
    for (const env of [{}, { CMS_BACKEND: 'gitea', CMS_REPO: 'a/b', CMS_BASE_URL: 'https://g.example.org', CMS_APP_ID: 'x' }]) {
      expect(adminPolicy(env)['script-src']).not.toContain("'unsafe-inline'");
      expect(adminPolicy(env)['object-src']).toEqual(["'none'"]);
    }
  });
});
