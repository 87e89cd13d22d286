import { spawn } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";

export type GitHttpServer = {
  /** `http://127.0.0.1:<port>`; repositories are `<url>/<name>.git` under the project root. */
  url: string;
  /** Every request, with whether it carried the expected credentials. */
  requests: { method: string; path: string; authorized: boolean }[];
  stop(): Promise<void>;
};

const HEADER_END = "\r\n\r\n";

/**
 * A real smart-HTTP git server: Basic authentication in front of git's own
 * `git http-backend` CGI, which serves fetches and pushes for the bare
 * repositories under `projectRoot`. Pushes need the one user and password given.
 */
export async function startGitHttpServer(options: { projectRoot: string; username: string; password: string }): Promise<GitHttpServer> {
  const expected = `Basic ${Buffer.from(`${options.username}:${options.password}`).toString("base64")}`;
  const requests: GitHttpServer["requests"] = [];

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const authorized = request.headers.authorization === expected;
    requests.push({ method: request.method ?? "GET", path: url.pathname, authorized });
    if (!authorized) {
      request.resume();
      response.writeHead(401, { "WWW-Authenticate": 'Basic realm="git"' }).end();
      return;
    }
    const cgiEnvironment: Record<string, string | undefined> = {
      PATH: process.env.PATH,
      GIT_PROJECT_ROOT: options.projectRoot,
      GIT_HTTP_EXPORT_ALL: "1",
      REQUEST_METHOD: request.method,
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.slice(1),
      CONTENT_TYPE: request.headers["content-type"] ?? "",
      ...(request.headers["content-length"] ? { CONTENT_LENGTH: request.headers["content-length"] } : {}),
      HTTP_CONTENT_ENCODING: request.headers["content-encoding"] ?? "",
      GIT_PROTOCOL: String(request.headers["git-protocol"] ?? ""),
      REMOTE_USER: options.username,
      REMOTE_ADDR: "127.0.0.1",
    };
    // Next's typing requires NODE_ENV in every environment; the CGI gets exactly these variables.
    const backend = spawn("git", ["http-backend"], { env: cgiEnvironment as NodeJS.ProcessEnv });
    request.pipe(backend.stdin);
    backend.stdin.on("error", () => undefined);

    // A CGI answer: header lines (with "Status: 200 OK"), a blank line, then the body.
    let head = Buffer.alloc(0);
    let headersSent = false;
    backend.stdout.on("data", (chunk: Buffer) => {
      if (headersSent) return void response.write(chunk);
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf(HEADER_END);
      if (end < 0) return;
      const headers: Record<string, string> = {};
      let status = 200;
      for (const line of head.subarray(0, end).toString("latin1").split("\r\n")) {
        const separator = line.indexOf(":");
        const name = line.slice(0, separator).trim();
        const value = line.slice(separator + 1).trim();
        if (name.toLowerCase() === "status") status = Number.parseInt(value, 10);
        else headers[name] = value;
      }
      response.writeHead(status, headers);
      headersSent = true;
      response.write(head.subarray(end + HEADER_END.length));
    });
    backend.stdout.on("end", () => {
      if (!headersSent) response.writeHead(502);
      response.end();
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
