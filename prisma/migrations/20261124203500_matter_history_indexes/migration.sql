-- CreateIndex
CREATE INDEX "Suspension_matterId_idx" ON "Suspension"("matterId");

-- CreateIndex
CREATE INDEX "DeadlineChange_matterId_at_idx" ON "DeadlineChange"("matterId", "at");

