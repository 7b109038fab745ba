import { useEffect } from 'react';
import { Button, IconButton } from '../components/Button';
import { Codicon } from '../components/Codicon';
import { useWorkbench } from '../WorkbenchContext';
import type { Notification, Severity } from './notificationStore';
import { useNotificationStore } from './notificationStore';
import './notifications.css';

const ICONS: Readonly<Record<Severity, string>> = { info: 'info', warning: 'warning', error: 'error' };
const INFO_TIMEOUT_MS = 8000;
const MAX_TOASTS = 3;

function NotificationItem({ item, inCenter }: { item: Notification; inCenter?: boolean }) {
  const { run } = useWorkbench();
  const dismiss = useNotificationStore((s) => s.dismiss);
  const hideToast = useNotificationStore((s) => s.hideToast);

  useEffect(() => {
    if (inCenter || item.severity === 'error') return undefined;
    const timer = setTimeout(() => hideToast(item.id), INFO_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [inCenter, item.id, item.severity, hideToast]);

  return (
    <div
      className={`notification ${item.severity}`}
      role={item.severity === 'error' ? 'alert' : 'status'}
      aria-label={`${item.severity}: ${item.message}`}
      data-severity={item.severity}
    >
      <Codicon name={ICONS[item.severity]} className="notification-icon" />
      <div className="notification-body">
        <div className="notification-message selectable">{item.message}</div>
        {item.detail && <div className="notification-detail selectable">{item.detail}</div>}
        {(item.source || item.actions.length > 0) && (
          <div className="notification-footer">
            <span className="notification-source">{item.source && `Source: ${item.source}`}</span>
            {item.actions.map((action) => (
              <Button
                key={action.label}
                variant="primary"
                onClick={() => {
                  dismiss(item.id);
                  void run(action.commandId, action.args, 'button');
                }}
              >
                {action.label}
              </Button>
            ))}
          </div>
        )}
      </div>
      <IconButton icon="close" label="Clear notification" onClick={() => (inCenter ? dismiss(item.id) : hideToast(item.id))} />
    </div>
  );
}

/** Toasts in the bottom-right corner, and the notification centre listing them all. */
export function Notifications() {
  const items = useNotificationStore((s) => s.items);
  const centerOpen = useNotificationStore((s) => s.centerOpen);
  const setCenterOpen = useNotificationStore((s) => s.setCenterOpen);
  const clearAll = useNotificationStore((s) => s.clearAll);

  if (centerOpen) {
    return (
      <section className="notification-center" aria-label="Notifications">
        <header className="notification-center-header">
          <h2>{items.length ? 'Notifications' : 'No new notifications'}</h2>
          <IconButton icon="clear-all" label="Clear All Notifications" onClick={clearAll} />
          <IconButton icon="chevron-down" label="Hide Notifications" onClick={() => setCenterOpen(false)} />
        </header>
        <div className="notification-center-list">
          {items.map((item) => (
            <NotificationItem key={item.id} item={item} inCenter />
          ))}
        </div>
      </section>
    );
  }
  const toasts = items.filter((item) => item.toast).slice(0, MAX_TOASTS).reverse();
  if (toasts.length === 0) return null;
  return (
    <section className="notification-toasts" aria-label="Notifications" aria-live="polite">
      {toasts.map((item) => (
        <NotificationItem key={item.id} item={item} />
      ))}
    </section>
  );
}
