import { z } from "zod";

/** Lower-case words joined by dashes: it appears in URLs and alert labels. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Only web links: a `javascript:` URL would run in the page that shows it.
export const serviceLinkSchema = z.object({
  label: z.string().trim().min(1, "is required").max(80),
  url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(2000),
});
export type ServiceLink = z.infer<typeof serviceLinkSchema>;

// No defaults here: a PATCH built from these fields must not reset what it omits.
const serviceFields = {
  name: z.string().trim().min(1, "is required").max(120),
  slug: z.string().trim().toLowerCase().max(63).regex(SLUG, "use lower-case letters, digits and single dashes"),
  team: z.string().trim().min(1, "is required").max(120),
  environment: z.string().trim().min(1, "is required").max(60),
  description: z.string().trim().max(2000).nullable().optional(),
  links: z.array(serviceLinkSchema).max(20).optional(),
};

export const createServiceSchema = z.object(serviceFields);
export type CreateServiceInput = z.infer<typeof createServiceSchema>;

export const updateServiceSchema = z
  .object(serviceFields)
  .partial()
  .refine((value) => Object.values(value).some((field) => field !== undefined), { message: "give at least one field to change" });
export type UpdateServiceInput = z.infer<typeof updateServiceSchema>;

export const serviceIdParamsSchema = z.object({ serviceId: z.uuid("must be a service id") });
