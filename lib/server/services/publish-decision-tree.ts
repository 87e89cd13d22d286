import "server-only";
import { AppError, type FieldProblem } from "@/lib/domain/app-error";
import { decisionTreeSchema, type DecisionTree } from "@/lib/domain/decisions/decision-tree";
import { validateTree } from "@/lib/domain/decisions/validate-tree";
import type { DecisionTreeKey } from "@/lib/domain/schemas/decisions";
import type { Actor } from "../auth/caller";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/prisma-errors";
import { toDecisionTreeDto } from "../dto/decision";
import { assertCan } from "../permissions/assert-can";
import { insertDecisionTreeVersion, lockDecisionTreeKey } from "../queries/decision-trees";
import { ensureActiveDecisionTree } from "./get-active-decision-tree";
import { publishAuditEvent, recordAuditEvent } from "./record-audit-event";

/**
 * PUT /decision-trees/{key}: stores the content as the next version. Decisions
 * already started keep the version they pinned; new ones use this one.
 */
export async function publishDecisionTree(actor: Actor, key: DecisionTreeKey, content: unknown, requestId: string | null) {
  assertCan(actor, "runbooks.manage");
  const tree = parseValidTree(content);
  try {
    const { row, audit } = await db().$transaction(async (tx) => {
      await lockDecisionTreeKey(tx, key);
      // Seeding first keeps version 1 the seed tree, whichever request came first.
      const active = await ensureActiveDecisionTree(tx, key);
      const row = await insertDecisionTreeVersion(tx, { key, version: active.version + 1, content: tree, createdById: actor.userId });
      const audit = await recordAuditEvent(tx, actor, requestId, {
        action: "decision_tree.published",
        targetType: "decision_tree",
        targetId: row.id,
        payload: { key, version: row.version, name: tree.name, previousVersion: active.version },
      });
      return { row, audit };
    });
    publishAuditEvent(audit);
    return toDecisionTreeDto(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", "Another version of this tree was published at the same moment; reload and publish again");
    throw error;
  }
}

/** Every problem at once, each naming its node, so the editor can mark them all. */
function parseValidTree(content: unknown): DecisionTree {
  const parsed = decisionTreeSchema.safeParse(content);
  if (!parsed.success) {
    throw invalidTree(parsed.error.issues.map((issue) => ({ field: issue.path.length > 0 ? issue.path.join(".") : "tree", message: issue.message })));
  }
  const problems = validateTree(parsed.data);
  if (problems.length > 0) {
    throw invalidTree(problems.map((problem) => ({ field: problem.nodeId ? `nodes.${problem.nodeId}` : "tree", message: problem.message })));
  }
  return parsed.data;
}

function invalidTree(details: FieldProblem[]): AppError {
  return new AppError("bad_request", `The tree is invalid: ${details.map((detail) => `${detail.field}: ${detail.message}`).join("; ")}`, { details });
}
