import type { SocietyDetails } from '../../../types/domain';
import { SOCIETY_LIMITS } from '../../../types/catalogue';
import type { BoundText } from '../../hooks/useForm';
import { TextField } from '../TextField';

/** The society's texts the 申报书's first part asks for. */
export type SocietyTextField = 'contactName' | 'contactPhone' | keyof SocietyDetails;

export interface SocietyDetailsFieldsProps {
  bind: (field: SocietyTextField) => BoundText;
}

/**
 * 一、申请单位基本情况 beyond name and level: the head, contact, address, bank account and finance
 * officer, on the society's record and in each application. Rows of a FormCard.
 */
export function SocietyDetailsFields({ bind }: SocietyDetailsFieldsProps) {
  return (
    <>
      <TextField label="信用代码" placeholder="统一社会信用代码，18 位" limit={[18, 18]} {...bind('creditCode')} />
      <TextField label="负责人" placeholder="学会负责人姓名" limit={SOCIETY_LIMITS.headName} {...bind('headName')} />
      <TextField
        label="职务/职称"
        placeholder="如：秘书长/教授级高工"
        limit={SOCIETY_LIMITS.headTitle}
        {...bind('headTitle')}
      />
      <TextField label="联系人" placeholder="联系人姓名" limit={SOCIETY_LIMITS.contactName} {...bind('contactName')} />
      <TextField
        label="联系电话"
        type="tel"
        placeholder="手机或固定电话"
        limit={SOCIETY_LIMITS.contactPhone}
        {...bind('contactPhone')}
      />
      <TextField label="通讯地址" placeholder="学会通讯地址" limit={SOCIETY_LIMITS.address} {...bind('address')} />
      <TextField label="邮编" type="number" placeholder="6 位数字" limit={[6, 6]} {...bind('postcode')} />
      <TextField
        label="开户名称"
        placeholder="银行账户名称"
        limit={SOCIETY_LIMITS.bankAccountName}
        {...bind('bankAccountName')}
      />
      <TextField
        label="开户银行"
        placeholder="如：中国工商银行北京海淀支行"
        limit={SOCIETY_LIMITS.bankName}
        {...bind('bankName')}
      />
      <TextField label="银行账号" placeholder="银行账号，可用空格分组" limit={[6, 32]} {...bind('bankAccount')} />
      <TextField
        label="财务负责人"
        placeholder="财务负责人姓名"
        limit={SOCIETY_LIMITS.financeOfficer}
        {...bind('financeOfficer')}
      />
    </>
  );
}
