import ExcelJS from 'exceljs';
import { INDUSTRY_LABELS, ROLE_LABELS } from '../../../../types/catalogue';
import type { Industry, Role } from '../../../../types/domain';
import { calendarMoment, localDateTime } from '../domain/calendar';
import { tableSheet, toBuffer, type Column } from './sheets';

/** One person on the station's roster now, with their profile as they filled it in. */
export interface RosterSheetPerson {
  role: Role;
  name: string;
  workUnit: string;
  title: string;
  mobile: string;
  industries: Industry[];
  expertise: string[];
  province: string;
  outOfProvince: boolean;
  joinedAt: string;
}

const EXPERT_COLUMNS: Column[] = [
  { header: '序号', width: 6 },
  { header: '姓名', width: 10 },
  { header: '工作单位', width: 28 },
  { header: '职称', width: 14 },
  { header: '专业领域', width: 22 },
  { header: '专长', width: 28 },
  { header: '所在省份', width: 14 },
  { header: '省外专家', width: 9 },
  { header: '进站日期', width: 12 },
];

const STAFF_COLUMNS: Column[] = [
  { header: '序号', width: 6 },
  { header: '角色', width: 10 },
  { header: '姓名', width: 10 },
  { header: '工作单位', width: 28 },
  { header: '职务/职称', width: 14 },
  { header: '手机', width: 14 },
  { header: '加入日期', width: 12 },
];

/** The station's 进站专家信息表 (sheet 1) and its head and staff (sheet 2), in the order given, as an .xlsx file. */
export async function stationRosterWorkbook(
  station: { name: string; societyName: string },
  people: readonly RosterSheetPerson[],
  generatedAt: Date,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = generatedAt;
  const stamp = `（导出时间 ${localDateTime(generatedAt)}）`;
  const experts = people.filter((person) => person.role === 'expert');
  const expertSheet = tableSheet(
    workbook,
    '进站专家信息表',
    `${station.name}（${station.societyName}）进站专家信息表${stamp}`,
    EXPERT_COLUMNS,
  );
  experts.forEach((expert, i) => {
    expertSheet.addRow([
      i + 1,
      expert.name,
      expert.workUnit,
      expert.title,
      expert.industries.map((industry) => INDUSTRY_LABELS[industry]).join('、') || null,
      expert.expertise.join('、') || null,
      expert.province || null,
      expert.outOfProvince ? '是' : '否',
      calendarMoment(expert.joinedAt).date,
    ]);
  });
  const outside = experts.filter((expert) => expert.outOfProvince).length;
  expertSheet.addRow(['合计', `${experts.length} 人`, `其中省外专家 ${outside} 人`]).font = { bold: true };

  const staff = people.filter((person) => person.role === 'station_head' || person.role === 'station_staff');
  const staffSheet = tableSheet(workbook, '站长与工作人员', `${station.name} 站长与工作人员${stamp}`, STAFF_COLUMNS);
  staff.forEach((person, i) => {
    staffSheet.addRow([
      i + 1,
      ROLE_LABELS[person.role],
      person.name,
      person.workUnit,
      person.title,
      person.mobile || null,
      calendarMoment(person.joinedAt).date,
    ]);
  });
  return toBuffer(workbook);
}
