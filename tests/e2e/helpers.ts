import { test as base, expect, type BrowserContext } from '@playwright/test';

/** Hosts a page may talk to: the local preview server only (GUIDE §4: no request to any other host). */
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** True for a network URL (http, https, ws, wss) whose host is not the local machine. */
export function isExternalUrl(url: string | URL): boolean {
  const u = typeof url === 'string' ? new URL(url) : url;
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(u.protocol)) return false;
  return !LOCAL_HOSTS.has(u.hostname);
}

/** What went wrong in a browser context during one test. */
export interface PageIssues {
  consoleErrors: string[];
  pageErrors: string[];
  externalRequests: string[];
}

/** Records console errors, uncaught page errors and requests to other hosts for every page of `context`, aborting those requests. */
export async function watchContext(context: BrowserContext, allowConsole: readonly RegExp[] = []): Promise<PageIssues> {
  const issues: PageIssues = { consoleErrors: [], pageErrors: [], externalRequests: [] };
  const seen = new Set<string>();
  const recordRequest = (method: string, url: string) => {
    const key = `${method} ${url}`;
    if (seen.has(key)) return;
    seen.add(key);
    issues.externalRequests.push(key);
  };

  context.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    if (allowConsole.some((re) => re.test(text))) return;
    // data: URLs in messages can be kilobytes long: keep their type, drop the payload.
    const squeezed = text.replace(/(data:[\w/+.-]+(?:;[\w=-]+)*,)[^\s'"]{40,}/g, '$1…');
    const short = squeezed.length > 1000 ? `${squeezed.slice(0, 1000)}…` : squeezed;
    const loc = msg.location();
    const where = loc.url ? ` (${loc.url}:${loc.lineNumber}:${loc.columnNumber})` : '';
    issues.consoleErrors.push(`${short}${where}`);
  });
  context.on('weberror', (err) => {
    const e = err.error();
    issues.pageErrors.push(e.stack ?? `${e.name}: ${e.message}`);
  });
  context.on('request', (req) => {
    if (isExternalUrl(req.url())) recordRequest(req.method(), req.url());
  });
  await context.route(
    (url) => isExternalUrl(url),
    async (route, req) => {
      recordRequest(req.method(), req.url());
      await route.abort('blockedbyclient');
    },
  );
  return issues;
}

interface Fixtures {
  /** Console messages matching one of these are not counted as errors (opt-in per test/file via test.use). */
  allowConsoleErrors: RegExp[];
  /** Set to false (test.use) to skip the automatic clean check at the end of a test. */
  autoCheckClean: boolean;
  /** Issues recorded so far in this test's browser context. */
  pageIssues: PageIssues;
  /** Asserts that no console error, page error or request to another host has happened so far. */
  expectClean: () => void;
}

/** `test` whose every page is watched for console errors, page errors and requests to other hosts (which are aborted). */
export const test = base.extend<Fixtures>({
  allowConsoleErrors: [[], { option: true }],
  autoCheckClean: [true, { option: true }],
  pageIssues: [
    async ({ context, allowConsoleErrors, autoCheckClean }, use, testInfo) => {
      const issues = await watchContext(context, allowConsoleErrors);
      await use(issues);
      // Safety net: a test that passed but left errors behind still fails.
      if (autoCheckClean && testInfo.status === testInfo.expectedStatus && testInfo.status === 'passed') {
        assertClean(issues);
      }
    },
    { auto: true },
  ],
  expectClean: async ({ pageIssues }, use) => {
    await use(() => assertClean(pageIssues));
  },
});

function assertClean(issues: PageIssues): void {
  expect(issues, 'no console error, no page error, no request to another host').toEqual({
    consoleErrors: [],
    pageErrors: [],
    externalRequests: [],
  });
}

export { expect };
