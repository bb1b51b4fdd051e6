import type { Browser } from 'playwright-core';
import type { Visit } from '../../types/domain';
import { DEMO_USERS } from '../../local/demo/people';
import type { LocalApi } from '../support/localApi';
import { insertNeed } from '../support/needs';
import { startPhoneLab, stopPhoneLab } from '../support/phoneLab';
import { waitFor } from '../support/poll';
import { apiCalls, back, button, settled, shot, signIn, visible } from '../support/phone';
import { fixtureCheckOut, insertVisit, storePhoto } from '../support/visits';

/**
 * The review flags through the pages: the station head's 待审核 queue marks what deserves a
 * second look on each waiting visit, the visit's page names it again, and approving a flagged
 * visit asks first (再看看 leaves it waiting, 确认认可 approves it); an unflagged one is approved
 * at the first tap, as before.
 */

const STEP = 120_000;
const HEAD = '站长 · 张伟';
const STATION = 'st-aluminium';
const HOUR = 3_600_000;

let api: LocalApi;
let browser: Browser;

beforeAll(async () => {
  ({ api, browser } = await startPhoneLab());
}, 60_000);
afterAll(() => stopPhoneLab({ api, browser }));

const stored = async (id: string) => ((await api.cloudbase.store.find('visits', { _id: id })) as unknown as Visit[])[0];
const becomes = (id: string, status: Visit['status']) =>
  waitFor(async () => ((await stored(id))?.status === status ? true : undefined), `visit ${id} ${status}`);

let experts = 0;
/**
 * A waiting off-site visit for a need of its own title, checked in `ago` ms before now, by an expert
 * of its own: no other record of theirs is like it, whatever the day the test runs.
 */
async function waitingVisit(title: string, ago: number, minutes: number, summary: string, photos: string[]) {
  const need = await insertNeed(api, 'accepted', { title });
  const at = new Date(Date.now() - ago).toISOString();
  const end = new Date(Date.parse(at) + minutes * 60_000).toISOString();
  return insertVisit(api, 'pending', need._id, {
    expertOpenid: `expert-review-flags-${++experts}`,
    needTitle: title,
    checkIn: { at, distanceM: 1200, offSiteReason: `${title}：在企业分厂服务`, photos },
    checkOut: { ...fixtureCheckOut(end), summary, photos },
    durationMinutes: minutes,
  });
}

describe('review flags on the head’s pages', () => {
  it(
    'marks a flagged visit in 待审核, asks before approving it, and approves an unflagged one at once',
    async () => {
      const flaggedTitle = '只签到未服务的异地记录（页面测试）';
      const plainTitle = '分厂现场服务（页面测试）';
      const flagged = await waitingVisit(flaggedTitle, 3 * HOUR, 0, '到场后即离开，未开展服务', []);
      const photo = await storePhoto(api, DEMO_USERS.expert, 'review-flags-plain.png');
      const plain = await waitingVisit(plainTitle, 5 * HOUR, 120, '在分厂调整除气工艺参数并培训操作人员', [photo]);

      const head = await signIn(browser, api.cloudbase.origin, HEAD);
      await head.goto(`${api.cloudbase.origin}/packages/visits/pages/review/index?stationId=${STATION}`);
      const card = head.locator('.visit-card').filter({ hasText: flaggedTitle }).filter({ visible: true }).first();
      await card.waitFor({ timeout: 15_000 });
      await settled(head);
      await card.getByText('需留意').waitFor();
      await card.getByText('服务时长不足 5 分钟').waitFor();
      await card.getByText('没有现场照片').waitFor();
      const plainCard = head.locator('.visit-card').filter({ hasText: plainTitle }).filter({ visible: true }).first();
      await expect(plainCard.getByText('需留意').count()).resolves.toBe(0);
      await shot(head, 'review-flags-queue.png');

      await card.click();
      await visible(head, '异地服务，待您审核').waitFor({ timeout: 15_000 });
      const panel = head.locator('.visit-review').filter({ visible: true });
      await panel.getByText('服务时长不足 5 分钟').waitFor();
      await panel.getByText('没有现场照片').waitFor();
      await shot(head, 'review-flags-panel.png');

      // 再看看: nothing is sent, and the visit still waits.
      const calls = apiCalls(head);
      await button(head, '认可，计入记录').click();
      const modal = head.locator('.taro-modal__content').filter({ visible: true });
      await modal
        .getByText('该记录有 2 处需留意：服务时长不足 5 分钟、没有现场照片，确认认可并计入记录？')
        .waitFor({ timeout: 15_000 });
      await shot(head, 'review-flags-confirm.png');
      await head.locator('.taro-modal__foot').getByText('再看看').click();
      await modal.waitFor({ state: 'hidden' });
      expect(calls).not.toContain('visits.review');
      expect((await stored(flagged._id)).status).toBe('pending');

      await button(head, '认可，计入记录').click();
      await modal.getByText(/该记录有 2 处需留意/).waitFor();
      await head.locator('.taro-modal__foot').getByText('确认认可').click();
      await visible(head, /已认可 · /).waitFor({ timeout: 15_000 });
      await becomes(flagged._id, 'confirmed');
      expect(await stored(flagged._id)).toMatchObject({ review: { decision: 'approved', by: DEMO_USERS.stationHead } });

      // Back in the queue the approved visit has gone; the unflagged one approves at the first tap.
      await back(head);
      await card.waitFor({ state: 'hidden', timeout: 15_000 });
      await plainCard.click();
      await visible(head, '异地服务，待您审核').waitFor({ timeout: 15_000 });
      await expect(head.locator('.visit-review').filter({ visible: true }).getByText('需留意').count()).resolves.toBe(
        0,
      );
      await button(head, '认可，计入记录').click();
      await visible(head, /已认可 · /).waitFor({ timeout: 15_000 });
      await becomes(plain._id, 'confirmed');
      await head.context().close();
    },
    STEP,
  );
});
