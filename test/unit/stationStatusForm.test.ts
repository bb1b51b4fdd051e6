import type { Attachment } from '../../types/domain';
import { closureProblems, statusProblems } from '../../src/utils/stationStatusForm';

const paper: Attachment = { fileId: 'cloud://env.local/stations/me/a.png', name: 'a.png', size: 10, kind: 'image' };
const blank = { reason: '', revocationReason: '' as const, documentNumber: '' };

describe('the status forms', () => {
  it('asks a suspension only for its reason', () => {
    expect(statusProblems('suspend', blank, [])).toEqual({ reason: '请填写理由' });
    expect(statusProblems('resume', { ...blank, reason: '整改完成恢复' }, [])).toEqual({});
  });

  it('asks a revocation for the seed’s reason, the facts, the document number and a file', () => {
    expect(statusProblems('revoke', blank, [])).toEqual({
      reason: '请填写事实与理由',
      revocationReason: '请选择撤销原因',
      documentNumber: '请填写撤销文号',
      attachments: '请上传撤销决定或相关证据，至少一个文件',
    });
    const filled = {
      reason: '合作协议经核查为伪造',
      revocationReason: 'false_materials' as const,
      documentNumber: '筑科协发〔2026〕31 号',
    };
    expect(statusProblems('revoke', filled, [paper])).toEqual({});
  });

  it('asks a merge for the station it goes into, and every request for the written request', () => {
    expect(closureProblems({ kind: 'merge', intoStationId: '', reason: '两站业务重叠，合并运行' }, [])).toEqual({
      intoStationId: '请选择并入的工作站',
      attachments: '请上传学会的书面申请，至少一个文件',
    });
    expect(closureProblems({ kind: 'withdraw', intoStationId: '', reason: '需求单位停产' }, [paper])).toEqual({});
  });
});
