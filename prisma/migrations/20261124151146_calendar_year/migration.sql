-- AlterTable
ALTER TABLE "CalendarOverride" ADD COLUMN     "scheduleYear" INTEGER;

-- CreateTable
CREATE TABLE "CalendarYear" (
    "year" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "note" TEXT,
    "schedule" JSONB NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "publishedById" TEXT,

    CONSTRAINT "CalendarYear_pkey" PRIMARY KEY ("year")
);

-- CreateIndex
CREATE INDEX "CalendarOverride_scheduleYear_idx" ON "CalendarOverride"("scheduleYear");

-- AddForeignKey
ALTER TABLE "CalendarOverride" ADD CONSTRAINT "CalendarOverride_scheduleYear_fkey" FOREIGN KEY ("scheduleYear") REFERENCES "CalendarYear"("year") ON DELETE SET NULL ON UPDATE CASCADE;


