import { App, Button, Card, Form, Input, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { errorText } from '../../api/client';
import * as api from '../../api/deliveries';
import type { Delivery, Reply, SuggestionItem } from '../../api/schema';
import { AttachmentUpload } from '../../components/Files';
import { STANCE } from '../../components/labels';

interface Values {
  content: string;
  measures?: string;
  items: { stance: Reply['items'][number]['stance']; note?: string }[];
}

/** The reply, item by item (采纳 / 部分采纳 / 不采纳 with a note), with attachments. */
export function ReplyForm({
  delivery,
  items,
  onDone,
  onCancel,
}: {
  delivery: Delivery;
  items: SuggestionItem[];
  onDone: (d: Delivery) => void;
  onCancel: () => void;
}) {
  const { message } = App.useApp();
  const [files, setFiles] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const d = await api.reply(delivery.id, {
        version: delivery.version,
        content: v.content,
        measures: v.measures || undefined,
        items: items.map((it, i) => ({ index: it.index, stance: v.items[i].stance, note: v.items[i].note || undefined })),
        attachmentIds: files,
      });
      message.success(d.reply?.status === 'PENDING_APPROVAL' ? '回复已保存，待单位负责人审批' : '回复已提交法院');
      onDone(d);
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title="填写回复" size="small" style={{ marginBottom: 12 }} data-testid="reply-form">
      <Form<Values> layout="vertical" onFinish={submit} initialValues={{ items: items.map(() => ({})) }} scrollToFirstError>
        {items.map((it, i) => (
          <div className="letter-item" key={it.index} data-testid="reply-item">
            <Typography.Text strong>建议{it.index}：</Typography.Text>
            <span className="pre">{it.recommendation}</span>
            <Form.Item
              name={['items', i, 'stance']}
              label="意见"
              rules={[{ required: true, message: '请选择是否采纳' }]}
              style={{ marginTop: 8, marginBottom: 8 }}
            >
              <Radio.Group optionType="button" buttonStyle="solid" options={Object.entries(STANCE).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
            <Form.Item name={['items', i, 'note']} style={{ marginBottom: 0 }}>
              <Input.TextArea rows={2} placeholder="采纳措施或不采纳理由" />
            </Form.Item>
          </div>
        ))}
        <Form.Item name="content" label="回复正文" rules={[{ required: true, message: '请填写回复正文' }]}>
          <Input.TextArea rows={5} />
        </Form.Item>
        <Form.Item name="measures" label="整改措施">
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item label="附件">
          <AttachmentUpload onChange={setFiles} testId="reply-upload" />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="reply-submit">
            提交回复
          </Button>
          <Button onClick={onCancel}>取消</Button>
        </Space>
      </Form>
    </Card>
  );
}
