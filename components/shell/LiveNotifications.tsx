"use client";

import Link from "next/link";
import { useState } from "react";
import { z } from "zod";
import { useRoom } from "@/lib/client/socket";

const notificationSchema = z.object({ title: z.string(), body: z.string(), href: z.string().startsWith("/") });
type Notice = z.infer<typeof notificationSchema> & { key: number };

/** Messages for this person (e.g. "automatic rollback started"), shown until dismissed, wherever they are in the app. */
export function LiveNotifications({ userId }: { userId: string }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  useRoom({ kind: "user", id: userId }, {
    notification: (payload) => {
      const parsed = notificationSchema.safeParse(payload);
      if (parsed.success) setNotices((current) => [...current.slice(-2), { ...parsed.data, key: Date.now() }]);
    },
  });
  return (
    <div aria-live="assertive" className="pointer-events-none fixed inset-x-2 bottom-2 z-50 flex flex-col items-end gap-2 sm:inset-x-auto sm:right-4 sm:bottom-4">
      {notices.map((notice) => (
        <div key={notice.key} role="alert" className="pointer-events-auto w-full max-w-sm rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 shadow-lg dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
          <p className="font-semibold">{notice.title}</p>
          <p className="mt-1">{notice.body}</p>
          <div className="mt-2 flex gap-3">
            <Link href={notice.href} className="font-medium underline" onClick={() => setNotices((current) => current.filter((other) => other.key !== notice.key))}>
              Open the incident
            </Link>
            <button type="button" className="underline" onClick={() => setNotices((current) => current.filter((other) => other.key !== notice.key))}>
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
