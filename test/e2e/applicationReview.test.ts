import type { Browser, Page } from 'playwright-core';
import type { Application, ApplicationVersion } from '../../types/application';
import type { Station } from '../../types/domain';
import { DEMO_USERS } from '../../local/demo/people';
import { insertApplication } from '../support/applications';
import { PNG } from '../support/images';
import { expectOk, requestIds, type LocalApi } from '../support/localApi';
import { startPhoneLab, stopPhoneLab } from '../support/phoneLab';
import { button, fill, fillText, settled, shot, signIn, visible } from '../support/phone';

/**
 * The city admin reviews a submitted 申报书 on its page: 审核, then sends it back with a reason;
 * the society resubmits with a changed budget line and the reviewer sees what changed; then every
 * step to 认定 (a subsidy below the cap asks for a reason at its field) and 挂牌 with a photo,
 * after which the station is in the registry and the society sees its head's invitation code.
 */

const STEP = 180_000;
const CITY = '市科协管理员 · 王敏';
const SOCIETY = '学会管理员 · 李建国';

let api: LocalApi;
let browser: Browser;
const nextRequestId = requestIds('e2e-application-review');

beforeAll(async () => {
  ({ api, browser } = await startPhoneLab());
}, 60_000);
afterAll(() => stopPhoneLab({ api, browser }));

const stored = async (id: string) =>
  ((await api.cloudbase.store.find('applications', { _id: id })) as unknown as Application[])[0];

async function openApplication(page: Page, applicationId: string): Promise<void> {
  await page.goto(`${api.cloudbase.origin}/packages/applications/pages/detail/index?applicationId=${applicationId}`);
  await visible(page, '审核记录').waitFor({ timeout: 15_000 });
  await settled(page);
}

/** Opens the step's form from its button, writes the opinion and takes the step, until the status shows. */
async function takeStep(page: Page, action: string, placeholder: string, opinion: string, status: string) {
  await button(page, action).click();
  await fillText(page, placeholder, opinion);
  await button(page, action).click();
  await visible(page, status).waitFor({ timeout: 15_000 });
}

async function attachPhoto(page: Page, name: string): Promise<void> {
  // The H5 build picks files with a plain file input, as a browser does.
  await page.locator('input[type="file"]').first().setInputFiles({ name, mimeType: 'image/png', buffer: PNG });
  await visible(page, /已上传/).waitFor({ timeout: 15_000 });
}

