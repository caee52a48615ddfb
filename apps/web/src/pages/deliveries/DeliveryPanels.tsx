import { Alert, Descriptions, Tag, Typography } from 'antd';
import type { Delivery, SuggestionItem } from '../../api/types';
import { CLOSED_REASON, dateTime, EVAL_RESULT, STANCE } from '../../components/labels';

const EXT_STATUS = { PENDING: '待法院审批', APPROVED: '已同意', REFUSED: '未同意' } as const;
const STANCE_COLOUR = { ADOPT: 'green', PARTIAL: 'gold', DECLINE: 'red' } as const;
const RESULT_COLOUR = { ADOPTED: 'green', PARTIALLY_ADOPTED: 'gold', NOT_ADOPTED: 'red' } as const;
const REPLY_TAG = {
  DRAFT: { text: '已暂存，尚未提交', color: 'default' },
  PENDING_APPROVAL: { text: '待单位负责人审批', color: 'warning' },
  RETURNED: { text: '单位负责人已退回', color: 'error' },
  SUBMITTED: { text: '已提交', color: 'success' },
} as const;

/** The delivery's clocks. */
export function DeliveryFacts({ d }: { d: Delivery }) {
  return (
    <Descriptions size="small" bordered column={{ xs: 1, sm: 2, lg: 3 }} styles={{ label: { whiteSpace: 'nowrap' } }}>
      <Descriptions.Item label="收件单位">
        {d.organizationName} {d.kind === 'COPY' && <Tag>抄送</Tag>}
      </Descriptions.Item>
      <Descriptions.Item label="发文法院">{d.courtName}</Descriptions.Item>
      <Descriptions.Item label="送达时间">{dateTime(d.deliveredAt)}</Descriptions.Item>
      {d.kind === 'MAIN' && <Descriptions.Item label="签收期限">{d.signDueDate ?? '—'}</Descriptions.Item>}
      {d.kind === 'COPY' ? (
        <Descriptions.Item label="阅知">{d.readAt ? `已阅 ${dateTime(d.readAt)}` : '待阅'}</Descriptions.Item>
      ) : (
        <Descriptions.Item label="签收">{d.signedAt ? `${dateTime(d.signedAt)} ${d.signedBy?.name ?? ''}` : '未签收'}</Descriptions.Item>
      )}
      {d.kind === 'MAIN' && <Descriptions.Item label="回复期限">{d.replyDueDate ?? '—'}</Descriptions.Item>}
      {d.followUpDate && <Descriptions.Item label="回访日期">{d.followUpDate}</Descriptions.Item>}
      {d.closedAt && <Descriptions.Item label="办结">{`${dateTime(d.closedAt)} ${CLOSED_REASON[d.closedReason ?? ''] ?? ''}`}</Descriptions.Item>}
    </Descriptions>
  );
}

/** Rejection, extension, reply, evaluation and implementation, as far as they exist. */
export function DeliveryProgress({ d, items }: { d: Delivery; items: SuggestionItem[] }) {
  const byIndex = new Map(items.map((i) => [i.index, i]));
  const judged = new Map((d.evaluation?.items ?? []).map((i) => [i.index, i]));
  return (
    <>
      {d.rejection && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={`已退回（${dateTime(d.rejection.rejectedAt)}）`} description={d.rejection.reason} />
      )}
      {d.extension && (
        <Alert
          type={d.extension.status === 'PENDING' ? 'warning' : d.extension.status === 'APPROVED' ? 'success' : 'info'}
          showIcon
          style={{ marginBottom: 12 }}
          title={`延期申请：${EXT_STATUS[d.extension.status]}`}
          description={
            <>
              申请延至 {d.extension.requestedDueDate}（原期限 {d.extension.oldDueDate ?? '—'}）；理由：{d.extension.reason}
              {d.extension.newDueDate && <div>新期限：{d.extension.newDueDate}</div>}
              {d.extension.decisionComment && <div>法院意见：{d.extension.decisionComment}</div>}
            </>
          }
        />
      )}
      {d.reply && (
        <div data-testid="reply-view" style={{ marginBottom: 12 }}>
          <Typography.Title level={5}>
            回复 <Tag color={REPLY_TAG[d.reply.status].color}>{REPLY_TAG[d.reply.status].text}</Tag>
          </Typography.Title>
          {d.reply.status === 'RETURNED' && d.reply.returnComment && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 8 }}
              title={`退回意见（${d.reply.returnedByName ?? ''} ${dateTime(d.reply.returnedAt)}）`}
              description={d.reply.returnComment}
            />
          )}
          {d.reply.content === undefined ? (
            <Typography.Paragraph type="secondary" data-testid="reply-withheld">
              收件单位正在准备回复，经单位负责人审批提交后可见。
            </Typography.Paragraph>
          ) : (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
              {d.reply.writtenByName} 撰写于 {dateTime(d.reply.writtenAt)}
              {d.reply.approvedByName && `，${d.reply.approvedByName} 审批`}
              {d.reply.submittedAt && `，提交于 ${dateTime(d.reply.submittedAt)}`}
            </Typography.Paragraph>
          )}
          {(d.reply.items ?? []).map((it) => (
            <div className="letter-item" key={it.index}>
              <Typography.Text strong>建议{it.index}：</Typography.Text>
              {byIndex.get(it.index ?? 0)?.recommendation}
              <div>
                {it.stance && <Tag color={STANCE_COLOUR[it.stance]}>单位表态：{STANCE[it.stance]}</Tag>}
                <span className="pre">{it.note}</span>
              </div>
              {judged.get(it.index ?? 0) && (
                <div data-testid="item-judgement">
                  <Tag color={RESULT_COLOUR[judged.get(it.index ?? 0)!.result]}>法院评价：{EVAL_RESULT[judged.get(it.index ?? 0)!.result]}</Tag>
                  <span className="pre">{judged.get(it.index ?? 0)!.note}</span>
                </div>
              )}
            </div>
          ))}
          {d.reply.content !== undefined && <Typography.Paragraph className="pre">{d.reply.content}</Typography.Paragraph>}
          {d.reply.measures && (
            <Typography.Paragraph className="pre">
              <Typography.Text strong>整改措施：</Typography.Text>
              {d.reply.measures}
            </Typography.Paragraph>
          )}
        </div>
      )}
      {d.evaluation && (
        <Alert
          data-testid="evaluation-view"
          type={d.evaluation.result === 'NOT_ADOPTED' ? 'info' : 'success'}
          showIcon
          style={{ marginBottom: 12 }}
          title={`法院评价：${EVAL_RESULT[d.evaluation.result]}`}
          description={`${d.evaluation.comment ?? ''} （${d.evaluation.evaluatedBy ?? ''} ${dateTime(d.evaluation.evaluatedAt)}）`}
        />
      )}
      {d.implementation?.status && (
        <Alert
          type={d.implementation.confirmedAt ? 'success' : 'warning'}
          showIcon
          style={{ marginBottom: 12 }}
          title={`落实情况：${d.implementation.status === 'IMPLEMENTED' ? '已落实' : '正在落实'}${d.implementation.confirmedAt ? '（法院已确认）' : ''}`}
          description={d.implementation.note}
        />
      )}
    </>
  );
}
