import type { ActionName, ActionRequest } from '../../types/actions';
import type { Assessment, AssessmentRound } from '../../types/assessment';
import type { AssessmentStatus } from '../../types/catalogue';
import type { ErrorCode } from '../../types/errors';
import { calendarMoment } from '../../cloudfunctions/api/src/domain/calendar';
import { DEMO_USERS } from '../../local/demo/people';
import { DEMO_FUNCTION_ENV } from '../../local/demo/seed';
import { dayNumber, stationKey, stationScene } from '../../cloudfunctions/api/src/domain/stationCode';
import type { LocalApi } from './localApi';
import { completeApplication, insertApplication } from './applications';
import { completeReport, insertPassedAssessment } from './assessments';
import { blacklistWorkbook, storeSheet } from './blacklist';
import { insertNeed, needInput } from './needs';
import { insertPendingClosure, insertStatusStation, storeStationPaper } from './stationStatus';
import { ALUMINIUM_LOCATION, fixtureCheckOut, insertVisit, storePhoto } from './visits';

/**
 * Every action of the router against every role, on the aluminium station (society
 * soc-nonferrous): who may do it, and what everyone else is told. A denial writes nothing.
 */
export const PERSONAS = {
  unbound: 'someone-new',
  cityAdmin: DEMO_USERS.cityAdmin,
  societyAdmin: DEMO_USERS.societyAdmin,
  stationHead: DEMO_USERS.stationHead,
  stationStaff: 'staff-aluminium',
  expert: DEMO_USERS.expert,
  demandUnit: DEMO_USERS.demandUnit,
  /** Head of the seed station, in another society: nothing on the aluminium station is theirs. */
  otherStation: 'head-seed',
} as const;
export type Persona = keyof typeof PERSONAS;
export const EVERYONE = Object.keys(PERSONAS) as Persona[];
const STATION = 'st-aluminium';

export interface Entry<A extends ActionName> {
  /** Fresh input for one call; may prepare records first. */
  input(api: LocalApi, caller: Persona): Promise<ActionRequest<A>> | ActionRequest<A>;
  allowed: readonly Persona[];
  /** What a refused persona is told. */
  refusal?: ErrorCode;
}
type Matrix = { [A in ActionName]: Entry<A> };

let counter = 0;
const unique = (prefix: string) => `${prefix}${++counter}`;
const STATION_READERS: Persona[] = ['cityAdmin', 'societyAdmin', 'stationHead', 'stationStaff', 'expert', 'demandUnit'];
const ROSTER_MANAGERS: Persona[] = ['cityAdmin', 'societyAdmin', 'stationHead'];
const NEED_MANAGERS: Persona[] = ['stationHead', 'stationStaff'];
const needIn = async (api: LocalApi, status: Parameters<typeof insertNeed>[1]) => (await insertNeed(api, status))._id;
/** The need's unit, its station, its society and the city; not the experts it rates. */
const CONFIRMATION_READERS: Persona[] = ['cityAdmin', 'societyAdmin', 'stationHead', 'stationStaff', 'demandUnit'];
/** A resolved need with one confirmed visit: what a 服务确认单 is made of. */
async function resolvedNeedServed(api: LocalApi): Promise<string> {
  const needId = await needIn(api, 'resolved');
  const at = new Date(Date.now() - 30 * 86_400_000).toISOString();
  const end = new Date(Date.parse(at) + 60 * 60_000).toISOString();
  await insertVisit(api, 'confirmed', needId, { checkIn: { at }, checkOut: fixtureCheckOut(end), durationMinutes: 60 });
  return needId;
}
/** A fixture visit and a check-out a minute after its check-in: the fixtures' spans never overlap. */
async function shortVisit(api: LocalApi, status: 'open' | 'incomplete'): Promise<{ visitId: string; at: string }> {
  const visit = await insertVisit(api, status, await needIn(api, 'accepted'));
  return { visitId: visit._id, at: new Date(Date.parse(visit.checkIn.at) + 60_000).toISOString() };
}
/**
 * A 补卡 of the demo expert, three days back and more, each call its own half hour: within the
 * 7-day window, and clear of the fixtures' visits of the last hours and of each other.
 */
let makeUps = 0;
async function makeUpInput(api: LocalApi): Promise<ActionRequest<'visits.makeUp'>> {
  const n = ++makeUps;
  const start = Date.now() - 3 * 86_400_000 - n * 30 * 60_000;
  return {
    needId: await needIn(api, 'accepted'),
    serviceType: 'consulting',
    start: new Date(start).toISOString(),
    end: new Date(start + 20 * 60_000).toISOString(),
    summary: '补卡：现场诊断了除气工艺并给出建议',
    outcomes: '',
    reason: '到站时手机没电，未能签到',
    photos: [await storePhoto(api, DEMO_USERS.expert, `make-up-${n}.png`)],
    attachments: [],
  };
}
const stationInput = {
  demandUnit: { name: '贵州华铝新材料有限公司', type: 'enterprise' as const, address: '贵阳市白云区铝城大道 88 号' },
  industry: 'aluminium' as const,
  location: { latitude: 26.6785, longitude: 106.6328 },
  radiusM: 500,
  cooperationStart: '2025-03-01',
  cooperationEnd: '2028-02-29',
};

