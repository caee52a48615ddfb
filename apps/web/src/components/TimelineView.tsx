import { Timeline, Typography } from 'antd';
import type { TimelineEntry } from '../api/types';
import { dateTime, duration, EVAL_RESULT, timelineAction } from './labels';

const colourOf = (a: string) =>
  /returned|rejected|withdrawn|refused/.test(a) ? 'red' : /issued|signed|replied|confirmed|closed|archived|approved|granted/.test(a) ? 'green' : 'blue';

/** What a step decided, in words (the result or progress an entry carries as a code). */
function outcome(e: TimelineEntry): string | null {
  const d = e.data ?? {};
  if (typeof d.result === 'string') return EVAL_RESULT[d.result as keyof typeof EVAL_RESULT] ?? null;
  if (e.action === 'delivery.implementation_reported' && typeof d.status === 'string') return d.status === 'IMPLEMENTED' ? '已落实' : '正在落实';
  return null;
}

function detail(e: TimelineEntry): string | null {
  const d = e.data ?? {};
  const parts: string[] = [];
  const o = outcome(e);
  if (o) parts.push(o);
  for (const k of ['comment', 'reason', 'note', 'resolution', 'summary', 'docNumber'] as const) {
    if (typeof d[k] === 'string' && d[k]) parts.push(String(d[k]));
  }
  return parts.length ? parts.join('；') : null;
}

/** Every step: what, who (and their organization), when, and how long after the step before. */
export function TimelineView({ entries }: { entries: TimelineEntry[] }) {
  return (
    <Timeline
      data-testid="timeline"
      items={entries.map((e) => {
        const since = e.sincePreviousOnDeliveryMs ?? e.sincePreviousMs;
        const text = detail(e);
        return {
          key: e.id,
          color: colourOf(e.action),
          content: (
            <div>
              <Typography.Text strong>{timelineAction(e.action)}</Typography.Text>
              {e.organizationName && <Typography.Text type="secondary"> · {e.organizationName}</Typography.Text>}
              <div style={{ fontSize: 13 }}>
                {e.actor.name ?? '系统'} · {dateTime(e.at)}
                {since ? <Typography.Text type="secondary"> · 距上一步 {duration(since)}</Typography.Text> : null}
              </div>
              {text && (
                <div style={{ color: '#666', fontSize: 13 }} className="pre">
                  {text}
                </div>
              )}
            </div>
          ),
        };
      })}
    />
  );
}
