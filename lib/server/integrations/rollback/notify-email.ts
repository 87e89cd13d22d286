import "server-only";
import { createHash } from "node:crypto";
import nodemailer from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import type { EmailChannel } from "@/lib/domain/rollback/actions/notify";
import { ActionFailure, type ActionContext, type ActionResult } from "./action-executor";
import { renderForRequest, scrub } from "./http-send";

const CONNECTION_TIMEOUT_MS = 10_000;
/** Bounds how long a connection left behind by a cancelled send can linger (nodemailer cannot abort one). */
const SOCKET_TIMEOUT_MS = 30_000;
/** Failures while connecting (nodemailer's command "CONN"): nothing was handed over, so trying again cannot send it twice, and may pass. */
const RETRYABLE_CODES = new Set(["ECONNECTION", "EDNS"]);

type SmtpServer = { host: string; port: number; secure: boolean; auth?: { user: string; pass: string }; describe: string };

/** Subject and text with the run's variables; a subject stays on one line whatever a variable holds. */
export function renderEmail(channel: EmailChannel, template: string, variables: Record<string, string>): { subject: string; text: string } {
  return {
    subject: renderForRequest("subject", channel.subject, variables).replace(/[\r\n]+/g, " "),
    text: renderForRequest("message", template, variables),
  };
}

async function resolveSmtpServer(channel: EmailChannel, context: ActionContext): Promise<{ server: SmtpServer; secretValues: string[] }> {
  if (channel.smtpUrl) {
    const value = await context.secrets.reveal(channel.smtpUrl);
    return { server: parseSmtpUrl(value, channel.smtpUrl.secret), secretValues: [value] };
  }
  const smtp = channel.smtp;
  if (!smtp) throw new ActionFailure("The email channel names no SMTP server");
  const password = smtp.password ? await context.secrets.reveal(smtp.password) : undefined;
  const auth = smtp.username === undefined ? undefined : { user: smtp.username, pass: password ?? "" };
  const who = smtp.username === undefined ? "" : ` as ${smtp.username}${smtp.password ? ` (password from secret ${smtp.password.secret})` : ""}`;
  return {
    server: { host: smtp.host, port: smtp.port, secure: smtp.secure, auth, describe: `${smtp.host}:${smtp.port}${smtp.secure ? " over TLS" : ""}${who}` },
    secretValues: password ? [password] : [],
  };
}

/**
 * `smtp://user:password@host:587` or `smtps://…:465`. Parsed here rather than
 * by nodemailer, whose URLs also take transport options (a logger, a proxy)
 * from the query string. Errors never quote the value.
 */
function parseSmtpUrl(value: string, secretName: string): SmtpServer {
  const refuse = () => new ActionFailure(`Secret ${secretName} is not an SMTP URL (smtp://user:password@host:port or smtps://…)`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw refuse();
  }
  if ((url.protocol !== "smtp:" && url.protocol !== "smtps:") || !url.hostname || url.search) throw refuse();
  const secure = url.protocol === "smtps:";
  const port = url.port ? Number(url.port) : secure ? 465 : 587;
  const user = decodeURIComponent(url.username);
  const auth = user ? { user, pass: decodeURIComponent(url.password) } : undefined;
  return { host: url.hostname, port, secure, auth, describe: `${url.hostname}:${port}${secure ? " over TLS" : ""} (from secret ${secretName})` };
}

/** Rejects once the step's signal aborts; the send it races is left to its socket timeout. */
function abortion(signal: AbortSignal): { promise: Promise<never>; dispose(): void } {
  let onAbort = () => {};
  const promise = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(new ActionFailure("The email was stopped before the SMTP server confirmed it (step timeout or cancel); it may have been sent"));
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
  });
  return { promise, dispose: () => signal.removeEventListener("abort", onAbort) };
}

const addressText = (address: string | { address: string }) => (typeof address === "string" ? address : address.address);

/** Sends one plain-text email over SMTP through nodemailer. */
export async function sendEmail(channel: EmailChannel, template: string, context: ActionContext): Promise<ActionResult> {
  const { subject, text } = renderEmail(channel, template, context.variables);
  const { server, secretValues } = await resolveSmtpServer(channel, context);
  const recipients = channel.to.join(", ");
  context.log(`Sending email "${subject}" from ${channel.from} to ${recipients} via ${server.describe}`);

  const options: SMTPTransport.Options = {
    host: server.host,
    port: server.port,
    secure: server.secure,
    auth: server.auth,
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    greetingTimeout: CONNECTION_TIMEOUT_MS,
    socketTimeout: SOCKET_TIMEOUT_MS,
    logger: false,
  };
  const transport = nodemailer.createTransport(options);
  const aborted = abortion(context.signal);
  let info: SMTPTransport.SentMessageInfo;
  try {
    info = await Promise.race([
      transport.sendMail({
        from: channel.from,
        to: channel.to,
        subject,
        text,
        // The same step always sends the same Message-ID, which lets mail systems that de-duplicate drop a repeat.
        messageId: `<${createHash("sha256").update(context.idempotencyKey).digest("hex").slice(0, 32)}@rewind>`,
        headers: { "X-Rewind-Idempotency-Key": context.idempotencyKey },
        disableFileAccess: true,
        disableUrlAccess: true,
      }),
      aborted.promise,
    ]);
  } catch (error) {
    if (error instanceof ActionFailure) throw error;
    const { code, command } = error as { code?: unknown; command?: unknown };
    const reason = error instanceof Error ? error.message : String(error);
    throw new ActionFailure(scrub(`The email could not be sent via ${server.describe}: ${reason}`, secretValues), {
      retryable: command === "CONN" || (typeof code === "string" && RETRYABLE_CODES.has(code)),
    });
  } finally {
    aborted.dispose();
    transport.close();
  }

  const accepted = info.accepted.map(addressText);
  const rejected = info.rejected.map(addressText);
  context.log(`The SMTP server accepted it for ${accepted.join(", ")}: ${info.response}`);
  if (rejected.length > 0) context.log(`The SMTP server refused ${rejected.join(", ")}`, "warn");
  return {
    summary: `Emailed "${subject}" to ${accepted.join(", ")}${rejected.length > 0 ? ` (refused: ${rejected.join(", ")})` : ""}`,
    details: { subject, from: channel.from, accepted, rejected, messageId: info.messageId, response: info.response },
  };
}
