-- What a transaction started with (inputs, trigger), encoded losslessly, so that it can resume
-- after a crash. Inputs marked sensitive are not stored.
alter table ferry_transaction add column resume_state ${text};
