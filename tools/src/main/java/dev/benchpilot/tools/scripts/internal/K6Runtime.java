package dev.benchpilot.tools.scripts.internal;

/**
 * The functions every generated k6 script ends with: template rendering, the JSONPath subset captures use,
 * random values and think time. Plain ES2015, no k6 import beyond {@code sleep}, so it also runs under node.
 */
final class K6Runtime {

    /**
     * Placed after the flow functions; refers to {@code sleep}, {@code THINK_MIN_SECONDS} and {@code
     * THINK_MAX_SECONDS}.
     */
    static final String SOURCE = """
            // ---- benchpilot runtime ---------------------------------------------------------------------------

            const PLACEHOLDER = /\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\}\\}/g;

            // The template with each {{name}} replaced, as text, by the scenario variable of that name.
            function render(template, vars) {
              return template.replace(PLACEHOLDER, (match, name) => String(vars[name]));
            }

            // Whether every named variable has a value: when one is missing the journey cannot go on.
            function has(vars, names) {
              return names.every((name) => vars[name] !== undefined && vars[name] !== null);
            }

            // Saves each capture (variable -> expression, see captured()) from the response into vars. No match
            // leaves the variable unset.
            function capture(res, vars, captures) {
              let doc;
              try {
                doc = res.json();
              } catch (e) {
                doc = undefined;
              }
              for (const [name, expression] of Object.entries(captures)) {
                const value = captured(doc, (header) => headerValue(res.headers, header), expression);
                if (value !== undefined) vars[name] = value;
              }
            }

            // Counts a step not sent because values it needs were not captured: a scenario error, not a request.
            function scenarioError(name, flow, vars, needs) {
              const missing = needs.filter((n) => vars[n] === undefined || vars[n] === null).join(', ');
              SCENARIO_ERRORS.add(1, { name: name, flow: flow, missing: missing });
            }

            // {"Name": "value"} from "Name: value", or null when the text has no colon.
            function headerOf(text) {
              const colon = text.indexOf(':');
              if (colon <= 0) return null;
              const header = {};
              header[text.substring(0, colon).trim()] = text.substring(colon + 1).trim();
              return header;
            }

            function think() {
              sleep(THINK_MIN_SECONDS + Math.random() * (THINK_MAX_SECONDS - THINK_MIN_SECONDS));
            }
            """ + K6Runtime.SHARED;

    /** JSONPath subset and random values: also the Artillery processor's, so captures mean the same in every script. */
    static final String SHARED = """
            const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

            // The JSONPath subset benchpilot writes: $.a.b, $.a[0].b, $.a[*].b, $.a.*, $..name (at any depth).
            // Returns every scalar match, in document order; an unsupported path matches nothing.
            function jsonPath(doc, path) {
              const segments = path.substring(1).match(/\\.\\.[A-Za-z_$][\\w$-]*|\\.[A-Za-z_$][\\w$-]*|\\.\\*|\\[\\d+\\]|\\[\\*\\]/g) || [];
              if (!path.startsWith('$') || segments.join('') !== path.substring(1)) return [];
              let current = [doc];
              for (const segment of segments) {
                const next = [];
                for (const node of current) {
                  if (node === null || typeof node !== 'object') continue;
                  if (segment.startsWith('..')) {
                    collect(node, segment.substring(2), next);
                  } else if (segment === '.*' || segment === '[*]') {
                    next.push(...Object.values(node));
                  } else if (segment.startsWith('[')) {
                    const item = Array.isArray(node) ? node[parseInt(segment.substring(1), 10)] : undefined;
                    if (item !== undefined) next.push(item);
                  } else if (!Array.isArray(node) && Object.prototype.hasOwnProperty.call(node, segment.substring(1))) {
                    next.push(node[segment.substring(1)]);
                  }
                }
                current = next;
              }
              return current.filter((value) => value === null || typeof value !== 'object');
            }

            function collect(node, name, out) {
              if (node === null || typeof node !== 'object') return;
              if (!Array.isArray(node) && Object.prototype.hasOwnProperty.call(node, name)) out.push(node[name]);
              for (const child of Object.values(node)) collect(child, name, out);
            }

            // The value of a capture expression: alternatives joined by ||, the first that gives a value wins. Each is a
            // JSONPath (several matches: a random one) or header:Name (the last path segment of that header's value).
            function captured(doc, header, expression) {
              for (const part of expression.split('||')) {
                const alternative = part.trim();
                if (alternative.toLowerCase().startsWith('header:')) {
                  const value = lastSegment(header(alternative.substring(7).trim()));
                  if (value !== undefined) return value;
                } else if (doc !== undefined) {
                  const matches = jsonPath(doc, alternative);
                  if (matches.length > 0) return matches[Math.floor(Math.random() * matches.length)];
                }
              }
              return undefined;
            }

            // A header's value by case-insensitive name, or undefined.
            function headerValue(headers, name) {
              const wanted = name.toLowerCase();
              for (const key of Object.keys(headers || {})) {
                if (key.toLowerCase() === wanted) return Array.isArray(headers[key]) ? headers[key][0] : headers[key];
              }
              return undefined;
            }

            // "/owners/42?x=1" -> "42": the last non-empty path segment, or undefined.
            function lastSegment(value) {
              if (value === undefined || value === null) return undefined;
              const path = String(value).replace(/[?#].*$/, '').replace(/\\/+$/, '');
              const segment = path.substring(path.lastIndexOf('/') + 1).trim();
              return segment === '' ? undefined : segment;
            }

            function randomString(prefix, length) {
              let text = prefix;
              for (let i = 0; i < length; i++) text += ALPHABET.charAt(Math.floor(Math.random() * ALPHABET.length));
              return text;
            }

            function oneOf(values) {
              return values[Math.floor(Math.random() * values.length)];
            }

""";

    private K6Runtime() {}
}
