// Japanese translations, keyed by message id (see lit-localize.json).
export const templates = {};
