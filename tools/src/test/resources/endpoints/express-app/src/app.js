const express = require('express');
const usersRouter = require('./routes/users');
const { requireAuth } = require('./middleware/auth');
const adminRoutes = require('./routes/admin');

const app = express();
app.use(express.json());

app.get('/health', (req, res) => res.send('ok'));

// The same router under two prefixes, as during an API version migration.
app.use('/api/users', usersRouter);
app.use('/api/v2/users', usersRouter);
app.use('/admin', requireAuth, adminRoutes);
app.use('/api/orders', require('./routes/orders'));
require('./routes/legacy')(app);

app.set('title', 'shop');
const title = app.get('title'); // reads a setting: not a route
// app.get('/commented-out', (req, res) => res.send('no'));
const help = "call app.get('/in-a-string', handler) to add a route";
const pattern = /app.get\('\/in-a-regex'/;

module.exports = app;
