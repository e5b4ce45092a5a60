/** Exit codes: 0 done, 1 input or store could not be read, 2 usage or config error. */
export const EXIT = { ok: 0, io: 1, usage: 2 } as const;
