/** What the peer suite imports as `config.local`: the environment it runs in, the local runtime's. */
export const env = process.env.PEER_ENV_ID;
export const appId = 'local-app';
export const secretId = 'local';
export const secretKey = 'local';
