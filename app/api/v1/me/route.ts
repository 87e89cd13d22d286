import { apiRoute } from "@/lib/server/http/route";

export const GET = apiRoute({ permission: "incidents.read" }, async ({ caller }) => ({
  caller: { kind: caller.kind, userId: caller.userId, tokenId: caller.tokenId, name: caller.name, email: caller.email, role: caller.role },
}));
