import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Providers } from "@/components/Providers";
import { themeInitScript } from "@/lib/client/theme-script";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Rewind", template: "%s · Rewind" },
  description: "Guided, executable, observable and audited rollbacks for incident response.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The inline script sets the theme class and color-scheme before React hydrates.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeInitScript }} />
      </head>
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
