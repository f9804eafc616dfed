/** Path of the Chromium binary (the Debian package `chromium`). */
export const CHROMIUM: string;
/** Chromium flags for a headless, offline, sandbox-less machine. */
export const CHROMIUM_ARGS: string[];
