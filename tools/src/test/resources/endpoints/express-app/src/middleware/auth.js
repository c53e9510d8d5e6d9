function requireAuth(req, res, next) {
  if (!req.headers.authorization) return res.sendStatus(401);
  next();
}
const authenticate = requireAuth;
module.exports = { requireAuth, authenticate };
