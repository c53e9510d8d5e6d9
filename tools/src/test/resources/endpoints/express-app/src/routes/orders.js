const { Router } = require('express');
const { authenticate } = require('../middleware/auth');
const router = Router();

router.get('/', (req, res) => res.json([]));   // public: registered before the guard
router.use(authenticate);
router.post('/', (req, res) => {
  const { productId, quantity } = req.body;
  res.status(201).json({ productId, quantity });
});

module.exports = router;
