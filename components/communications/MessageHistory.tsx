import { Badge } from "@/components/ui/Badge";
import { formatDateTime } from "@/lib/client/format";
import type { CommunicationMessage } from "@/lib/client/queries/communications";
import { CHANNEL_KIND_LABELS } from "./channel-kind-labels";

/** What was sent for the incident, newest first, failures with their reason. */
export function MessageHistory({ messages }: { messages: CommunicationMessage[] }) {
  return (
    <section aria-labelledby="message-history-heading" className="min-w-0">
      <h3 id="message-history-heading" className="text-sm font-semibold text-slate-900 dark:text-white">
        Sent messages
      </h3>
      {messages.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">Nothing sent yet. Messages sent from this panel are listed here and on the timeline.</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-3" aria-label="Sent messages">
          {messages.map((message) => (
            <li key={message.id} className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <Badge tone={message.status === "sent" ? "success" : "danger"}>{message.status === "sent" ? "Sent" : "Failed"}</Badge>
                <span className="font-medium text-slate-900 dark:text-slate-100">{message.channelName}</span>
                <span className="text-slate-600 dark:text-slate-400">({CHANNEL_KIND_LABELS[message.channelKind]})</span>
              </div>
              <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                {message.sentBy.name}, <time dateTime={message.sentAt}>{formatDateTime(message.sentAt)}</time>
              </p>
              {message.subject && <p className="mt-2 text-sm font-medium break-words text-slate-900 dark:text-slate-100">{message.subject}</p>}
              <details className="mt-1 text-sm">
                <summary className="cursor-pointer text-indigo-800 dark:text-indigo-300">Show the text</summary>
                <pre className="mt-2 max-h-64 overflow-auto rounded bg-slate-50 p-2 text-xs whitespace-pre-wrap text-slate-800 dark:bg-slate-950 dark:text-slate-200">{message.body}</pre>
              </details>
              {message.error && <p className="mt-2 text-sm break-words text-red-700 dark:text-red-300">{message.error}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
