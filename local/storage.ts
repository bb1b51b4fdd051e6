import {
  createReadStream,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  closeSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { readBody } from './http';

export const UPLOAD_PATH = '/__storage/upload/';
export const FILES_PATH = '/__storage/files/';

interface FileItem {
  fileID: string;
  code: 'SUCCESS' | 'STORAGE_FILE_NONEXIST';
}

/**
 * Cloud storage on local disk. The SDK asks for upload metadata, PUTs the bytes to the URL it
 * gets (as it would to COS), and reads files back through temporary URLs served here.
 */
export class LocalStorage {
  private readonly root: string;

  constructor(
    dataDir: string,
    private readonly envId: string,
    private readonly origin: () => string,
  ) {
    this.root = path.join(dataDir, 'storage');
    mkdirSync(this.root, { recursive: true });
  }

  handle(body: Record<string, unknown>): Record<string, unknown> {
    switch (body.action) {
      case 'storage.getUploadMetadata': {
        const cloudPath = this.cloudPath(String(body.path));
        return {
          data: {
            url: `${this.origin()}${UPLOAD_PATH}${encodeURIComponent(cloudPath)}`,
            token: 'local',
            authorization: 'local',
            fileId: this.fileId(cloudPath),
            cosFileId: cloudPath,
          },
        };
      }
      case 'storage.batchGetDownloadUrl': {
        const list = body.file_list as { fileid: string; max_age?: number }[];
        return {
          data: {
            download_list: list.map(({ fileid, max_age }) => {
              const item = this.lookup(fileid);
              const cloudPath = this.pathOf(fileid);
              return {
                ...item,
                maxAge: max_age ?? 86_400,
                // Left unencoded: downloadFile applies encodeURI itself, and encoding twice breaks the path.
                tempFileURL: item.code === 'SUCCESS' ? `${this.origin()}${FILES_PATH}${cloudPath}` : '',
              };
            }),
          },
        };
      }
      case 'storage.batchDeleteFile': {
        const list = body.fileid_list as string[];
        return {
          data: {
            delete_list: list.map((fileid) => {
              const item = this.lookup(fileid);
              if (item.code === 'SUCCESS') rmSync(this.diskPath(this.pathOf(fileid)!));
              return item;
            }),
          },
        };
      }
      default:
        return {
          code: 'INVALID_PARAM',
          message: `action ${String(body.action)} is not supported by the local runtime`,
        };
    }
  }

  /** The PUT the SDK makes with the bytes; an empty 200 is COS's success answer. */
  async receive(request: IncomingMessage, response: ServerResponse, encodedPath: string): Promise<void> {
    this.write(this.cloudPath(decodeURIComponent(encodedPath)), await readBody(request));
    response.writeHead(200);
    response.end('');
  }

  /** What `wx.cloud.uploadFile` does for a signed-in user of the H5 build: store, answer the file ID. */
  upload(rawCloudPath: string, bytes: Buffer): string {
    const cloudPath = this.cloudPath(rawCloudPath);
    this.write(cloudPath, bytes);
    return this.fileId(cloudPath);
  }

  private write(cloudPath: string, bytes: Buffer): void {
    const target = this.diskPath(cloudPath);
    mkdirSync(path.dirname(target), { recursive: true });
    const temporary = `${target}.uploading`;
    const fd = openSync(temporary, 'w');
    writeSync(fd, bytes);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temporary, target);
  }

  serve(response: ServerResponse, encodedPath: string): void {
    const file = this.diskPath(this.cloudPath(decodeURIComponent(encodedPath)));
    if (!existsSync(file)) {
      response.writeHead(404);
      response.end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': statSync(file).size });
    createReadStream(file).pipe(response);
  }

  private fileId(cloudPath: string): string {
    return `cloud://${this.envId}.local/${cloudPath}`;
  }

  private pathOf(fileID: string): string | null {
    const prefix = `cloud://${this.envId}.local/`;
    return fileID.startsWith(prefix) ? this.cloudPath(fileID.slice(prefix.length)) : null;
  }

  private lookup(fileID: string): FileItem {
    const cloudPath = this.pathOf(fileID);
    const found = cloudPath !== null && existsSync(this.diskPath(cloudPath));
    return { fileID, code: found ? 'SUCCESS' : 'STORAGE_FILE_NONEXIST' };
  }

  /** A cloud path never climbs out of the storage root. */
  private cloudPath(raw: string): string {
    const normal = path.posix.normalize(raw.replace(/^\/+/, ''));
    if (normal.startsWith('..') || normal === '.') throw new Error(`invalid cloud path ${raw}`);
    return normal;
  }

  private diskPath(cloudPath: string): string {
    return path.join(this.root, cloudPath);
  }
}
