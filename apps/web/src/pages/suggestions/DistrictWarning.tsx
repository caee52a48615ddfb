import { Alert, Form, type FormInstance } from 'antd';
import { useEffect, useState } from 'react';
import type { DistrictCheck } from '../../api/types';
import { districtCheck } from '../../api/suggestions';

/**
 * Art. 3 as soon as a MAIN recipient is chosen: the server's own rule (GET /suggestions/district-check)
 * says who lies outside the court's district, and so that sign-off will send the letter up to the
 * higher court as a 工作建议 instead of numbering it.
 */
export function DistrictWarning({ form }: { form: FormInstance }) {
  const recipients = Form.useWatch('recipients', form) as { organizationId?: string; kind?: string }[] | undefined;
  const main = (recipients ?? []).filter((r) => r?.kind === 'MAIN' && r.organizationId).map((r) => r.organizationId as string);
  const key = [...new Set(main)].sort().join(',');
  const [check, setCheck] = useState<DistrictCheck | null>(null);
  useEffect(() => {
    if (!key) return setCheck(null);
    let live = true;
    districtCheck(key.split(','))
      .then((c) => live && setCheck(c))
      .catch(() => live && setCheck(null));
    return () => {
      live = false;
    };
  }, [key]);
  if (!check?.outside.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginTop: 12 }}
      data-testid="district-warning"
      title={`主送单位${check.outside.map((o) => o.organizationName).join('、')}不在${check.courtName}辖区`}
      description={`依法释〔2023〕11号 第三条，院领导签发时本件不编号、不送达，将作为工作建议报送${check.higherCourtName ?? '上级法院'}决定；如需由本院发出，请改选辖区内的主送单位。`}
    />
  );
}
