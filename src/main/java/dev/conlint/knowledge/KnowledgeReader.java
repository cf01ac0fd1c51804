package dev.conlint.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads knowledge files (format: knowledge/README.md), strictly: an unknown field is an error. */
final class KnowledgeReader {

    private static final Set<String> FILE_FIELDS = Set.of("framework", "thread", "types", "annotations");
    private static final Set<String> TYPE_FIELDS = Set.of("supertypes", "framework", "fluent", "chain", "overrides",
            "fields", "methods", "lifecycle", "compound", "unsafe", "setup", "perConnection");
    private static final Set<String> METHOD_FIELDS = Set.of("blocking", "callbacks", "returns", "shift", "yields",
            "deploys", "static", "settles", "cpu", "spawns", "drives", "cpuPool", "executor", "notOn",
            "completesOnCaller", "confines");
    private static final Set<String> CATEGORIES = Set.of("sleep", "wait", "future", "file-io", "socket-io", "dns", "jdbc",
            "http", "process", "reactive-block", "console");

    private final YAMLMapper yaml = new YAMLMapper();
    private final Map<String, KnowledgeType> types = new LinkedHashMap<>();
    private final Map<String, AnnotationEntry> annotations = new LinkedHashMap<>();
    private final Map<String, String> threadNames = new LinkedHashMap<>();

