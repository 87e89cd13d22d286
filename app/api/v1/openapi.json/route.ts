import { buildOpenApiDocument } from "@/lib/server/openapi/build-openapi-document";
import { API_OPERATIONS } from "@/lib/server/openapi/api-operations";

/** Public: the API's shape is no secret, and tools fetch it before they hold a token. */
export async function GET(): Promise<Response> {
  return Response.json(buildOpenApiDocument(API_OPERATIONS, process.env.npm_package_version ?? "0.1.0"));
}
