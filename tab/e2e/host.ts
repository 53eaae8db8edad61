import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

// Starts the real bot host (Debug build) in Development with the demo network and the dev sign-in, on storage the test
// script provides (TEAMSMENTOR_TEST_STORAGE: Azurite), with its own table prefix. Stops it afterwards.
const root = fileURLToPath(new URL("../../", import.meta.url));
let host: ChildProcess | undefined;
let output = "";

export default async function setup(project: TestProject) {
  const storage = process.env.TEAMSMENTOR_TEST_STORAGE;
  if (!storage) throw new Error("TEAMSMENTOR_TEST_STORAGE is not set: run the browser tests through ./test.sh");
  const dll = `${root}bot/TeamsMentor.Bot/bin/Debug/net10.0/TeamsMentor.Bot.dll`;
  if (!existsSync(dll)) throw new Error(`Build the bot first (${dll} is missing)`);
  if (!existsSync(`${root}bot/TeamsMentor.Bot/wwwroot/tab/index.html`)) throw new Error("Build the tab first (npm run build)");

  const port = await freePort();
  host = spawn("dotnet", [dll, "--urls", `http://127.0.0.1:${port}`, "--contentRoot", `${root}bot/TeamsMentor.Bot`], {
    env: {
      ...process.env,
      ASPNETCORE_ENVIRONMENT: "Development",
      Bot__DangerouslyAllowUnauthenticatedRequests: "true",
      Storage__ConnectionString: storage,
      Storage__TablePrefix: `e2e${Math.random().toString(36).slice(2, 8)}`,
      Evaluations__AnswerKey: "dGVhbXNtZW50b3ItdGVzdC1rZXktbm90LXNlY3JldCE=", // a public test value, not a secret
      Demo__PlanFiles__0: `${root}plans/mentorprogram-nord.json`,
      Demo__Now: "2023-04-12T09:00:00+02:00",
      Delivery__Enabled: "false",
      Tab__DangerouslyAllowDevSignIn: "true",
      Logging__LogLevel__Default: "Warning",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
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
  project.provide("baseUrl", base);

  return async () => {
    host?.kill("SIGTERM");
    await new Promise((r) => host?.once("exit", r) ?? r(undefined));
  };
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
  }
}
