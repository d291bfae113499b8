/**
 * The v1 report: the one definition of the wire format's rules, used by
 * `report-concern/server` on receipt, by the dialog whenever code outside
 * the form (a `report-submit` listener) changed the report it built, and
 * turned into `schema/report-v1.json` for receivers in other languages.
 * The form itself checks each field as the reporter fills it, from the same
 * `LIMITS`; a test builds reports from many form inputs and checks every one
 * against these rules.
 *
 * `zod/mini` keeps this module small enough to ship to browsers.
 */
import * as z from 'zod/mini';
import { CATEGORIES, PLACES } from './categories.js';
import { IMAGE_TYPES, LIMITS, SCHEMA_ID } from './limits.js';
import { codePointLength, isHttpUrl } from './text.js';
import { GROUNDS, NOTICE_LIMITS, noticeErrors, type Notice } from './notice.js';

// zod probes for `new Function` when it builds an object schema, to compile
// fast parsers. Under a strict CSP (no 'unsafe-eval') the probe fails quietly
// but the page still gets a `securitypolicyviolation` report for it; reports
// are small, so parse without compiling. (This is zod's global setting: an
// app that shares its zod with this package gets it too.)
z.config({ jitless: true });

export { SCHEMA_ID };

/**
 * JSON Schema keywords for rules written as refinements, which zod cannot
 * describe on its own; scripts/schema-json.mjs lays them over its output.
 */
export const JSON_SCHEMA_HINTS = new WeakMap<object, Record<string, unknown>>();

/** RFC 3339 date-time with an offset (`Z` or `±hh:mm`), as `new Date().toISOString()` writes it. */
const DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/**
 * `createdAt`: checked by a pattern and a real calendar date rather than
 * `z.iso.datetime()`, whose generated rules cost the browser ~600 bytes gzip.
 * The JSON Schema still says `format: date-time`.
 */
const dateTimeSchema = z.string().check(
  z.regex(DATE_TIME, { message: 'invalid' }),
  // A day that exists in its month (no 30 February).
  z.refine((s) => {
    const [y, m, d] = s.slice(0, 10).split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d)).getUTCMonth() === m - 1;
  }, { message: 'invalid' }),
);
JSON_SCHEMA_HINTS.set(dateTimeSchema, { format: 'date-time' });

/**
 * A whole number above zero, at most `max`: one refinement instead of
 * `z.int()`, `z.positive()` and `z.maximum()`, ~600 bytes gzip smaller.
 */
function wholeNumber(max = Number.MAX_SAFE_INTEGER) {
  const schema = z.number().check(
    z.refine((n) => Number.isSafeInteger(n) && n > 0, { message: 'invalid' }),
    z.refine((n) => n <= max, { message: 'too-large' }),
  );
  JSON_SCHEMA_HINTS.set(schema, { type: 'integer', exclusiveMinimum: 0, maximum: max });
  return schema;
}

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A string with something visible in it (not only spaces or invisible characters), of at most `max` code points. */
const text = (max: number) =>
  z.string().check(
    z.refine((s) => codePointLength(s) > 0, { message: 'required' }),
    z.refine((s) => codePointLength(s) <= max, { message: 'too-long' }),
  );

const httpUrl = z.string().check(
  z.maxLength(LIMITS.urlMax, { message: 'too-long' }),
  z.refine(isHttpUrl, { message: 'invalid-url' }),
);

export const contentSubjectSchema = z.looseObject({
  kind: z.literal('content'),
  contentId: text(LIMITS.idMax),
  contentType: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,49}$/, { message: 'invalid' })),
  url: httpUrl,
  authorId: z.optional(text(LIMITS.idMax)),
  excerpt: z.optional(text(LIMITS.excerptMax)),
});

export const userSubjectSchema = z.looseObject({
  kind: z.literal('user'),
  userId: text(LIMITS.idMax),
  userName: z.optional(text(LIMITS.nameMax)),
  profileUrl: httpUrl,
});

// A plain union (~480 bytes gzip smaller than a discriminated one);
// `checkReport` pins its issues to the fields of the kind that was meant.
export const subjectSchema = z.union([contentSubjectSchema, userSubjectSchema]);

export const incidentSchema = z.looseObject({
  place: z.enum(PLACES),
  placeDetail: z.optional(text(LIMITS.placeDetailMax)),
  messageText: z.optional(text(LIMITS.messageTextMax)),
});

export const screenshotMetaSchema = z.looseObject({
  name: text(255),
  type: z.enum(IMAGE_TYPES),
  size: wholeNumber(LIMITS.screenshotBytesMax),
  width: wholeNumber(),
  height: wholeNumber(),
});

export const evidenceSchema = z.looseObject({
  links: z.array(httpUrl).check(
    z.maxLength(LIMITS.linksMax, { message: 'too-many' }),
    z.refine((links) => new Set(links).size === links.length, { message: 'duplicate' }),
  ),
  screenshots: z.array(screenshotMetaSchema).check(
    z.maxLength(LIMITS.screenshotsMax, { message: 'too-many' }),
    z.refine((shots) => shots.reduce((sum, s) => sum + s.size, 0) <= LIMITS.totalBytesMax, {
      message: 'too-large',
    }),
  ),
});

/**
 * A notice of illegal content: its rules are notice.ts's, checked with the
 * other rules that span fields below, so that the form's notice mode can
 * run the very same ones without zod. Its JSON Schema is written out here.
 */
