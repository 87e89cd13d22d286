"use client";

import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { SessionProvider } from "next-auth/react";
import { useState, type ReactNode } from "react";
import { ApiError } from "@/lib/client/api-fetch";
import { useThemeSync } from "@/lib/client/theme";

export function Providers({ children }: { children: ReactNode }) {
  const router = useRouter();
  const [queryClient] = useState(() => createQueryClient((path) => router.replace(path)));
  useThemeSync();
  return (
    <SessionProvider>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </SessionProvider>
  );
}

function createQueryClient(navigate: (path: string) => void): QueryClient {
  const onError = (error: Error) => {
    if (!(error instanceof ApiError) || error.status !== 401) return;
    // The session ended (expired, signed out elsewhere, account disabled): drop its data and sign in again.
    queryClient.clear();
    const callbackUrl = `${window.location.pathname}${window.location.search}`;
    navigate(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  };
  const queryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx will not fix itself; retrying only delays the message.
        retry: (failureCount, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2,
      },
    },
  });
  return queryClient;
}
