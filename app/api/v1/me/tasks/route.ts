import { apiRoute } from "@/lib/server/http/route";
import { listMyTasks } from "@/lib/server/services/checklists/list-my-tasks";

export const GET = apiRoute({ permission: "incidents.read" }, async ({ caller }) => await listMyTasks(caller));
