import { DownloadOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Space, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useState } from 'react';
import { download, errorText } from '../api/client';
import { uploadAttachment } from '../api/misc';
import type { AttachedFile } from '../api/types';

/** A button that downloads an authenticated file. */
export function DownloadButton({
  path,
  name,
  children,
  type = 'link',
  testId,
}: {
  path: string;
  name: string;
  children: React.ReactNode;
  type?: 'link' | 'default';
  testId?: string;
}) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const go = async () => {
    setBusy(true);
    try {
      await download(path, name);
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      type={type}
      size="small"
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={go}
      data-testid={testId}
      style={type === 'link' ? { paddingInline: 0 } : undefined}
    >
      {children}
    </Button>
  );
}

const kb = (n: number) => (n > 1048576 ? `${(n / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

export function AttachmentList({ files }: { files: AttachedFile[] }) {
  if (!files.length) return <span style={{ color: '#999' }}>无附件</span>;
  return (
    <Space direction="vertical" size={2}>
      {files.map((f) => (
        <span key={f.id}>
          <PaperClipOutlined style={{ marginRight: 4, color: '#999' }} />
          <DownloadButton path={`/attachments/${f.id}`} name={f.fileName}>
            {f.fileName}
          </DownloadButton>
          <span style={{ color: '#999', marginLeft: 6, fontSize: 12 }}>{kb(f.size)}</span>
        </span>
      ))}
    </Space>
  );
}

/** Uploads each chosen file at once (POST /attachments) and reports the ids of those that succeeded. */
export function AttachmentUpload({ onChange, testId }: { onChange: (ids: string[]) => void; testId?: string }) {
  const [files, setFiles] = useState<UploadFile[]>([]);
  const sync = (list: UploadFile[]) => {
    setFiles(list);
    onChange(list.filter((f) => f.status === 'done' && f.response?.id).map((f) => f.response.id as string));
  };
  return (
    <Upload
      fileList={files}
      multiple
      accept=".pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png,.ofd"
      customRequest={({ file, onSuccess, onError }) => {
        uploadAttachment(file as File)
          .then((a) => onSuccess?.(a))
          .catch((e) => onError?.(new Error(errorText(e))));
      }}
      onChange={({ fileList }) => sync(fileList.map((f) => (f.status === 'error' ? { ...f, response: errorText(f.error) } : f)))}
    >
      <Button icon={<UploadOutlined />} data-testid={testId}>
        上传附件
      </Button>
      <span style={{ color: '#999', marginLeft: 8, fontSize: 12 }}>PDF、Word、Excel、图片、OFD，单个不超过 20MB</span>
    </Upload>
  );
}
