/** Every BullMQ queue and job name, in one place. */
export const QueueName = {
  MAINTENANCE: 'maintenance',
} as const;

export const JobName = {
  HEARTBEAT: 'heartbeat',
} as const;

export const SchedulerId = {
  HEARTBEAT: 'maintenance:heartbeat',
} as const;
