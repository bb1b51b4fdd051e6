/**
 * The mini-program build of DemoSignIn: nothing. WeChat supplies the identity, and this file keeps
 * the demo sign-in's code and styles out of the weapp package (Taro resolves `*.weapp.tsx` first).
 */
export function DemoSignIn() {
  return null;
}
