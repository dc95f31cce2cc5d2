-- CreateIndex
CREATE INDEX "Matter_acceptedAt_id_idx" ON "Matter"("acceptedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Matter_warningLevel_acceptedAt_idx" ON "Matter"("warningLevel", "acceptedAt" DESC);


