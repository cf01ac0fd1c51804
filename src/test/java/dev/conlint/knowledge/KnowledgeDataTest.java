package dev.conlint.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Proves the knowledge data means what it says: every type, method, override, field and value named
 * in the files of {@code index.txt} exists in the real frameworks on the test classpath, so a typo
 * cannot silently switch knowledge off. The files are read generically, as YAML trees, so this test
 * depends on the documented format only, never on the engine that interprets it.
 */
class KnowledgeDataTest {

    static final String FOLDER = "dev/conlint/knowledge/";
    static final Path SOURCE_FOLDER = Path.of("src/main/resources", FOLDER);

    static final Set<String> CONTEXTS =
            Set.of("EVENT_LOOP", "WORKER", "COMMON_POOL", "ASYNC_STAGE", "VIRTUAL", "REQUEST");
    /** Where a pipeline, a shift or a scheduler can lead: a context, or back where the caller runs. */
    static final Set<String> PLACES = plus(CONTEXTS, "SAME");
    static final Set<String> CALLBACK_VALUES = plus(PLACES, "CHAIN");
    /** The frameworks the knowledge files declare; a {@code drives} entry must name one of them. */
    static final Set<String> FRAMEWORKS = Set.of("JDK", "Vert.x", "Netty", "Reactor", "Spring WebFlux", "RxJava",
            "Swing", "JavaFX", "Android", "Akka actor", "Pekko actor", "Spring");
    static final Set<String> CATEGORIES = Set.of("sleep", "wait", "future", "file-io", "socket-io", "dns", "jdbc",
            "http", "process", "reactive-block", "console");

    // The fields README.md documents, plus three extensions this data needs: a type's inherited
    // `fields`, a method's `deploys`, and `shift: { to: ..., whole: true }`.
    static final Set<String> FILE_FIELDS = Set.of("framework", "thread", "types", "annotations");
    static final Set<String> TYPE_FIELDS =
            Set.of("supertypes", "framework", "fluent", "chain", "overrides", "methods", "fields", "lifecycle",
                    "compound", "unsafe", "setup", "perConnection");
    static final Set<String> METHOD_FIELDS =
            Set.of("callbacks", "returns", "shift", "yields", "blocking", "deploys", "settles", "cpu", "spawns",
                    "drives", "cpuPool", "executor", "notOn", "completesOnCaller", "confines");
    static final Set<String> SHIFT_FIELDS = Set.of("scheduler", "to", "whole");
    static final Set<String> DEPLOYS_FIELDS = Set.of("verticle", "component", "options", "workerWhen", "workerWhenType");
    static final Set<String> ANNOTATION_FIELDS = Set.of("runs", "whenReturns", "shared", "unless", "perUse");

    static final Pattern METHOD_KEY = Pattern.compile("(<init>|[A-Za-z_$*][A-Za-z0-9_$*]*)(/[0-9]+)?");

