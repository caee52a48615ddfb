import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import * as misc from '../api/misc';
import type { Notification } from '../api/types';
import { dateTime } from './labels';

/** The unread badge with the latest notices; polls every minute. */
export function NotificationBell() {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<Notification[]>([]);
  const [unread, setUnread] = useState(0);
  const load = () =>
    misc
      .notifications({ pageSize: 10 })
      .then((p) => {
        setItems(p.items);
        setUnread(p.unread);
      })
      .catch(() => undefined);
  useEffect(() => {
    load();
    const t = setInterval(load, 60000);
    return () => clearInterval(t);
  }, []);
  const openOne = async (n: Notification) => {
    setOpen(false);
    if (!n.readAt) await misc.readNotification(n.id).catch(() => undefined);
    load();
    if (n.deliveryId) navigate(`/deliveries/${n.deliveryId}`);
    else if (n.suggestionId) navigate(`/suggestions/${n.suggestionId}`);
  };
  const readAll = async () => {
    await misc.readAllNotifications().catch(() => undefined);
    load();
  };
  const title = (
    <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
      <span>通知</span>
      {unread > 0 && (
        <Button type="link" size="small" onClick={readAll} data-testid="read-all">
          全部已读
        </Button>
      )}
    </div>
  );
  const content = (
    <div style={{ width: 'min(360px, 86vw)', maxHeight: 420, overflow: 'auto' }} data-testid="notifications">
      {items.length === 0 ? (
        <Empty description="暂无通知" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(n) => (
            <List.Item onClick={() => openOne(n)} style={{ cursor: 'pointer', opacity: n.readAt ? 0.6 : 1 }}>
              <List.Item.Meta
                title={
                  <span>
                    {!n.readAt && <Badge status="processing" style={{ marginRight: 6 }} />}
                    {n.title}
                  </span>
                }
                description={
                  <>
                    {n.body && (
                      <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
                        {n.body}
                      </Typography.Paragraph>
                    )}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {dateTime(n.createdAt)}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </div>
  );
  return (
    <Popover content={content} title={title} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight">
      <Badge count={unread} size="small" overflowCount={99} data-testid="unread-badge">
        <Button type="text" icon={<BellOutlined style={{ fontSize: 18 }} />} aria-label="通知" />
      </Badge>
    </Popover>
  );
}
