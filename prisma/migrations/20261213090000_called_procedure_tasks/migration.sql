-- A called procedure's task (call activity): the child workflow holding it and the version whose plan it is.
-- Null: the matter's own workflow and version, as every task before.
ALTER TABLE "Task" ADD COLUMN "workflowId" TEXT,
ADD COLUMN "procedureVersionId" TEXT;
