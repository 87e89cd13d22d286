import { z } from "zod";

export const serviceLinkSchema = z.object({ label: z.string(), url: z.string() });

/** docs/api.md, `Service`. */
export const serviceSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  team: z.string(),
  environment: z.string(),
  description: z.string().nullable(),
  links: z.array(serviceLinkSchema),
  createdAt: z.string(),
});
export type Service = z.infer<typeof serviceSchema>;

export const servicesResponseSchema = z.object({ services: z.array(serviceSchema) });
export type ServicesResponse = z.infer<typeof servicesResponseSchema>;

export const serviceResponseSchema = z.object({ service: serviceSchema });
