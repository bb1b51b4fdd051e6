export default async function stopPeerRuntime(): Promise<void> {
  await (globalThis as { peerRuntimeStop?: () => Promise<void> }).peerRuntimeStop?.();
}
