import { Router } from 'express';
import { requireRole } from '../middleware/authenticate';
import type { ProceduresService } from './procedures.service';
import { ZCreateProcedureSchema, ZIdParam, ZSaveDraftSchema, ZValidateSchema, ZVersionParam } from './procedures.types';

export function proceduresRouter(procedures: ProceduresService, standardTemplate: () => string): Router {
  const router = Router();
  const design = requireRole('DESIGNER', 'ADMIN');

  router.get('/procedures', async (_req, res) => {
    const data = await procedures.list();
    res.json({ data, total: data.length });
  });
  router.get('/procedure-template', (_req, res) => {
    res.type('application/xml').send(standardTemplate());
  });
  router.post('/procedures/validate', design, (req, res) => {
    res.json(procedures.validate(ZValidateSchema.parse(req.body).xml));
  });
  router.post('/procedures', design, async (req, res) => {
    res.status(201).json(await procedures.create(ZCreateProcedureSchema.parse(req.body), req.user!));
  });
  router.get('/procedures/:id', async (req, res) => {
    res.json(await procedures.get(ZIdParam.parse(req.params).id));
  });
  router.put('/procedures/:id', design, async (req, res) => {
    res.json(await procedures.saveDraft(ZIdParam.parse(req.params).id, ZSaveDraftSchema.parse(req.body), req.user!));
  });
  router.post('/procedures/:id/publish', design, async (req, res) => {
    res.status(201).json(await procedures.publish(ZIdParam.parse(req.params).id, req.user!));
  });
  router.get('/procedures/:id/versions/:version', async (req, res) => {
    const { id, version } = ZVersionParam.parse(req.params);
    res.json(await procedures.getVersion(id, version));
  });
  return router;
}
