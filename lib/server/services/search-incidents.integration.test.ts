import { describe, expect, it } from "vitest";
import { GET as searchRoute } from "@/app/api/v1/search/route";
import { SYSTEM_ACTOR, type Actor } from "@/lib/server/auth/caller";
import { db } from "@/lib/server/db/client";
import { incidentSearchSql, postMortemSearchSql } from "@/lib/server/queries/search";
import { seedToken, seedUser } from "@/lib/testing/seed";
import { searchIncidents } from "./search-incidents";

/** Rows straight into the tables, so these tests depend on nothing but the search itself. */
async function insertIncident(fields: { title: string; summary?: string; private?: boolean; serviceIds?: string[]; participantIds?: string[] }) {
  const incident = await db().incident.create({
    data: {
      title: fields.title,
      summary: fields.summary ?? null,
      severity: "high",
      private: fields.private ?? false,
      detectedAt: new Date(),
      services: { create: (fields.serviceIds ?? []).map((serviceId) => ({ serviceId })) },
      participants: { create: (fields.participantIds ?? []).map((userId) => ({ userId, role: "responder" as const })) },
    },
    select: { id: true, number: true },
  });
  return { id: incident.id, key: `INC-${incident.number}` };
}

async function insertPostMortem(incidentId: string, title: string, content: string) {
  return db().postMortem.create({ data: { incidentId, title, content }, select: { id: true } });
}

async function insertService(name: string, slug: string) {
  return db().service.create({ data: { name, slug, team: "Payments", environment: "production" }, select: { id: true } });
}

async function search(actor: Actor, q: string) {
  return searchIncidents(actor, { q, limit: 20 });
}

const keys = (hits: { key: string }[]) => hits.map((hit) => hit.key);
const text = (segments: { text: string }[]) => segments.map((segment) => segment.text).join("");
const highlighted = (segments: { text: string; highlight: boolean }[]) => segments.filter((segment) => segment.highlight).map((segment) => segment.text);

describe("searchIncidents", () => {
  it("ranks a title match above a summary-only match and highlights the matched words", async () => {
    const inSummary = await insertIncident({ title: "Nightly batch late", summary: "The ledger export ran two hours behind schedule." });
    const inTitle = await insertIncident({ title: "Ledger replication lag", summary: "Replicas fell behind the primary." });
    await insertIncident({ title: "Unrelated outage", summary: "Nothing about books here." });

    const { incidents } = await search(SYSTEM_ACTOR, "ledger");

    expect(keys(incidents)).toEqual([inTitle.key, inSummary.key]);
    expect(incidents[0]!.rank).toBeGreaterThan(incidents[1]!.rank);
    expect(highlighted(incidents[0]!.title)).toEqual(["Ledger"]);
    expect(text(incidents[0]!.title)).toBe("Ledger replication lag");
    expect(highlighted(incidents[1]!.snippet)).toEqual(["ledger"]);
  });

  it("understands web-search syntax: stems, exclusions, quoted phrases and or", async () => {
    const real = await insertIncident({ title: "Gateway timeouts in production", summary: "Connection pool exhausted on the gateway." });
    const drill = await insertIncident({ title: "Gateway timeout drill", summary: "Rehearsal: pool connection limits." });

    expect(keys((await search(SYSTEM_ACTOR, "gateway timeout")).incidents).sort()).toEqual([real.key, drill.key].sort());
    expect(keys((await search(SYSTEM_ACTOR, "gateway -drill")).incidents)).toEqual([real.key]);
    expect(keys((await search(SYSTEM_ACTOR, '"connection pool"')).incidents)).toEqual([real.key]);
    expect(keys((await search(SYSTEM_ACTOR, "rehearsal or exhausted")).incidents).sort()).toEqual([real.key, drill.key].sort());
  });

  it("finds an incident by its INC key, first, even when its text does not mention it", async () => {
    const target = await insertIncident({ title: "Cache stampede" });
    const mentioning = await insertIncident({ title: "Follow-up", summary: `Same cause as ${target.key.toLowerCase()}` });

    const { incidents } = await search(SYSTEM_ACTOR, target.key);

    expect(incidents[0]!.key).toBe(target.key);
    expect(keys(incidents)).toContain(mentioning.key);
    expect(keys((await search(SYSTEM_ACTOR, target.key.toLowerCase())).incidents)[0]).toBe(target.key);
  });

  it("finds incidents by the name or slug of their service, also combined with words of the text", async () => {
    const checkout = await insertService("Checkout API", "checkout-api");
    const other = await insertService("Storefront", "storefront");
    const ofCheckout = await insertIncident({ title: "Error rate above 5%", summary: "After release 2.3.1", serviceIds: [checkout.id] });
    const ofStorefront = await insertIncident({ title: "Error rate above 5%", summary: "After release 2.3.1", serviceIds: [other.id] });

    const byName = await search(SYSTEM_ACTOR, "checkout");
    expect(keys(byName.incidents)).toEqual([ofCheckout.key]);
    expect(byName.incidents[0]!.services).toEqual(["Checkout API"]);
    expect(keys((await search(SYSTEM_ACTOR, "checkout release")).incidents)).toEqual([ofCheckout.key]);
    expect(keys((await search(SYSTEM_ACTOR, "checkout -release")).incidents)).toEqual([]);
    expect(keys((await search(SYSTEM_ACTOR, "storefront")).incidents)).toEqual([ofStorefront.key]);
  });

  it("searches post-mortems by title and content, with a highlighted snippet and the incident they belong to", async () => {
    const incident = await insertIncident({ title: "Payments worker stalled" });
    const postMortem = await insertPostMortem(incident.id, "Post-mortem: payments worker stalled", "## Root cause\n\nA deadlock in the settlement queue <script>alert(1)</script> blocked every worker.");

    const { postMortems } = await search(SYSTEM_ACTOR, "settlement deadlock");

    expect(postMortems.map((hit) => hit.id)).toEqual([postMortem.id]);
    expect(postMortems[0]).toMatchObject({ status: "draft", incident: { key: incident.key, title: "Payments worker stalled", severity: "high" } });
    expect(highlighted(postMortems[0]!.snippet).sort()).toEqual(["deadlock", "settlement"]);
    // ts_headline drops markup; what is left is plain text the page renders as text.
    expect(text(postMortems[0]!.snippet)).toContain("settlement queue alert(1) blocked");
    expect((await search(SYSTEM_ACTOR, incident.key)).postMortems.map((hit) => hit.id)).toEqual([postMortem.id]);
  });

  it("shows a private incident and its post-mortem to its participants and admins only", async () => {
    const { caller: participant } = await seedUser("viewer");
    const { caller: outsider } = await seedUser("commander");
    const { caller: admin } = await seedUser("admin");
    const secret = await insertIncident({ title: "Credential leak in the quarantine bucket", private: true, participantIds: [participant.userId!] });
    await insertPostMortem(secret.id, "Quarantine bucket leak", "Keys rotated.");

    for (const query of ["quarantine", secret.key]) {
      const hidden = await search(outsider, query);
      expect(hidden.incidents).toEqual([]);
      expect(hidden.postMortems).toEqual([]);
      for (const allowed of [participant, admin]) {
        const shown = await search(allowed, query);
        expect(keys(shown.incidents)).toEqual([secret.key]);
        expect(shown.incidents[0]!.private).toBe(true);
        expect(shown.postMortems.map((hit) => hit.incident.key)).toEqual([secret.key]);
      }
    }
  });

  it("treats SQL-looking input as words to search for", async () => {
    await insertIncident({ title: "Guard stopped a drop table on the incident store" });
    const before = await db().incident.count();

    for (const q of [`'); drop table "Incident"; --`, `" OR 1=1 --`, "\\", "&|!:*()<->"]) {
      const results = await search(SYSTEM_ACTOR, q);
      expect(Array.isArray(results.incidents)).toBe(true);
    }
    expect(keys((await search(SYSTEM_ACTOR, `'); drop table "Incident"; --`)).incidents)).toHaveLength(1);
    expect(await db().incident.count()).toBe(before);
  });

  it("returns at most `limit` hits per group", async () => {
    for (let index = 0; index < 3; index += 1) await insertIncident({ title: `Throttled webhook ${index}` });
    const { incidents } = await searchIncidents(SYSTEM_ACTOR, { q: "throttled", limit: 2 });
    expect(incidents).toHaveLength(2);
  });
});

