/*
 * `npm run dev-server` is how Excel on the web loads the add-in while it is developed: it must answer
 * over HTTPS with the certificate it was given. This starts the real dev server (webpack serve with
 * the project's config) on a free port with certificates made for the test, fetches the pane's page,
 * and stops it. Nothing leaves the machine.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { get } from "node:https";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCertificates } from "office-addin-dev-certs";

const root = join(__dirname, "..");
const certificates = mkdtempSync(join(tmpdir(), "finsam-dev-certs-"));
let server: ChildProcess | undefined;
let output = "";

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

interface Answer {
  status: number;
  type: string;
  body: string;
}

/** GET over HTTPS, trusting only the test's own certificate authority. */
function fetchPage(url: string, ca: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    get(url, { ca }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, type: String(response.headers["content-type"]), body }),
      );
    }).on("error", reject);
  });
}

/** Asks until the server listens (it holds requests while it compiles); gives up when the server has exited. */
async function fetchWhenUp(url: string, ca: Buffer): Promise<Answer> {
  for (;;) {
    try {
      return await fetchPage(url, ca);
    } catch (error) {
      const refused = (error as NodeJS.ErrnoException).code === "ECONNREFUSED";
      if (!refused || server?.exitCode !== null) throw new Error(`${String(error)}\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

afterAll(async () => {
  if (server?.exitCode === null && server.pid !== undefined) {
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    // The server runs in its own process group: end it and anything it started.
    process.kill(-server.pid, "SIGTERM");
    await exited;
  }
  rmSync(certificates, { recursive: true, force: true });
});

it("answers with the pane's page over HTTPS, with the certificate it was given", async () => {
  const ca = join(certificates, "ca.crt");
  const quiet = jest.spyOn(console, "log").mockImplementation(() => {});
  await generateCertificates(ca, join(certificates, "localhost.crt"), join(certificates, "localhost.key"), 1);
  quiet.mockRestore();
  const port = await freePort();
  server = spawn(
    process.execPath,
    [
      require.resolve("webpack-cli/bin/cli.js"),
      "serve",
      "--mode",
      "development",
      "--port",
      String(port),
      "--env",
      `certificates=${certificates}`,
    ],
    { cwd: root, detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));

  const page = await fetchWhenUp(`https://localhost:${port}/taskpane.html`, readFileSync(ca));

  expect(page.status).toBe(200);
  expect(page.type).toMatch(/^text\/html/);
  expect(page.body).toMatch(/<script[^>]* src="?taskpane\.js/);
  expect(page.body).toMatch(/<script[^>]* src="?functions\.js/);
}, 180_000);
