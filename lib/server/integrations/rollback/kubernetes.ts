import "server-only";
import { describeKubernetesParams, type KubernetesParams } from "@/lib/domain/rollback/actions/kubernetes";
import { ActionFailure, type ActionExecutor } from "./action-executor";
import { openKube } from "./kubernetes-client";
import { captureState, prepareChange } from "./kubernetes-operations";
import { waitForRollout } from "./kubernetes-rollout-status";

/** Deployments, Services, Argo Rollouts and Istio VirtualServices through the Kubernetes API (`@kubernetes/client-node`). */
export const kubernetesExecutor: ActionExecutor<KubernetesParams> = {
  kind: "kubernetes",
  // Each sets a state, except an undo to "the previous revision": run again after it landed, it would flip back.
  resumable: (params) => params.operation !== "rollout_undo" || params.toRevision !== undefined,

  async preview(params, env) {
    const description = describeKubernetesParams(params);
    try {
      const kube = await openKube(params, env.secrets, env.signal);
      const change = await prepareChange(params, kube);
      const applied = await change.apply(true);
      return { description, dryRun: { supported: true, ok: true, lines: [...change.lines, ...applied.map((line) => `server-side dry run: ${line}`)] } };
    } catch (error) {
      if (!(error instanceof ActionFailure) || env.signal.aborted) throw error;
      return { description, dryRun: { supported: true, ok: false, lines: [error.message] } };
    }
  },

  async execute(params, context) {
    const kube = await openKube(params, context.secrets, context.signal);
    context.log(`Kubernetes API ${kube.server}, namespace ${kube.namespace}`);
    const change = await prepareChange(params, kube);
    for (const line of change.lines) context.log(line);
    for (const line of await change.apply(false)) context.log(line);
    if (change.waitFor) {
      try {
        await waitForRollout(change.waitFor, kube, context.log);
      } catch (error) {
        // The patch landed: say so, so that nobody retries an undo to "the previous revision" blindly.
        const undoAgain = params.operation === "rollout_undo" && params.toRevision === undefined ? " Running this step again would roll back once more: check the Deployment first." : "";
        if (!(error instanceof ActionFailure) || context.signal.aborted) {
          if (undoAgain) context.log(`${change.summary}; its rollout was still in progress.${undoAgain}`, "warn");
          throw error;
        }
        throw new ActionFailure(`${change.summary}, but its rollout did not finish: ${error.message}.${undoAgain}`, { retryable: false });
      }
    }
    return { summary: change.summary, details: { namespace: kube.namespace, before: change.state } };
  },

  async capture(params, env) {
    const kube = await openKube(params, env.secrets, env.signal);
    return { label: `${describeKubernetesParams(params)}: state before`, data: { namespace: kube.namespace, ...(await captureState(params, kube)) } };
  },
};
