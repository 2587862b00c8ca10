// Reusable field builders. Every field carries its documentation in `.meta()` (called last in the chain,
// so nothing later drops it): `description` says what it is, `derivation` how the pipeline finds it,
// `examples` a real value. The data dictionary, datapackage.json, the CSV header and the Arrow schema are
// all generated from these, so a field is documented once, here.
import { z } from "zod";

export interface FieldDoc {
  title?: string;
  description: string;
  derivation: string;
  examples: unknown[];
}

const doc = <T extends z.ZodType>(schema: T, d: FieldDoc): T => schema.meta({ ...d }) as T;

/** A non-empty string that may be unknown (null). */
export const optionalText = (d: FieldDoc) => doc(z.string().min(1).nullable(), d);
/** A required non-empty string. */
export const text = (d: FieldDoc) => doc(z.string().min(1), d);
/** A string that may be empty but is never null. */
export const anyText = (d: FieldDoc) => doc(z.string(), d);
/** A list of non-empty strings; unknown is []. */
export const textList = (d: FieldDoc) => doc(z.array(z.string().min(1)), d);
/** A non-negative integer count. */
export const count = (d: FieldDoc) => doc(z.number().int().min(0), d);
/** A calendar day, YYYY-MM-DD, or null. */
export const optionalDay = (d: FieldDoc) => doc(z.iso.date().nullable(), d);
/** A clock time, HH:MM (24 h), or null. */
export const optionalClock = (d: FieldDoc) =>
  doc(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected HH:MM (24-hour)").nullable(), d);
/** A number or null (e.g. a similarity score). */
export const optionalNumber = (d: FieldDoc) => doc(z.number().nullable(), d);
