-- The instants a running clock turns a matter YELLOW and RED, which readers derive the colour from at read time.
ALTER TABLE "Matter" ADD COLUMN "yellowAt" TIMESTAMP(3),
ADD COLUMN "redAt" TIMESTAMP(3);

CREATE INDEX "Matter_redAt_idx" ON "Matter"("redAt");

CREATE INDEX "Matter_yellowAt_idx" ON "Matter"("yellowAt");

-- Backfill: a running clock (in progress, no stop open) turns RED at its due instant. The YELLOW instant needs the
-- working calendar, so it stays unknown (the stored level holds until RED) until the deadline's next recount.
UPDATE "Matter" m SET "redAt" = m."dueAt"
 WHERE m.status = 'IN_PROGRESS' AND m."dueAt" IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM "Suspension" s WHERE s."matterId" = m.id AND s."endedAt" IS NULL);
