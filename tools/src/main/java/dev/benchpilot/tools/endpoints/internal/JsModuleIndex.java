package dev.benchpilot.tools.endpoints.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every module of the tree by path, resolving import specifiers and exported names to router nodes. */
final class JsModuleIndex {

    private final Map<Path, JsModule> byPath = new LinkedHashMap<>();

    JsModuleIndex(List<JsModule> modules) {
        modules.forEach(module -> byPath.put(module.file.normalize(), module));
    }

    /** The node a reference in {@code from} names, or null when it is not a router benchpilot can see. */
    String node(JsModule from, JsModule.Ref ref, int depth) {
        if (depth > 6) {
            return null;
        }
        JsModule.Import imported =
                ref.inline() != null ? ref.inline() : ref.local() == null ? null : from.imports.get(ref.local());
        if (imported == null) {
            return ref.member() == null && from.isRouterLocal(ref.local()) ? from.nodeId(ref.local()) : null;
        }
        JsModule target = resolve(from, imported.specifier());
        if (target == null) {
            return null;
        }
        String exported = imported.exported().equals("*") || ref.member() != null && ref.inline() == null
                ? Optional.ofNullable(ref.member()).orElse("default")
                : imported.exported();
        String local = target.exports.getOrDefault(exported, target.isRouterLocal(exported) ? exported : null);
        return local == null ? null : node(target, new JsModule.Ref(local, null, null), depth + 1);
    }

    JsModule module(JsModule from, JsModule.Ref ref) {
        JsModule.Import imported = ref.inline() != null ? ref.inline() : from.imports.get(ref.local());
        return imported == null ? null : resolve(from, imported.specifier());
    }

    private JsModule resolve(JsModule from, String specifier) {
        Path base;
        if (specifier.startsWith(".")) {
            base = from.file.getParent().resolve(specifier);
        } else if (specifier.startsWith("@/") || specifier.startsWith("~/")) {
            base = from.root.resolve("src").resolve(specifier.substring(2));
        } else {
            base = from.root.resolve(specifier);
        }
        String raw = base.normalize().toString().replaceAll("\\.(js|mjs|cjs)$", "");
        for (String suffix : JsModule.RESOLVED_SUFFIXES) {
            for (String candidate : List.of(base.normalize() + suffix, raw + suffix)) {
                JsModule module = byPath.get(Path.of(candidate));
                if (module != null && Files.isRegularFile(module.file)) {
                    return module;
                }
            }
        }
        return null;
    }
}
