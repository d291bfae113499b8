/** The `schema` value of every v1 report. */
export const SCHEMA_ID = 'report-concern/v1';

/** Limits of the v1 report, the same on both sides of the wire. */
export const LIMITS = {
  detailsMax: 2000,
  /** Details needed when the category is `other`, in code points. */
  detailsMinOther: 10,
  messageTextMax: 5000,
  placeDetailMax: 100,
  excerptMax: 2000,
  idMax: 200,
  nameMax: 200,
  urlMax: 2048,
  linksMax: 10,
  screenshotsMax: 5,
  screenshotBytesMax: 5 * 1024 * 1024,
  totalBytesMax: 20 * 1024 * 1024,
  /** The serialised `report` field; generous, it bounds what `extensions` may carry. */
  reportJsonBytesMax: 256 * 1024,
} as const;

export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];
