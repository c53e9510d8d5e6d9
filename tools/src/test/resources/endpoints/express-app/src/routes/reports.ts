import { Router } from 'express';

export const reportsRouter = Router();

reportsRouter.get('/daily', (_req, res) => res.json([]));
