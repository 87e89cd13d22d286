import { describe, expect, it } from "vitest";
import { describeNotifyParams, notifyParamsSchema } from "./notify";

const slack = { channel: { kind: "chat_webhook", url: { secret: "slack-incidents" }, format: "slack", label: "#inc-checkout" }, text: "Rolling back {{service.name}} for {{incident.key}}" };
const email = {
  channel: {
    kind: "email",
    smtp: { host: "smtp.example.com", port: 587, secure: false, username: "rewind", password: { secret: "smtp-password" } },
    from: "rewind@example.com",
    to: ["oncall@example.com", "cto@example.com"],
    subject: "[{{incident.key}}] rollback started",
  },
  text: "{{incident.title}}",
};

const issuesOf = (input: unknown) => notifyParamsSchema.safeParse(input).error?.issues ?? [];

describe("notifyParamsSchema", () => {
  it("accepts a chat webhook, an email through an SMTP server, and one through an SMTP URL secret", () => {
    expect(notifyParamsSchema.parse(slack)).toEqual(slack);
    expect(notifyParamsSchema.parse(email)).toEqual(email);
    const byUrl = { ...email, channel: { ...email.channel, smtp: undefined, smtpUrl: { secret: "smtp-url" } } };
    expect(notifyParamsSchema.parse(byUrl).channel).toMatchObject({ smtpUrl: { secret: "smtp-url" } });
  });

  it("rejects unknown keys, naming them, at the top and inside the channel and SMTP server", () => {
    expect(issuesOf({ ...slack, priority: "high" })).toEqual([expect.objectContaining({ code: "unrecognized_keys", keys: ["priority"], path: [] })]);
    expect(issuesOf({ ...slack, channel: { ...slack.channel, room: "x" } })).toEqual([expect.objectContaining({ code: "unrecognized_keys", keys: ["room"], path: ["channel"] })]);
    expect(issuesOf({ ...email, channel: { ...email.channel, smtp: { ...email.channel.smtp, tls: true } } })).toEqual([
      expect.objectContaining({ code: "unrecognized_keys", keys: ["tls"], path: ["channel", "smtp"] }),
    ]);
  });

  it("needs exactly one of smtp and smtpUrl, a username with a password, and inline passwords are refused", () => {
    expect(issuesOf({ ...email, channel: { ...email.channel, smtpUrl: { secret: "smtp-url" } } })).toEqual([expect.objectContaining({ path: ["channel", "smtp"], message: "give either smtp or smtpUrl" })]);
    expect(issuesOf({ ...email, channel: { ...email.channel, smtp: { host: "h", port: 25, secure: false, password: { secret: "p" } } } })).toEqual([
      expect.objectContaining({ path: ["channel", "smtp", "password"], message: "needs a username" }),
    ]);
    expect(issuesOf({ ...email, channel: { ...email.channel, smtp: { ...email.channel.smtp, password: "hunter2" } } }).map((issue) => issue.path)).toEqual([["channel", "smtp", "password"]]);
  });

  it("refuses bad addresses, an unknown channel kind and malformed placeholders", () => {
    expect(issuesOf({ ...email, channel: { ...email.channel, to: ["nobody"] } }).map((issue) => issue.path)).toEqual([["channel", "to", 0]]);
    expect(issuesOf({ ...slack, channel: { kind: "pager" } }).map((issue) => issue.message)).toEqual(["must be a chat_webhook or email channel"]);
    expect(issuesOf({ ...slack, text: "{{ incident title }}" })).toEqual([expect.objectContaining({ path: ["text"], message: "not a variable name: {{ incident title }}" })]);
  });
});

describe("describeNotifyParams", () => {
  it("names the destination, never a secret's value", () => {
    expect(describeNotifyParams(notifyParamsSchema.parse(slack))).toBe("Post a Slack-style message to #inc-checkout");
    expect(describeNotifyParams(notifyParamsSchema.parse({ ...slack, channel: { ...slack.channel, label: undefined } }))).toBe(
      "Post a Slack-style message to the chat webhook in secret slack-incidents",
    );
    expect(describeNotifyParams(notifyParamsSchema.parse({ ...slack, channel: { kind: "chat_webhook", url: "https://chat.example.com/hooks/abc", format: "plain" } }))).toBe(
      "Post a plain text message to the chat webhook at chat.example.com",
    );
    expect(describeNotifyParams(notifyParamsSchema.parse(email))).toBe('Email oncall@example.com, cto@example.com: "[{{incident.key}}] rollback started"');
  });
});
