import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { listOrganizations } from '../api/directory';
import type { Organization } from '../api/types';

interface Props {
  value?: string;
  onChange?: (id: string, org?: Organization) => void;
  type?: string;
  placeholder?: string;
  style?: React.CSSProperties;
  allowClear?: boolean;
  testId?: string;
  exclude?: string[];
}

/** Searches organizations by name as the user types (GET /organizations?q=). */
export function OrgSelect({ value, onChange, type, placeholder = '输入单位名称搜索', style, allowClear, testId, exclude = [] }: Props) {
  const [options, setOptions] = useState<Organization[]>([]);
  const [loading, setLoading] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const search = (q: string) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setLoading(true);
      listOrganizations({ q: q || undefined, type, pageSize: 30, active: true })
        .then((p) => setOptions(p.items))
        .catch(() => setOptions([]))
        .finally(() => setLoading(false));
    }, 250);
  };
  useEffect(() => {
    search('');
    return () => clearTimeout(timer.current);
  }, [type]);
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: search }}
      value={value}
      placeholder={placeholder}
      loading={loading}
      allowClear={allowClear}
      style={style}
      data-testid={testId}
      onChange={(id: string) =>
        onChange?.(
          id,
          options.find((o) => o.id === id),
        )
      }
      options={options.filter((o) => !exclude.includes(o.id)).map((o) => ({ value: o.id, label: o.name }))}
      notFoundContent={loading ? '搜索中…' : '没有匹配的单位'}
    />
  );
}
