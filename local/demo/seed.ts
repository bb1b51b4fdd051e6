import { COLLECTIONS } from '../../cloudfunctions/api/src/store/collections';
import type { LocalCloudBase } from '../index';
import { demoData } from './data';
import { DEMO_NEWCOMERS, DEMO_USERS } from './people';

/** The sign-in choices of the local H5 entry: one per role. */
export const DEMO_SIGN_IN = [
  {
    openid: DEMO_USERS.expert,
    label: '专家 · 陈静',
    description: '中南大学教授（省外），华铝新材料工作站、贵阳职院服务站进站专家',
  },
  { openid: DEMO_USERS.demandUnit, label: '需求单位 · 刘洋', description: '贵州华铝新材料有限公司技术部经理' },
  {
    openid: DEMO_USERS.stationHead,
    label: '站长 · 张伟',
    description: '中国有色金属学会产业科技服务工作站（华铝新材料）站长',
  },
  { openid: DEMO_USERS.societyAdmin, label: '学会管理员 · 李建国', description: '中国有色金属学会（国家级学会）' },
  { openid: DEMO_USERS.cityAdmin, label: '市科协管理员 · 王敏', description: '贵阳市科协学会部，管理全部工作站' },
  ...DEMO_NEWCOMERS.map((openid, index) => ({
    openid,
    label: `新用户 · ${['赵一', '钱二', '孙三'][index]}`,
    description: '尚未获得任何身份，可凭邀请码绑定',
  })),
];

/**
 * Settings of the demo's `api` function: the city admin is bootstrapped and subscribe messages
 * have template ids, as in a real deployment (the local runtime records what is sent).
 */
export const DEMO_FUNCTION_ENV = {
  CITY_ADMIN_OPENIDS: DEMO_USERS.cityAdmin,
  SUBSCRIBE_TEMPLATE_NEED_ASSIGNED: 'demo-template-need-assigned',
  SUBSCRIBE_TEMPLATE_NEED_DECIDED: 'demo-template-need-decided',
  SUBSCRIBE_TEMPLATE_VISIT_TO_RATE: 'demo-template-visit-to-rate',
  SUBSCRIBE_TEMPLATE_VISIT_REVIEWED: 'demo-template-visit-reviewed',
  SUBSCRIBE_TEMPLATE_STATION_ALERT: 'demo-template-station-alert',
  SUBSCRIBE_TEMPLATE_APPLICATION_STATUS: 'demo-template-application-status',
  SUBSCRIBE_TEMPLATE_ASSESSMENT_STATUS: 'demo-template-assessment-status',
  SUBSCRIBE_TEMPLATE_AGREEMENT_END: 'demo-template-agreement-end',
  PRESENCE_SECRET: 'demo-presence-secret-not-for-production',
};

/**
 * Creates every collection and loads the demo records, once: a data directory that already
 * has the collections is left as it is, so what a visitor changed survives restarts.
 */
export async function seedDemoOnce(cloudbase: LocalCloudBase, now = new Date()): Promise<boolean> {
  const existing = new Set(await cloudbase.store.listCollections());
  if (COLLECTIONS.every((name) => existing.has(name))) return false;
  const data = demoData(now);
  for (const name of COLLECTIONS) {
    if (existing.has(name)) continue;
    await cloudbase.store.createCollection(name);
    await cloudbase.store.insertMany(name, data[name]);
  }
  return true;
}
