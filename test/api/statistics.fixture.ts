import { randomUUID } from 'node:crypto';
import { TestApp } from '../harness';

/**
 * A scripted set of letters written straight into the tables (known answers; see the figures in
 * statistics.e2e-spec.ts). Today is 2025-06-30 (Asia/Shanghai).
 */
export interface Fixture {
  org: (code: string) => string;
  letters: Record<string, string>;
  deliveries: Record<string, string>;
}

const H = 3_600_000;
const D = 86_400_000;

interface DeliverySpec {
  key: string;
  org: string;
  kind?: 'MAIN' | 'COPY';
  status: string;
  deliveredAt?: Date;
  signAfterHours?: number;
  signDue?: string;
  replyDue?: string;
  repliedAfterDays?: number;
  evaluation?: 'ADOPTED' | 'PARTIALLY_ADOPTED' | 'NOT_ADOPTED';
  implemented?: boolean;
  followUp?: string;
  /** The agency's stances (ADOPT | PARTIAL | DECLINE); the court judges each item alike unless `judged` says otherwise. */
  items?: string[];
  /** The court's judgement of each item (ADOPTED | PARTIALLY_ADOPTED | NOT_ADOPTED). */
  judged?: string[];
  reroutedFrom?: string;
}

const JUDGED_AS: Record<string, string> = { ADOPT: 'ADOPTED', PARTIAL: 'PARTIALLY_ADOPTED', DECLINE: 'NOT_ADOPTED' };

interface LetterSpec {
  key: string;
  court: string;
  status?: string;
  issuedAt: string;
  category: string;
  domain?: string;
  major?: boolean;
  title: string;
  background?: string;
  deliveries: DeliverySpec[];
}

export const LETTERS: LetterSpec[] = [
  {
    key: 'L1',
    court: 'COURT-330781',
    issuedAt: '2025-03-10T02:00:00Z',
    category: 'GOVERNANCE',
    domain: '物业管理',
    major: true,
    title: '关于加强住宅小区物业服务监管的司法建议',
    deliveries: [
      {
        key: 'D1',
        org: 'AG-330781-SCJG',
        status: 'IMPLEMENTED',
        signAfterHours: 4,
        replyDue: '2025-05-12',
        repliedAfterDays: 41,
        evaluation: 'ADOPTED',
        implemented: true,
        items: ['ADOPT', 'ADOPT'],
      },
      {
        key: 'D2',
        org: 'AG-330700-ZJJ',
        status: 'IMPLEMENTING',
        signAfterHours: 30,
        replyDue: '2025-05-13',
        repliedAfterDays: 84,
        evaluation: 'PARTIALLY_ADOPTED',
        followUp: '2025-06-20',
        items: ['ADOPT', 'PARTIAL', 'DECLINE'],
      },
      { key: 'C1', org: 'AG-330700-SCJG', kind: 'COPY', status: 'READ' },
    ],
  },
  {
    key: 'L2',
    court: 'COURT-330781',
    issuedAt: '2025-04-15T02:00:00Z',
    category: 'CLASS_CASE',
    domain: '消费者权益',
    title: '关于规范售楼处人脸识别的司法建议',
    background: '售楼处未经同意采集购房人人脸信息，消费者投诉多发。',
    deliveries: [
      { key: 'D3', org: 'AG-330781-SCJG', status: 'SIGNED', signAfterHours: 2, replyDue: '2025-06-16' },
      { key: 'R1', org: 'AG-330700-FGW', status: 'REJECTED_BY_RECIPIENT', signDue: '2025-04-18', replyDue: '2025-06-18' },
      {
        key: 'D4',
        org: 'AG-330700-ZJJ',
        status: 'DELIVERED',
        deliveredAt: new Date('2025-04-20T02:00:00Z'),
        signDue: '2025-04-25',
        replyDue: '2025-06-25',
        reroutedFrom: 'R1',
      },
    ],
  },
  {
    key: 'L3',
    court: 'COURT-330782',
    issuedAt: '2025-05-20T02:00:00Z',
    category: 'INDIVIDUAL_CASE',
    title: '关于电动自行车充电桩管理的司法建议',
    deliveries: [{ key: 'D5', org: 'AG-330700-ZJJ', status: 'SIGNED', signAfterHours: 1, replyDue: '2025-07-21' }],
  },
  {
    key: 'L4',
    court: 'COURT-330700',
    issuedAt: '2025-02-01T02:00:00Z',
    category: 'INDIVIDUAL_CASE',
    title: '关于老旧小区加装电梯的司法建议',
    deliveries: [
      {
        key: 'D6',
        org: 'AG-330700-ZJJ',
        status: 'NOT_ADOPTED',
        signAfterHours: 10,
        replyDue: '2025-04-02',
        repliedAfterDays: 28,
        evaluation: 'NOT_ADOPTED',
        items: ['DECLINE'],
      },
    ],
  },
  {
    key: 'L5',
    court: 'COURT-330100',
    issuedAt: '2025-03-01T02:00:00Z',
    category: 'INDIVIDUAL_CASE',
    title: '关于房屋租赁备案的司法建议',
    background: '杭州群租房纠纷多发',
    deliveries: [
      {
        key: 'D7',
        org: 'AG-330100-FG',
        status: 'IMPLEMENTING',
        signAfterHours: 3,
        replyDue: '2025-05-06',
        repliedAfterDays: 20,
        evaluation: 'ADOPTED',
        followUp: '2025-09-01',
        items: ['ADOPT'],
      },
    ],
  },
  {
    key: 'L6',
    court: 'COURT-330781',
    status: 'WITHDRAWN',
    issuedAt: '2025-03-20T02:00:00Z',
    category: 'INDIVIDUAL_CASE',
    title: '已撤回的建议',
    deliveries: [{ key: 'W1', org: 'AG-330700-ZJJ', status: 'CLOSED', signDue: '2025-03-25' }],
  },
  {
    key: 'L8',
    court: 'COURT-330781',
    issuedAt: '2024-12-20T02:00:00Z',
    category: 'INDIVIDUAL_CASE',
    title: '关于食品经营许可的司法建议',
    background: '部分超市销售过期食品。',
    deliveries: [{ key: 'D8', org: 'AG-330781-SCJG', status: 'SIGNED', signAfterHours: 5, replyDue: '2025-02-20' }],
  },
];

