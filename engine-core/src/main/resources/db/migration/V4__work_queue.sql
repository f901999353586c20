-- When a transaction should have ended, from its definition's deadline: (null for none). The work
-- queue takes waiting work with a deadline first, and `ferry queue` shows what is overdue.
alter table ferry_transaction add column due_at timestamp with time zone;

-- An operator's request to stop a RUNNING transaction ("who: why"); the node running it cancels
-- it before its next step.
alter table ferry_transaction add column stop_requested varchar(1000);
