/** Launch flags: headless as root, and quiet on a closed network. */
export const BROWSER_ARGS: string[];
/** The path of a Chromium to launch; installs Debian's when allowed and possible, else throws saying how to get one. */
export function findBrowser(options?: { install?: boolean }): Promise<string>;
