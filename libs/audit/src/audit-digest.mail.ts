import { itemUrl, RenderedMail, renderMailBody } from '@app/notifications';
import { AuditPublicKey, checkpointPayload } from './audit-signer';
import { AuditCheckpoint } from './audit.types';

/**
 * The digest of a checkpoint mailed to the supervisors in AUDIT_DIGEST_RECIPIENTS: everything an
 * auditor needs to check it later without the system — the signed text itself, the signature and
 * the public key's fingerprint. A copy outside the database is what makes the deletion of a
 * checkpoint (or of the rows it covers) visible.
 */
export function auditDigestMail(appUrl: string, tz: string, c: AuditCheckpoint, key: AuditPublicKey): RenderedMail {
  const at = new Intl.DateTimeFormat('zh-CN', { timeZone: tz, dateStyle: 'long', timeStyle: 'medium', hour12: false }).format(new Date(c.takenAt));
  const covered = c.heads.reduce((n, h) => (BigInt(h.lastId) > n ? BigInt(h.lastId) : n), 0n);
  return renderMailBody({
    template: 'audit.checkpoint',
    subject: `【审计存证】第${c.id}号审计日志检查点(${at})`,
    greeting: '您好:',
    paragraphs: [
      `系统已于${at}生成第${c.id}号审计日志检查点,记录了全部${c.heads.length}条审计哈希链当时的末行编号与哈希,并以系统审计签名密钥(Ed25519)签名。`,
      '请妥善保存本邮件。此后如有人在数据库中删除、篡改或伪造本检查点之前的审计记录,或删除本检查点本身,均可凭本邮件发现:用系统公钥(指纹见下)验证“签名内容”的签名,再与系统“审计核验”结果比对。',
      `签名内容(原样、UTF-8):${checkpointPayload(c)}`,
    ],
    facts: [
      ['检查点编号', c.id],
      ['生成时间', `${at}(${c.takenAt})`],
      ['覆盖记录', `至第${covered}号审计事件`],
      ['签名(Base64)', c.signature],
      ['公钥指纹(SHA-256)', key.fingerprint],
    ],
    link: { label: '获取系统审计公钥', url: itemUrl(appUrl, '/api/v1/audit/public-key') },
  });
}
