// `bilateral serve` as a user runs it: the address it prints, and one clear line for a bad port.
import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, describe, expect, it } from "vitest";

const BIN = path.resolve(import.meta.dirname, "../../bin/bilateral.js");
const dir = mkdtempSync(path.join(tmpdir(), "bilateral-serve-"));
const db = path.join(dir, "serve.db");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("bilateral serve", () => {
  it("prints its address and database, answers, and stops on SIGTERM", async () => {
    const child = spawn(process.execPath, [BIN, "--db", db, "serve", "--port", "0"], { env: { ...process.env, BILATERAL_TOKEN: "" }, stdio: ["ignore", "pipe", "pipe"] });
    const lines: string[] = [];
    const address = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).on("line", (l) => {
        lines.push(l);
        const m = /^bilateral: serving (http:\/\/127\.0\.0\.1:\d+) \(database: (.+)\)$/.exec(l);
        if (m) resolve(m[1]!);
      });
      child.once("exit", (code) => reject(new Error(`exited ${code}: ${lines.join("\n")}`)));
    });
    expect(lines.join("\n")).toContain(db);
    const res = await fetch(`${address}/api/countries`);
    expect(res.status).toBe(200);
    const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(lines.join("\n")).toMatch(/writes are off; set BILATERAL_TOKEN/);
  });

  it("refuses a bad port in one line", () => {
    const r = spawnSync(process.execPath, [BIN, "--db", db, "serve", "--port", "http"], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('bilateral: --port: "http" is not a port number (0–65535)');
  });

  it("says when the port is taken", async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", () => r()));
    const port = (blocker.address() as { port: number }).port;
    const r = spawnSync(process.execPath, [BIN, "--db", db, "serve", "--port", String(port)], { encoding: "utf8" });
    blocker.close();
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`bilateral: --port: ${port} is already in use; try --port 0 for a free one`);
  });
});
