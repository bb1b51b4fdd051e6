import { startSdkTarget, targetName, type SdkTarget } from '../support/sdkTarget';

let target: SdkTarget;
beforeAll(async () => {
  target = await startSdkTarget();
});
afterAll(() => target.stop());

const cloudPath = (name: string) => `conformance/${Date.now().toString(36)}/${name}`;

describe(`cloud storage on ${targetName()}`, () => {
  it('uploads, gives a temporary URL that serves the bytes, downloads, and deletes', async () => {
    const bytes = Buffer.from('检修记录：电解槽 3 号');
    const { fileID } = await target.cloud.uploadFile({ cloudPath: cloudPath('note.txt'), fileContent: bytes });
    expect(fileID).toMatch(/^cloud:\/\//);

    const { fileList } = (await target.cloud.getTempFileURL({ fileList: [fileID] }))!;
    expect(fileList[0]).toMatchObject({ fileID, status: 0 });
    const served = await fetch(fileList[0].tempFileURL);
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);

    const downloaded = await target.cloud.downloadFile({ fileID });
    expect(Buffer.from(downloaded.fileContent as Buffer).equals(bytes)).toBe(true);

    const deleted = (await target.cloud.deleteFile({ fileList: [fileID] }))!;
    expect(deleted.fileList[0]).toMatchObject({ fileID, status: 0 });
    const after = (await target.cloud.getTempFileURL({ fileList: [fileID] }))!;
    expect(after.fileList[0].status).not.toBe(0);
  });

  it('reports a file that does not exist per file, not as a failed call', async () => {
    const missing = `cloud://${target.local?.envId ?? 'env'}.local/${cloudPath('missing.png')}`;
    const { fileList } = (await target.cloud.getTempFileURL({ fileList: [missing] }))!;
    expect(fileList[0]).toMatchObject({ fileID: missing, status: -503003, tempFileURL: '' });
  });
});
