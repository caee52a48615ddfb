import { EyeOutlined, FlagOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { errorText } from '../../api/client';
import * as api from '../../api/deliveries';
import type { DeliverySupervisionNote, DeliveryWatcher } from '../../api/types';
import { AttachmentList, AttachmentUpload } from '../../components/Files';
import { dateTime } from '../../components/labels';
import { useAsync } from '../../hooks/useAsync';

/** 在线互动: the message thread between the court and the recipient. */
export function MessagesThread({ deliveryId, canPost }: { deliveryId: string; canPost: boolean }) {
  const { message } = App.useApp();
  const list = useAsync(() => api.messages(deliveryId), [deliveryId]);
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<string[]>([]);
  const [uploadKey, setUploadKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const send = async () => {
    if (!body.trim()) return;
    setBusy(true);
    try {
      await api.postMessage(deliveryId, { body: body.trim(), attachmentIds: files });
      setBody('');
      setFiles([]);
      setUploadKey((k) => k + 1);
      list.reload();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div data-testid="messages">
      {list.data?.length ? (
        <div style={{ display: 'flex', flexDirection: 'column', marginBottom: 12 }}>
          {list.data.map((m) => (
            <div key={m.id} className={`msg ${m.side === 'COURT' ? 'msg-court' : 'msg-recipient'}`}>
              <div style={{ fontSize: 12, color: '#888' }}>
                {m.author.name} · {dateTime(m.createdAt)}
              </div>
              <div className="pre">{m.body}</div>
              {m.attachments.length > 0 && <AttachmentList files={m.attachments} />}
            </div>
          ))}
        </div>
      ) : (
        <Empty description="暂无互动消息" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
      {canPost && (
        <Space.Compact style={{ width: '100%' }}>
          <Input.TextArea
            value={body}
            onChange={(e) => setBody(e.target.value)}
            placeholder="输入消息，与对方沟通办理事宜"
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={4000}
          />
          <Button type="primary" onClick={send} loading={busy} disabled={!body.trim()}>
            发送
          </Button>
        </Space.Compact>
      )}
      {canPost && (
        <div style={{ marginTop: 8 }}>
          <AttachmentUpload key={uploadKey} onChange={setFiles} testId="message-upload" />
        </div>
      )}
    </div>
  );
}

/** A person with their organization, unless the name already says it ("韩主任(金华市人大常委会)"). */
const who = (name: string, org: string) => (name.includes(org) ? name : `${org} ${name}`);

/**
 * 督办意见 from supervisors (人大, higher court) and the court admin, latest first, shown above
 * everything else on the delivery; who may post gets the form here.
 */
export function SupervisionNotes({
  deliveryId,
  notes,
  watchedBy,
  canPost,
  onPosted,
}: {
  deliveryId: string;
  notes: DeliverySupervisionNote[];
  watchedBy: DeliveryWatcher[];
  canPost: boolean;
  onPosted: () => void;
}) {
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(false);
  if (!notes.length && !watchedBy.length && !canPost) return null;
  const post = async () => {
    setBusy(true);
    try {
      await api.postSupervision(deliveryId, text.trim());
      setText('');
      setOpen(false);
      message.success('督办意见已发出');
      onPosted();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const watchers = watchedBy.map((w) => `${who(w.name, w.organizationName)}（${w.scope === 'LETTER' ? '整件建议' : '本送达件'}）`).join('；');
  return (
    <Card
      size="small"
      className={notes.length ? 'supervision-card' : undefined}
      style={{ marginBottom: 12 }}
      title={
        <Space>
          <FlagOutlined style={{ color: '#cf1322' }} />
          督办意见{notes.length ? `（${notes.length}）` : ''}
        </Space>
      }
      extra={
        canPost && !open ? (
          <Button size="small" type="primary" danger onClick={() => setOpen(true)} data-testid="supervise-open">
            发出督办意见
          </Button>
        ) : undefined
      }
      data-testid="supervision"
    >
      {watchedBy.length > 0 && (
        <Typography.Paragraph style={{ marginBottom: 8 }} data-testid="watched-by">
          <Tag color="purple" icon={<EyeOutlined />}>
            关注
          </Tag>
          {watchers}
        </Typography.Paragraph>
      )}
      {notes.map((n) => (
        <div key={n.id} className="supervision-note" data-testid="supervision-note">
          <div className="pre">{n.comment}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {who(n.author.name, n.author.organizationName)} · {dateTime(n.createdAt)}
          </Typography.Text>
        </div>
      ))}
      {!notes.length && <Typography.Text type="secondary">暂无督办意见</Typography.Text>}
      {canPost && open && (
        <div style={{ marginTop: 8 }}>
          <Input.TextArea
            rows={3}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="督办意见（收件单位和发文法院均会收到通知）"
            aria-label="督办意见"
            maxLength={4000}
          />
          <Space style={{ marginTop: 8 }}>
            <Button type="primary" danger disabled={!text.trim()} loading={busy} onClick={post} data-testid="supervise-submit">
              发出
            </Button>
            <Button onClick={() => setOpen(false)}>取消</Button>
          </Space>
        </div>
      )}
    </Card>
  );
}
