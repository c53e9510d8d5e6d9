package dev.benchpilot.tools.scripts.internal;

/**
 * The functions every generated k6 script ends with: template rendering, the JSONPath subset captures use,
 * random values and think time. Plain ES2015, no k6 import beyond {@code sleep}, so it also runs under node.
 */
final class K6Runtime {

    /** Placed after the flow functions; refers to {@code sleep}, {@code THINK_MIN_SECONDS} and {@code THINK_MAX_SECONDS}. */
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

            // Saves each capture (variable -> JSONPath) from the JSON response into vars; with several matches
            // ($..id, [*]) a random one. No match leaves the variable unset.
            function capture(res, vars, captures) {
              let doc;
              try {
                doc = res.json();
              } catch (e) {
                return;
              }
              for (const [name, path] of Object.entries(captures)) {
                const matches = jsonPath(doc, path);
                if (matches.length > 0) vars[name] = matches[Math.floor(Math.random() * matches.length)];
              }
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

            function randomString(prefix, length) {
              let text = prefix;
              for (let i = 0; i < length; i++) text += ALPHABET.charAt(Math.floor(Math.random() * ALPHABET.length));
              return text;
            }

            function oneOf(values) {
              return values[Math.floor(Math.random() * values.length)];
            }

""";

    private K6Runtime() {
    }
}
