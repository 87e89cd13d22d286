import "server-only";
import { describeKubernetesParams, type KubernetesParams } from "@/lib/domain/rollback/actions/kubernetes";
import { ActionFailure, type ActionExecutor } from "./action-executor";
import { kubernetesClients } from "./kubernetes-client";
import { prepareChange, waitForRollout } from "./kubernetes-operations";

/** Deployments, Services, Argo Rollouts and Istio VirtualServices through the Kubernetes API (`@kubernetes/client-node`). */
export const kubernetesExecutor: ActionExecutor<KubernetesParams> = {
  kind: "kubernetes",
  // Each sets a state, except an undo to "the previous revision": a second one would flip back.
  resumable: (params) => params.operation !== "rollout_undo" || params.toRevision !== undefined,

  async preview(params, env) {
    const description = describeKubernetesParams(params);
    try {
      const clients = await kubernetesClients(params, env.secrets);
      const change = await prepareChange(params, clients, env.signal);
      const applied = await change.apply(true);
      return { description, dryRun: { supported: true, ok: true, lines: [...change.lines, ...applied.map((line) => `server-side dry run: ${line}`)] } };
    } catch (error) {
      if (!(error instanceof ActionFailure)) throw error;
      return { description, dryRun: { supported: true, ok: false, lines: [error.message] } };
    }
  },

  async execute(params, context) {
    const clients = await kubernetesClients(params, context.secrets);
    const change = await prepareChange(params, clients, context.signal);
    for (const line of change.lines) context.log(line);
    for (const line of await change.apply(false)) context.log(line);
    if (params.operation === "rollout_undo" || params.operation === "scale") await waitForRollout(params.deployment, clients, context.signal, context.log);
    return { summary: change.lines.join("; "), details: { before: change.state } };
  },

  async capture(params, env) {
    const clients = await kubernetesClients(params, env.secrets);
    const change = await prepareChange(params, clients, env.signal);
    return { label: describeKubernetesParams(params), data: change.state };
  },
};