const noticeSchema = z.custom<Notice>();
JSON_SCHEMA_HINTS.set(noticeSchema, {
  type: 'object',
  description: 'Only when category is "illegal" (a notice of illegal content), and then required.',
  properties: {
    ground: { type: 'string', enum: [...GROUNDS] },
    law: { type: 'string', minLength: 1, description: `At most ${NOTICE_LIMITS.lawMax} code points.` },
    locations: {
      type: 'array',
      minItems: 1,
      maxItems: NOTICE_LIMITS.locationsMax,
      uniqueItems: true,
      items: { type: 'string', format: 'uri', pattern: '^https?://', maxLength: NOTICE_LIMITS.urlMax },
    },
    notifier: {
      type: 'object',
      description: 'Required, with both name and email, unless ground is "child-sexual-abuse".',
      properties: {
        name: { type: 'string', minLength: 1, description: `At most ${NOTICE_LIMITS.nameMax} code points.` },
        email: { type: 'string', format: 'email', maxLength: NOTICE_LIMITS.emailMax },
      },
    },
    goodFaith: { const: true },
  },
  required: ['ground', 'law', 'locations', 'goodFaith'],
});

export const contextSchema = z.looseObject({
  pageUrl: httpUrl,
  locale: z.string().check(z.minLength(1), z.maxLength(35)),
  userAgent: z.optional(z.string().check(z.maxLength(512))),
  widgetVersion: z.string().check(z.minLength(1), z.maxLength(50)),
});

export const reportSchema = z
  .looseObject({
    schema: z.literal(SCHEMA_ID),
    id: z.string().check(z.regex(UUID_V4, { message: 'invalid' })),
    createdAt: dateTimeSchema,
    category: z.enum(CATEGORIES),
    details: z.optional(text(LIMITS.detailsMax)),
    subject: subjectSchema,
    incident: z.optional(incidentSchema),
    notice: z.optional(noticeSchema),
    evidence: evidenceSchema,
    block: z.boolean(),
    urgent: z.boolean(),
    context: contextSchema,
    // Any JSON object; a loose object with no known keys is that, and smaller than a record.
    extensions: z.looseObject({}),
  })
  .check(
    // Rules that span fields; each issue is pinned to the field a person fixes.
    z.superRefine((r, ctx) => {
      if (r.category === 'other' && codePointLength(r.details ?? '') < LIMITS.detailsMinOther) {
        ctx.issues.push({ code: 'custom', message: 'too-short', path: ['details'], input: r.details });
      }
      if (r.subject.kind === 'user' && !r.incident) {
        ctx.issues.push({ code: 'custom', message: 'required', path: ['incident', 'place'], input: r.incident });
      }
      if (r.subject.kind === 'content' && r.incident) {
        ctx.issues.push({ code: 'custom', message: 'not-allowed', path: ['incident'], input: r.incident });
      }
      for (const [path, code] of Object.entries(noticeErrors(r))) {
        ctx.issues.push({ code: 'custom', message: code, path: path.split('.'), input: r.notice });
      }
    }),
  );

export type Report = z.infer<typeof reportSchema>;
export type ContentSubject = z.infer<typeof contentSubjectSchema>;
export type UserSubject = z.infer<typeof userSubjectSchema>;
export type Subject = ContentSubject | UserSubject;
export type Incident = z.infer<typeof incidentSchema>;
export type ScreenshotMeta = z.infer<typeof screenshotMetaSchema>;

/**
 * Stable reasons a field fails, which each side turns into words: the dialog
 * in the reporter's language, the server in English.
 */
export type ErrorCode =
  | 'required'
  | 'too-long'
  | 'too-short'
  | 'too-many'
  | 'too-large'
  | 'duplicate'
  | 'invalid-url'
  | 'not-allowed'
  | 'invalid';

/** Field path (`details`, `evidence.links.2`, `incident.place`) to the reason it fails. */
export type FieldErrors = Record<string, ErrorCode>;

export type CheckResult = { ok: true; report: Report } | { ok: false; errors: FieldErrors };

const KNOWN_CODES = new Set<string>([
  'required', 'too-long', 'too-short', 'too-many', 'too-large', 'duplicate', 'invalid-url', 'not-allowed', 'invalid',
]);

function codeOf(issue: z.core.$ZodIssue): ErrorCode {
  if (KNOWN_CODES.has(issue.message)) return issue.message as ErrorCode;
  const missing = issue.input === undefined;
  if (missing && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')) {
    return 'required';
  }
  if (issue.code === 'too_big') return 'too-long';
  if (issue.code === 'too_small') return 'too-short';
  return 'invalid';
}

/**
 * The issues of a failed union as those of the option whose `kind` matched
 * (`subject.contentId: required`, not `subject: invalid`); when no option's
 * kind matched, the kind itself is what is wrong.
 */
function unionIssues(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union') return [issue];
  const meant = issue.errors.find((option) => !option.some((i) => i.path[0] === 'kind'));
  if (!meant) return [{ ...issue, path: [...issue.path, 'kind'] }];
  return meant.flatMap((i) => unionIssues({ ...i, path: [...issue.path, ...i.path] }));
}

/** Checks anything against the v1 rules; the first reason per field wins. */
export function checkReport(input: unknown): CheckResult {
  const result = reportSchema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, report: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues.flatMap(unionIssues)) {
    const path = issue.path.map(String).join('.') || 'report';
    errors[path] ??= codeOf(issue);
  }
  return { ok: false, errors };
}