/**
 * An expert invitation. Binding one makes the caller an expert where it points, so the bind row
 * points at a station of another society: the personas stay what they are on the aluminium station.
 */
async function freshInvitation(
  api: LocalApi,
  place = { societyId: 'soc-nonferrous', stationId: STATION },
): Promise<string> {
  const code = `M${String(++counter).padStart(7, '2').replace(/[01]/g, '9')}`;
  await api.cloudbase.store.insertMany('invitations', [
    {
      _id: code,
      role: 'expert',
      societyId: place.societyId,
      societyName: '某学会',
      stationId: place.stationId,
      stationName: '某工作站',
      createdBy: DEMO_USERS.cityAdmin,
      createdByName: '王敏',
      createdAt: new Date().toISOString(),
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      maxUses: 1,
      uses: 0,
      usedBy: [],
    },
  ]);
  return code;
}

/**
 * A station of the aluminium station's society with no request pending, so each call may ask
 * afresh; with `pending`, also the society's request on it, waiting for the city.
 */
async function freshStation(api: LocalApi, pending = false): Promise<{ stationId: string; changeId: string }> {
  const stationId = unique('st-matrix-change-');
  const changeId = `${stationId}-change`;
  await api.cloudbase.store.insertMany('stations', [
    {
      _id: stationId,
      ...stationInput,
      name: `矩阵变更测试工作站${stationId}`,
      societyId: 'soc-nonferrous',
      societyName: '中国有色金属学会',
      level: 'national',
      headOpenid: '',
      status: 'operating',
      createdAt: new Date().toISOString(),
      ...(pending && { pendingChangeId: changeId }),
    },
  ]);
  if (pending) {
    await api.cloudbase.store.insertMany('stationChanges', [
      {
        _id: changeId,
        stationId,
        societyId: 'soc-nonferrous',
        stationName: `矩阵变更测试工作站${stationId}`,
        changes: { industry: 'advanced_equipment' },
        before: { industry: stationInput.industry },
        reason: '需求单位转产装备制造，产业领域随之调整',
        requestedBy: DEMO_USERS.societyAdmin,
        requestedByName: '李学会',
        requestedAt: new Date().toISOString(),
        status: 'pending',
      },
    ]);
  }
  return { stationId, changeId };
}

/** Last year: its close has passed, so its round may be open. */
const ASSESSED = calendarMoment(new Date()).year - 1;
const daysAhead = (days: number) => calendarMoment(new Date(Date.now() + days * 86_400_000)).date;

/**
 * Last year's round open, with the aluminium station recognised early last year so that it is in
 * it, and its assessment in `status` with a complete report (none at all without a status).
 */
async function assessmentIn(api: LocalApi, status?: AssessmentStatus): Promise<{ year: number; stationId: string }> {
  const [station] = await api.cloudbase.store.find('stations', { _id: STATION });
  const recognition = { documentNumber: '筑科协发〔2025〕9 号', recognisedOn: `${ASSESSED}-02-20` };
  await api.cloudbase.store.insertMany('stations', [{ ...station, recognition }]);
  const at = new Date().toISOString();
  const round: AssessmentRound = {
    _id: String(ASSESSED),
    year: ASSESSED,
    deadline: daysAhead(30),
    openedAt: at,
    openedBy: DEMO_USERS.cityAdmin,
    openedByName: '王敏',
  };
  await api.cloudbase.store.insertMany('assessmentRounds', [round]);
  const id = `${ASSESSED}:${STATION}`;
  if (!status) {
    await api.cloudbase.store.removeMany('assessments', [id]);
  } else {
    const assessment: Assessment = {
      _id: id,
      year: ASSESSED,
      stationId: STATION,
      societyId: 'soc-nonferrous',
      stationName: '中国有色金属学会产业科技服务工作站（华铝新材料）',
      status,
      report: completeReport(),
      comments: [],
      reviews: [],
      ...(status !== 'draft' && { submittedAt: at, submittedBy: DEMO_USERS.stationHead }),
      ...((status === 'passed' || status === 'failed') && { verdict: status, concludedAt: at }),
      createdAt: at,
      updatedAt: at,
    };
    await api.cloudbase.store.insertMany('assessments', [assessment]);
  }
  return { year: ASSESSED, stationId: STATION };
}
/**
 * A station of the aluminium station's society with 5 万元 granted before balance documents were
 * kept (its balance is computed from the entry): each write gets its own, so none runs it dry.
 */
