package dev.benchpilot.tools.scripts.internal;

/** Python source text: string literals and docstrings that hold any text safely. */
final class PyText {

    private PyText() {}

    /** A double-quoted Python string literal of {@code text}. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\x%02x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    /** Text for inside a triple-quoted docstring: one line, no backslash or quote that could end it. */
    static String docstring(String text) {
        return CommentText.safe(text).replace("\\", "/").replace("\"", "'").trim();
    }
}
