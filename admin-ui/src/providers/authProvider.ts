import type { AuthProvider } from 'react-admin';
import { apiFetch } from './http';

interface Me {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  departmentCode: string;
}

let me: Promise<Me> | undefined;
const loadMe = () =>
  (me ??= apiFetch<Me>('/auth/me').catch((e) => {
    me = undefined;
    throw e;
  }));

export const authProvider: AuthProvider = {
  async login({ username, password }) {
    await apiFetch('/auth/login', { method: 'POST', body: JSON.stringify({ username, password }) });
    me = undefined;
  },
  async logout() {
    await apiFetch('/auth/logout', { method: 'POST' }).catch(() => undefined);
    me = undefined;
  },
  async checkAuth() {
    await loadMe();
  },
  async checkError(error) {
    if (error?.status === 401) {
      me = undefined;
      throw error;
    }
  },
  async getIdentity() {
    const user = await loadMe();
    return { id: user.id, fullName: user.displayName };
  },
  async getPermissions() {
    return (await loadMe()).roles;
  },
};
