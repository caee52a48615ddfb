import { createPublicKey, verify } from 'node:crypto';
import { Queue } from 'bullmq';
import { JobName, QueueName, SchedulerId } from '@app/core';
import { createTestApp, createTestWorker, TestApp, TestWorker } from '../harness';
import { startSmtpSink, waitFor } from '../worker/smtp-sink';

jest.setTimeout(60_000);

/**
 * A checkpoint's digest reaches the supervisors named in AUDIT_DIGEST_RECIPIENTS over SMTP
 * (outbox → relay → worker → SMTP), in Chinese, with what an auditor needs to check it offline;
 * and the worker takes a checkpoint daily (one scheduler cluster-wide) that is mailed the same way.
 * Checked by leaving the digest out of AuditCheckpointService.take (no email: the first test times
 * out) and by dropping the AUDIT_CHECKPOINT case of the maintenance processor (the job fails).
 */
describe('audit checkpoint digests and the daily checkpoint', () => {
  const RECIPIENTS = ['rd.supervisor@rd.jinhua.gov.cn', 'jiancha@jhcourt.gov.cn'];
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let t: TestApp;
  let w: TestWorker;
  let queue: Queue;

  beforeAll(async () => {
    sink = await startSmtpSink();
    const env = { AUDIT_DIGEST_RECIPIENTS: RECIPIENTS.join(','), APP_URL: 'https://sifa.example.cn' };
    t = await createTestApp({ env });
    w = await createTestWorker({ databaseUrl: t.config.databaseUrl, env: { ...env, SMTP_URL: sink.url, OUTBOX_POLL_MS: '50' } });
    queue = new Queue(QueueName.MAINTENANCE, { connection: { url: w.config.redisUrl }, prefix: `${w.redisPrefix}:bull` });
  });
  afterAll(async () => {
    await queue?.close();
    await w?.close();
    await t?.close();
    await sink?.close();
  });

  const digestOf = (id: string) =>
    waitFor(() => sink.accepted.find((m) => m.subject.includes(`第${id}号审计日志检查点`)), 15_000, `the digest of checkpoint ${id}`);

  it('mails the digest of a checkpoint to every configured supervisor, and it verifies with the public key alone', async () => {
    const admin = await t.login('admin');
    const res = await t.http().post('/api/v1/audit/checkpoints').set('authorization', `Bearer ${admin}`);
    expect(res.status).toBe(201);
    const mail = await digestOf(res.body.id);
    expect(mail.to.sort()).toEqual([...RECIPIENTS].sort());
    expect(mail.subject).toMatch(/^【审计存证】/);
    expect(mail.text).toContain(res.body.signature);
    expect(mail.text).toContain('https://sifa.example.cn/api/v1/audit/public-key');
    const key = (await t.http().get('/api/v1/audit/public-key')).body;
    expect(mail.text).toContain(key.fingerprint);
    // The signed text, as mailed, verifies offline.
    const payload = /签名内容\(原样、UTF-8\):(\{.*\})/.exec(mail.text ?? '')![1];
    expect(JSON.parse(payload)).toEqual({ heads: expect.any(Array), id: res.body.id, takenAt: res.body.takenAt });
    expect(verify(null, Buffer.from(payload, 'utf8'), createPublicKey(key.pem), Buffer.from(res.body.signature, 'base64'))).toBe(true);
  });

  it('keeps one daily checkpoint scheduler, and its job signs, stores and mails a checkpoint', async () => {
    const scheduler = await queue.getJobScheduler(SchedulerId.AUDIT_CHECKPOINT);
    expect(scheduler).toMatchObject({ pattern: w.config.auditCheckpointCron, tz: 'Asia/Shanghai' });
    expect(w.config.auditCheckpointCron).toBe('30 2 * * *');
    const job = await queue.add(JobName.AUDIT_CHECKPOINT, {});
    const row = await waitFor(
      async () => (await t.ds.query(`SELECT id::text AS id FROM audit_checkpoints WHERE taken_by = 'system'`))[0],
      15_000,
      'the worker checkpoint',
    );
    await digestOf(row.id);
    await waitFor(async () => (await job.isCompleted()) && (await queue.getJob(job.id!))?.returnvalue, 10_000, 'the job to complete');
    expect((await queue.getJob(job.id!))!.returnvalue).toMatchObject({ ok: true, checkpointId: row.id });
    const admin = await t.login('admin');
    expect((await t.http().get('/api/v1/audit/verify').set('authorization', `Bearer ${admin}`)).body).toMatchObject({ valid: true, checkpoints: 2 });
  });
});
