/**
 * Local sign-in against the local CloudBase runtime. H5 build only: the deployed mini-program
 * has no such endpoints, and its identity is the OPENID the platform injects.
 */

export interface DemoUser {
  openid: string;
  label: string;
  description?: string;
}

export type LocalResult<T> = { ok: true; data: T } | { ok: false; message: string };

const OFFLINE = '无法连接本地服务，请确认已运行 npm start';

export async function listDemoUsers(): Promise<LocalResult<DemoUser[]>> {
  try {
    const response = await fetch('/__local/users', { credentials: 'include' });
    if (!response.ok) return { ok: false, message: `获取演示用户失败（${response.status}）` };
    const body: unknown = await response.json();
    const users = Array.isArray(body) ? body : (body as { users?: unknown } | null)?.users;
    if (!Array.isArray(users)) return { ok: false, message: '演示用户列表格式不正确' };
    return { ok: true, data: users.filter(isDemoUser) };
  } catch {
    return { ok: false, message: OFFLINE };
  }
}

export async function signIn(openid: string): Promise<LocalResult<null>> {
  return post('/__local/signin', { openid }, '登录失败');
}

export async function signOut(): Promise<LocalResult<null>> {
  return post('/__local/signout', {}, '退出失败');
}

async function post(url: string, body: object, failure: string): Promise<LocalResult<null>> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return response.ok ? { ok: true, data: null } : { ok: false, message: `${failure}（${response.status}）` };
  } catch {
    return { ok: false, message: OFFLINE };
  }
}

function isDemoUser(value: unknown): value is DemoUser {
  const user = value as Partial<DemoUser> | null;
  return typeof user?.openid === 'string' && typeof user.label === 'string';
}
