/** Worksheet custom properties (ExcelApi 1.12) that mark the sheets EC Review created. */

/** Marks a sheet EC Review created: the review, its lists, the formulas sheet of the share actions. */
export const OWNER_PROPERTY = { key: "ecReview.owner", value: "ec-review" } as const;
