import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

// Starts the real bot host (Debug build) in Development with the demo network and the dev sign-in, on storage the test
// script provides (TEAMSMENTOR_TEST_STORAGE: Azurite), each host with its own table prefix. Stops them afterwards.
const root = fileURLToPath(new URL("../../", import.meta.url));
const hosts: ChildProcess[] = [];
let output = "";

export default async function setup(project: TestProject) {
  const storage = process.env.TEAMSMENTOR_TEST_STORAGE;
  if (!storage) throw new Error("TEAMSMENTOR_TEST_STORAGE is not set: run the browser tests through ./test.sh");
  const dll = `${root}bot/TeamsMentor.Bot/bin/Debug/net10.0/TeamsMentor.Bot.dll`;
  if (!existsSync(dll)) throw new Error(`Build the bot first (${dll} is missing)`);
  if (!existsSync(`${root}bot/TeamsMentor.Bot/wwwroot/tab/index.html`)) throw new Error("Build the tab first (npm run build)");

  // Two hosts: the demo at 12 April 2023 (most tests move its clock on), and the same demo at 16 October 2024, two
  // years of history behind it, for the views over time (the measures' trends).
  const [early, late] = await Promise.all([start(storage, dll, "2023-04-12T09:00:00+02:00"), start(storage, dll, "2024-10-16T09:00:00+02:00")]);
  project.provide("baseUrl", early.base);
  project.provide("historyUrl", late.base);

  return async () => {
    await Promise.all(hosts.map((host) => {
      if (host.exitCode !== null) return Promise.resolve();
      host.kill("SIGTERM");
      return new Promise((r) => host.once("exit", r));
    }));
  };
}

async function start(storage: string, dll: string, now: string): Promise<{ host: ChildProcess; base: string }> {
  const port = await freePort();
  const host = spawn("dotnet", [dll, "--urls", `http://127.0.0.1:${port}`, "--contentRoot", `${root}bot/TeamsMentor.Bot`], {
    env: {
      ...process.env,
      ASPNETCORE_ENVIRONMENT: "Development",
      Bot__DangerouslyAllowUnauthenticatedRequests: "true",
      Storage__ConnectionString: storage,
      Storage__TablePrefix: `e2e${Math.random().toString(36).slice(2, 8)}`,
      Evaluations__AnswerKey: "dGVhbXNtZW50b3ItdGVzdC1rZXktbm90LXNlY3JldCE=", // a public test value, not a secret
      Demo__PlanFiles__0: `${root}plans/mentorprogram-nord.json`,
      Demo__Now: now,
      Delivery__Enabled: "false",
      Tab__DangerouslyAllowDevSignIn: "true",
      Logging__LogLevel__Default: "Warning",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  hosts.push(host);
  host.stdout!.on("data", (d) => (output += d));
  host.stderr!.on("data", (d) => (output += d));
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    if (host.exitCode !== null) throw new Error(`The host exited:\n${output}`);
    try {
      if ((await fetch(`${base}/healthz/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return { host, base };
}


function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    historyUrl: string;
  }
}
