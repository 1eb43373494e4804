// Dataset ids (DESIGN section 4): snake_case, `upper_trapezius`, `upper_trapezius_trp1`, `temple`.
// Kept apart from the zod schema so code that only checks an id (the URL codec) does not load zod.
export const idPattern = /^[a-z0-9]+(_[a-z0-9]+)*$/
