module.exports = function (app) {
  app.all('/legacy/ping', (req, res) => res.send('pong'));
  app.get(['/old', '/older'], (req, res) => res.redirect('/api/users'));
};
