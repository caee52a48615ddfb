import { InfoCircleOutlined } from '@ant-design/icons';
import { Card, Col, Row, Statistic, Tooltip, Typography } from 'antd';
import type { Metric, Overview } from '../../api/types';
import { formatNumber, formatRate } from './format';

type Kind = 'count' | 'rate' | 'value';
const CARDS: { key: string; label: string; kind: Kind; pick: (o: Overview) => Metric }[] = [
  { key: 'issued', label: '发送件数', kind: 'count', pick: (o) => o.issued },
  { key: 'signRate', label: '签收率', kind: 'rate', pick: (o) => o.signRate },
  { key: 'feedbackRate', label: '反馈率', kind: 'rate', pick: (o) => o.feedbackRate },
  { key: 'onTimeFeedbackRate', label: '按期反馈率', kind: 'rate', pick: (o) => o.onTimeFeedbackRate },
  { key: 'adoptionRate', label: '采纳率', kind: 'rate', pick: (o) => o.adoptionRate },
  { key: 'itemAdoptionRate', label: '逐项采纳率', kind: 'rate', pick: (o) => o.itemAdoptionRate },
  { key: 'implementationRate', label: '落实率', kind: 'rate', pick: (o) => o.implementationRate },
  { key: 'avgHoursToSign', label: '平均签收时长', kind: 'value', pick: (o) => o.avgHoursToSign },
  { key: 'p90HoursToSign', label: '签收时长P90', kind: 'value', pick: (o) => o.p90HoursToSign },
  { key: 'avgDaysToReply', label: '平均回复天数', kind: 'value', pick: (o) => o.avgDaysToReply },
  { key: 'p90DaysToReply', label: '回复天数P90', kind: 'value', pick: (o) => o.p90DaysToReply },
  { key: 'overdue.sign', label: '逾期未签收', kind: 'count', pick: (o) => o.overdue.sign },
  { key: 'overdue.reply', label: '逾期未回复', kind: 'count', pick: (o) => o.overdue.reply },
  { key: 'overdue.followUp', label: '逾期未落实', kind: 'count', pick: (o) => o.overdue.followUp },
  { key: 'major', label: '重大建议', kind: 'count', pick: (o) => o.major },
  { key: 'copiedToSuperior', label: '抄送上级', kind: 'count', pick: (o) => o.copiedToSuperior },
  { key: 'escalatedAdopted', label: '工作建议被上级采用', kind: 'count', pick: (o) => o.escalatedAdopted ?? { numerator: 0, denominator: 0, rate: null } },
];

const UNIT: Record<string, string> = { avgHoursToSign: '小时', p90HoursToSign: '小时', avgDaysToReply: '天', p90DaysToReply: '天' };

/** Every figure as numerator / denominator and percentage, with its definition a hover away. */
export function MetricCards({ o }: { o: Overview }) {
  return (
    <Row gutter={[12, 12]} data-testid="metric-cards">
      {CARDS.map((c) => {
        const m = c.pick(o);
        const def = o.definitions?.[c.key]?.zh;
        const value = c.kind === 'rate' ? formatRate(m.rate) : c.kind === 'count' ? String(m.numerator) : formatNumber(m.rate);
        const red = c.key.startsWith('overdue') && m.numerator > 0;
        return (
          <Col xs={12} sm={8} lg={6} xl={4} key={c.key}>
            <Card size="small" className="metric-card" data-testid={`metric-${c.key}`}>
              <Statistic
                title={
                  <span>
                    {c.label}{' '}
                    {def && (
                      <Tooltip title={def}>
                        <InfoCircleOutlined style={{ color: '#999' }} aria-label={`${c.label}的定义`} />
                      </Tooltip>
                    )}
                  </span>
                }
                value={value}
                suffix={c.kind === 'value' && m.rate !== null ? UNIT[c.key] : undefined}
                styles={{ content: red ? { color: '#cf1322' } : undefined }}
              />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {c.kind === 'rate'
                  ? `${m.numerator} / ${m.denominator}`
                  : c.kind === 'value'
                    ? `${m.denominator} 件计`
                    : c.key.startsWith('overdue')
                      ? `共 ${m.denominator} 件在途`
                      : '\u00a0'}
              </Typography.Text>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