/** The station, its last year's assessment concluded 合格. */
async function passedLastYear(api: LocalApi, stationId: string): Promise<string> {
  await insertPassedAssessment(api, stationId, calendarMoment(new Date()).year - 1);
  return stationId;
}

async function fundedStation(api: LocalApi, status: 'operating' | 'revoked' = 'operating'): Promise<string> {
  const stationId = unique('st-matrix-ledger-');
  await api.cloudbase.store.insertMany('stations', [
    {
      _id: stationId,
      ...stationInput,
      name: `矩阵经费测试工作站${stationId}`,
      societyId: 'soc-nonferrous',
      societyName: '中国有色金属学会',
      level: 'national',
      headOpenid: '',
      status,
      createdAt: new Date().toISOString(),
    },
  ]);
  await api.cloudbase.store.insertMany('ledger', [
    {
      _id: `${stationId}-grant`,
      stationId,
      societyId: 'soc-nonferrous',
      kind: 'grant',
      amountFen: 5_000_000,
      date: '2025-02-20',
      note: '建站经费补助',
      grantKind: 'recognition',
      recordedAt: new Date().toISOString(),
      recordedBy: DEMO_USERS.cityAdmin,
    },
  ]);
  return stationId;
}
const today = () => calendarMoment(new Date()).date;

/**
 * By the statement's rows `invitations.bind` has made every persona an expert at the electronics
 * station; that grant is taken back from all but the expert, so a statement is asked of by someone
 * who serves nowhere. Answers the year asked for.
 */
