-- CreateEnum
CREATE TYPE "MaterialFileStage" AS ENUM ('INTAKE', 'SUPPLEMENT');

-- CreateTable
CREATE TABLE "MaterialFile" (
    "id" TEXT NOT NULL,
    "matterId" TEXT,
    "intakeKey" TEXT,
    "itemCode" TEXT NOT NULL,
    "materialCode" TEXT NOT NULL,
    "fileKey" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "stage" "MaterialFileStage" NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MaterialFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaterialSupplied" (
    "matterId" TEXT NOT NULL,
    "materialCode" TEXT NOT NULL,
    "note" TEXT,
    "byId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MaterialSupplied_pkey" PRIMARY KEY ("matterId","materialCode")
);

-- CreateIndex
CREATE INDEX "MaterialFile_matterId_materialCode_idx" ON "MaterialFile"("matterId", "materialCode");

-- CreateIndex
CREATE INDEX "MaterialFile_intakeKey_idx" ON "MaterialFile"("intakeKey");

-- AddForeignKey
ALTER TABLE "MaterialFile" ADD CONSTRAINT "MaterialFile_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaterialSupplied" ADD CONSTRAINT "MaterialSupplied_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Written by hand (the schema cannot express it): a file belongs to a matter, or to the intake that will make one
ALTER TABLE "MaterialFile" ADD CONSTRAINT "MaterialFile_owner_check" CHECK ("matterId" IS NOT NULL OR "intakeKey" IS NOT NULL);
