-- CreateIndex
CREATE INDEX "Matter_acceptedOn_idx" ON "Matter"("acceptedOn");

-- CreateIndex
CREATE INDEX "Matter_status_completedAt_idx" ON "Matter"("status", "completedAt");


