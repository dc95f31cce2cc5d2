-- a task's own variables, from its zeebe:input mappings when it opened (shown with the task)
ALTER TABLE "Task" ADD COLUMN "variables" JSONB;
