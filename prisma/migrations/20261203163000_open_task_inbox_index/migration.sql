-- Written by hand: Prisma 6's schema cannot express a partial index (see the note on Task in schema.prisma).
-- A department's inbox (open tasks offered to it, soonest due first) read in index order: a page reads its own rows
-- instead of sorting every open task of the department, and the count reads the index alone (candidateRole is
-- included for the role filter). Only open tasks are in it, so it stays as small as the inboxes are.
CREATE INDEX "Task_open_candidateDepartmentCode_dueAt_idx" ON "Task"("candidateDepartmentCode", "dueAt", "createdAt", "id")
  INCLUDE ("candidateRole") WHERE "status" IN ('OPEN', 'CLAIMED');
