// The browser every script and the browser tests launch: Debian's Chromium, headless, offline,
// sandbox-less (TOOLCHAIN.md). One list, so the tests and the benchmark run the same browser.

/** Path of the Chromium binary (the Debian package `chromium`). */
export const CHROMIUM = '/usr/bin/chromium';

/** Chromium flags for a headless, offline, sandbox-less machine. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
