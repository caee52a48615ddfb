import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Empty, Input, Modal, Row, Segmented, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { errorText } from '../../api/client';
import * as api from '../../api/cases';
import type { Lead, LeadStatus } from '../../api/cases';
import { useAuth } from '../../auth/AuthContext';
import { EChart } from '../../components/EChart';
import { useAsync } from '../../hooks/useAsync';

const STATUS: Record<LeadStatus, [string, string]> = { NEW: ['待研判', 'blue'], DRAFTED: ['已起草', 'green'], DISMISSED: ['已排除', 'default'] };
const pct = (x: number | null) => (x === null ? '上年同期无' : `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`);

/** 类案线索: what the court's caseload suggests writing about, with its evidence; a judge drafts from it, anyone of the court may dismiss it. */
export default function LeadsPage() {
  const { has } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [status, setStatus] = useState<LeadStatus>('NEW');
  const list = useAsync(() => api.leads({ status }), [status]);
  const [busy, setBusy] = useState(false);
  const [dismissing, setDismissing] = useState<Lead | null>(null);
  const [reason, setReason] = useState('');

  const refresh = async () => {
    setBusy(true);
    try {
      const r = await api.refreshLeads();
      message.success(`已重新研判，发现${r.upserted}条线索`);
      list.reload();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const draft = async (l: Lead) => {
    setBusy(true);
    try {
      const s = await api.draftFromLead(l.id);
      message.success('已据此起草建议稿，请修改完善');
      navigate(`/suggestions/${s.id}/edit`);
    } catch (e) {
      message.error(errorText(e));
      setBusy(false);
    }
  };
  const dismiss = async () => {
    if (!dismissing) return;
    try {
      await api.dismissLead(dismissing.id, reason, dismissing.version);
      setDismissing(null);
      setReason('');
      list.reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <>
      <div className="page-head">
        <Typography.Title level={4}>类案线索</Typography.Title>
        <Space wrap>
          <Segmented<LeadStatus>
            value={status}
            onChange={setStatus}
            options={(Object.keys(STATUS) as LeadStatus[]).map((s) => ({ value: s, label: STATUS[s][0] }))}
            data-testid="lead-status"
          />
          {has('COURT_ADMIN') && (
            <Button icon={<ReloadOutlined />} loading={busy} onClick={refresh} data-testid="leads-refresh">
              立即研判
            </Button>
          )}
        </Space>
      </div>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title="根据本院及辖区法院近12个完整月份的立案数据，自动发现同比明显上升的案由和涉诉较多的单位，供研判是否发出类案司法建议。"
      />
      {!list.data ? (
        <Skeleton active />
      ) : list.data.items.length ? (
        <Row gutter={[12, 12]} data-testid="leads">
          {list.data.items.map((l) => (
            <Col key={l.id} xs={24} xl={12}>
              <LeadCard l={l} busy={busy} onDraft={() => draft(l)} onDismiss={() => setDismissing(l)} />
            </Col>
          ))}
        </Row>
      ) : (
        <Empty description="暂无线索" />
      )}
      <Modal
        title="排除线索"
        open={!!dismissing}
        onOk={dismiss}
        onCancel={() => setDismissing(null)}
        okText="排除"
        cancelText="取消"
        okButtonProps={{ disabled: !reason.trim() }}
      >
        <Input.TextArea aria-label="排除理由" placeholder="请说明排除理由" value={reason} onChange={(e) => setReason(e.target.value)} rows={3} />
      </Modal>
    </>
  );
}

function LeadCard({ l, busy, onDraft, onDismiss }: { l: Lead; busy: boolean; onDraft: () => void; onDismiss: () => void }) {
  const subject = l.kind === 'PARTY' ? `${l.partyName}涉诉案件较多` : `${l.cause?.name ?? ''}${l.keyword ? `（${l.keyword}）` : ''}案件上升`;
  const months = l.evidence.monthly ?? [];
  return (
    <Card
      size="small"
      data-testid="lead-card"
      title={
        <Space wrap size={4}>
          <span>{subject}</span>
          <Tag color={STATUS[l.status][1]}>{STATUS[l.status][0]}</Tag>
        </Space>
      }
      extra={<Typography.Text type="secondary">{l.courtName}</Typography.Text>}
    >
      <Row gutter={8}>
        <Col span={8}>
          <Statistic title={`${l.periodFrom}至${l.periodTo}`} value={l.cases} suffix="件" />
        </Col>
        <Col span={8}>
          <Statistic title="上年同期" value={l.previousCases} suffix="件" />
        </Col>
        <Col span={8}>
          <Statistic title="同比" value={pct(l.growth)} valueStyle={{ color: (l.growth ?? 1) > 0 ? '#cf1322' : '#389e0d' }} />
        </Col>
      </Row>
      <EChart
        height={140}
        option={{
          grid: { left: 30, right: 8, top: 10, bottom: 20 },
          tooltip: { trigger: 'axis' },
          xAxis: { type: 'category', data: months.map((m) => m.month) },
          yAxis: { type: 'value', minInterval: 1 },
          series: [{ name: '立案数', type: 'bar', data: months.map((m) => m.cases), itemStyle: { color: '#1677ff' } }],
        }}
      />
      <Space direction="vertical" size={2} style={{ width: '100%' }}>
        {!!l.evidence.topParties?.length && (
          <Typography.Text>涉诉较多单位：{l.evidence.topParties.map((p) => `${p.name}（${p.cases}件）`).join('、')}</Typography.Text>
        )}
        {!!l.evidence.topCauses?.length && (
          <Typography.Text>主要案由：{l.evidence.topCauses.map((c) => `${c.name}（${c.cases}件）`).join('、')}</Typography.Text>
        )}
        <Typography.Text type="secondary">典型案例：{l.evidence.sampleCaseNumbers.join('、') || '—'}</Typography.Text>
        <Typography.Text>建议主送：{l.suggestedOrganization?.name ?? (l.authority ? `${l.authority}（目录中未找到）` : '未匹配主管机关')}</Typography.Text>
        {l.answeredBy && (
          <Alert
            type="warning"
            showIcon
            data-testid="lead-answered"
            title={
              <span>
                已有建议回应：<Link to={`/suggestions/${l.answeredBy.id}`}>{l.answeredBy.docNumber ?? l.answeredBy.title}</Link>
              </span>
            }
          />
        )}
        {l.status === 'DISMISSED' && <Typography.Text type="secondary">排除理由：{l.dismissReason}</Typography.Text>}
        {l.draftId && <Link to={`/suggestions/${l.draftId}`}>查看据此起草的建议</Link>}
      </Space>
      {!!l.allowedActions.length && (
        <Space style={{ marginTop: 8 }} wrap>
          {l.allowedActions.includes('DRAFT') && (
            <Button type="primary" loading={busy} onClick={onDraft} data-testid="lead-draft">
              据此起草
            </Button>
          )}
          {l.allowedActions.includes('DISMISS') && <Button onClick={onDismiss}>排除</Button>}
        </Space>
      )}
    </Card>
  );
}
