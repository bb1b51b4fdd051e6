import { InputNumber } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { DemandUnitType, Industry } from '../../../types/domain';
import type { FormState } from '../../hooks/useForm';
import { ChoiceChips, type ChoiceOption } from '../ChoiceChips';
import { DateField } from '../DateField';
import { FormCard } from '../FormCard';
import { FormField } from '../FormField';
import { TextField } from '../TextField';
import { LocationField } from '../LocationField';
import { OptionPicker } from '../OptionPicker';
import {
  APPLICATION_LIMITS,
  DEMAND_UNIT_TYPE_LABELS,
  INDUSTRY_LABELS,
  STATION_LIMITS,
  STATION_RADIUS_M,
} from '../../../types/catalogue';
import { labelOptions } from '../../utils/labelOptions';
import './index.scss';

/** The station form as the person fills it in (numbers as typed). */
export interface StationFormValues {
  name: string;
  societyId: string;
  demandUnitName: string;
  demandUnitType: DemandUnitType;
  demandUnitAddress: string;
  industry: Industry | '';
  latitude: string;
  longitude: string;
  radiusM: number;
  cooperationStart: string;
  cooperationEnd: string;
  /** Registering a station recognised before the product: the city's document and its date. */
  registering: boolean;
  documentNumber: string;
  recognisedOn: string;
}

/** A field of the form; the location is two values checked together. */
export type StationField = keyof StationFormValues | 'location';

export type StationFormErrors = Partial<Record<StationField, string>>;

const TYPE_OPTIONS = labelOptions(DEMAND_UNIT_TYPE_LABELS);
const INDUSTRY_OPTIONS = labelOptions(INDUSTRY_LABELS);

export interface StationFormProps {
  form: FormState<StationFormValues, StationField>;
  /** The societies to choose from (creating); null when the society is fixed (editing). */
  societies: ReadonlyArray<ChoiceOption<string>> | null;
  /** The fixed society's name (editing). */
  societyName?: string;
}

/** A station's particulars: name, society, host, industry, where it is and the agreement's term. */
export function StationForm({ form, societies, societyName }: StationFormProps) {
  const { values, set, bind, bindText, errors } = form;
  return (
    <View className="station-form">
      <FormCard>
        <TextField
          label="工作站名称"
          required
          placeholder="工作站全称"
          limit={STATION_LIMITS.name}
          {...bindText('name')}
        />
        <FormField label="建站学会" required error={errors.societyId}>
          {societies ? (
            <OptionPicker
              title="选择建站学会"
              options={societies}
              placeholder={societies.length === 0 ? '暂无学会，请先登记学会' : '请选择学会'}
              {...bind('societyId')}
            />
          ) : (
            <Text className="station-form__fixed">{societyName}</Text>
          )}
        </FormField>
        <FormField label="产业领域" required vertical error={errors.industry}>
          <ChoiceChips<Industry>
            options={INDUSTRY_OPTIONS}
            selected={values.industry ? [values.industry] : []}
            onToggle={(industry) => set('industry', industry)}
          />
        </FormField>
      </FormCard>

      <Text className="station-form__section">需求单位（建站单位）</Text>
      <FormCard>
        <TextField
          label="单位名称"
          required
          placeholder="单位全称"
          limit={STATION_LIMITS.demandUnitName}
          {...bindText('demandUnitName')}
        />
        <FormField label="单位类型" required vertical error={errors.demandUnitType}>
          <ChoiceChips<DemandUnitType>
            options={TYPE_OPTIONS}
            selected={[values.demandUnitType]}
            onToggle={(type) => set('demandUnitType', type)}
          />
        </FormField>
        <TextField
          label="地址"
          required
          placeholder="单位地址"
          limit={STATION_LIMITS.demandUnitAddress}
          {...bindText('demandUnitAddress')}
        />
      </FormCard>

      <Text className="station-form__section">签到位置</Text>
      <FormCard>
        <FormField
          label="工作站位置"
          required
          vertical
          error={errors.location}
          hint="专家在此位置的签到半径内签到，服务方可自动确认（GCJ-02 坐标）"
        >
          <LocationField
            value={{ latitude: values.latitude, longitude: values.longitude }}
            onChange={(location) => {
              set('latitude', location.latitude);
              set('longitude', location.longitude);
            }}
            onAddress={(address) => {
              if (!values.demandUnitAddress.trim()) set('demandUnitAddress', address);
            }}
          />
        </FormField>
        <FormField
          label="签到半径"
          required
          error={errors.radiusM}
          hint={`${STATION_RADIUS_M.min}–${STATION_RADIUS_M.max} 米，默认 ${STATION_RADIUS_M.initial} 米`}
        >
          <View className="station-form__radius">
            <InputNumber
              value={values.radiusM}
              min={STATION_RADIUS_M.min}
              max={STATION_RADIUS_M.max}
              step={100}
              onChange={(value) => set('radiusM', Number(value))}
            />
            <Text className="station-form__unit">米</Text>
          </View>
        </FormField>
      </FormCard>

      {values.registering && (
        <>
          <Text className="station-form__section">认定信息</Text>
          <FormCard>
            <TextField
              label="认定文号"
              required
              placeholder="如：筑科协发〔2024〕12 号"
              limit={APPLICATION_LIMITS.documentNumber}
              {...bindText('documentNumber')}
            />
            <FormField label="认定日期" required error={errors.recognisedOn} hint="市科协发文认定的日期">
              <DateField title="认定日期" {...bind('recognisedOn')} />
            </FormField>
          </FormCard>
        </>
      )}

      <Text className="station-form__section">合作协议</Text>
      <FormCard>
        <FormField label="开始日期" required error={errors.cooperationStart}>
          <DateField title="合作开始日期" {...bind('cooperationStart')} />
        </FormField>
        <FormField label="结束日期" required error={errors.cooperationEnd} hint="合作协议期限不少于两年">
          <DateField title="合作结束日期" {...bind('cooperationEnd')} />
        </FormField>
      </FormCard>
    </View>
  );
}
