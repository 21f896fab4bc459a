export const MODEL_VERSION = 1;
