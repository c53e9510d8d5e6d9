import { Router, Request, Response } from 'express';
import { reportsRouter } from './reports';

const router: Router = Router();

router.delete('/cache', (req: Request, res: Response) => {
  res.sendStatus(204);
});
router.use('/reports', reportsRouter);

export default router;
