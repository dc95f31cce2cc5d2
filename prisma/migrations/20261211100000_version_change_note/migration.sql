-- AlterTable: the designer's note on what a published version changed
ALTER TABLE "ProcedureVersion" ADD COLUMN "changeNote" TEXT;
