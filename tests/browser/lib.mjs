// Shared helpers of the browser tests: the isnad binary, temporary stores, and Chromium.
// Chromium is Debian's (/usr/bin/chromium), started headless by playwright-core with the flags
// this machine needs (no sandbox as root, no GPU, no background networking); Playwright gives
// every launch a fresh, empty user-data directory.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

export const root = process.env.ISNAD_ROOT || path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const bin = process.env.ISNAD_BIN || path.join(root, 'build/isnad');
export const artifacts = process.env.ISNAD_ARTIFACTS || path.join(root, 'build/browser-artifacts');
fs.mkdirSync(artifacts, { recursive: true });

const require = createRequire(path.join(root, 'web/package.json'));
const { chromium } = require('playwright-core');

export const CHROMIUM = process.env.ISNAD_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launch() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run scripts/install-deps.sh (package chromium)`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export function tempDir(name) {
  return fs.mkdtempSync(path.join(os.tmpdir(), `isnad-${name}-`));
}

export function isnad(...args) {
  return execFileSync(bin, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

// Collects console errors and uncaught page errors; requests leaving the machine are errors too.
export function watch(page) {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`requestfailed: ${r.url()} ${r.failure() && r.failure().errorText}`));
  page.on('request', (r) => {
    const u = r.url();
    if (!/^(file:|data:|blob:|about:|http:\/\/127\.0\.0\.1[:/])/.test(u)) errors.push(`external request: ${u}`);
  });
  return errors;
}

export async function shot(pageOrLocator, name, options = {}) {
  const file = path.join(artifacts, name);
  await pageOrLocator.screenshot({ path: file, ...options });
  return file;
}

// Starts `isnad serve --port 0` and resolves with {url, proc} once it printed its address.
export function serve(db) {
  return new Promise((resolve, reject) => {
    const proc = spawn(bin, ['serve', '--db', db, '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '';
    const timer = setTimeout(() => { proc.kill(); reject(new Error('isnad serve did not start: ' + err)); }, 20000);
    proc.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/^(http:\/\/[^\s]+)\n/m);
      if (m) { clearTimeout(timer); resolve({ url: m[1], proc }); }
    });
    proc.stderr.on('data', (d) => { err += d; });
    proc.on('exit', (code) => { clearTimeout(timer); reject(new Error(`isnad serve exited ${code}: ${err}`)); });
  });
}
