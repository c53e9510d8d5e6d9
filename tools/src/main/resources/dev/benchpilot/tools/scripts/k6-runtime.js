// ---- benchpilot runtime: runs the FLOWS data above --------------------------------------------------
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

// The JSONPath subset benchpilot uses: $.a.b, $.a[0].b and $..name (every match at any depth).
export function jsonPath(doc, path) {
  const segments = path.substring(1).match(/\.\.[A-Za-z_][\w-]*|\.[A-Za-z_][\w-]*|\[\d+\]/g) || [];
  let current = [doc];
  for (const segment of segments) {
    const next = [];
    for (const node of current) {
      if (node === null || typeof node !== 'object') continue;
      if (segment.startsWith('..')) {
        collect(node, segment.substring(2), next);
      } else if (segment.startsWith('[')) {
        const item = node[parseInt(segment.substring(1), 10)];
        if (item !== undefined) next.push(item);
      } else if (segment.substring(1) in node) {
        next.push(node[segment.substring(1)]);
      }
    }
    current = next;
  }
  return current.filter((v) => v === null || typeof v !== 'object');
}

function collect(node, name, out) {
  if (node === null || typeof node !== 'object') return;
  if (!Array.isArray(node) && name in node) out.push(node[name]);
  for (const key of Object.keys(node)) collect(node[key], name, out);
}

function draw(source) {
  switch (source.kind) {
    case 'randomInt': return source.min + Math.floor(Math.random() * (source.max - source.min + 1));
    case 'randomString': return source.prefix + Math.random().toString(36).substring(2, 2 + source.length);
    case 'oneOf': return source.values[Math.floor(Math.random() * source.values.length)];
    case 'credential': return source.part === 'USERNAME' ? __ENV.BENCHPILOT_USERNAME : __ENV.BENCHPILOT_PASSWORD;
    default: return undefined;
  }
}

function render(template, vars) {
  let missing = false;
  const text = template.replace(PLACEHOLDER, (match, name) => {
    if (vars[name] === undefined || vars[name] === null) { missing = true; return match; }
    return String(vars[name]);
  });
  return missing ? null : text;
}

function runStep(step, vars) {
  for (const [name, source] of Object.entries(step.variables)) vars[name] = draw(source);
  const path = render(step.path, vars);
  const body = step.body === null ? null : render(step.body, vars);
  if (path === null || (step.body !== null && body === null) || (step.authenticated && !vars.token)) {
    return false; // a value from an earlier response is missing: the rest of the journey cannot run
  }
  const headers = { Accept: 'application/json' };
  if (body !== null) headers['Content-Type'] = 'application/json';
  if (step.authenticated) headers.Authorization = `Bearer ${vars.token}`;
  const response = http.request(step.method, BASE_URL + path, body, { headers, tags: { name: step.name }, timeout: TIMEOUT });
  check(response, { 'status < 400': (r) => r.status > 0 && r.status < 400 });
  if (Object.keys(step.captures).length > 0) {
    let doc = null;
    try { doc = response.json(); } catch (e) { doc = null; }
    for (const [name, path] of Object.entries(step.captures)) {
      const matches = doc === null ? [] : jsonPath(doc, path);
      if (matches.length > 0) vars[name] = matches[Math.floor(Math.random() * matches.length)];
    }
  }
  return true;
}

function runFlow(flow) {
  const vars = {};
  for (const step of flow.steps) {
    if (step.probability < 1 && Math.random() >= step.probability) continue;
    if (!runStep(step, vars)) return;
    if (step.think) sleep(THINK.min + Math.random() * (THINK.max - THINK.min));
  }
}
