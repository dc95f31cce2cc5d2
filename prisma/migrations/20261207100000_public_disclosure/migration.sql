-- AlterTable
ALTER TABLE "Material" ADD COLUMN     "sample" TEXT;

-- CreateTable
CREATE TABLE "CentreProfile" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "hours" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "complaintPhone" TEXT NOT NULL,
    "discipline" TEXT[],
    "commitments" TEXT[],
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "CentreProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgentProfile" (
    "userId" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "photo" BYTEA,
    "photoType" TEXT,
    "note" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgentProfile_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "FeeStandard" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "amountFen" INTEGER NOT NULL,
    "unit" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    "sort" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "FeeStandard_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FeeStandard_itemId_code_key" ON "FeeStandard"("itemId", "code");

-- AddForeignKey
ALTER TABLE "FeeStandard" ADD CONSTRAINT "FeeStandard_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ServiceItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;


