// What the browser tests share: a tally of checks that reports every
// failure and sets the exit code, and Debian's headless Chromium.
import { chromium } from 'playwright-core';

export function checker() {
  let passed = 0;
  let failed = 0;
  return {
    check(ok, what) {
      if (ok) {
        passed++;
      } else {
        failed++;
        console.error(`FAIL: ${what}`);
      }
    },
    // Prints the tally and exits: 0 when every check passed.
    finish() {
      console.log(`browser: ${passed} passed, ${failed} failed`);
      process.exit(failed === 0 ? 0 : 1);
    },
  };
}

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
