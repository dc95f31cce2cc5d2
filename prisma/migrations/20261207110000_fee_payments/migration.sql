-- CreateTable
CREATE TABLE "FeePayment" (
    "id" TEXT NOT NULL,
    "receiptNo" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "itemCode" TEXT NOT NULL,
    "windowId" TEXT,
    "collectedById" TEXT NOT NULL,
    "channel" TEXT NOT NULL DEFAULT 'WINDOW',
    "externalRef" TEXT,
    "method" TEXT NOT NULL,
    "lines" JSONB NOT NULL,
    "dueFen" INTEGER NOT NULL,
    "paidFen" INTEGER NOT NULL,
    "exemptFen" INTEGER NOT NULL DEFAULT 0,
    "exemptReason" TEXT,
    "paidAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paidOn" TEXT NOT NULL,

    CONSTRAINT "FeePayment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FeePayment_receiptNo_key" ON "FeePayment"("receiptNo");

-- CreateIndex
CREATE UNIQUE INDEX "FeePayment_idempotencyKey_key" ON "FeePayment"("idempotencyKey");

-- CreateIndex
CREATE INDEX "FeePayment_paidOn_windowId_idx" ON "FeePayment"("paidOn", "windowId");

-- CreateIndex
CREATE INDEX "FeePayment_matterId_idx" ON "FeePayment"("matterId");

