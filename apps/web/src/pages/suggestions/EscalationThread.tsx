import { Alert } from 'antd';
import { Link } from 'react-router';
import type { Suggestion } from '../../api/types';

/**
 * Art. 3, both ends linked: on the lower court's letter, what the higher court made of it (readable
 * once it signed); on the higher court's letter, the 工作建议 it came from.
 */
export function EscalationThread({ s }: { s: Suggestion }) {
  if (s.adoptedAs) {
    const a = s.adoptedAs;
    return (
      <Alert
        type="success"
        showIcon
        style={{ marginBottom: 12 }}
        data-testid="adopted-as"
        title={a.issued ? `${a.courtName}已采用本工作建议，并以其名义签发：${a.docNumber ?? ''}` : `${a.courtName}已采用本工作建议，正在修改、审核和签发`}
        description={
          a.issued ? (
            <Link to={`/suggestions/${a.id}`} data-testid="adopted-link">
              查看上级法院发出的建议书、送达、回复与评价
            </Link>
          ) : (
            '上级法院签发后，可在此查看其送达、回复与评价，并会收到通知。'
          )
        }
      />
    );
  }
  if (s.original) {
    return (
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        data-testid="adopted-from"
        title={`本建议采用自${s.original.courtName}报送的工作建议（法释〔2023〕11号 第三条）`}
        description={
          <Link to={`/suggestions/${s.original.id}`} data-testid="original-link">
            查看原建议《{s.original.title}》
          </Link>
        }
      />
    );
  }
  return null;
}
