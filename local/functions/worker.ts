/*
 * One function instance, as the platform runs it: the module is loaded once (warm), then
 * invoked one event at a time with the caller's identity in the environment.
 */
interface Invocation {
  id: number;
  event: unknown;
  env: Record<string, string>;
  /** The runtime's clock shift (LocalClock), applied to this instance's Date for the invocation. */
  clockOffsetMs: number;
}

let clockOffsetMs = 0;
const RealDate = Date;
// Installed before the bundle loads, so the function's `new Date()` and dayjs read the runtime's clock.
class RuntimeDate extends RealDate {
  constructor(...args: ConstructorParameters<DateConstructor> | []) {
    if (args.length === 0) super(RealDate.now() + clockOffsetMs);
    else super(...(args as ConstructorParameters<DateConstructor>));
  }

  static now(): number {
    return RealDate.now() + clockOffsetMs;
  }
}
globalThis.Date = RuntimeDate as DateConstructor;

const file = process.argv[2];
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fn = require(file) as { main: (event: unknown, context: unknown) => Promise<unknown> };

process.on('message', (message: Invocation) => {
  Object.assign(process.env, message.env);
  clockOffsetMs = message.clockOffsetMs;
  const context = { function_name: 'api', namespace: process.env.TCB_ENV, request_id: String(message.id) };
  Promise.resolve()
    .then(() => fn.main(message.event, context))
    .then(
      (result) => process.send!({ id: message.id, result }),
      (error: unknown) =>
        process.send!({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
    );
});

// A function instance does not outlive its runtime, even one killed without warning.
process.on('disconnect', () => process.exit(0));
