import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, List, Result, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { exists } from '../../api/client';
import type { Suggestion, SuggestionAction } from '../../api/types';
import * as api from '../../api/suggestions';
import { ActionModal, ActionSpec } from '../../components/ActionForm';
import { DeliveriesTable } from '../../components/DeliveriesTable';
import { AttachmentList, DownloadButton } from '../../components/Files';
import { dateTime } from '../../components/labels';
import { SuggestionStatusTag } from '../../components/Tags';
import { TimelineView } from '../../components/TimelineView';
import { WatchButton } from '../../components/WatchButton';
import { useAuth } from '../../auth/AuthContext';
import { useAsync } from '../../hooks/useAsync';
import { LetterContent } from './LetterContent';
import { EscalationThread } from './EscalationThread';
import { ImpactPanel } from './ImpactPanel';
import { SimilarLetters } from './SimilarLetters';
import { actionLabel, suggestionActionSpec } from './suggestion-actions';

const DANGER: SuggestionAction[] = ['REVIEW_RETURN', 'APPROVAL_RETURN', 'WITHDRAW', 'ESCALATION_RETURN', 'DELETE'];
const PRIMARY: SuggestionAction[] = ['SUBMIT', 'REVIEW_APPROVE', 'APPROVE', 'ARCHIVE', 'ESCALATION_ADOPT'];

export default function SuggestionDetailPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { has } = useAuth();
  const letter = useAsync(() => api.getSuggestion(id), [id]);
  const tl = useAsync(() => api.timeline(id), [id]);
  const [spec, setSpec] = useState<ActionSpec<Suggestion> | null>(null);
  const [docs, setDocs] = useState<{ pdf: boolean; docx: boolean }>({ pdf: false, docx: false });
  const s = letter.data;
  useEffect(() => {
    if (!s) return;
    Promise.all([exists(api.documentPath(id, 'pdf')), exists(api.documentPath(id, 'docx'))]).then(([pdf, docx]) => setDocs({ pdf, docx }));
  }, [id, s?.version, s]);
  if (letter.error && !s)
    return <Result status="404" title="未找到该司法建议" subTitle={letter.error} extra={<Button onClick={() => navigate('/suggestions')}>返回列表</Button>} />;
  if (!s) return <Skeleton active />;
  const act = (a: SuggestionAction) => {
    if (a === 'EDIT') return navigate(`/suggestions/${id}/edit`);
    setSpec(suggestionActionSpec(a, s));
  };
  const actions = s.allowedActions.filter((a) => a === 'EDIT' || suggestionActionSpec(a, s));
  const done = (next: Suggestion) => {
    setSpec(null);
    if (next.status === 'DELETED') return navigate('/suggestions');
    // Adopting an escalated letter answers the court's new draft: go on with it.
    if (next.id !== s.id) return navigate(`/suggestions/${next.id}`);
    letter.setData(next);
    tl.reload();
  };
  const name = s.docNumber ?? s.title;
  return (
    <>
      <div className="page-head">
        <Space direction="vertical" size={2} style={{ minWidth: 0 }}>
          <Link to="/suggestions">
            <ArrowLeftOutlined /> 司法建议
          </Link>
          <Typography.Title level={4} data-testid="letter-title">
            {s.title}
          </Typography.Title>
          <Space wrap size={4}>
            <SuggestionStatusTag status={s.status} />
            {s.major && <Tag color="red">重大</Tag>}
            <Typography.Text strong data-testid="doc-number">
              {s.docNumber ?? '未编号'}
            </Typography.Text>
            <Typography.Text type="secondary">
              {s.courtName} · 更新于 {dateTime(s.updatedAt)}
            </Typography.Text>
          </Space>
        </Space>
        <Space wrap data-testid="letter-actions">
          {actions.map((a) => (
            <Button key={a} type={PRIMARY.includes(a) ? 'primary' : 'default'} danger={DANGER.includes(a)} onClick={() => act(a)}>
              {actionLabel(a)}
            </Button>
          ))}
          {has('SUPERVISOR') && s.status !== 'DRAFT' && <WatchButton suggestionId={s.id} />}
          {docs.pdf && (
            <DownloadButton type="default" path={api.documentPath(id, 'pdf')} name={`${name}.pdf`}>
              PDF
            </DownloadButton>
          )}
          {docs.docx && (
            <DownloadButton type="default" path={api.documentPath(id, 'docx')} name={`${name}.docx`}>
              Word
            </DownloadButton>
          )}
        </Space>
      </div>
      {s.status === 'RETURNED' && s.lastComment && <Alert type="warning" showIcon title="退回意见" description={s.lastComment} style={{ marginBottom: 12 }} />}
      {s.status === 'WITHDRAWN' && <Alert type="info" showIcon title="已撤回" description={s.withdrawReason} style={{ marginBottom: 12 }} />}
      {s.status === 'ESCALATED' && !s.adoptedAs && (
        <Alert type="info" showIcon title="主送单位不在本院辖区，已作为工作建议报上级法院决定（法释〔2023〕11号 第三条）。" style={{ marginBottom: 12 }} />
      )}
      <EscalationThread s={s} />
      <Card>
        <Tabs
          defaultActiveKey={params.get('tab') ?? 'content'}
          items={[
            { key: 'content', label: '建议内容', children: <LetterContent s={s} /> },
            {
              key: 'deliveries',
              label: `送达与反馈 (${s.deliveries.length})`,
              children: s.deliveries.length ? <DeliveriesTable items={s.deliveries} /> : <Empty description="签发后即时送达各收件单位" />,
            },
            {
              key: 'timeline',
              label: '办理过程',
              children: tl.data?.length ? <TimelineView entries={tl.data} /> : <Empty description={tl.loading ? '加载中' : '暂无记录'} />,
            },
            { key: 'files', label: `附件 (${s.attachments.length})`, children: <AttachmentList files={s.attachments} /> },
            { key: 'records', label: '审委会与事前沟通', children: <Records s={s} /> },
            { key: 'similar', label: '相似建议', children: <SimilarLetters id={s.id} /> },
            ...(s.issuedAt ? [{ key: 'impact', label: '治理成效', children: <ImpactPanel id={s.id} /> }] : []),
          ]}
        />
      </Card>
      {spec && <ActionModal spec={spec} onClose={() => setSpec(null)} onDone={done} />}
    </>
  );
}

function Records({ s }: { s: Suggestion }) {
  return (
    <>
      <Typography.Title level={5}>审判委员会决定</Typography.Title>
      <List
        size="small"
        locale={{ emptyText: '无' }}
        dataSource={s.committeeDecisions}
        renderItem={(c) => (
          <List.Item>
            <List.Item.Meta title={`${c.meetingDate} 审委会`} description={<span className="pre">{c.resolution}</span>} />
            <span style={{ color: '#888' }}>{c.recordedBy}</span>
          </List.Item>
        )}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        事前沟通
      </Typography.Title>
      <List
        size="small"
        locale={{ emptyText: '无' }}
        dataSource={s.consultations}
        renderItem={(c) => (
          <List.Item>
            <List.Item.Meta title={`${c.date} · ${c.organizationName}`} description={<span className="pre">{c.summary}</span>} />
            <span style={{ color: '#888' }}>{c.recordedBy}</span>
          </List.Item>
        )}
      />
    </>
  );
}