    void read(String source, String text) throws KnowledgeException {
        JsonNode root;
        try {
            root = yaml.readTree(text);
        } catch (JsonProcessingException e) {
            throw new KnowledgeException(source + ": not valid YAML: " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return;
        }
        Where where = new Where(source, "");
        where.object(root, FILE_FIELDS);
        String framework = root.path("framework").asText("JDK");
        if (root.has("thread")) {
            threadNames.put(framework, root.get("thread").asText());
        }
        for (Map.Entry<String, JsonNode> t : fields(root.path("types"))) {
            KnowledgeType type = type(where.in("type " + t.getKey()), t.getKey(), t.getValue(), framework);
            Knowledge.merge(types, type);
        }
        for (Map.Entry<String, JsonNode> a : fields(root.path("annotations"))) {
            Where w = where.in("annotation " + a.getKey());
            w.object(a.getValue(), Set.of("runs", "whenReturns", "framework", "shared", "unless", "perUse"));
            JsonNode v = a.getValue();
            boolean shared = v.path("shared").asBoolean(false);
            if (!v.has("runs") && !shared) {
                throw w.error("an annotation needs `runs` or `shared: true`");
            }
            AnnotationEntry entry = new AnnotationEntry(a.getKey(), v.path("framework").asText(framework),
                    v.has("runs") ? runs(w, v.path("runs")) : null, strings(v.path("whenReturns")), shared,
                    strings(v.path("unless")), strings(v.path("perUse")));
            AnnotationEntry old = annotations.get(a.getKey());
            if (old != null) {   // one file says where its methods run, another that it is shared
                entry = new AnnotationEntry(entry.fqn(), entry.runs() != null ? entry.framework() : old.framework(),
                        entry.runs() != null ? entry.runs() : old.runs(),
                        entry.runs() != null ? entry.whenReturns() : old.whenReturns(), entry.shared() || old.shared(),
                        entry.shared() ? entry.unless() : old.unless(), entry.shared() ? entry.perUse() : old.perUse());
            }
            annotations.put(a.getKey(), entry);
        }
    }

    Map<String, KnowledgeType> types() {
        return types;
    }

    Map<String, AnnotationEntry> annotations() {
        return annotations;
    }

    Map<String, String> threadNames() {
        return threadNames;
    }

    private KnowledgeType type(Where where, String fqn, JsonNode node, String fileFramework) throws KnowledgeException {
        where.object(node, TYPE_FIELDS);
        Map<String, Runs> overrides = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> o : fields(node.path("overrides"))) {
            overrides.put(o.getKey(), runs(where.in("override " + o.getKey()), o.getValue()));
        }
        Map<String, String> fieldTypes = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> f : fields(node.path("fields"))) {
            fieldTypes.put(f.getKey(), f.getValue().asText());
        }
        Map<String, MethodEntry> methods = new LinkedHashMap<>();
        List<KnowledgeType.Glob> globs = new ArrayList<>();
        for (Map.Entry<String, JsonNode> m : fields(node.path("methods"))) {
            MethodEntry entry = method(where.in("method " + m.getKey()), m.getKey(), m.getValue());
            if (m.getKey().contains("*")) {
                globs.add(new KnowledgeType.Glob(Pattern.compile(
                        Pattern.quote(m.getKey()).replace("*", "\\E.*\\Q")), entry));
            } else {
                methods.put(m.getKey(), entry);
            }
        }
        Runs chain = node.has("chain") ? runs(where.in("chain"), node.get("chain")) : null;
        String compound = node.has("compound") ? node.get("compound").asText() : null;
        if (compound != null && !compound.equals("map") && !compound.equals("atomic")) {
            throw where.error("compound must be 'map' or 'atomic', not '" + compound + "'");
        }
        return new KnowledgeType(fqn, node.path("framework").asText(fileFramework), strings(node.path("supertypes")),
                node.path("fluent").asBoolean(false), chain, overrides, fieldTypes, methods, globs,
                strings(node.path("lifecycle")), compound, strings(node.path("unsafe")),
                strings(node.path("setup")), node.path("perConnection").asBoolean(false));
    }

    private MethodEntry method(Where where, String key, JsonNode node) throws KnowledgeException {
        where.object(node, METHOD_FIELDS);
        String blocking = null;
        if (node.has("blocking")) {
            blocking = node.get("blocking").asText();
            if (!CATEGORIES.contains(blocking)) {
                throw where.error("unknown blocking category '" + blocking + "' (known: " + CATEGORIES + ")");
            }
        }
        Map<String, Runs> callbacks = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> c : fields(node.path("callbacks"))) {
            String position = c.getKey();
            if (!position.equals("last") && !position.equals("any") && !position.matches("\\d+")) {
                throw where.error("callback position '" + position + "' is not a number, 'last' or 'any'");
            }
            callbacks.put(position, runs(where, c.getValue()));
        }
        MethodEntry.Shift shift = null;
        JsonNode s = node.path("shift");
        if (s.isTextual()) {
            shift = new MethodEntry.Shift(runs(where, s), -1, false);
        } else if (s.isObject()) {
            where.object(s, Set.of("scheduler", "to", "whole"));
            shift = new MethodEntry.Shift(s.has("to") ? runs(where, s.get("to")) : null,
                    s.path("scheduler").asInt(-1), s.path("whole").asBoolean(false));
        }
        MethodEntry.Deploys deploys = null;
        JsonNode d = node.path("deploys");
        if (d.isObject()) {
            where.object(d, Set.of("verticle", "component", "options", "workerWhen", "workerWhenType"));
            JsonNode component = d.has("verticle") ? d.get("verticle") : d.path("component");
            int componentIndex = component.isTextual() && component.asText().equals("rest") ? -1 : component.asInt(0);
            deploys = new MethodEntry.Deploys(componentIndex, d.path("options").asInt(1), strings(d.path("workerWhen")),
                    d.has("workerWhenType") ? d.get("workerWhenType").asText() : null);
        }
        Runs yields = node.has("yields") ? runs(where, node.get("yields")) : null;
        String returns = node.has("returns") ? node.get("returns").asText() : null;
        String settles = node.has("settles") ? node.get("settles").asText() : null;
        if (settles != null && !settles.equals("receiver") && !settles.equals("arguments")) {
            throw where.error("settles must be 'receiver' or 'arguments', not '" + settles + "'");
        }
        String spawns = node.has("spawns") ? node.get("spawns").asText() : null;
        if (spawns != null && !spawns.equals("runtime") && !spawns.equals("executor")) {
            throw where.error("spawns must be 'runtime' or 'executor', not '" + spawns + "'");
        }
        String executor = node.has("executor") ? node.get("executor").asText() : null;
        if (executor != null && !executor.equals("bounded") && !executor.equals("unbounded")) {
            throw where.error("executor must be 'bounded' or 'unbounded', not '" + executor + "'");
        }
        return new MethodEntry(key, blocking, callbacks, returns, shift, yields, deploys, settles,
                node.has("cpu") ? node.get("cpu").asText() : null, spawns, strings(node.path("drives")),
                node.path("cpuPool").asBoolean(false), executor, strings(node.path("notOn")),
                node.path("completesOnCaller").asBoolean(false), node.path("confines").asBoolean(false));
    }

    private static Runs runs(Where where, JsonNode node) throws KnowledgeException {
        String text = node.asText("");
        try {
            return Runs.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw where.error("unknown context '" + text + "' (known: " + List.of(Runs.values()) + ")");
        }
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else if (node.isTextual()) {
            out.add(node.asText());
        }
        return out;
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        if (node != null && node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            it.forEachRemaining(out::add);
        }
        return out;
    }

    /** Where in which file an entry is, for error messages. */
    private record Where(String source, String path) {
        Where in(String step) {
            return new Where(source, path.isEmpty() ? step : path + ", " + step);
        }

        void object(JsonNode node, Set<String> allowed) throws KnowledgeException {
            if (!node.isObject()) {
                throw error("expected a mapping");
            }
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!allowed.contains(name)) {
                    throw error("unknown field '" + name + "'");
                }
            }
        }

        KnowledgeException error(String message) {
            return new KnowledgeException(source + (path.isEmpty() ? "" : " (" + path + ")") + ": " + message);
        }
    }
}
