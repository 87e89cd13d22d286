import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type ReceivedEmail = {
  envelope: { from: string; to: string[] };
  /** The user that authenticated, or null. */
  user: string | null;
  /** The DATA exactly as received. */
  raw: string;
  /** Lower-case names; encoded words (`=?UTF-8?Q?…?=`) decoded. */
  headers: Record<string, string>;
  /** The body, transfer encoding undone. */
  text: string;
};

export type LocalSmtpServer = {
  host: string;
  port: number;
  received: ReceivedEmail[];
  /** Resolves with the next message once its DATA has arrived; call it before sending. */
  nextEmail(): Promise<ReceivedEmail>;
  /** Every password a client offered, to prove where a secret went. */
  offeredPasswords: string[];
  stop(): Promise<void>;
};

/**
 * A real SMTP server on 127.0.0.1 (the `smtp-server` package) that records
 * each message. With `credentials` it requires AUTH (PLAIN or LOGIN, over the
 * plain connection); without, it offers none. No STARTTLS: tests speak plain SMTP.
 */
export async function startLocalSmtpServer(options: { credentials?: { username: string; password: string } } = {}): Promise<LocalSmtpServer> {
  const { credentials } = options;
  const received: ReceivedEmail[] = [];
  const offeredPasswords: string[] = [];
  const waiters: Array<(email: ReceivedEmail) => void> = [];

  const server = new SMTPServer({
    logger: false,
    disabledCommands: credentials ? ["STARTTLS"] : ["STARTTLS", "AUTH"],
    authOptional: !credentials,
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      offeredPasswords.push(auth.password ?? "");
      if (credentials && auth.username === credentials.username && auth.password === credentials.password) return callback(null, { user: auth.username });
      callback(new Error("Invalid username or password"));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const mailFrom = session.envelope.mailFrom;
        const email: ReceivedEmail = {
          envelope: { from: mailFrom ? mailFrom.address : "", to: session.envelope.rcptTo.map((recipient) => recipient.address) },
          user: typeof session.user === "string" ? session.user : null,
          raw,
          ...parseMessage(raw),
        };
        received.push(email);
        waiters.shift()?.(email);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;

  return {
    host: "127.0.0.1",
    port,
    received,
    offeredPasswords,
    nextEmail: () => new Promise((resolve) => waiters.push(resolve)),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Just enough of RFC 5322 and MIME for single-part text messages. */
function parseMessage(raw: string): { headers: Record<string, string>; text: string } {
  const split = raw.indexOf("\r\n\r\n");
  const head = split === -1 ? raw : raw.slice(0, split);
  const body = split === -1 ? "" : raw.slice(split + 4);
  const headers: Record<string, string> = {};
  // Folded lines continue the header above them.
  for (const line of head.replace(/\r\n[ \t]+/g, " ").split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = decodeEncodedWords(line.slice(colon + 1).trim());
  }
  const encoding = (headers["content-transfer-encoding"] ?? "7bit").toLowerCase();
  const decoded = encoding === "quoted-printable" ? decodeQuotedPrintable(body) : encoding === "base64" ? Buffer.from(body, "base64").toString("utf8") : body;
  return { headers, text: decoded.replace(/\r\n$/, "") };
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text.replace(/=\r\n/g, "").replace(/=([0-9A-Fa-f]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

function decodeEncodedWords(value: string): string {
  // Whitespace between two encoded words is not part of the text.
  return value.replace(/\?=\s+=\?/g, "?==?").replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_match, _charset: string, encoding: string, text: string) =>
    encoding.toUpperCase() === "B" ? Buffer.from(text, "base64").toString("utf8") : decodeQuotedPrintable(text.replace(/_/g, " ")),
  );
}
