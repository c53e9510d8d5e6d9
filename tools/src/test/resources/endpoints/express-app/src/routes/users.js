const express = require('express');
const router = express.Router();

router.get('/', async (req, res) => {
  const { page, limit } = req.query;
  res.json({ page, limit, users: [] });
});

router.get('/:id', (req, res) => res.json({ id: req.params.id }));

router.post('/', (req, res) => {
  const { name, email } = req.body;
  const age = req.body.age;
  res.status(201).json({ name, email, age });
});

router.route('/:id/avatar')
  .get((req, res) => res.sendFile('avatar.png'))
  .put((req, res) => res.sendStatus(204));

module.exports = router;
