import { AppError } from "@/lib/domain/app-error";
import { apiRoute } from "@/lib/server/http/route";

/** Unknown API paths answer like every API route: 401 without credentials, then a JSON 404. */
const notFound = apiRoute({ permission: "incidents.read" }, async () => {
  throw new AppError("not_found", "No such API route");
});

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
