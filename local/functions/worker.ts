/*
 * One function instance, as the platform runs it: the module is loaded once (warm), then
 * invoked one event at a time with the caller's identity in the environment.
 */
interface Invocation {
  id: number;
  event: unknown;
  env: Record<string, string>;
}

const file = process.argv[2];
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fn = require(file) as { main: (event: unknown, context: unknown) => Promise<unknown> };

process.on('message', (message: Invocation) => {
  Object.assign(process.env, message.env);
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
