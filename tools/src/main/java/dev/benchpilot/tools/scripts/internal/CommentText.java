package dev.benchpilot.tools.scripts.internal;

/**
 * Free text (flow descriptions, names, the base URL) made safe inside a line or block comment of generated
 * JavaScript, Java or Python: one line, no comment terminator, no Java unicode escape.
 */
final class CommentText {

    private CommentText() {}

    static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreaking = c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029';
            out.append(lineBreaking ? ' ' : c);
        }
        // "*/" would end a block comment; a backslash-u would be read by javac as a unicode escape, even in comments
        return out.toString().replace("*/", "* /").replace("\\u", "\\ u").strip();
    }
}
