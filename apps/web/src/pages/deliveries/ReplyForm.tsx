import { Alert, App, Button, Card, Form, Input, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { errorText } from '../../api/client';
import * as api from '../../api/deliveries';
import type { Delivery, Reply, SuggestionItem } from '../../api/types';
import { AttachmentUpload } from '../../components/Files';
import { dateTime, STANCE } from '../../components/labels';

interface Values {
  content: string;
  measures?: string;
  items: { stance?: Reply['items'][number]['stance']; note?: string }[];
}

/**
 * The reply, item by item (采纳 / 部分采纳 / 不采纳 with a note), with attachments. It can be saved
 * (暂存) and taken up again; a reply the agency leader returned comes back with the leader's
 * comment; submitting asks for confirmation first.
 */
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
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<string[]>([]);
  const [busy, setBusy] = useState<'draft' | 'submit' | null>(null);
  // A saved or returned reply is taken up where it was left.
  const earlier = delivery.reply && (delivery.reply.status === 'DRAFT' || delivery.reply.status === 'RETURNED') ? delivery.reply : null;
  const initialValues: Values = {
    content: earlier?.content ?? '',
    measures: earlier?.measures ?? '',
    items: items.map((it) => {
      const e = earlier?.items?.find((x) => x.index === it.index);
      return { stance: e?.stance, note: e?.note || undefined };
    }),
  };
  const send = async (v: Values, draft: boolean) => {
    setBusy(draft ? 'draft' : 'submit');
    try {
      const d = await api.reply(delivery.id, {
        version: delivery.version,
        content: v.content || undefined,
        measures: v.measures || undefined,
        items: items.flatMap((it, i) => (v.items?.[i]?.stance ? [{ index: it.index, stance: v.items[i].stance!, note: v.items[i].note || undefined }] : [])),
        attachmentIds: files,
        draft: draft || undefined,
      });
      message.success(draft ? '回复已暂存，可随时继续填写' : d.reply?.status === 'PENDING_APPROVAL' ? '回复已送单位负责人审批' : '回复已提交法院');
      onDone(d);
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(null);
    }
  };
  const submit = (v: Values) =>
    modal.confirm({
      title: '确认提交回复？',
      content: '提交后回复将送单位负责人审批或直接送达法院，不能再修改。',
      okText: '确认提交',
      cancelText: '再看看',
      okButtonProps: { 'data-testid': 'reply-confirm' } as never,
      onOk: () => send(v, false),
    });
  return (
    <Card title="填写回复" size="small" style={{ marginBottom: 12 }} data-testid="reply-form">
      {earlier?.status === 'RETURNED' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="reply-returned"
          title={`单位负责人退回了回复（${earlier.returnedByName ?? ''} ${dateTime(earlier.returnedAt)}）`}
          description={earlier.returnComment}
        />
      )}
      {earlier?.status === 'DRAFT' && <Typography.Paragraph type="secondary">已载入 {dateTime(earlier.writtenAt)} 暂存的回复。</Typography.Paragraph>}
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={initialValues} scrollToFirstError>
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
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={busy === 'submit'} data-testid="reply-submit">
            提交回复
          </Button>
          <Button loading={busy === 'draft'} onClick={() => send(form.getFieldsValue(true), true)} data-testid="reply-save">
            暂存
          </Button>
          <Button onClick={onCancel}>取消</Button>
        </Space>
      </Form>
    </Card>
  );
}
