import { Descriptions, Tag, Typography } from 'antd';
import type { Suggestion } from '../../api/types';
import { CATEGORY_LABEL, dateTime } from '../../components/labels';

/** The letter itself: facts, background, problem↔recommendation items, basis, recipients. */
export function LetterContent({ s }: { s: Suggestion }) {
  const main = s.recipients.filter((r) => r.kind === 'MAIN');
  const copy = s.recipients.filter((r) => r.kind === 'COPY');
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2, lg: 3 }} bordered style={{ marginBottom: 16 }} styles={{ label: { whiteSpace: 'nowrap' } }}>
        <Descriptions.Item label="文号">{s.docNumber ?? '签发后编号'}</Descriptions.Item>
        <Descriptions.Item label="类别">{CATEGORY_LABEL[s.category]}</Descriptions.Item>
        <Descriptions.Item label="领域">{s.domain || '—'}</Descriptions.Item>
        <Descriptions.Item label="发文法院">{s.courtName}</Descriptions.Item>
        <Descriptions.Item label="承办人">
          {s.authorName}
          {s.division ? `（${s.division}）` : ''}
        </Descriptions.Item>
        <Descriptions.Item label="回复期限">收到后 {s.replyPeriodMonths} 个月内</Descriptions.Item>
        <Descriptions.Item label="主送">{main.map((r) => r.organizationName).join('、') || '—'}</Descriptions.Item>
        <Descriptions.Item label="抄送">{copy.map((r) => r.organizationName).join('、') || '—'}</Descriptions.Item>
        <Descriptions.Item label="签发时间">{dateTime(s.issuedAt)}</Descriptions.Item>
        <Descriptions.Item label="联系人">
          {s.contactName ?? '—'} {s.contactPhone ?? ''}
        </Descriptions.Item>
        <Descriptions.Item label="关联案号" span={2}>
          {s.sourceCases.length ? s.sourceCases.map((c) => <Tag key={c}>{c}</Tag>) : '—'}
        </Descriptions.Item>
      </Descriptions>
      {s.background && (
        <>
          <Typography.Title level={5}>基本情况</Typography.Title>
          <Typography.Paragraph className="pre">{s.background}</Typography.Paragraph>
        </>
      )}
      {s.causeAnalysis && (
        <>
          <Typography.Title level={5}>原因分析</Typography.Title>
          <Typography.Paragraph className="pre">{s.causeAnalysis}</Typography.Paragraph>
        </>
      )}
      <Typography.Title level={5}>问题与建议</Typography.Title>
      {s.items.map((it) => (
        <div className="letter-item" key={it.index} data-testid="letter-item">
          <div>
            <Typography.Text strong>问题{it.index}：</Typography.Text>
            <span className="pre">{it.problem}</span>
          </div>
          <div style={{ marginTop: 4 }}>
            <Typography.Text strong style={{ color: '#b71c1c' }}>
              建议{it.index}：
            </Typography.Text>
            <span className="pre">{it.recommendation}</span>
          </div>
        </div>
      ))}
      {s.legalBasis && (
        <>
          <Typography.Title level={5}>法律依据</Typography.Title>
          <Typography.Paragraph className="pre">{s.legalBasis}</Typography.Paragraph>
        </>
      )}
    </>
  );
}