export async function insertFixture(t: TestApp): Promise<Fixture> {
  const org = (code: string) => {
    const o = t.dir.orgs.get(code);
    if (!o) throw new Error(`no org ${code}`);
    return o.id;
  };
  const author = t.dir.users.get('lx.judge')!.id;
  const letters: Record<string, string> = {};
  const deliveries: Record<string, string> = {};
  let seq = 0;
  for (const l of LETTERS) {
    const id = randomUUID();
    letters[l.key] = id;
    const issued = new Date(l.issuedAt);
    seq++;
    await t.ds.query(
      `INSERT INTO suggestions (id, court_id, author_id, status, category, domain, major, title, background, doc_number, doc_year, doc_seq, issued_at, created_at, updated_at, withdrawn_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13, $13, $14)`,
      [
        id,
        org(l.court),
        author,
        l.status ?? 'ISSUED',
        l.category,
        l.domain ?? null,
        l.major ?? false,
        l.title,
        l.background ?? '',
        `测试法建〔${issued.getUTCFullYear()}〕${seq}号`,
        issued.getUTCFullYear(),
        seq,
        issued,
        l.status === 'WITHDRAWN' ? issued : null,
      ],
    );
    await t.ds.query(`INSERT INTO suggestion_items (suggestion_id, index, problem, recommendation) VALUES ($1, 1, $2, $3)`, [
      id,
      `${l.title}所涉问题`,
      '建议加强监管',
    ]);
    for (const d of l.deliveries) {
      const did = randomUUID();
      deliveries[d.key] = did;
      const deliveredAt = d.deliveredAt ?? issued;
      const signedAt = d.signAfterHours === undefined ? null : new Date(deliveredAt.getTime() + d.signAfterHours * H);
      const repliedAt = d.repliedAfterDays === undefined ? null : new Date(deliveredAt.getTime() + d.repliedAfterDays * D);
      await t.ds.query(
        `INSERT INTO deliveries (id, suggestion_id, organization_id, kind, status, delivered_at, sign_due_date, signed_at, reply_due_date, replied_at, evaluation_result,
            evaluated_at, follow_up_date, implementation_status, implementation_confirmed_at, rerouted_from_id, created_at, updated_at, read_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$6,$6,$17)`,
        [
          did,
          id,
          org(d.org),
          d.kind ?? 'MAIN',
          d.status,
          deliveredAt,
          d.signDue ?? '2025-01-01',
          signedAt,
          d.replyDue ?? null,
          repliedAt,
          d.evaluation ?? null,
          d.evaluation ? repliedAt : null,
          d.followUp ?? null,
          d.implemented ? 'IMPLEMENTED' : null,
          d.implemented ? repliedAt : null,
          d.reroutedFrom ? deliveries[d.reroutedFrom] : null,
          d.kind === 'COPY' ? deliveredAt : null,
        ],
      );
      if (d.reroutedFrom) await t.ds.query(`UPDATE deliveries SET rerouted_to_id = $1 WHERE id = $2`, [did, deliveries[d.reroutedFrom]]);
      if (d.evaluation) {
        const judged = d.judged ?? (d.items ?? []).map((s) => JUDGED_AS[s]);
        await t.ds.query(`UPDATE deliveries SET evaluation_items = $2 WHERE id = $1`, [
          did,
          JSON.stringify(judged.map((result, i) => ({ index: i + 1, result, note: '' }))),
        ]);
      }
      if (repliedAt) {
        await t.ds.query(
          `INSERT INTO delivery_replies (delivery_id, status, content, measures, items, written_at, submitted_at) VALUES ($1, 'SUBMITTED', $2, '', $3, $4, $4)`,
          [did, `关于《${l.title}》的回复：已组织整改`, JSON.stringify((d.items ?? []).map((stance, i) => ({ index: i + 1, stance, note: '' }))), repliedAt],
        );
      }
    }
  }
  return { org, letters, deliveries };
}