export const MATRIX: Matrix = {
  'session.whoami': { input: () => ({}), allowed: EVERYONE },
  'profile.get': { input: () => ({}), allowed: EVERYONE },
  'profile.update': {
    input: () => ({
      name: '测试',
      mobile: '13800001111',
      workUnit: '某单位',
      title: '工程师',
      province: '贵州省',
      city: '贵阳市',
      expertise: [],
      industries: [],
    }),
    allowed: EVERYONE,
  },
  'societies.list': { input: () => ({}), allowed: ['cityAdmin', 'societyAdmin'], refusal: 'FORBIDDEN' },
  'societies.get': {
    input: () => ({ societyId: 'soc-nonferrous' }),
    allowed: ['cityAdmin', 'societyAdmin'],
    refusal: 'FORBIDDEN',
  },
  'societies.update': {
    input: () => ({
      societyId: 'soc-nonferrous',
      supervisor: '中国科协',
      contactName: unique('联系人'),
      contactPhone: '010-62345678',
      details: {
        creditCode: '51100000500000566Y',
        headName: '王建国',
        headTitle: '秘书长',
        address: '北京市海淀区复兴路 12 号',
        postcode: '100814',
        bankAccountName: '中国有色金属学会',
        bankName: '中国工商银行北京海淀支行',
        bankAccount: '0200004509088123456',
        financeOfficer: '赵琳',
      },
    }),
    allowed: ['cityAdmin', 'societyAdmin'],
    refusal: 'FORBIDDEN',
  },
  'applications.list': { input: () => ({}), allowed: ['cityAdmin', 'societyAdmin'], refusal: 'FORBIDDEN' },
  'applications.get': {
    input: async (api) => ({ applicationId: (await insertApplication(api, 'submitted'))._id }),
    allowed: ['cityAdmin', 'societyAdmin'],
    refusal: 'FORBIDDEN',
  },
  'applications.start': {
    input: () => ({ societyId: 'soc-nonferrous' }),
    allowed: ['societyAdmin'],
    refusal: 'FORBIDDEN',
  },
  'applications.saveDraft': {
    input: async (api) => ({
      applicationId: (await insertApplication(api, 'draft'))._id,
      content: completeApplication('national'),
    }),
    allowed: ['societyAdmin'],
    refusal: 'FORBIDDEN',
  },
  'applications.submit': {
    input: async (api) => ({ applicationId: (await insertApplication(api, 'draft'))._id }),
    allowed: ['societyAdmin'],
    refusal: 'FORBIDDEN',
  },
  'applications.review': {
    input: async (api) => ({
      applicationId: (await insertApplication(api, 'submitted'))._id,
      step: 'document_review',
      opinion: '材料齐全，同意进入实地考察',
      attachments: [],
    }),
    allowed: ['cityAdmin'],
    refusal: 'FORBIDDEN',
  },
  'applications.document': {
    input: async (api) => ({ applicationId: (await insertApplication(api, 'submitted'))._id }),
    allowed: ['cityAdmin', 'societyAdmin'],
    refusal: 'FORBIDDEN',
  },
  'applications.export': { input: () => ({}), allowed: ['cityAdmin'], refusal: 'FORBIDDEN' },
  'blacklist.list': { input: () => ({}), allowed: ['cityAdmin'], refusal: 'FORBIDDEN' },
  'blacklist.add': {
    input: () => ({ name: unique('矩阵失信单位'), code: '', kind: 'dishonest', note: '' }),
    allowed: ['cityAdmin'],
    refusal: 'FORBIDDEN',
  },
  'blacklist.remove': {
    input: async (api) => {
      const entryId = unique('matrix-listed-');
      await api.cloudbase.store.insertMany('blacklist', [
        {
          _id: entryId,
          name: `${entryId}单位`,
          code: '',
          kind: 'criminal',
          note: '',
          addedAt: new Date().toISOString(),
          addedBy: DEMO_USERS.cityAdmin,
        },
      ]);
      return { entryId, reason: '经核实系同名误列，移出名单' };
    },
    allowed: ['cityAdmin'],
    refusal: 'FORBIDDEN',
  },
  'blacklist.import': {
    input: async (api, caller) => ({
      fileId: await storeSheet(
        api,
        PERSONAS[caller],
        await blacklistWorkbook([[unique('矩阵导入单位'), '', '失信', '']]),
      ),
    }),
    allowed: ['cityAdmin'],
    refusal: 'FORBIDDEN',
  },
  'societies.create': {
    input: () => ({
      name: unique('矩阵学会'),
      level: 'city',
      supervisor: '贵阳市科协',
      contactName: '某人',
      contactPhone: '0851-1234567',
    }),
    allowed: ['cityAdmin'],
    refusal: 'FORBIDDEN',
  },
  'stations.list': { input: () => ({}), allowed: EVERYONE },
  'stations.get': { input: () => ({ stationId: STATION }), allowed: STATION_READERS, refusal: 'FORBIDDEN' },
  'stations.create': {
    input: () => ({
      ...stationInput,
      name: unique('矩阵测试工作站'),
      societyId: 'soc-nonferrous',
      recognition: { documentNumber: '筑科协发〔2025〕9 号', recognisedOn: '2025-02-20' },
    }),
    allowed: ['cityAdmin'],
    refusal: 'FORBIDDEN',
  },
  'stations.update': {
    input: () => ({ ...stationInput, stationId: STATION, name: '中国有色金属学会产业科技服务工作站（华铝新材料）' }),
    allowed: ['cityAdmin', 'societyAdmin'],
    refusal: 'FORBIDDEN',
  },
  'stations.requestChange': {
    input: async (api) => ({
      stationId: (await freshStation(api)).stationId,
      changes: { demandUnit: { ...stationInput.demandUnit, address: '贵阳市白云区铝城大道 99 号' } },
      reason: '需求单位搬迁至新厂区，地址随之变更',
    }),
    allowed: ['societyAdmin'],
    refusal: 'FORBIDDEN',
  },
  'stations.decideChange': {
    input: async (api) => ({ changeId: (await freshStation(api, true)).changeId, approve: true }),
    allowed: ['cityAdmin'],
    refusal: 'FORBIDDEN',
  },
  'stations.changes': { input: () => ({ stationId: STATION }), allowed: STATION_READERS, refusal: 'FORBIDDEN' },
  // Each call gets its own station in the state the step starts from; the aluminium station keeps running.
  'stations.suspend': {
    input: async (api) => ({ stationId: (await insertStatusStation(api))._id, reason: '存在安全隐患，整改期间暂停' }),
    allowed: ['cityAdmin'],
    refusal: 'FORBIDDEN',
  },
  'stations.resume': {
    input: async (api) => ({
      stationId: (await insertStatusStation(api, { status: 'suspended' }))._id,
      reason: '整改完成，经复查恢复运行',
    }),
    allowed: ['cityAdmin'],
    refusal: 'FORBIDDEN',
  },
  'stations.revoke': {
    // The papers are the caller's own upload: a refused persona is refused before they are looked at.
    input: async (api, caller) => ({
      stationId: (await insertStatusStation(api))._id,
      revocationReason: 'false_materials',
      reason: '申报材料中的合作协议经核查为伪造',
      documentNumber: '筑科协发〔2026〕31 号',
      attachments: [await storeStationPaper(api, PERSONAS[caller])],
    }),
    allowed: ['cityAdmin'],
    refusal: 'FORBIDDEN',
  },
  'stations.requestClosure': {
    input: async (api, caller) => ({
      stationId: (await insertStatusStation(api))._id,
      kind: 'withdraw',
      reason: '需求单位停产，工作站无法继续运行',
      attachments: [await storeStationPaper(api, PERSONAS[caller])],
    }),
    allowed: ['societyAdmin'],
    refusal: 'FORBIDDEN',
  },
  'stations.decideClosure': {
    input: async (api) => ({
      closureId: (await insertPendingClosure(api)).closureId,
      approve: true,
      documentNumber: '筑科协发〔2026〕32 号',
    }),
    allowed: ['cityAdmin'],
    refusal: 'FORBIDDEN',
  },
  'stations.closures': {
    input: () => ({ stationId: STATION }),
    allowed: ['cityAdmin', 'societyAdmin', 'stationHead'],
    refusal: 'FORBIDDEN',
  },
  // Every caller has an answer: the stations where they are head, staff or demand unit (none for the others).
  'stations.todos': { input: () => ({}), allowed: EVERYONE },
  'roster.list': { input: () => ({ stationId: STATION }), allowed: STATION_READERS, refusal: 'FORBIDDEN' },
  'roster.remove': {
    async input(api) {
      const openid = unique('matrix-expert-');
      const grantId = `expert:${STATION}:${openid}`;
      await api.cloudbase.store.insertMany('roles', [
        {
          _id: grantId,
          openid,
          role: 'expert',
          societyId: 'soc-nonferrous',
          stationId: STATION,
          grantedAt: new Date().toISOString(),
          grantedBy: DEMO_USERS.stationHead,
        },
      ]);
      return { stationId: STATION, grantId };
    },
    allowed: ROSTER_MANAGERS,
    refusal: 'FORBIDDEN',
  },
  'invitations.create': {
    input: () => ({ role: 'expert', stationId: STATION, validDays: 7, maxUses: 1 }),
    allowed: ROSTER_MANAGERS,
    refusal: 'FORBIDDEN',
  },
  'invitations.list': { input: () => ({ stationId: STATION }), allowed: ROSTER_MANAGERS, refusal: 'FORBIDDEN' },
  'invitations.revoke': {
    input: async (api) => ({ code: await freshInvitation(api) }),
    allowed: ROSTER_MANAGERS,
    refusal: 'FORBIDDEN',
  },
  'invitations.preview': { input: async (api) => ({ code: await freshInvitation(api) }), allowed: EVERYONE },
  'invitations.bind': {
    input: async (api) => ({
      code: await freshInvitation(api, { societyId: 'soc-electronics', stationId: 'st-electronics' }),
    }),
    allowed: EVERYONE,
  },
  'experts.pool': {
    input: () => ({ societyId: 'soc-nonferrous' }),
    allowed: ['cityAdmin', 'societyAdmin'],
    refusal: 'FORBIDDEN',
  },
  // Each call asks a pool expert of the aluminium station to a station of the same society that is new to them.
  'experts.invite': {
    input: async (api) => ({ expertOpenid: 'expert-02', stationId: (await freshStation(api)).stationId }),
    allowed: ['societyAdmin'],
    refusal: 'FORBIDDEN',
  },
  'needs.create': {
    input: () => needInput(),
    allowed: ['stationHead', 'stationStaff', 'demandUnit'],
    refusal: 'FORBIDDEN',
  },
  'needs.list': { input: () => ({ stationId: STATION }), allowed: STATION_READERS, refusal: 'FORBIDDEN' },
  'needs.get': {
    input: async (api) => ({ needId: await needIn(api, 'accepted') }),
    allowed: STATION_READERS,
    refusal: 'FORBIDDEN',
  },
  'needs.candidates': {
    input: async (api) => ({ needId: await needIn(api, 'submitted') }),
    allowed: NEED_MANAGERS,
    refusal: 'FORBIDDEN',
  },
  'needs.accept': {
    input: async (api) => ({ needId: await needIn(api, 'submitted'), expertOpenids: [DEMO_USERS.expert] }),
    allowed: NEED_MANAGERS,
    refusal: 'FORBIDDEN',
  },
  'needs.assign': {
    input: async (api) => ({ needId: await needIn(api, 'accepted'), expertOpenids: ['expert-02'] }),
    allowed: NEED_MANAGERS,
    refusal: 'FORBIDDEN',
  },
  'needs.decline': {
    input: async (api) => ({ needId: await needIn(api, 'submitted'), reason: '超出本站服务范围' }),
    allowed: NEED_MANAGERS,
    refusal: 'FORBIDDEN',
  },
  'needs.withdraw': {
    input: async (api) => ({ needId: await needIn(api, 'submitted') }),
    allowed: ['demandUnit'],
    refusal: 'FORBIDDEN',
  },
  'needs.proposeResolution': {
    input: async (api) => ({ needId: await needIn(api, 'in_service') }),
    allowed: NEED_MANAGERS,
    refusal: 'FORBIDDEN',
  },
  'needs.resolve': {
    input: async (api) => ({ needId: await needIn(api, 'in_service') }),
    allowed: ['demandUnit'],
    refusal: 'FORBIDDEN',
  },
  'needs.evaluate': {
    input: async (api) => ({ needId: await needIn(api, 'resolved'), rating: 5, comment: '' }),
    allowed: ['demandUnit'],
    refusal: 'FORBIDDEN',
  },
  'evaluations.submit': {
    // Only the unit may file, and it does so once: the single allowed call is the first for this year.
    input: () => ({
      stationId: STATION,
      year: calendarMoment(new Date()).year,
      overall: 5,
      comment: '服务及时有效',
      intent: 'continue',
    }),
    allowed: ['demandUnit'],
    refusal: 'FORBIDDEN',
  },
  'visits.checkIn': {
    input: async (api) => ({
      stationId: STATION,
      needId: await needIn(api, 'accepted'),
      serviceType: 'consulting',
      at: new Date().toISOString(),
      location: ALUMINIUM_LOCATION,
      accuracyM: 20,
      photos: [],
    }),
    allowed: ['expert'],
    refusal: 'FORBIDDEN',
  },
  'visits.checkOut': {
    input: async (api) => ({
      ...(await shortVisit(api, 'open')),
      summary: '现场诊断了除气工艺并给出建议',
      outcomes: '',
      photos: [],
      attachments: [],
    }),
    allowed: ['expert'],
    refusal: 'FORBIDDEN',
  },
  'visits.current': { input: () => ({}), allowed: EVERYONE },
  'visits.mine': { input: () => ({}), allowed: EVERYONE },
  'visits.get': {
    input: async (api) => ({ visitId: (await insertVisit(api, 'confirmed', await needIn(api, 'in_service')))._id }),
    allowed: ['cityAdmin', 'societyAdmin', 'stationHead', 'stationStaff', 'expert', 'demandUnit'],
    refusal: 'FORBIDDEN',
  },
  'visits.ofStation': {
    input: () => ({ stationId: STATION }),
    allowed: ['cityAdmin', 'societyAdmin', 'stationHead', 'stationStaff'],
    refusal: 'FORBIDDEN',
  },
  'visits.reviewQueue': { input: () => ({ stationId: STATION }), allowed: NEED_MANAGERS, refusal: 'FORBIDDEN' },
  'visits.review': {
    input: async (api) => ({
      visitId: (await insertVisit(api, 'pending', await needIn(api, 'accepted')))._id,
      decision: 'approved',
    }),
    allowed: NEED_MANAGERS,
    refusal: 'FORBIDDEN',
  },
  'visits.correct': {
    input: async (api) => ({
      ...(await shortVisit(api, 'incomplete')),
      summary: '补录：现场诊断了除气工艺',
      outcomes: '',
      photos: [],
      attachments: [],
    }),
    allowed: ['expert'],
    refusal: 'FORBIDDEN',
  },
  'visits.makeUp': { input: makeUpInput, allowed: ['expert'], refusal: 'FORBIDDEN' },
  // Anyone may ask how many 补卡 they have left this month: the answer is only ever their own.
  'visits.makeUpAllowance': { input: () => ({}), allowed: EVERYONE },
  'visits.rate': {
    input: async (api) => ({
      visitId: (await insertVisit(api, 'confirmed', await needIn(api, 'in_service')))._id,
      responsiveness: 5,
      professionalism: 4,
      effect: 4,
      comment: '',
    }),
    allowed: ['demandUnit'],
    refusal: 'FORBIDDEN',
  },
  'visits.revoke': {
    input: async (api) => ({
      visitId: (await insertVisit(api, 'confirmed', await needIn(api, 'in_service')))._id,
      reason: '经核实并未到站服务',
    }),
    allowed: ROSTER_MANAGERS,
    refusal: 'FORBIDDEN',
  },
  'ratings.experts': {
    input: (_api, persona) => (persona === 'expert' ? { mine: true } : { stationId: STATION }),
    allowed: ['cityAdmin', 'societyAdmin', 'stationHead', 'stationStaff', 'expert'],
    refusal: 'FORBIDDEN',
  },
  'quotas.progress': {
    input: () => ({ stationId: STATION }),
    allowed: ['cityAdmin', 'societyAdmin', 'stationHead', 'stationStaff'],
    refusal: 'FORBIDDEN',
  },
  'quotas.dashboard': {
    // A society admin sees their own society's stations; naming another is refused.
    input: (_api, persona) => (persona === 'otherStation' ? { societyId: 'soc-nonferrous' } : {}),
    allowed: ['cityAdmin', 'societyAdmin'],
    refusal: 'FORBIDDEN',
  },
  // A society admin exports their own society's stations; naming another is refused.
  'quotas.exportDashboard': {
    input: (_api, persona) => (persona === 'otherStation' ? { societyId: 'soc-nonferrous' } : {}),
    allowed: ['cityAdmin', 'societyAdmin'],
    refusal: 'FORBIDDEN',
  },
  'quotas.exportVisits': {
    input: () => ({ stationId: STATION, year: calendarMoment(new Date()).year }),
    allowed: ['cityAdmin', 'societyAdmin'],
    refusal: 'FORBIDDEN',
  },
  'quotas.rebuild': {
    input: () => ({ year: calendarMoment(new Date()).year }),
    allowed: ['cityAdmin'],
    refusal: 'FORBIDDEN',
  },
  'quotas.setYearClose': {
    input: () => ({ year: calendarMoment(new Date()).year, closesOn: `${calendarMoment(new Date()).year + 1}-02-01` }),
    allowed: ['cityAdmin'],
    refusal: 'FORBIDDEN',
  },
  'stationCodes.create': {
    input: () => ({ stationId: STATION, firstDate: calendarMoment(new Date()).date, days: 30 }),
    allowed: NEED_MANAGERS,
    refusal: 'FORBIDDEN',
  },
  'stationCodes.resolve': {
    input: () => ({
      scene: stationScene(DEMO_FUNCTION_ENV.PRESENCE_SECRET, {
        key: stationKey(DEMO_FUNCTION_ENV.PRESENCE_SECRET, STATION),
        firstDay: dayNumber(calendarMoment(new Date()).date),
        days: 1,
      }),
    }),
    // The code carries no secret of the station's: anyone who may see the station may resolve it.
    allowed: STATION_READERS,
    refusal: 'FORBIDDEN',
  },
  'presence.unitCode': { input: () => ({ stationId: STATION }), allowed: ['demandUnit'], refusal: 'FORBIDDEN' },
  'ledger.station': {
    input: () => ({ stationId: STATION }),
    allowed: ['cityAdmin', 'societyAdmin', 'stationHead'],
    refusal: 'FORBIDDEN',
  },
  // A society admin sees their own society's; naming another is refused.
  'ledger.overview': {
    input: (_api, persona) => (persona === 'otherStation' ? { societyId: 'soc-nonferrous' } : {}),
    allowed: ['cityAdmin', 'societyAdmin'],
    refusal: 'FORBIDDEN',
  },
  'ledger.export': { input: () => ({}), allowed: ['cityAdmin', 'societyAdmin'], refusal: 'FORBIDDEN' },
  'ledger.grant': {
    input: async (api) => ({
      stationId: await passedLastYear(api, await fundedStation(api)),
      grantKind: 'annual',
      assessmentYear: calendarMoment(new Date()).year - 1,
      amountFen: 10_000_000,
      date: today(),
      documentNumber: '筑科协发〔2026〕3 号',
      note: '年度考核合格，拨付后续年度补助',
    }),
    allowed: ['cityAdmin'],
    refusal: 'FORBIDDEN',
  },
  'ledger.expense': {
    input: async (api, caller) => ({
      stationId: await fundedStation(api),
      category: 'consulting',
      amountFen: 120_050,
      date: today(),
      payee: '贵州工业大学',
      note: '铝液除气工艺咨询费',
      receipts: [
        {
          fileId: await storePhoto(api, PERSONAS[caller], `${unique('receipt-')}.png`),
          name: '发票.png',
          size: 100,
          kind: 'image',
        },
      ],
    }),
    allowed: ['societyAdmin'],
    refusal: 'FORBIDDEN',
  },
  'ledger.refund': {
    input: async (api) => ({
      stationId: await fundedStation(api, 'revoked'),
      amountFen: 5_000_000,
      date: today(),
      note: '工作站撤销，结余经费全部退还',
      receipts: [],
    }),
    allowed: ['cityAdmin'],
    refusal: 'FORBIDDEN',
  },
  'evaluations.summary': {
    input: () => ({ stationId: STATION }),
    allowed: ['cityAdmin', 'societyAdmin', 'stationHead', 'stationStaff', 'demandUnit'],
    refusal: 'FORBIDDEN',
  },
  'assessments.openRound': {
    // The year before last: frozen long ago, and its round removed first so each call may open it.
    input: async (api) => {
      await api.cloudbase.store.removeMany('assessmentRounds', [String(ASSESSED - 1)]);
      return { year: ASSESSED - 1, deadline: daysAhead(30) };
    },
    allowed: ['cityAdmin'],
    refusal: 'FORBIDDEN',
  },
  'assessments.setDeadline': {
    input: async (api) => ({ year: (await assessmentIn(api)).year, deadline: daysAhead(45) }),
    allowed: ['cityAdmin'],
    refusal: 'FORBIDDEN',
  },
  // A head or staff member sees the rounds counted over their own station (the head's tile finds the newest).
  'assessments.rounds': {
    input: () => ({}),
    allowed: ['cityAdmin', 'societyAdmin', 'stationHead', 'stationStaff', 'otherStation'],
    refusal: 'FORBIDDEN',
  },
  'assessments.round': {
    input: async (api) => ({ year: (await assessmentIn(api)).year }),
    allowed: ['cityAdmin', 'societyAdmin'],
    refusal: 'FORBIDDEN',
  },
  'assessments.get': {
    input: (api) => assessmentIn(api, 'submitted'),
    allowed: ['cityAdmin', 'societyAdmin', 'stationHead', 'stationStaff'],
    refusal: 'FORBIDDEN',
  },
  'assessments.saveReport': {
    input: async (api) => ({ ...(await assessmentIn(api)), report: completeReport() }),
    allowed: ['stationHead'],
    refusal: 'FORBIDDEN',
  },
  'assessments.submit': { input: (api) => assessmentIn(api, 'draft'), allowed: ['stationHead'], refusal: 'FORBIDDEN' },
  'assessments.withdraw': {
    input: (api) => assessmentIn(api, 'submitted'),
    allowed: ['stationHead'],
    refusal: 'FORBIDDEN',
  },
  'assessments.comment': {
    input: async (api) => ({ ...(await assessmentIn(api, 'submitted')), text: '请补充成果转化的合同佐证' }),
    allowed: ['societyAdmin'],
    refusal: 'FORBIDDEN',
  },
  'assessments.review': {
    input: async (api) => ({
      ...(await assessmentIn(api, 'submitted')),
      step: 'document_review',
      opinion: '材料齐全，同意现场考察',
      attachments: [],
    }),
    allowed: ['cityAdmin'],
    refusal: 'FORBIDDEN',
  },
  'assessments.recommend': {
    input: async (api) => ({ ...(await assessmentIn(api, 'passed')), recommended: true, note: '' }),
    allowed: ['cityAdmin'],
    refusal: 'FORBIDDEN',
  },
  'assessments.document': {
    input: (api) => assessmentIn(api, 'submitted'),
    allowed: ['cityAdmin', 'societyAdmin', 'stationHead', 'stationStaff'],
    refusal: 'FORBIDDEN',
  },
  'assessments.export': {
    input: async (api) => ({ year: (await assessmentIn(api)).year }),
    allowed: ['cityAdmin', 'societyAdmin'],
    refusal: 'FORBIDDEN',
  },
  'reports.serviceConfirmation': {
    input: async (api) => ({ needId: await resolvedNeedServed(api) }),
    allowed: CONFIRMATION_READERS,
    refusal: 'FORBIDDEN',
  },
  'reports.serviceConfirmationDocument': {
    input: async (api) => ({ needId: await resolvedNeedServed(api) }),
    allowed: CONFIRMATION_READERS,
    refusal: 'FORBIDDEN',
  },
  'reports.stationVisitLog': {
    input: () => ({ stationId: STATION, year: calendarMoment(new Date()).year }),
    allowed: ['cityAdmin', 'societyAdmin', 'stationHead', 'stationStaff'],
    refusal: 'FORBIDDEN',
  },
  'reports.stationRoster': {
    input: () => ({ stationId: STATION }),
    allowed: ['cityAdmin', 'societyAdmin', 'stationHead', 'stationStaff'],
    refusal: 'FORBIDDEN',
  },
  'reports.evaluationSummary': {
    input: () => ({ year: calendarMoment(new Date()).year }),
    allowed: ['cityAdmin'],
    refusal: 'FORBIDDEN',
  },
  'reports.evaluationSummaryWorkbook': {
    input: () => ({ year: calendarMoment(new Date()).year }),
    allowed: ['cityAdmin'],
    refusal: 'FORBIDDEN',
  },
  // The society's annual report, of the aluminium station's society: its admin and the city's.
  'reports.societyAnnual': {
    input: () => ({ societyId: 'soc-nonferrous', year: calendarMoment(new Date()).year }),
    allowed: ['cityAdmin', 'societyAdmin'],
    refusal: 'FORBIDDEN',
  },
  'reports.societyAnnualWorkbook': {
    input: () => ({ societyId: 'soc-nonferrous', year: calendarMoment(new Date()).year }),
    allowed: ['cityAdmin', 'societyAdmin'],
    refusal: 'FORBIDDEN',
  },
  'reports.societyAnnualDocument': {
    input: () => ({ societyId: 'soc-nonferrous', year: calendarMoment(new Date()).year }),
    allowed: ['cityAdmin', 'societyAdmin'],
    refusal: 'FORBIDDEN',
  },
  // 服务证明: the caller's own visits, like their visit list; empty for someone who never served.
  'reports.expertStatement': { input: () => ({ year: ASSESSED }), allowed: EVERYONE },
  'reports.expertStatementDocument': { input: () => ({ year: ASSESSED }), allowed: EVERYONE },
  // The trail: the city's, and a society admin's own society's; nobody at a station reads it.
  'audit.list': { input: () => ({ stationId: STATION }), allowed: ['cityAdmin', 'societyAdmin'], refusal: 'FORBIDDEN' },
  'audit.export': { input: () => ({}), allowed: ['cityAdmin', 'societyAdmin'], refusal: 'FORBIDDEN' },
};
