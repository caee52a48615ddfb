import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Collapse, Empty, Result, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import * as api from '../../api/deliveries';
import type { Delivery, DeliveryAction } from '../../api/types';
import { documentPath, getSuggestion, receiptPath, timeline } from '../../api/suggestions';
import { ActionModal, ActionSpec } from '../../components/ActionForm';
import { AttachmentList, DownloadButton } from '../../components/Files';
import { DELIVERY_ACTION } from '../../components/labels';
import { ColourTag, DeliveryStatusTag } from '../../components/Tags';
import { TimelineView } from '../../components/TimelineView';
import { WatchButton } from '../../components/WatchButton';
import { COURT_ROLES, useAuth } from '../../auth/AuthContext';
import { useAsync } from '../../hooks/useAsync';
import { LetterContent } from '../suggestions/LetterContent';
import { MessagesThread, SupervisionNotes } from './Conversation';
import { deliveryActionSpec } from './delivery-actions';
import { DeliveryFacts, DeliveryProgress } from './DeliveryPanels';
import { EvaluateForm } from './EvaluateForm';
import { ReplyForm } from './ReplyForm';

const PRIMARY: DeliveryAction[] = ['SIGN', 'READ', 'REPLY', 'APPROVE_REPLY', 'EVALUATE', 'CONFIRM_IMPLEMENTATION', 'REPORT_IMPLEMENTATION', 'DECIDE_EXTENSION'];
const INLINE: DeliveryAction[] = ['MESSAGE', 'SUPERVISE'];

