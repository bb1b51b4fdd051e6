import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { cloudPathFor, uploadToCloud, type PickedFile } from '../../services/files';
import { CameraButton } from '../CameraButton';
import './index.scss';

interface Photo {
  id: string;
  file: PickedFile;
  state: 'uploading' | 'done' | 'failed';
  fileId?: string;
}

export interface CameraPhotosValue {
  /** Uploaded: cloud file ids for the request. */
  fileIds: string[];
  /** Taken but not uploaded (no network): the offline queue uploads them before sending. */
  waiting: PickedFile[];
}

export interface CameraPhotosProps {
  /** The photographer's OPENID: photos go to their own `visits/` folder, the only one the server accepts. */
  openid: string;
  max: number;
  onChange: (value: CameraPhotosValue) => void;
  /** True while a photo is still uploading: the form waits for it. */
  onBusyChange: (busy: boolean) => void;
}

/** Photos taken on the spot, uploaded at once and shown as thumbnails; a failed upload is kept for later. */
export function CameraPhotos({ openid, max, onChange, onBusyChange }: CameraPhotosProps) {
  const [photos, setPhotos] = useState<Photo[]>([]);
  const serial = useRef(0);

  useEffect(() => {
    onChange({
      fileIds: photos.flatMap((photo) => (photo.state === 'done' && photo.fileId ? [photo.fileId] : [])),
      waiting: photos.filter((photo) => photo.state === 'failed').map((photo) => photo.file),
    });
    onBusyChange(photos.some((photo) => photo.state === 'uploading'));
  }, [photos, onChange, onBusyChange]);

  const update = (id: string, change: Partial<Photo>) =>
    setPhotos((current) => current.map((photo) => (photo.id === id ? { ...photo, ...change } : photo)));

  const upload = async (photo: Photo) => {
    update(photo.id, { state: 'uploading' });
    const result = await uploadToCloud(photo.file, cloudPathFor('visits', openid, photo.file.name));
    update(photo.id, result.ok ? { state: 'done', fileId: result.fileId } : { state: 'failed' });
  };

  const add = (files: PickedFile[]) => {
    const added = files
      .slice(0, max - photos.length)
      .map((file): Photo => ({ id: `photo-${++serial.current}`, file, state: 'uploading' }));
    setPhotos((current) => [...current, ...added]);
    added.forEach((photo) => void upload(photo));
  };

  const preview = (photo: Photo) =>
    void Taro.previewImage({ current: photo.file.path, urls: photos.map((other) => other.file.path) }).catch(
      () => undefined,
    );

  return (
    <View className="camera-photos">
      <View className="camera-photos__grid">
        {photos.map((photo) => (
          <View key={photo.id} className={`camera-photos__item camera-photos__item--${photo.state}`}>
            <Image
              className="camera-photos__thumb"
              src={photo.file.path}
              mode="aspectFill"
              onClick={() => preview(photo)}
            />
            <Text className="camera-photos__state">
              {photo.state === 'uploading' ? '上传中' : photo.state === 'done' ? '已上传' : '待上传'}
            </Text>
            {photo.state === 'failed' && (
              <Text className="camera-photos__retry" onClick={() => void upload(photo)}>
                重试
              </Text>
            )}
            {photo.state !== 'uploading' && (
              <Text
                className="camera-photos__remove"
                onClick={() => setPhotos((current) => current.filter((other) => other.id !== photo.id))}
              >
                ×
              </Text>
            )}
          </View>
        ))}
      </View>
      <View className="camera-photos__footer">
        <CameraButton remaining={max - photos.length} onTaken={add} />
        <Text className="camera-photos__rules">
          现场拍摄，最多 {max} 张（已拍 {photos.length} 张）
          {photos.some((photo) => photo.state === 'failed') ? '；没有网络时照片先存在手机上，联网后随记录一起上传' : ''}
        </Text>
      </View>
    </View>
  );
}