describe("GET /api/v1/search", () => {
  async function get(query: string, secret: string) {
    const request = new Request(`http://rewind.test/api/v1/search${query}`, { headers: { host: "rewind.test", authorization: `Bearer ${secret}` } });
    const response = await searchRoute(request, { params: Promise.resolve({}) });
    return { status: response.status, json: await response.json() };
  }

  it("answers 400 naming the field for an empty, missing or too long query and a bad limit", async () => {
    const { secret } = await seedToken("viewer");
    for (const query of ["?q=", "?q=%20%20", "", `?q=${"x".repeat(201)}`]) {
      const answer = await get(query, secret);
      expect(answer.status).toBe(400);
      expect(answer.json.error.details.map((detail: { field: string }) => detail.field)).toEqual(["q"]);
    }
    expect((await get("?q=x&limit=500", secret)).json.error.details).toEqual([expect.objectContaining({ field: "limit" })]);
  });

  it("answers 200 with both groups, and 401 without credentials", async () => {
    const incident = await insertIncident({ title: "Kafka consumer rebalance storm" });
    const { secret } = await seedToken("viewer");
    const answer = await get("?q=rebalance", secret);
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ query: "rebalance", incidents: [{ key: incident.key, status: "declared", severity: "high" }], postMortems: [] });
    expect((await get("?q=rebalance", "nope")).status).toBe(401);
  });
});

describe("the search queries' plans", () => {
  it("use the full-text GIN indexes on a table of thousands of incidents", async () => {
    await db().$executeRaw`
      WITH made AS (
        INSERT INTO "Incident" ("id", "title", "summary", "severity", "detectedAt", "updatedAt")
        SELECT gen_random_uuid(), 'Routine maintenance window ' || g, 'Scheduled work number ' || g || ' on the fleet', 'low', now(), now()
        FROM generate_series(1, 5000) g
        RETURNING "id", "number")
      INSERT INTO "PostMortem" ("id", "incidentId", "title", "content", "updatedAt")
      SELECT gen_random_uuid(), "id", 'Review of window ' || "number", 'Nothing notable happened during window ' || "number", now() FROM made`;
    await db().$executeRaw`ANALYZE "Incident"`;
    await db().$executeRaw`ANALYZE "PostMortem"`;
    const viewer = { role: "viewer" as const, userId: null };
    const terms = { text: "zookeeper quorum", incidentNumbers: [], limit: 20 };

    const explain = async (sql: ReturnType<typeof incidentSearchSql>) =>
      (await db().$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN ${sql}`).map((row) => row["QUERY PLAN"]).join("\n");

    expect(await explain(incidentSearchSql(viewer, terms))).toMatch(/Bitmap Index Scan on "Incident_search_idx"/);
    expect(await explain(postMortemSearchSql(viewer, terms))).toMatch(/Bitmap Index Scan on "PostMortem_search_idx"/);
  });
});
