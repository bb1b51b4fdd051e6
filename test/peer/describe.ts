/*
 * The suite was written for Jest 24, which let a `describe` callback be async and registered the
 * tests it declared before its first await. Jest 29 refuses a promise from `describe`; this gives
 * the suite the behaviour it was written for, and changes nothing else.
 */
type Describe = typeof describe;
type Block = (name: string, body: () => unknown) => void;

const tolerant =
  (block: Block): Block =>
  (name, body) =>
    block(name, () => {
      void body();
    });

const original: Describe = describe;
const patched = Object.assign(tolerant(original), {
  only: tolerant(original.only),
  skip: tolerant(original.skip),
  each: original.each,
});
(globalThis as { describe: unknown }).describe = patched;
