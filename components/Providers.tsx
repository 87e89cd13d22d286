"use client";

import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { SessionProvider } from "next-auth/react";
import { useState, type ReactNode } from "react";
import { ApiError } from "@/lib/client/api-fetch";
import { useThemeSync } from "@/lib/client/theme";

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  useThemeSync();
  return (
    <SessionProvider>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </SessionProvider>
  );
}

function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: sendToSignInWhenSessionEnded }),
    mutationCache: new MutationCache({ onError: sendToSignInWhenSessionEnded }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx will not fix itself; retrying only delays the message.
        retry: (failureCount, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2,
      },
    },
  });
}

function sendToSignInWhenSessionEnded(error: Error): void {
  if (!(error instanceof ApiError) || error.status !== 401) return;
  const callbackUrl = `${window.location.pathname}${window.location.search}`;
  window.location.assign(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
}