/** One recipient's copy of a letter: what it asks, where it stands, and what the caller may do now. */
export default function DeliveryPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { has } = useAuth();
  const del = useAsync(() => api.getDelivery(id), [id]);
  const d = del.data;
  const letter = useAsync(() => (d ? getSuggestion(d.suggestionId) : Promise.resolve(undefined)), [d?.suggestionId]);
  const tl = useAsync(() => (d ? timeline(d.suggestionId) : Promise.resolve([])), [d?.suggestionId, d?.version]);
  const [spec, setSpec] = useState<ActionSpec<Delivery> | null>(null);
  const [replying, setReplying] = useState(false);
  const [evaluating, setEvaluating] = useState(false);
  if (del.error && !d)
    return <Result status="404" title="未找到该送达件" subTitle={del.error} extra={<Button onClick={() => navigate('/deliveries')}>返回</Button>} />;
  if (!d) return <Skeleton active />;
  const done = (next: Delivery) => {
    setSpec(null);
    setReplying(false);
    setEvaluating(false);
    // 抄送上级 answers the new copy: show it.
    if (next.id !== d.id) return navigate(`/deliveries/${next.id}`);
    del.setData(next);
  };
  const act = (a: DeliveryAction) => (a === 'REPLY' ? setReplying(true) : a === 'EVALUATE' ? setEvaluating(true) : setSpec(deliveryActionSpec(a, d)));
  const buttons = d.allowedActions.filter((a) => !INLINE.includes(a) && (a === 'REPLY' || a === 'EVALUATE' || deliveryActionSpec(a, d)));
  const items = letter.data?.items ?? [];
  const entries = (tl.data ?? []).filter((e) => e.deliveryId === d.id || (!e.deliveryId && e.action.startsWith('suggestion.issued')));
  const files = d.attachments;
  return (
    <>
      <div className="page-head">
        <Space direction="vertical" size={2} style={{ minWidth: 0 }}>
          <Link to="/deliveries">
            <ArrowLeftOutlined /> 返回
          </Link>
          <Typography.Title level={4} data-testid="delivery-title">
            {d.suggestionTitle}
          </Typography.Title>
          <Space wrap size={4}>
            <Typography.Text strong>{d.docNumber}</Typography.Text>
            <span data-testid="delivery-status">
              <DeliveryStatusTag status={d.status} kind={d.kind} replyStatus={d.reply?.status} />
            </span>
            {d.kind === 'MAIN' ? <ColourTag colour={d.colour} status={d.status} /> : <Tag>抄送</Tag>}
            {d.dueDate && <Typography.Text type="secondary">期限 {d.dueDate}</Typography.Text>}
          </Space>
        </Space>
        <Space wrap data-testid="delivery-actions">
          {buttons.map((a) => (
            <Button key={a} type={PRIMARY.includes(a) ? 'primary' : 'default'} danger={a === 'REJECT' || a === 'RETURN_REPLY'} onClick={() => act(a)}>
              {a === 'REPLY' && d.reply && d.reply.status !== 'SUBMITTED' ? '继续填写回复' : (DELIVERY_ACTION[a] ?? '办理')}
            </Button>
          ))}
          {has('SUPERVISOR') && <WatchButton suggestionId={d.suggestionId} deliveryId={d.id} onChange={del.reload} />}
          <DownloadButton
            type="default"
            path={receiptPath(d.suggestionId, d.id)}
            name={`送达回证-${d.docNumber ?? d.suggestionTitle}-${d.organizationName}.pdf`}
            testId="receipt"
          >
            送达回证
          </DownloadButton>
          {d.copyNote && (
            <DownloadButton
              type="default"
              path={documentPath(d.suggestionId, 'pdf', d.id)}
              name={`${d.docNumber ?? d.suggestionTitle}-抄送件.pdf`}
              testId="copy-pdf"
            >
              抄送件 PDF
            </DownloadButton>
          )}
          {has(...COURT_ROLES, 'SUPERVISOR') && <Link to={`/suggestions/${d.suggestionId}`}>查看建议全貌</Link>}
        </Space>
      </div>
      {d.copyNote && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title="抄送说明（法释〔2023〕11号 第九条）" description={d.copyNote} data-testid="copy-note" />
      )}
      <SupervisionNotes
        deliveryId={d.id}
        notes={d.supervisionNotes ?? []}
        watchedBy={d.watchedBy ?? []}
        canPost={d.allowedActions.includes('SUPERVISE')}
        onPosted={del.reload}
      />
      {replying && letter.data && <ReplyForm delivery={d} items={items} onDone={done} onCancel={() => setReplying(false)} />}
      {evaluating && letter.data && <EvaluateForm delivery={d} items={items} onDone={done} onCancel={() => setEvaluating(false)} />}
      <Card size="small" style={{ marginBottom: 12 }}>
        <DeliveryFacts d={d} />
      </Card>
      <Card size="small" style={{ marginBottom: 12 }}>
        <DeliveryProgress d={d} items={items} />
        {!d.reply && !d.rejection && !d.extension && !d.evaluation && <Typography.Text type="secondary">尚未回复</Typography.Text>}
        {files.length > 0 && (
          <div style={{ marginTop: 8 }}>
            <Typography.Text strong>回复与落实材料：</Typography.Text>
            <AttachmentList files={files} />
          </div>
        )}
      </Card>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Collapse
          ghost
          defaultActiveKey={d.status === 'DELIVERED' || d.status === 'SIGNED' ? ['letter'] : []}
          items={[
            {
              key: 'letter',
              label: <Typography.Text strong>司法建议书内容</Typography.Text>,
              children: letter.data ? (
                <>
                  <LetterContent s={letter.data} />
                  <Typography.Text strong>附件：</Typography.Text>
                  <AttachmentList files={letter.data.attachments} />
                </>
              ) : (
                <Skeleton active />
              ),
            },
          ]}
        />
      </Card>
      <Card size="small">
        <Tabs
          items={[
            { key: 'msg', label: '在线互动', children: <MessagesThread deliveryId={d.id} canPost={d.allowedActions.includes('MESSAGE')} /> },
            { key: 'tl', label: '办理过程', children: entries.length ? <TimelineView entries={entries} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> },
          ]}
        />
      </Card>
      {spec && <ActionModal spec={spec} onClose={() => setSpec(null)} onDone={done} />}
    </>
  );
}