describe('the city admin reviews an application on its page', () => {
  it(
    'takes it through send-back, resubmission and every step to the plaque',
    async () => {
      const fixture = await insertApplication(api, 'submitted');
      const applicationId = fixture._id;
      // The first submission as kept, so the second can be compared with it.
      const first: ApplicationVersion = {
        _id: `${applicationId}:v1`,
        applicationId,
        version: 1,
        content: fixture.content,
        submittedAt: fixture.submittedAt!,
        submittedBy: DEMO_USERS.societyAdmin,
      };
      await api.cloudbase.store.insertMany('applicationVersions', [first]);

      const city = await signIn(browser, api.cloudbase.origin, CITY);
      await openApplication(city, applicationId);
      await visible(city, '待办：审核').waitFor();
      await visible(city, '人民币大写：伍万元整').waitFor();
      await shot(city, 'application-detail-city.png');

      await takeStep(
        city,
        '审核通过',
        '如：申报材料齐全，符合申报条件',
        '申报材料齐全，同意进入实地考察',
        '待实地考察',
      );

      await button(city, '退回修改').click();
      await fillText(city, '请写明需要修改的内容，学会会看到', '专家咨询费测算依据不足，请按实际次数重新测算');
      await button(city, '确认退回').click();
      await visible(city, '已退回修改').waitFor({ timeout: 15_000 });
      expect(await stored(applicationId)).toMatchObject({ status: 'returned' });

      // The society sees the reason and may edit.
      const society = await signIn(browser, api.cloudbase.origin, SOCIETY);
      await openApplication(society, applicationId);
      await visible(society, '市科协退回修改').waitFor();
      await visible(society, '专家咨询费测算依据不足').waitFor();
      await button(society, '修改申报书').waitFor();
      await shot(society, 'application-detail-society-returned.png');

      // It resubmits (through the API: the edit page is another page's) with the second line changed.
      const content = (await stored(applicationId)).content;
      const budget = [content.budget[0], { ...content.budget[1], amountFen: 1_500_000, basis: '15 次 × 1000 元' }];
      expectOk(
        await api.call(
          DEMO_USERS.societyAdmin,
          'applications.saveDraft',
          { applicationId, content: { ...content, budget } },
          nextRequestId(),
        ),
      );
      expectOk(await api.call(DEMO_USERS.societyAdmin, 'applications.submit', { applicationId }, nextRequestId()));

      await openApplication(city, applicationId);
      const changes = city.locator('.application-changes').filter({ visible: true });
      await changes.waitFor();
      await changes.getByText('第 2 行 金额').waitFor();
      await changes.getByText('20,000.00').waitFor();
      await changes.getByText('15,000.00').waitFor();
      await changes.getByText('15 次 × 1000 元').waitFor();
      await visible(city, '第 2 版 · 2 处').waitFor();
      await visible(city, '人民币大写：肆万伍仟元整').waitFor();
      await shot(city, 'application-detail-changes.png');

      await takeStep(city, '审核通过', '如：申报材料齐全，符合申报条件', '已按意见修改，同意', '待实地考察');
      await button(city, '实地考察通过').click();
      await fillText(city, '如：办公场地、设备与申报书一致', '办公场地和检测设备与申报书一致');
      await attachPhoto(city, '考察现场.png');
      await button(city, '实地考察通过').click();
      await visible(city, '待主席办公会议').waitFor({ timeout: 15_000 });
      await takeStep(city, '主席办公会议通过', '如：经主席办公会议研究，同意认定', '经研究同意认定', '待认定');

      // 认定: the subsidy defaults to the cap; below it a reason is asked for at its field.
      await button(city, '认定').click();
      await visible(city, '人民币大写：壹拾万元整').waitFor();
      await fill(city, '如：筑科协发〔2026〕18 号', '筑科协发〔2026〕18 号');
      await fill(city, '如：100000', '80000');
      await visible(city, '人民币大写：捌万元整').waitFor();
      await fillText(city, '如：同意认定为国家级工作站', '同意认定为国家级工作站');
      await button(city, '认定').click();
      const reasonError = visible(city, '补助低于本级上限 100,000.00 元，请说明理由');
      await reasonError.waitFor();
      await shot(city, 'application-recognition-panel.png');
      await fillText(city, '补助低于本级上限时，请说明择优确定的理由', '择优：首年服务需求较少');
      await reasonError.waitFor({ state: 'hidden' });
      await button(city, '认定').click();
      await visible(city, '已认定，待挂牌').waitFor({ timeout: 15_000 });
      await visible(city, '工作站已建立，查看工作站').waitFor();

      // 挂牌 asks for a photo.
      await button(city, '确认挂牌').click();
      await fillText(city, '如：已举行挂牌仪式', '已举行挂牌仪式');
      await button(city, '确认挂牌').click();
      await visible(city, '请上传至少 1 张挂牌照片').waitFor();
      await attachPhoto(city, '挂牌仪式.png');
      await button(city, '确认挂牌').click();
      await visible(city, '已挂牌').waitFor({ timeout: 15_000 });
      await openApplication(city, applicationId);
      const timeline = city.locator('.review-timeline').filter({ visible: true });
      await timeline.getByText('补助金额：80,000.00 元（捌万元整）').waitFor();
      await timeline.getByText('补助理由：择优：首年服务需求较少').waitFor();
      await timeline.locator('.attachment-list__thumb').nth(1).waitFor();
      await shot(city, 'application-detail-plaqued.png');

      const application = await stored(applicationId);
      expect(application).toMatchObject({ status: 'plaqued', version: 2 });
      expect(application.reviews.map((review) => review.step)).toEqual([
        'document_review',
        'returned',
        'document_review',
        'inspection',
        'meeting',
        'recognition',
        'plaque',
      ]);
      const [station] = (await api.cloudbase.store.find('stations', {
        _id: application.stationId,
      })) as unknown as Station[];
      expect(station).toMatchObject({
        name: content.stationName,
        level: 'national',
        status: 'operating',
        location: content.host.location,
        recognition: {
          documentNumber: '筑科协发〔2026〕18 号',
          applicationId,
          plaquedOn: application.reviews[6].plaquedOn,
        },
      });
      const registry = expectOk(await api.call(DEMO_USERS.cityAdmin, 'stations.list', { pageSize: 100 }));
      expect(registry.items.map((item) => item.id)).toContain(station._id);

      // The society sees its station and the code to pass to the head it named.
      await openApplication(society, applicationId);
      await visible(society, application.headInvitationCode!).waitFor();
      await visible(society, /请学会将邀请码转交申报书中的站长 周强/).waitFor();
      await shot(society, 'application-detail-society.png');

      await city.context().close();
      await society.context().close();
    },
    STEP,
  );
});