    /** A duplicated key would silently drop an entry, so it fails the parse. */
    static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    @Test
    void indexListsExactlyTheYamlFilesOfTheFolder() throws IOException {
        List<String> index = indexedFiles();
        Set<String> onDisk;
        try (Stream<Path> files = Files.list(SOURCE_FOLDER)) {
            onDisk = files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(index.size(), new LinkedHashSet<>(index).size(), "index.txt lists a file twice: " + index);
        assertEquals(onDisk, new TreeSet<>(index), "index.txt must list exactly the .yaml files of " + SOURCE_FOLDER);
    }

    @TestFactory
    Stream<DynamicTest> everyFileNamesRealTypesMethodsAndValues() {
        return indexedFiles().stream().map(file -> dynamicTest(file, () -> {
            List<String> problems = new Checker(file).check(readKnowledge(file));
            assertTrue(problems.isEmpty(), problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        }));
    }

    /** Files are merged by the engine; one home per type keeps lookup independent of load order. */
    @Test
    void noTypeIsDescribedInTwoFiles() {
        Map<String, String> homeOf = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (String file : indexedFiles()) {
            readKnowledge(file).path("types").fieldNames().forEachRemaining(type -> {
                String first = homeOf.putIfAbsent(type, file);
                if (first != null) {
                    twice.add(type + " in " + first + " and " + file);
                }
            });
        }
        assertTrue(twice.isEmpty(), "types described twice: " + twice);
    }

    /** The checker itself: each planted typo must be reported. */
    @Test
    void checkerReportsEveryKindOfTypo() throws IOException {
        String yaml = String.join("\n",
                "framework: Test",
                "types:",
                "  java.lang.Thred: {}",
                "  java.lang.Thread:",
                "    flunt: true",
                "    supertypes: [java.util.concurrent.Callable]",
                "    overrides: { runn: WORKER, getId: WORKER }",
                "    methods:",
                "      slep: { blocking: sleep }",
                "      \"sleep/3\": { blocking: sleep }",
                "      join: { blocking: wiat }",
                "      \"<init>\": { callbacks: { any: WORKR } }",
                "      getName: { callbacks: { 0: WORKER }, returns: java.lang.Integer }",
                "      \"st*rt\": { shift: { scheduler: 4 } }",
                "      interrupt: { callbacks: { lst: WORKER } }",
                "  java.lang.Runnable: { supertypes: java.lang.Object }",
                "  java.util.Map.Entry: {}",
                "  java.util.Map$Entry: {}",
                "annotations:",
                "  java.lang.Thread: { runs: EVENT_LOOP }",
                "");
        List<String> problems = new Checker("typos.yaml").check(YAML.readTree(yaml));
        String all = String.join("\n", problems);
        for (String expected : List.of("java.lang.Thred", "flunt", "Callable", "runn", "slep", "sleep/3",
                "wiat", "WORKR", "getName: no parameter at 0", "Integer", "scheduler 4",
                "lst is not an argument index", "supertypes: must be a list", "Map$Entry", "not an annotation")) {
            assertTrue(all.contains(expected), "not reported: " + expected + "\nreported:\n" + all);
        }
        assertTrue(problems.stream().noneMatch(p -> p.contains("Map.Entry")), all);
        assertTrue(problems.stream().noneMatch(p -> p.contains("getId")), "getId is overridable: " + all);
    }

    @Test
    void duplicateKeysFailTheParse() {
        String yaml = "framework: Test\ntypes:\n  java.lang.Thread:\n    methods:\n"
                + "      sleep: { blocking: sleep }\n      sleep: { blocking: wait }\n";
        assertThrows(IOException.class, () -> YAML.readTree(yaml));
    }

    // ---- reading ----

    static List<String> indexedFiles() {
        return readResource("index.txt").lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
    }

    static JsonNode readKnowledge(String file) {
        try {
            return YAML.readTree(readResource(file));
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
    }

    static String readResource(String file) {
        try (InputStream in = KnowledgeDataTest.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + FOLDER + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
    }

    // ---- the checker ----

    /** Collects every problem of one file, each as "file: where: what", so one run shows them all. */
    static final class Checker {
        private final String file;
        private final List<String> problems = new ArrayList<>();

        Checker(String file) {
            this.file = file;
        }

        List<String> check(JsonNode root) {
            allowOnly(root, FILE_FIELDS, "file");
            if (!root.path("framework").isTextual() || root.path("framework").asText().isBlank()) {
                problem("file", "needs a framework name");
            }
            for (Map.Entry<String, JsonNode> type : mapping(root, "types", "file")) {
                checkType(type.getKey(), type.getValue());
            }
            for (Map.Entry<String, JsonNode> annotation : mapping(root, "annotations", "file")) {
                checkAnnotation(annotation.getKey(), annotation.getValue());
            }
            return problems;
        }

        void checkType(String name, JsonNode node) {
            allowOnly(node, TYPE_FIELDS, name);
            if (node.has("compound")) {
                oneOf(node.get("compound"), Set.of("map", "atomic"), name + ".compound");
            }
            for (JsonNode once : sequence(node, "lifecycle", name)) {
                if (!node.path("overrides").has(once.asText())) {
                    problem(name + ".lifecycle", once.asText() + " is not one of this type's overrides");
                }
            }
            Class<?> type = knownType(name, name);
            if (type == null) {
                return;
            }
            List<Class<?>> supertypes = new ArrayList<>();
            for (JsonNode s : sequence(node, "supertypes", name)) {
                Class<?> supertype = knownType(s.asText(), name + ".supertypes");
                if (supertype != null && (supertype == type || !supertype.isAssignableFrom(type))) {
                    problem(name + ".supertypes", s.asText() + " is not a supertype");
                } else if (supertype != null) {
                    supertypes.add(supertype);
                }
            }
            if (node.has("fluent") && !node.get("fluent").isBoolean()) {
                problem(name + ".fluent", "must be true or false");
            }
            if (node.has("framework") && node.get("framework").asText().isBlank()) {
                problem(name + ".framework", "must name a framework");
            }
            if (node.has("chain")) {
                oneOf(node.get("chain"), PLACES, name + ".chain");
            }
            for (Map.Entry<String, JsonNode> field : mapping(node, "fields", name)) {
                checkField(type, field.getKey(), field.getValue(), name + ".fields");
            }
            for (Map.Entry<String, JsonNode> override : mapping(node, "overrides", name)) {
                oneOf(override.getValue(), CONTEXTS, name + ".overrides." + override.getKey());
                if (!override.getKey().equals("*") && !isOverridable(type, supertypes, override.getKey())) {
                    problem(name + ".overrides", override.getKey() + " is not an overridable method");
                }
            }
            for (Map.Entry<String, JsonNode> method : mapping(node, "methods", name)) {
                checkMethod(type, supertypes, method.getKey(), method.getValue(), name + ".methods." + method.getKey());
            }
            for (JsonNode setup : sequence(node, "setup", name)) {
                if (!isOverridable(type, supertypes, setup.asText())) {
                    problem(name + ".setup", setup.asText() + " is not an overridable method");
                }
            }
            for (JsonNode unsafe : sequence(node, "unsafe", name)) {
                String call = unsafe.asText();
                if (!call.equals("*") && methodsMatching(type, supertypes, call).isEmpty()) {
                    problem(name + ".unsafe", "no public method " + call + " on " + type.getName());
                } else if (call.equals("*") && node.path("unsafe").size() != 1) {
                    problem(name + ".unsafe", "\"*\" (every call) stands alone");
                }
            }
        }

        /** Extension: {@code fields: { vertx: io.vertx.core.Vertx }} names an inherited field and its type. */
        void checkField(Class<?> type, String fieldName, JsonNode typeName, String where) {
            Class<?> declared = knownType(typeName.asText(), where);
            if (fieldName.equals("*")) {
                // every constant of an enum has the enum's type
                if (declared != null && (!type.isEnum() || declared != type)) {
                    problem(where, "\"*\" is only for the constants of an enum, typed as the enum itself");
                }
                return;
            }
            Field field = inheritedField(type, fieldName);
            if (field == null) {
                problem(where, fieldName + " is not a field a subclass can see");
            } else if (declared != null && !declared.isAssignableFrom(field.getType())) {
                problem(where, fieldName + " is a " + field.getType().getName());
            }
        }

        void checkMethod(Class<?> type, List<Class<?>> supertypes, String key, JsonNode entry, String where) {
            allowOnly(entry, METHOD_FIELDS, where);
            if (!METHOD_KEY.matcher(key).matches()) {
                problem(where, "not a method name, glob or name/N");
                return;
            }
            List<Executable> matches = methodsMatching(type, supertypes, key);
            if (matches.isEmpty()) {
                problem(where, "no public method or constructor " + key + " on " + type.getName());
                return;
            }
            for (Map.Entry<String, JsonNode> callback : mapping(entry, "callbacks", where)) {
                String position = callback.getKey();
                oneOf(callback.getValue(), CALLBACK_VALUES, where + ".callbacks." + position);
                if (!position.matches("[0-9]+|last|any")) {
                    problem(where + ".callbacks", position + " is not an argument index, last or any");
                } else if (matches.stream().noneMatch(m -> takesCallbackAt(m, position))) {
                    problem(where, key + ": no parameter at " + position + " takes a lambda or listener");
                }
            }
            if (entry.has("blocking")) {
                oneOf(entry.get("blocking"), CATEGORIES, where + ".blocking");
            }
            if (entry.has("returns")) {
                Class<?> returned = knownType(entry.get("returns").asText(), where + ".returns");
                if (returned != null && matches.stream().noneMatch(
                        m -> m instanceof Method method && returned.isAssignableFrom(method.getReturnType()))) {
                    problem(where + ".returns", key + " never returns a " + returned.getName());
                }
            }
            if (entry.has("yields")) {
                oneOf(entry.get("yields"), PLACES, where + ".yields");
                if (matches.stream().noneMatch(KnowledgeDataTest::returnsSomething)) {
                    problem(where + ".yields", key + " returns nothing");
                }
            }
            if (entry.has("shift")) {
                checkShift(entry.get("shift"), matches, where + ".shift");
            }
            if (entry.has("deploys")) {
                checkDeploys(entry.get("deploys"), matches, where + ".deploys");
            }
            if (entry.has("confines") && (!entry.get("confines").isBoolean()
                    || matches.stream().noneMatch(m -> m instanceof Method method && method.getReturnType() == boolean.class))) {
                problem(where + ".confines", key + " must answer a question (return boolean), with true or false");
            }
            if (entry.has("settles")) {
                oneOf(entry.get("settles"), Set.of("receiver", "arguments"), where + ".settles");
            }
            if (entry.has("spawns")) {
                oneOf(entry.get("spawns"), Set.of("runtime", "executor"), where + ".spawns");
            }
            if (entry.has("executor")) {
                oneOf(entry.get("executor"), Set.of("bounded", "unbounded"), where + ".executor");
            }
            if (entry.has("cpu") && (!entry.get("cpu").isTextual() || entry.get("cpu").asText().isBlank())) {
                problem(where + ".cpu", "needs a reason in words");
            }
            for (JsonNode framework : sequence(entry, "notOn", where)) {
                if (!FRAMEWORKS.contains(framework.asText())) {
                    problem(where + ".notOn", framework.asText() + " is no framework of the knowledge files");
                }
            }
            for (JsonNode framework : sequence(entry, "drives", where)) {
                if (!FRAMEWORKS.contains(framework.asText())) {
                    problem(where + ".drives", framework.asText() + " is no framework of the knowledge files");
                }
            }
        }

        /**
         * {@code shift: CONTEXT}, {@code shift: { scheduler: N, whole: true }}, or (extension) a fixed
         * context that applies to the whole pipeline: {@code shift: { to: COMMON_POOL, whole: true }}.
         */
        void checkShift(JsonNode shift, List<Executable> matches, String where) {
            if (shift.isTextual()) {
                oneOf(shift, PLACES, where);
                return;
            }
            allowOnly(shift, SHIFT_FIELDS, where);
            if (shift.has("scheduler") == shift.has("to")) {
                problem(where, "needs either scheduler or to");
            }
            if (shift.has("scheduler") && !hasArgument(matches, shift.get("scheduler"))) {
                problem(where, "no argument at scheduler " + shift.get("scheduler"));
            }
            if (shift.has("to")) {
                oneOf(shift.get("to"), PLACES, where + ".to");
            }
            if (shift.has("whole") && !shift.get("whole").isBoolean()) {
                problem(where + ".whole", "must be true or false");
            }
        }

        /**
         * Extension for Vert.x deployments: which argument is the verticle, which the options, and
         * which option setters or ThreadingModel constants take the verticle off the event loop.
         */
        void checkDeploys(JsonNode deploys, List<Executable> matches, String where) {
            allowOnly(deploys, DEPLOYS_FIELDS, where);
            JsonNode component = deploys.has("verticle") ? deploys.get("verticle") : deploys.path("component");
            boolean rest = component.isTextual() && component.asText().equals("rest");
            if (!rest && !hasArgument(matches, component)) {
                problem(where, "no argument at component " + component);
            }
            if (deploys.has("workerWhenType")) {
                knownType(deploys.get("workerWhenType").asText(), where + ".workerWhenType");
            }
            if (deploys.has("options")) {
                if (!hasArgument(matches, deploys.get("options"))) {
                    problem(where, "no argument at options " + deploys.get("options"));
                }
                Set<String> known = deploys.has("workerWhen") ? optionNames(matches, deploys.get("options").asInt())
                        : Set.of();
                for (JsonNode name : sequence(deploys, "workerWhen", where)) {
                    if (!known.contains(name.asText())) {
                        problem(where + ".workerWhen", name.asText() + " is no option method or constant");
                    }
                }
            }
        }

        void checkAnnotation(String name, JsonNode node) {
            allowOnly(node, ANNOTATION_FIELDS, name);
            Class<?> annotation = knownType(name, name);
            if (annotation != null && !annotation.isAnnotation()) {
                problem(name, "not an annotation");
            }
            if (node.has("runs") || !node.path("shared").asBoolean(false)) {
                oneOf(node.path("runs"), CONTEXTS, name + ".runs");
            }
            if (node.has("shared") && !node.get("shared").isBoolean()) {
                problem(name + ".shared", "must be true or false");
            }
            for (JsonNode unless : sequence(node, "unless", name)) {
                Class<?> other = knownType(unless.asText(), name + ".unless");
                if (other != null && !other.isAnnotation()) {
                    problem(name + ".unless", unless.asText() + " is not an annotation");
                }
            }
            for (JsonNode returned : sequence(node, "whenReturns", name)) {
                knownType(returned.asText(), name + ".whenReturns");
            }
        }

        // ---- small checks ----

        Class<?> knownType(String name, String where) {
            Class<?> type = loadType(name);
            if (type == null) {
                problem(where, "no type " + name + " on the classpath (nested types are written Outer.Inner)");
            }
            return type;
        }

        /** An optional mapping's entries; a scalar or list in its place would silently hide its content. */
        Set<Map.Entry<String, JsonNode>> mapping(JsonNode parent, String field, String where) {
            JsonNode node = parent.path(field);
            if (!node.isMissingNode() && !node.isObject()) {
                problem(where + "." + field, "must be a mapping, is " + node.getNodeType());
            }
            return node.isObject() ? node.properties() : Set.of();
        }

        /** An optional list's items, under the same rule. */
        List<JsonNode> sequence(JsonNode parent, String field, String where) {
            JsonNode node = parent.path(field);
            if (!node.isMissingNode() && !node.isArray()) {
                problem(where + "." + field, "must be a list, is " + node.getNodeType());
            }
            List<JsonNode> items = new ArrayList<>();
            if (node.isArray()) {
                node.forEach(items::add);
            }
            return items;
        }

        void allowOnly(JsonNode node, Set<String> allowed, String where) {
            if (!node.isObject()) {
                problem(where, "must be a mapping, is " + node.getNodeType());
                return;
            }
            node.fieldNames().forEachRemaining(field -> {
                if (!allowed.contains(field)) {
                    problem(where, "unknown field " + field + " (allowed: " + new TreeSet<>(allowed) + ")");
                }
            });
        }

        void oneOf(JsonNode value, Set<String> allowed, String where) {
            if (!value.isTextual() || !allowed.contains(value.asText())) {
                problem(where, value + " is not one of " + new TreeSet<>(allowed));
            }
        }

        void problem(String where, String what) {
            problems.add(file + ": " + where + ": " + what);
        }
    }

    // ---- reflection helpers ----

    /**
     * The class of a source-style name ({@code android.view.View.OnClickListener}). Binary names with
     * '$' are refused: the engine matches the names written in Java sources.
     */
    static Class<?> loadType(String name) {
        String candidate = name;
        while (true) {
            try {
                Class<?> type = Class.forName(candidate, false, KnowledgeDataTest.class.getClassLoader());
                return name.equals(type.getCanonicalName()) ? type : null;
            } catch (ClassNotFoundException | LinkageError e) {
                int dot = candidate.lastIndexOf('.');
                if (dot < 0) {
                    return null;
                }
                candidate = candidate.substring(0, dot) + '$' + candidate.substring(dot + 1);
            }
        }
    }

    /** Public methods (or constructors, for {@code <init>}) that a key such as {@code add*Listener/1} names. */
    static List<Executable> methodsMatching(Class<?> type, List<Class<?>> supertypes, String key) {
        int slash = key.indexOf('/');
        String name = slash < 0 ? key : key.substring(0, slash);
        int arity = slash < 0 ? -1 : Integer.parseInt(key.substring(slash + 1));
        Stream<Executable> candidates = name.equals("<init>")
                ? Arrays.<Executable>stream(type.getConstructors())
                : Stream.concat(Stream.of(type, Object.class), supertypes.stream())
                        .flatMap(c -> Arrays.<Executable>stream(c.getMethods()))
                        .filter(m -> glob(name).matcher(m.getName()).matches());
        return candidates.filter(m -> arity < 0 || takesArguments(m, arity)).collect(Collectors.toList());
    }

    static Pattern glob(String name) {
        String regex = Arrays.stream(name.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
        return Pattern.compile(regex);
    }

    static boolean returnsSomething(Executable m) {
        return m instanceof Method method && method.getReturnType() != void.class;
    }

    static boolean takesArguments(Executable m, int count) {
        return m.getParameterCount() == count || (m.isVarArgs() && count >= m.getParameterCount() - 1);
    }

    static boolean hasArgument(List<Executable> matches, JsonNode index) {
        return index.isInt() && matches.stream().anyMatch(m -> parameterType(m, index.asInt()) != null);
    }

    /** The type of argument {@code index}, seeing through varargs; null when there is none. */
    static Class<?> parameterType(Executable m, int index) {
        Class<?>[] parameters = m.getParameterTypes();
        if (m.isVarArgs() && index >= parameters.length - 1) {
            return parameters[parameters.length - 1].getComponentType();
        }
        return index >= 0 && index < parameters.length ? parameters[index] : null;
    }

    /** {@code position} is an argument index, {@code last} or {@code any}. */
    static boolean takesCallbackAt(Executable m, String position) {
        int count = m.getParameterCount();
        return switch (position) {
            case "any" -> IntStream.range(0, count).anyMatch(i -> looksLikeCallback(parameterType(m, i)));
            case "last" -> count > 0 && looksLikeCallback(parameterType(m, count - 1));
            default -> position.matches("[0-9]+") && looksLikeCallback(parameterType(m, Integer.parseInt(position)));
        };
    }

    /** What a lambda, method reference or anonymous class is passed as: an interface or abstract class, not data. */
    static boolean looksLikeCallback(Class<?> type) {
        return type != null
                && (type.isInterface() || Modifier.isAbstract(type.getModifiers()))
                && !type.isPrimitive() && !type.isArray() && !type.isAnnotation()
                && Stream.of(Iterable.class, Map.class, CharSequence.class, Number.class)
                        .noneMatch(data -> data.isAssignableFrom(type));
    }

    /** A project class extending {@code type} can override a method of this name. */
    static boolean isOverridable(Class<?> type, List<Class<?>> supertypes, String name) {
        if (Modifier.isFinal(type.getModifiers())) {
            return false;
        }
        Set<Class<?>> hierarchy = new LinkedHashSet<>();
        Stream.concat(Stream.of(type), supertypes.stream()).forEach(c -> addHierarchy(c, hierarchy));
        return hierarchy.stream().flatMap(c -> Arrays.stream(c.getDeclaredMethods())).anyMatch(m -> {
            int modifiers = m.getModifiers();
            return m.getName().equals(name) && !m.isSynthetic()
                    && !Modifier.isStatic(modifiers) && !Modifier.isFinal(modifiers) && !Modifier.isPrivate(modifiers);
        });
    }

    static void addHierarchy(Class<?> type, Set<Class<?>> into) {
        if (type != null && into.add(type)) {
            addHierarchy(type.getSuperclass(), into);
            Arrays.stream(type.getInterfaces()).forEach(i -> addHierarchy(i, into));
        }
    }

    /** A field a subclass can see, declared on the type or a superclass. */
    static Field inheritedField(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(name) && !Modifier.isPrivate(field.getModifiers())) {
                    return field;
                }
            }
        }
        return null;
    }

    /** Method names of the options argument's type, and the constants of enums those methods take. */
    static Set<String> optionNames(List<Executable> matches, int options) {
        Set<String> names = new TreeSet<>();
        matches.stream().map(m -> parameterType(m, options)).filter(t -> t != null).forEach(optionType -> {
            for (Method method : optionType.getMethods()) {
                names.add(method.getName());
                for (Class<?> parameter : method.getParameterTypes()) {
                    if (parameter.isEnum()) {
                        Arrays.stream(parameter.getEnumConstants()).forEach(c -> names.add(((Enum<?>) c).name()));
                    }
                }
            }
        });
        return names;
    }

    static Set<String> plus(Set<String> values, String... more) {
        Set<String> all = new TreeSet<>(values);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }
}
