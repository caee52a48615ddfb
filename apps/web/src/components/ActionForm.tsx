import { App, DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { errorText } from '../api/client';
import { AttachmentUpload } from './Files';
import { OrgSelect } from './OrgSelect';

/** One field of an action's modal form. */
export interface Field {
  name: string;
  label: string;
  kind: 'text' | 'textarea' | 'date' | 'org' | 'radio' | 'select' | 'number' | 'files';
  required?: boolean;
  options?: { value: string | boolean; label: string }[];
  orgType?: string;
  placeholder?: string;
  initial?: unknown;
  /** Only dates after today may be chosen. */
  future?: boolean;
}

export interface ActionSpec<T> {
  title: string;
  okText?: string;
  danger?: boolean;
  /** Shown above the fields. */
  note?: React.ReactNode;
  fields: Field[];
  run: (values: Record<string, unknown>) => Promise<T>;
  /** The success message; a function tells what actually happened from the answer. */
  done?: string | ((result: T) => string);
}

/** A modal form for one action; values of date fields are sent as YYYY-MM-DD. */
export function ActionModal<T>({ spec, onClose, onDone }: { spec: ActionSpec<T> | null; onClose: () => void; onDone: (r: T) => void }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  if (!spec) return null;
  const ok = async () => {
    const raw = await form.validateFields();
    const values: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(raw)) values[k] = dayjs.isDayjs(v) ? (v as Dayjs).format('YYYY-MM-DD') : v === '' ? undefined : v;
    setBusy(true);
    try {
      const r = await spec.run(values);
      message.success(typeof spec.done === 'function' ? spec.done(r) : (spec.done ?? `${spec.title}成功`));
      form.resetFields();
      onDone(r);
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const initial = Object.fromEntries(spec.fields.filter((f) => f.initial !== undefined).map((f) => [f.name, f.initial]));
  return (
    <Modal
      open
      title={spec.title}
      okText={spec.okText ?? '确定'}
      cancelText="取消"
      okButtonProps={{ danger: spec.danger, loading: busy, 'data-testid': 'action-ok' } as never}
      onOk={ok}
      onCancel={() => {
        form.resetFields();
        onClose();
      }}
      destroyOnHidden
    >
      {spec.note}
      <Form form={form} layout="vertical" initialValues={initial} preserve={false}>
        {spec.fields.map((f) => (
          <Form.Item key={f.name} name={f.name} label={f.label} rules={f.required ? [{ required: true, message: `请填写${f.label}` }] : undefined}>
            {fieldInput(f)}
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}

function fieldInput(f: Field) {
  switch (f.kind) {
    case 'textarea':
      return <Input.TextArea rows={4} placeholder={f.placeholder} maxLength={4000} showCount />;
    case 'date':
      return <DatePicker style={{ width: '100%' }} disabledDate={f.future ? (d) => d.isBefore(dayjs(), 'day') : undefined} />;
    case 'org':
      return <OrgSelect type={f.orgType} style={{ width: '100%' }} />;
    case 'radio':
      return <Radio.Group options={f.options as { value: string; label: string }[]} optionType="button" buttonStyle="solid" />;
    case 'select':
      return <Select options={f.options as { value: string; label: string }[]} />;
    case 'number':
      return <InputNumber style={{ width: '100%' }} />;
    case 'files':
      return <FilesField />;
    default:
      return <Input placeholder={f.placeholder} />;
  }
}

/** Form-controlled wrapper around the uploader (value = attachment ids). */
function FilesField({ onChange }: { value?: string[]; onChange?: (ids: string[]) => void }) {
  return <AttachmentUpload onChange={(ids) => onChange?.(ids)} />;
}
