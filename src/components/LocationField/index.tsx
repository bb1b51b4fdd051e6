import { Button, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { parseNumber } from '../../utils/validation';
import './index.scss';

export interface LocationValue {
  /** As typed (text fields), GCJ-02. */
  latitude: string;
  longitude: string;
}

export interface LocationFieldProps {
  value: LocationValue;
  onChange: (value: LocationValue) => void;
  /** The place's name and address from the map, for an empty address field. */
  onAddress?: (address: string) => void;
}

/** Where the station is (check-ins are measured from here): map pick, current position, or typed in. */
export function LocationField({ value, onChange, onAddress }: LocationFieldProps) {
  const [locating, setLocating] = useState(false);
  const latitude = parseNumber(value.latitude);
  const longitude = parseNumber(value.longitude);

  const pickOnMap = async () => {
    try {
      const picked = await Taro.chooseLocation(latitude !== null && longitude !== null ? { latitude, longitude } : {});
      onChange({ latitude: fixed(picked.latitude), longitude: fixed(picked.longitude) });
      if (picked.address) onAddress?.(picked.address);
    } catch {
      // Cancelled, or location not authorised: the fields stay as they were.
    }
  };

  const locateHere = async () => {
    setLocating(true);
    try {
      const here = await Taro.getLocation({ type: 'gcj02' });
      onChange({ latitude: fixed(here.latitude), longitude: fixed(here.longitude) });
    } catch {
      void Taro.showToast({ title: '无法获取当前位置，请在地图上选点或手动填写', icon: 'none' });
    } finally {
      setLocating(false);
    }
  };

  return (
    <View className="location-field">
      <View className="location-field__buttons">
        {process.env.TARO_ENV === 'weapp' && (
          <Button size="small" type="primary" onClick={() => void pickOnMap()}>
            在地图上选点
          </Button>
        )}
        <Button size="small" fill="outline" type="primary" loading={locating} onClick={() => void locateHere()}>
          使用当前位置
        </Button>
      </View>
      <View className="location-field__row">
        <Text className="location-field__label">纬度</Text>
        <Input
          className="location-field__input"
          type="digit"
          value={value.latitude}
          placeholder="如 26.647"
          onChange={(text) => onChange({ ...value, latitude: text })}
        />
      </View>
      <View className="location-field__row">
        <Text className="location-field__label">经度</Text>
        <Input
          className="location-field__input"
          type="digit"
          value={value.longitude}
          placeholder="如 106.630"
          onChange={(text) => onChange({ ...value, longitude: text })}
        />
      </View>
    </View>
  );
}

/** Six decimals: about 0.1 m, more than any phone's fix. */
function fixed(degrees: number): string {
  return String(Math.round(degrees * 1e6) / 1e6);
}
