package dev.benchpilot.tools.endpoints.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lexers for JavaScript / TypeScript and Python: enough of each language's lexical grammar (strings with
 * escapes and prefixes, template literals, regular-expression literals, comments, docstrings, line joining)
 * that route detectors work on tokens, so a route-looking text inside a string, comment or docstring is never
 * read as code. Not a full parser: detectors match token shapes such as {@code NAME . get ( STRING ,}.
 */
final class ScriptTokens {

    enum Kind {
        NAME,
        STRING,
        TEMPLATE,
        NUMBER,
        PUNCT,
        NEWLINE,
        REGEX
    }

    /**
     * @param text   the identifier or punctuation; for STRING the value with escapes resolved; for TEMPLATE the raw
     *     text
     * @param indent Python: the column of the first token of this token's logical line; JavaScript: 0
     */
    record Token(Kind kind, String text, int line, int indent) {
        boolean is(String punctOrName) {
            return (kind == Kind.PUNCT || kind == Kind.NAME) && text.equals(punctOrName);
        }
    }

    private static final Set<String> JS_REGEX_AFTER_NAME = Set.of(
            "return",
            "typeof",
            "case",
            "do",
            "else",
            "in",
            "of",
            "new",
            "delete",
            "void",
            "throw",
            "instanceof",
            "yield",
            "await");
    private static final String JS_MULTI_PUNCT = "=> ... ?. ?? === !== == != <= >= && || **";

    private final String source;
    private final List<Token> tokens = new ArrayList<>();
    private int position;
    private int line = 1;

    private ScriptTokens(String source) {
        this.source = source;
    }

    static List<Token> javascript(String source) {
        ScriptTokens lexer = new ScriptTokens(source);
        lexer.lexJavaScript();
        return lexer.tokens;
    }

    static List<Token> python(String source) {
        ScriptTokens lexer = new ScriptTokens(source);
        lexer.lexPython();
        return lexer.tokens;
    }

    private void lexJavaScript() {
        while (position < source.length()) {
            char c = source.charAt(position);
            if (c == '\n') {
                line++;
                position++;
            } else if (Character.isWhitespace(c)) {
                position++;
            } else if (source.startsWith("//", position)) {
                skipToLineEnd();
            } else if (source.startsWith("/*", position)) {
                int end = source.indexOf("*/", position + 2);
                advanceTo(end < 0 ? source.length() : end + 2);
            } else if (c == '"' || c == '\'') {
                add(Kind.STRING, quoted(c, false), line);
            } else if (c == '`') {
                template();
            } else if (c == '/' && regexAllowed()) {
                regex();
            } else if (isNameStart(c)) {
                add(Kind.NAME, name(), line);
            } else if (Character.isDigit(c)) {
                add(Kind.NUMBER, number(), line);
            } else {
                add(Kind.PUNCT, punct(), line);
            }
        }
    }

    private void lexPython() {
        int depth = 0;
        int indent = -1;
        int lineStart = 0;
        while (position < source.length()) {
            char c = source.charAt(position);
            if (c == '\n') {
                if (depth == 0 && indent >= 0) {
                    tokens.add(new Token(Kind.NEWLINE, "\n", line, indent));
                    indent = -1;
                }
                line++;
                position++;
                lineStart = position;
                continue;
            }
            if (c == '\\' && position + 1 < source.length() && source.charAt(position + 1) == '\n') {
                position += 2;
                line++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                position++;
                continue;
            }
            if (c == '#') {
                skipToLineEnd();
                continue;
            }
            if (indent < 0) {
                indent = position - lineStart;
            }
            int startLine = line;
            int prefixEnd = stringPrefixEnd();
            if (prefixEnd >= 0) {
                String prefix = source.substring(position, prefixEnd).toLowerCase(java.util.Locale.ROOT);
                position = prefixEnd;
                String value = pythonString(prefix.contains("r"));
                boolean formatted =
                        prefix.contains("f") && value.replace("{{", "").contains("{");
                tokens.add(new Token(formatted ? Kind.TEMPLATE : Kind.STRING, value, startLine, indent));
            } else if (isNameStart(c)) {
                tokens.add(new Token(Kind.NAME, name(), startLine, indent));
            } else if (Character.isDigit(c)) {
                tokens.add(new Token(Kind.NUMBER, number(), startLine, indent));
            } else {
                depth += "([{".indexOf(c) >= 0 ? 1 : ")]}".indexOf(c) >= 0 && depth > 0 ? -1 : 0;
                position++;
                tokens.add(new Token(Kind.PUNCT, String.valueOf(c), startLine, indent));
            }
        }
        if (indent >= 0) {
            tokens.add(new Token(Kind.NEWLINE, "\n", line, indent));
        }
    }

    /** The end of a string prefix plus its opening quote's start (r, b, f, u, rb, fr... then ' or "), or -1. */
    private int stringPrefixEnd() {
        int end = position;
        while (end < source.length() && end - position < 2 && "rRbBfFuU".indexOf(source.charAt(end)) >= 0) {
            end++;
        }
        if (end < source.length() && (source.charAt(end) == '"' || source.charAt(end) == '\'')) {
            return end;
        }
        return -1;
    }

    private String pythonString(boolean raw) {
        char quote = source.charAt(position);
        if (source.startsWith(String.valueOf(quote).repeat(3), position)) {
            String delimiter = String.valueOf(quote).repeat(3);
            int start = position + 3;
            int end = start;
            while (end < source.length() && !source.startsWith(delimiter, end)) {
                end += source.charAt(end) == '\\' ? 2 : 1;
            }
            String value = source.substring(start, Math.min(end, source.length()));
            advanceTo(Math.min(end + 3, source.length()));
            return value;
        }
        return quoted(quote, raw);
    }

    /** A single-line quoted string starting at {@code position}; escapes resolved unless raw. */
    private String quoted(char quote, boolean raw) {
        StringBuilder value = new StringBuilder();
        position++;
        while (position < source.length()) {
            char c = source.charAt(position);
            if (c == quote || c == '\n') {
                position += c == quote ? 1 : 0;
                break;
            }
            if (c == '\\' && position + 1 < source.length()) {
                char next = source.charAt(position + 1);
                value.append(
                        raw
                                ? "\\" + next
                                : switch (next) {
                                    case 'n' -> "\n";
                                    case 't' -> "\t";
                                    default -> String.valueOf(next);
                                });
                if (next == '\n') {
                    line++;
                }
                position += 2;
                continue;
            }
            value.append(c);
            position++;
        }
        return value.toString();
    }

    /** A template literal: STRING when it has no {@code ${...}}, else TEMPLATE with the raw text. */
    private void template() {
        int startLine = line;
        int start = ++position;
        boolean substituted = false;
        while (position < source.length() && source.charAt(position) != '`') {
            char c = source.charAt(position);
            if (c == '\\') {
                position++;
            } else if (c == '\n') {
                line++;
            } else if (c == '$' && position + 1 < source.length() && source.charAt(position + 1) == '{') {
                substituted = true;
                skipBalancedBraces();
                continue;
            }
            position++;
        }
        String text = source.substring(start, Math.min(position, source.length()));
        position = Math.min(position + 1, source.length());
        add(substituted ? Kind.TEMPLATE : Kind.STRING, text, startLine);
    }

    /** From {@code ${} to just after its matching {@code }}, skipping nested strings and templates. */
    private void skipBalancedBraces() {
        int depth = 0;
        while (position < source.length()) {
            char c = source.charAt(position);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                position++;
                return;
            } else if (c == '"' || c == '\'') {
                quoted(c, false);
                continue;
            } else if (c == '\n') {
                line++;
            }
            position++;
        }
    }

    private boolean regexAllowed() {
        if (tokens.isEmpty()) {
            return true;
        }
        Token previous = tokens.get(tokens.size() - 1);
        return switch (previous.kind()) {
            case PUNCT -> !previous.text().equals(")") && !previous.text().equals("]");
            case NAME -> JS_REGEX_AFTER_NAME.contains(previous.text());
            default -> false;
        };
    }

    private void regex() {
        int start = position++;
        boolean inClass = false;
        while (position < source.length()) {
            char c = source.charAt(position);
            if (c == '\n') {
                break;
            } else if (c == '\\') {
                position++;
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                position++;
                break;
            }
            position++;
        }
        while (position < source.length() && Character.isLetter(source.charAt(position))) {
            position++;
        }
        add(Kind.REGEX, source.substring(start, Math.min(position, source.length())), line);
    }

    private String name() {
        int start = position;
        while (position < source.length()
                && (Character.isLetterOrDigit(source.charAt(position))
                        || source.charAt(position) == '_'
                        || source.charAt(position) == '$')) {
            position++;
        }
        return source.substring(start, position);
    }

    private String number() {
        int start = position;
        while (position < source.length()
                && (Character.isLetterOrDigit(source.charAt(position))
                        || source.charAt(position) == '.'
                        || source.charAt(position) == '_')) {
            position++;
        }
        return source.substring(start, position);
    }

    private String punct() {
        for (String multi : JS_MULTI_PUNCT.split(" ")) {
            if (source.startsWith(multi, position)) {
                position += multi.length();
                return multi;
            }
        }
        return String.valueOf(source.charAt(position++));
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '$';
    }

    private void skipToLineEnd() {
        int end = source.indexOf('\n', position);
        position = end < 0 ? source.length() : end;
    }

    private void advanceTo(int end) {
        for (int i = position; i < end; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        position = end;
    }

    private void add(Kind kind, String text, int tokenLine) {
        tokens.add(new Token(kind, text, tokenLine, 0));
    }
}
