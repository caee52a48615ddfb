import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { App, Button, Input, Modal, Space, Tag } from 'antd';
import { useState } from 'react';
import { errorText } from '../api/client';
import type { Watch } from '../api/types';
import * as sup from '../api/supervision';
import { useAsync } from '../hooks/useAsync';

/**
 * 关注 / 取消关注 for a supervisor: the whole letter (no deliveryId) or one delivery of it. On a
 * delivery whose letter is already watched, says so and offers to stop watching the letter.
 */
export function WatchButton({ suggestionId, deliveryId, onChange }: { suggestionId: string; deliveryId?: string; onChange?: () => void }) {
  const { message } = App.useApp();
  const watches = useAsync(() => sup.watchlist(suggestionId), [suggestionId]);
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const mine = (watches.data ?? []).find((w) => w.deliveryId === (deliveryId ?? null));
  const letterWatch = deliveryId ? (watches.data ?? []).find((w) => w.deliveryId === null) : undefined;
  const what = deliveryId ? '此送达件' : '此建议';

  const run = async (fn: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await fn();
      message.success(done);
      setAsking(false);
      setNote('');
      watches.reload();
      onChange?.();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const stop = (w: Watch) => run(() => sup.unwatch(w.id), '已取消关注');

  if (watches.loading && !watches.data) return null;
  if (watches.error && !watches.data) return null;
  return (
    <Space size={4} data-testid="watch">
      {letterWatch && !mine ? (
        <>
          <Tag color="purple" icon={<EyeOutlined />}>
            已关注整件建议
          </Tag>
          <Button size="small" icon={<EyeInvisibleOutlined />} loading={busy} onClick={() => stop(letterWatch)} data-testid="unwatch">
            取消关注
          </Button>
        </>
      ) : mine ? (
        <>
          <Tag color="purple" icon={<EyeOutlined />} data-testid="watching">
            已关注{what}
          </Tag>
          <Button size="small" icon={<EyeInvisibleOutlined />} loading={busy} onClick={() => stop(mine)} data-testid="unwatch">
            取消关注
          </Button>
        </>
      ) : (
        <Button icon={<EyeOutlined />} onClick={() => setAsking(true)} data-testid="watch-button">
          关注{what}
        </Button>
      )}
      <Modal
        title={`关注${what}`}
        open={asking}
        okText="关注"
        okButtonProps={{ loading: busy, 'data-testid': 'watch-ok' } as { loading: boolean }}
        onOk={() => run(() => sup.watch({ suggestionId, deliveryId, note: note.trim() || undefined }), '已加入关注清单')}
        onCancel={() => setAsking(false)}
        destroyOnHidden
      >
        <p>关注后，该件出现在您的工作台关注清单中，法院研究室/办公室的待办事项中也会标明您在关注。</p>
        <Input.TextArea
          rows={3}
          maxLength={500}
          showCount
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder="关注理由（可选），仅法院可见"
          aria-label="关注理由"
        />
      </Modal>
    </Space>
  );
}
