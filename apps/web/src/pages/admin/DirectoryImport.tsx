import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Modal, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { errorText, type ApiError } from '../../api/client';
import * as dir from '../../api/directory';
import type { DirectoryImportProblem, DirectoryImportResult } from '../../api/types';

const counts = (c: DirectoryImportResult['organizations']) => `新增 ${c.created}，更新 ${c.updated}，未变 ${c.unchanged}`;

/**
 * 批量导入 (SYS_ADMIN): the template, one upload (xlsx or CSV), then either what was created and
 * updated (with first passwords generated for new users, shown once) or every problem row — in
 * which case nothing was written.
 */
export function DirectoryImportButton({ onImported }: { onImported: () => void }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<DirectoryImportResult | null>(null);
  const [problems, setProblems] = useState<DirectoryImportProblem[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const upload = async (file: File) => {
    setBusy(true);
    setResult(null);
    setProblems(null);
    setError(null);
    try {
      const r = await dir.importDirectory(file);
      setResult(r);
      message.success('导入完成');
      onImported();
    } catch (e) {
      const err = e as ApiError;
      if (err.code === 'DIRECTORY_IMPORT_INVALID' && Array.isArray(err.details)) setProblems(err.details as DirectoryImportProblem[]);
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)}>
        批量导入
      </Button>
      <Modal open={open} title="批量导入单位和用户" onCancel={() => setOpen(false)} footer={null} width={760} destroyOnHidden>
        <Typography.Paragraph type="secondary">
          下载模板，在「单位」表和「用户」表中逐行填写（可只填其一），保存为 xlsx 或 CSV 后上传。单位按单位代码、用户按用户名新增或更新，
          重复导入同一文件不会改变任何数据；文件中只要有一处错误，整个文件都不会写入。
        </Typography.Paragraph>
        <Space wrap style={{ marginBottom: 16 }}>
          <Button icon={<DownloadOutlined />} onClick={() => dir.downloadImportTemplate().catch((e) => message.error(errorText(e)))}>
            下载模板
          </Button>
          <Upload
            accept=".xlsx,.csv"
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button type="primary" icon={<UploadOutlined />} loading={busy} data-testid="import-upload">
              选择文件并导入
            </Button>
          </Upload>
        </Space>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="import-error" />}
        {problems && (
          <Table<DirectoryImportProblem>
            size="small"
            rowKey={(p, i) => `${p.sheet}-${p.row}-${p.field}-${i}`}
            dataSource={problems}
            pagination={{ pageSize: 10, showTotal: (t) => `共 ${t} 处` }}
            data-testid="import-problems"
            columns={[
              { title: '表', dataIndex: 'sheet', render: (s: string | null) => s ?? '—', width: 56 },
              { title: '行', dataIndex: 'row', render: (r: number) => (r ? `第${r}行` : '—'), width: 72 },
              { title: '问题', dataIndex: 'message', render: (m: string) => m.replace(/^(「.+?」)?第\d+[行条]：/, '') },
            ]}
          />
        )}
        {result && (
          <div data-testid="import-result">
            <Descriptions size="small" column={1} bordered style={{ marginBottom: 12 }}>
              <Descriptions.Item label="单位">{counts(result.organizations)}</Descriptions.Item>
              <Descriptions.Item label="用户">{counts(result.users)}</Descriptions.Item>
            </Descriptions>
            {result.credentials.length > 0 && (
              <>
                <Alert type="warning" showIcon title="以下新用户的初始密码只显示这一次，请复制后告知本人，并提醒其登录后修改密码" style={{ marginBottom: 8 }} />
                <Table
                  size="small"
                  rowKey="username"
                  dataSource={result.credentials}
                  pagination={false}
                  columns={[
                    { title: '用户名', dataIndex: 'username' },
                    { title: '姓名', dataIndex: 'displayName' },
                    { title: '初始密码', dataIndex: 'password', render: (p: string) => <Typography.Text copyable>{p}</Typography.Text> },
                  ]}
                />
              </>
            )}
          </div>
        )}
      </Modal>
    </>
  );
}
