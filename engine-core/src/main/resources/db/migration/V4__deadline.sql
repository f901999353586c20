-- When a transaction should have ended, from its definition's deadline: (null for none). The work
-- queue takes waiting work with a deadline first, and `ferry queue` shows what is overdue.
alter table ferry_transaction add column due_at timestamp with time zone;
