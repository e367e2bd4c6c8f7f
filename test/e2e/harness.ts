// End-to-end harness: the real CLI serving a real SQLite file, and Debian's Chromium through playwright-core.
// Without /usr/bin/chromium the browser suites skip with a printed reason, unless BILATERAL_REQUIRE_BROWSER=1
// (CI), where they fail.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { ingestText, openStore } from "../../src/query/index.js";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const CHROMIUM = "/usr/bin/chromium";
export const hasBrowser = existsSync(CHROMIUM);

if (!hasBrowser) {
  if (process.env.BILATERAL_REQUIRE_BROWSER === "1") throw new Error(`Chromium is required (BILATERAL_REQUIRE_BROWSER=1) but ${CHROMIUM} is missing`);
  console.warn(`SKIPPED: browser tests (no Chromium at ${CHROMIUM}; CI installs it with apt-get install chromium)`);
}

const newest = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((m, e) => Math.max(m, e.isDirectory() ? newest(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).mtimeMs), 0);

/** Builds web/dist when it is missing or older than web/src (npm test's pretest builds it already). */
export function ensureWebBuilt(): void {
  const index = path.join(ROOT, "web/dist/index.html");
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(newest(path.join(ROOT, "web/src")), statSync(path.join(ROOT, "web/index.html")).mtimeMs)) return;
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/vite/bin/vite.js"), "build", "--config", "web/vite.config.ts", "--logLevel", "warn"], { cwd: ROOT, stdio: "inherit" });
}

export interface Served {
  url: string;
  token: string;
  dbFile: string;
  stop: () => Promise<void>;
}

/**
 * A fresh database file with the given articles, served by `bilateral serve --port 0`.
 * With `builtin`, the file is opened as the default database is (through $BILATERAL_DB), so it starts with the
 * built-in data set.
 */
export async function serve(articles: string[], options: { builtin?: boolean } = {}): Promise<Served> {
  const dir = mkdtempSync(path.join(tmpdir(), "bilateral-e2e-"));
  const dbFile = path.join(dir, "e2e.db");
  const saved = process.env.BILATERAL_DB;
  if (options.builtin) process.env.BILATERAL_DB = dbFile;
  const store = await openStore(options.builtin ? undefined : dbFile).finally(() => {
    if (saved === undefined) delete process.env.BILATERAL_DB;
    else process.env.BILATERAL_DB = saved;
  });
  for (const text of articles) {
    const r = await ingestText(store, text);
    if (r.kind === "no-pair") throw new Error(`fixture article gave no pair: ${r.reason}`);
  }
  await store.close();

  const token = "e2e-token-" + Math.random().toString(36).slice(2);
  // the built-in case goes through $BILATERAL_DB as the default database does; otherwise --db names the file
  const dbArgs = options.builtin ? [] : ["--db", dbFile];
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, "bin/bilateral.js"), ...dbArgs, "serve", "--port", "0"], {
    cwd: ROOT,
    env: { ...process.env, BILATERAL_DB: dbFile, BILATERAL_TOKEN: token },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bilateral serve printed no address in 60 s: ${stderr}`)), 60_000);
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const m = /serving (http:\/\/\S+)/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once("exit", (code) => reject(new Error(`bilateral serve exited with ${code}: ${stderr}`)));
  });
  return {
    url,
    token,
    dbFile,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** A page that records (and blocks) every request leaving the server, and every page error. */
export async function openPage(browser: Browser, base: string, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page: Page = await context.newPage();
  const outside: string[] = [];
  const errors: string[] = [];
  const origin = new URL(base).origin;
  await page.route("**/*", (route) => {
    const u = route.request().url();
    if (u.startsWith(origin) || u.startsWith("data:") || u.startsWith("blob:")) return route.continue();
    outside.push(u);
    return route.abort();
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  return { page, outside, errors, close: () => context.close() };
}

export const readText = (file: string) => readFileSync(file, "utf8");
