import { App, Button, Card, Drawer, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { errorText } from '../../api/client';
import * as misc from '../../api/misc';
import type { DevMail, DevMailSummary, MailRow } from '../../api/types';
import { dateTime } from '../../components/labels';
import { useAsync } from '../../hooks/useAsync';

/** The mail server's (English) answer in words; the answer itself is a hover away for whoever diagnoses it. */
function smtpError(e: string | null) {
  if (!e) return '—';
  const text = /\b5\d\d\b/.test(e)
    ? '对方邮件服务器拒收（地址无效或被拒绝）'
    : /\b4\d\d\b/.test(e)
      ? '对方邮件服务器暂时拒收'
      : /ECONN|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|connect|timeout|socket/i.test(e)
        ? '无法连接邮件服务器'
        : '发送失败';
  return (
    <Tooltip title={e}>
      <Typography.Text type="danger">{text}</Typography.Text>
    </Tooltip>
  );
}

/** Failed outgoing mail with retry, and (dev/demo only) the mails the built-in catcher caught. */
export default function MailsPage() {
  return (
    <>
      <div className="page-head">
        <Typography.Title level={4}>邮件</Typography.Title>
      </div>
      <Card size="small">
        <Tabs
          items={[
            { key: 'failed', label: '发送失败', children: <FailedMails /> },
            { key: 'caught', label: '演示邮箱（开发/演示环境）', children: <CaughtMails /> },
          ]}
        />
      </Card>
    </>
  );
}

function FailedMails() {
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const list = useAsync(() => misc.adminMails({ status: 'FAILED', page, pageSize: 20 }), [page]);
  const retry = async (m: MailRow) => {
    try {
      await misc.retryMail(m.id);
      message.success('已重新发送');
      list.reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  if (list.error) return <Typography.Text type="danger">{list.error}</Typography.Text>;
  if (list.data === null) return <Typography.Text type="secondary">邮件发送记录暂未开放。</Typography.Text>;
  return (
    <Table<MailRow>
      rowKey="id"
      size="small"
      loading={list.loading}
      dataSource={list.data?.items ?? []}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: '没有发送失败的邮件' }}
      pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage }}
      columns={[
        { title: '收件人', dataIndex: 'to', render: (t: MailRow['to']) => (Array.isArray(t) ? t.join(', ') : t) },
        { title: '主题', dataIndex: 'subject' },
        { title: '次数', dataIndex: 'attempts' },
        { title: '错误', dataIndex: 'lastError', render: smtpError },
        { title: '时间', dataIndex: 'createdAt', render: (v: string) => dateTime(v) },
        { title: '', key: 'op', render: (_, m) => <Button onClick={() => retry(m)}>重发</Button> },
      ]}
    />
  );
}

function CaughtMails() {
  const [page, setPage] = useState(1);
  const list = useAsync(() => misc.devMails({ page, pageSize: 20 }), [page]);
  const [open, setOpen] = useState<DevMail | null>(null);
  if (list.error) return <Typography.Text type="secondary">仅开发/演示环境提供演示邮箱（{list.error}）</Typography.Text>;
  return (
    <>
      <Table<DevMailSummary>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage }}
        onRow={(m) => ({ onClick: () => misc.devMail(m.id).then(setOpen), style: { cursor: 'pointer' } })}
        columns={[
          { title: '收件人', dataIndex: 'to', render: (t: string[]) => t.map((x) => <Tag key={x}>{x}</Tag>) },
          { title: '主题', dataIndex: 'subject' },
          { title: '收到时间', dataIndex: 'receivedAt', render: dateTime },
        ]}
      />
      <Drawer open={!!open} onClose={() => setOpen(null)} title={open?.subject} size={640}>
        {open && (
          <>
            <Typography.Paragraph type="secondary">
              {open.from} → {open.to.join(', ')} · {dateTime(open.receivedAt)}
            </Typography.Paragraph>
            <Typography.Paragraph className="pre">{open.text ?? '（无纯文本内容）'}</Typography.Paragraph>
          </>
        )}
      </Drawer>
    </>
  );
}
