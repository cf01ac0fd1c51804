package dev.conlint.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything conlint knows about frameworks and the JDK: the built-in knowledge files plus any the
 * user adds. Immutable once loaded; shared by all workers.
 */
public final class Knowledge {

    private static final String BASE = "/dev/conlint/knowledge/";

    private final Map<String, KnowledgeType> types;
    private final Map<String, AnnotationEntry> annotations;
    private final Map<String, String> threadNames;
    private final Set<String> tokenCalls;
    private final Map<String, List<KnowledgeType>> deployers;

    private Knowledge(Map<String, KnowledgeType> types, Map<String, AnnotationEntry> annotations,
                      Map<String, String> threadNames) {
        this.types = Collections.unmodifiableMap(types);
        this.annotations = Collections.unmodifiableMap(annotations);
        this.threadNames = Collections.unmodifiableMap(threadNames);
        Set<String> calls = new LinkedHashSet<>();
        Map<String, List<KnowledgeType>> byName = new LinkedHashMap<>();
        for (KnowledgeType t : types.values()) {
            t.methods().forEach((key, entry) -> {
                if (entry.deploys() != null) {
                    String name = key.contains("/") ? key.substring(0, key.indexOf('/')) : key;
                    calls.add(name);
                    List<KnowledgeType> list = byName.computeIfAbsent(name, k -> new ArrayList<>());
                    if (!list.contains(t)) {
                        list.add(t);
                    }
                }
            });
        }
        this.tokenCalls = Collections.unmodifiableSet(calls);
        this.deployers = Collections.unmodifiableMap(byName);
    }

    /** The knowledge shipped in the jar. */
    public static Knowledge builtIn() throws KnowledgeException {
        return load(List.of());
    }

    /** The built-in knowledge extended by user files, later files overriding earlier entries. */
    public static Knowledge load(List<Path> userFiles) throws KnowledgeException {
        KnowledgeReader reader = new KnowledgeReader();
        for (String name : index()) {
            try (InputStream in = Knowledge.class.getResourceAsStream(BASE + name)) {
                if (in == null) {
                    throw new KnowledgeException("built-in knowledge file " + name + " is missing from the jar");
                }
                reader.read(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new KnowledgeException("cannot read built-in knowledge file " + name + ": " + e.getMessage());
            }
        }
        for (Path file : userFiles) {
            try {
                reader.read(file.toString(), Files.readString(file));
            } catch (IOException e) {
                throw new KnowledgeException("cannot read knowledge file " + file + ": " + e.getMessage());
            }
        }
        return new Knowledge(reader.types(), reader.annotations(), reader.threadNames());
    }

    private static List<String> index() throws KnowledgeException {
        try (InputStream in = Knowledge.class.getResourceAsStream(BASE + "index.txt")) {
            if (in == null) {
                throw new KnowledgeException("built-in knowledge index is missing from the jar");
            }
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
            return names;
        } catch (IOException e) {
            throw new KnowledgeException("cannot read the built-in knowledge index: " + e.getMessage());
        }
    }

    public KnowledgeType type(String fqn) {
        return types.get(fqn);
    }

    public AnnotationEntry annotation(String fqn) {
        return annotations.get(fqn);
    }

    /** Whether a name could refer to a knowledge type in package {@code pkg}. */
    public boolean hasType(String fqn) {
        return types.containsKey(fqn) || annotations.containsKey(fqn);
    }

    /** How messages name the thread of a framework's event loop: "Swing event dispatch thread". */
    public String threadName(String framework) {
        String name = threadNames.get(framework);
        return name != null ? name : framework + " event loop";
    }

    /** Call names whose argument identifiers the fact extractor must keep. */
    public Set<String> tokenCalls() {
        return tokenCalls;
    }

    /**
     * The types with a deployment entry for a call name. Used when a deployment's receiver type is
     * unknown: deployment entries only ever move code off an event loop, so matching them by name
     * can silence a finding but never create one.
     */
    public List<KnowledgeType> deployers(String name) {
        return deployers.getOrDefault(name, List.of());
    }

    static Map<String, KnowledgeType> merge(Map<String, KnowledgeType> into, KnowledgeType t) {
        KnowledgeType old = into.get(t.fqn());
        if (old == null) {
            into.put(t.fqn(), t);
            return into;
        }
        Set<String> supers = new LinkedHashSet<>(old.supertypes());
        supers.addAll(t.supertypes());
        Map<String, Runs> overrides = new LinkedHashMap<>(old.overrides());
        overrides.putAll(t.overrides());
        Map<String, String> fields = new LinkedHashMap<>(old.fields());
        fields.putAll(t.fields());
        Map<String, MethodEntry> methods = new LinkedHashMap<>(old.methods());
        methods.putAll(t.methods());
        List<KnowledgeType.Glob> globs = new ArrayList<>(t.globs());
        globs.addAll(old.globs());
        Set<String> lifecycle = new LinkedHashSet<>(old.lifecycle());
        lifecycle.addAll(t.lifecycle());
        into.put(t.fqn(), new KnowledgeType(t.fqn(), t.framework() != null ? t.framework() : old.framework(),
                List.copyOf(supers), old.fluent() || t.fluent(), t.chain() != null ? t.chain() : old.chain(),
                overrides, fields, methods, globs, List.copyOf(lifecycle),
                t.compound() != null ? t.compound() : old.compound(),
                t.unsafe().isEmpty() ? old.unsafe() : t.unsafe(), t.setup().isEmpty() ? old.setup() : t.setup(),
                old.perConnection() || t.perConnection()));
        return into;
    }
}
