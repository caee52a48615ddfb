import { App, Button, Empty, Input, List, Space, Typography } from 'antd';
import { useState } from 'react';
import { errorText } from '../../api/client';
import * as api from '../../api/deliveries';
import { dateTime } from '../../components/labels';
import { useAsync } from '../../hooks/useAsync';

/** 在线互动: the message thread between the court and the recipient. */
export function MessagesThread({ deliveryId, canPost }: { deliveryId: string; canPost: boolean }) {
  const { message } = App.useApp();
  const list = useAsync(() => api.messages(deliveryId), [deliveryId]);
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const send = async () => {
    if (!body.trim()) return;
    setBusy(true);
    try {
      await api.postMessage(deliveryId, { body: body.trim() });
      setBody('');
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
              {m.body}
            </div>
          ))}
        </div>
      ) : (
        <Empty description="暂无互动消息" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
      {canPost && (
        <Space.Compact style={{ width: '100%' }}>
          <Input.TextArea value={body} onChange={(e) => setBody(e.target.value)} placeholder="输入消息，与对方沟通办理事宜" autoSize={{ minRows: 1, maxRows: 4 }} maxLength={4000} />
          <Button type="primary" onClick={send} loading={busy} disabled={!body.trim()}>
            发送
          </Button>
        </Space.Compact>
      )}
    </div>
  );
}

/** 督办意见 from supervisors (人大, higher court) and the court admin. */
export function SupervisionNotes({ deliveryId, canPost }: { deliveryId: string; canPost: boolean }) {
  const { message } = App.useApp();
  const list = useAsync(() => api.supervision(deliveryId), [deliveryId]);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const post = async () => {
    setBusy(true);
    try {
      await api.postSupervision(deliveryId, text.trim());
      setText('');
      message.success('督办意见已发出');
      list.reload();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div data-testid="supervision">
      <List
        size="small"
        locale={{ emptyText: '暂无督办意见' }}
        dataSource={list.data ?? []}
        renderItem={(n) => (
          <List.Item>
            <List.Item.Meta title={`${n.author.name} · ${dateTime(n.createdAt)}`} description={<span className="pre">{n.comment}</span>} />
          </List.Item>
        )}
      />
      {canPost && (
        <div style={{ marginTop: 8 }}>
          <Input.TextArea rows={3} value={text} onChange={(e) => setText(e.target.value)} placeholder="督办意见" maxLength={4000} />
          <Button type="primary" style={{ marginTop: 8 }} disabled={!text.trim()} loading={busy} onClick={post}>
            发出督办意见
          </Button>
        </div>
      )}
      {!canPost && !list.data?.length && <Typography.Text type="secondary" />}
    </div>
  );
}
