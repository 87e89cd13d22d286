import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_OPERATIONS } from "./api-operations";
import { buildOpenApiDocument } from "./build-openapi-document";

const V1 = path.resolve(__dirname, "../../../app/api/v1");

/** Every exported HTTP method of every route file under app/api/v1, as "get /incidents/{incidentRef}". */
function routeOperations(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const routePath = `/${path.relative(V1, dir)}`.replace(/\[(\w+)\]/g, "{$1}");
        if (routePath.includes("[...")) continue;
        const source = readFileSync(full, "utf8");
        for (const match of source.matchAll(/export (?:const|async function) (GET|POST|PUT|PATCH|DELETE)\b/g)) {
          found.push(`${(match[1] as string).toLowerCase()} ${routePath === "/." ? "/" : routePath}`);
        }
      }
    }
  };
  walk(V1);
  return found.sort();
}

describe("the OpenAPI document", () => {
  it("describes every /api/v1 route handler, and nothing that does not exist", () => {
    const documented = API_OPERATIONS.map((operation) => `${operation.method} ${operation.path}`).sort();
    expect(documented).toEqual(routeOperations());
  });

  it("carries request schemas generated from zod, with path and query parameters", () => {
    const document = buildOpenApiDocument(API_OPERATIONS, "test");
    const createUser = document.paths["/users"]?.post as { requestBody: { content: { "application/json": { schema: { required: string[] } } } } };
    expect(createUser.requestBody.content["application/json"].schema.required).toEqual(expect.arrayContaining(["email", "name", "role"]));
    const patchUser = document.paths["/users/{userId}"]?.patch as { parameters: Array<{ name: string; in: string }> };
    expect(patchUser.parameters).toContainEqual(expect.objectContaining({ name: "userId", in: "path" }));
    const audit = document.paths["/audit-events"]?.get as { parameters: Array<{ name: string; in: string }> };
    expect(audit.parameters.map((parameter) => parameter.name)).toEqual(expect.arrayContaining(["limit", "before"]));
  });
});
