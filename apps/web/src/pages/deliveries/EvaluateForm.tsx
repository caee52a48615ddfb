import { App, Button, Card, DatePicker, Form, Input, Radio, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { errorText } from '../../api/client';
import * as api from '../../api/deliveries';
import type { Delivery, EvaluationResult, SuggestionItem } from '../../api/types';
import { EVAL_RESULT, STANCE } from '../../components/labels';

interface Values {
  result: EvaluationResult;
  comment?: string;
  followUpDate?: Dayjs;
  items: { result: EvaluationResult; note?: string }[];
}

const options = Object.entries(EVAL_RESULT).map(([value, label]) => ({ value, label }));

/**
 * The court's evaluation: its own judgement of every recommendation (采纳 / 部分采纳 / 未采纳 with a
 * note), the agency's stance shown beside each, and the overall result.
 */
export function EvaluateForm({
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
  const [busy, setBusy] = useState(false);
  const stances = new Map((delivery.reply?.items ?? []).map((i) => [i.index, i]));
  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const d = await api.evaluate(delivery.id, {
        version: delivery.version,
        result: v.result,
        comment: v.comment || undefined,
        followUpDate: v.followUpDate ? v.followUpDate.format('YYYY-MM-DD') : undefined,
        items: items.map((it, i) => ({ index: it.index, result: v.items[i].result, note: v.items[i].note || undefined })),
      });
      message.success('评价已保存');
      onDone(d);
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title="评价回复" size="small" style={{ marginBottom: 12 }} data-testid="evaluate-form">
      <Form<Values> layout="vertical" onFinish={submit} initialValues={{ items: items.map(() => ({})) }} scrollToFirstError>
        {items.map((it, i) => {
          const s = stances.get(it.index);
          return (
            <div className="letter-item" key={it.index} data-testid="evaluate-item">
              <Typography.Text strong>建议{it.index}：</Typography.Text>
              <span className="pre">{it.recommendation}</span>
              <div style={{ marginTop: 4 }}>
                <Typography.Text type="secondary">收件单位表态：</Typography.Text>
                {s?.stance ? <Tag>{STANCE[s.stance]}</Tag> : '—'}
                {s?.note && <span className="pre">{s.note}</span>}
              </div>
              <Form.Item
                name={['items', i, 'result']}
                label="法院评价"
                rules={[{ required: true, message: '请逐项评价' }]}
                style={{ marginTop: 8, marginBottom: 8 }}
              >
                <Radio.Group optionType="button" buttonStyle="solid" options={options} />
              </Form.Item>
              <Form.Item name={['items', i, 'note']} style={{ marginBottom: 0 }}>
                <Input.TextArea rows={2} placeholder="评价说明（可不填）" />
              </Form.Item>
            </div>
          );
        })}
        <Form.Item name="result" label="总体评价" rules={[{ required: true, message: '请选择总体评价' }]}>
          <Radio.Group optionType="button" buttonStyle="solid" options={options} />
        </Form.Item>
        <Form.Item name="comment" label="评价意见">
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="followUpDate" label="回访日期（采纳或部分采纳时，不填为三个月后）">
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
        </Form.Item>
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="evaluate-submit">
            保存评价
          </Button>
          <Button onClick={onCancel}>取消</Button>
        </Space>
      </Form>
    </Card>
  );
}
