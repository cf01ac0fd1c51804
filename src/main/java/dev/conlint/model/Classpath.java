package dev.conlint.model;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The compile class path (jars and class folders), read for what the source cannot tell: the
 * supertypes of a library class that is neither in the project nor in the knowledge (so a project
 * class extending a library's own base verticle is still known to be a verticle), the types of its
 * inherited fields and the return types of its methods. Class files are only read, never loaded or
 * run; each is read once, when first asked about. Generic signatures are ignored (erased types are
 * enough for name resolution).
 */
public final class Classpath {

    /** No class path: the model works from the source and the knowledge alone. */
    public static final Classpath EMPTY = new Classpath(Map.of());

    /** A class as its class file declares it (public and protected members only). */
    record ClassInfo(List<String> supertypes, Map<String, String> fields, Map<String, List<Method>> methods) {
        ClassInfo {
            supertypes = List.copyOf(supertypes);
            fields = Map.copyOf(fields);
            Map<String, List<Method>> copy = new HashMap<>();
            methods.forEach((name, overloads) -> copy.put(name, List.copyOf(overloads)));
            methods = Map.copyOf(copy);
        }
    }

    /** A method: how many parameters, and its return type (null for primitives, arrays and void). */
    record Method(int params, String returns) { }

    private static final ClassInfo MISSING = new ClassInfo(List.of(), Map.of(), Map.of());

    /** Class name to where its class file is: a jar and entry name, or a file. */
    private final Map<String, Location> index;
    private final Map<String, ClassInfo> read = new ConcurrentHashMap<>();

    private record Location(Path container, String entry) { }

    private Classpath(Map<String, Location> index) {
        this.index = index;
    }

    /** Indexes the class files of these jars and folders; entries that do not exist are skipped. */
    public static Classpath of(List<Path> entries) {
        if (entries.isEmpty()) {
            return EMPTY;
        }
        Map<String, Location> index = new HashMap<>();
        for (Path e : entries) {
            try {
                if (Files.isDirectory(e)) {
                    indexFolder(e, index);
                } else if (Files.isRegularFile(e) && e.getFileName().toString().endsWith(".jar")) {
                    indexJar(e, index);
                }
            } catch (IOException | UncheckedIOException ex) {
                // an unreadable class path entry only makes the model know less, never wrong
            }
        }
        return new Classpath(index);
    }

    private static void indexJar(Path jar, Map<String, Location> index) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().map(ZipEntry::getName).forEach(name -> className(name)
                    .ifPresent(fqn -> index.putIfAbsent(fqn, new Location(jar, name))));
        }
    }

    private static void indexFolder(Path folder, Map<String, Location> index) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).forEach(f -> className(folder.relativize(f).toString()
                    .replace('\\', '/')).ifPresent(fqn -> index.putIfAbsent(fqn, new Location(f, null))));
        }
    }

    /** {@code a/b/Outer$Inner.class} → {@code a.b.Outer.Inner}; nothing for anonymous and local classes. */
    static Optional<String> className(String entry) {
        if (!entry.endsWith(".class") || entry.startsWith("META-INF/") || entry.endsWith("module-info.class")
                || entry.endsWith("package-info.class")) {
            return Optional.empty();
        }
        String binary = entry.substring(0, entry.length() - ".class".length());
        int dollar = binary.indexOf('$');
        while (dollar >= 0) {
            if (dollar + 1 >= binary.length() || Character.isDigit(binary.charAt(dollar + 1))) {
                return Optional.empty();
            }
            dollar = binary.indexOf('$', dollar + 1);
        }
        return Optional.of(binary.replace('/', '.').replace('$', '.'));
    }

    public boolean has(String fqn) {
        return index.containsKey(fqn);
    }

    /** Direct supertypes (superclass first, then interfaces); empty when unknown. */
    public List<String> supertypes(String fqn) {
        return info(fqn).supertypes();
    }

    /** The declared type of a public or protected field, or null. */
    public String fieldType(String fqn, String field) {
        return info(fqn).fields().get(field);
    }

    /** The return type of a public or protected method with that name (and arity, unless -1), or null. */
    public String returnType(String fqn, String method, int argCount) {
        for (Method m : info(fqn).methods().getOrDefault(method, List.of())) {
            if ((argCount < 0 || m.params() == argCount) && m.returns() != null) {
                return m.returns();
            }
        }
        return null;
    }

    private ClassInfo info(String fqn) {
        Location where = index.get(fqn);
        if (where == null) {
            return MISSING;
        }
        return read.computeIfAbsent(fqn, k -> {
            try {
                return parse(bytes(where));
            } catch (IOException | RuntimeException e) {
                return MISSING;   // a damaged class file only makes the model know less
            }
        });
    }

    private static byte[] bytes(Location where) throws IOException {
        if (where.entry() == null) {
            return Files.readAllBytes(where.container());
        }
        try (ZipFile zip = new ZipFile(where.container().toFile());
             InputStream in = zip.getInputStream(zip.getEntry(where.entry()))) {
            return in.readAllBytes();
        }
    }

    // ---------------------------------------------------------------- the class file format (JVMS 4)

    private static final int ACC_PUBLIC = 0x0001;
    private static final int ACC_PROTECTED = 0x0004;

    static ClassInfo parse(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();   // minor
        in.readUnsignedShort();   // major
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNameIndex = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNameIndex[i] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;   // eight-byte constants take two slots
                }
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        in.readUnsignedShort();   // access flags
        in.readUnsignedShort();   // this class
        List<String> supers = new ArrayList<>();
        int superIndex = in.readUnsignedShort();
        if (superIndex != 0) {
            supers.add(dotted(utf8[classNameIndex[superIndex]]));
        }
        int interfaces = in.readUnsignedShort();
        for (int i = 0; i < interfaces; i++) {
            supers.add(dotted(utf8[classNameIndex[in.readUnsignedShort()]]));
        }
        Map<String, String> fields = new HashMap<>();
        int fieldCount = in.readUnsignedShort();
        for (int i = 0; i < fieldCount; i++) {
            int access = in.readUnsignedShort();
            String name = utf8[in.readUnsignedShort()];
            String descriptor = utf8[in.readUnsignedShort()];
            skipAttributes(in);
            String type = objectType(descriptor, 0);
            if ((access & (ACC_PUBLIC | ACC_PROTECTED)) != 0 && type != null) {
                fields.put(name, type);
            }
        }
        Map<String, List<Method>> methods = new HashMap<>();
        int methodCount = in.readUnsignedShort();
        for (int i = 0; i < methodCount; i++) {
            int access = in.readUnsignedShort();
            String name = utf8[in.readUnsignedShort()];
            String descriptor = utf8[in.readUnsignedShort()];
            skipAttributes(in);
            if ((access & (ACC_PUBLIC | ACC_PROTECTED)) != 0 && !name.startsWith("<")) {
                methods.computeIfAbsent(name, k -> new ArrayList<>()).add(method(descriptor));
            }
        }
        return new ClassInfo(supers, fields, methods);
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            in.readUnsignedShort();
            in.skipNBytes(Integer.toUnsignedLong(in.readInt()));
        }
    }

    /** {@code (Ljava/lang/String;I[J)Lreactor/core/publisher/Mono;} → 3 parameters, returns Mono. */
    static Method method(String descriptor) {
        int params = 0;
        int i = 1;
        while (descriptor.charAt(i) != ')') {
            while (descriptor.charAt(i) == '[') {
                i++;
            }
            i = descriptor.charAt(i) == 'L' ? descriptor.indexOf(';', i) + 1 : i + 1;
            params++;
        }
        return new Method(params, objectType(descriptor, i + 1));
    }

    /** The class a descriptor names at {@code from} ({@code Lio/vertx/core/Vertx;}), else null. */
    private static String objectType(String descriptor, int from) {
        if (from >= descriptor.length() || descriptor.charAt(from) != 'L') {
            return null;
        }
        return dotted(descriptor.substring(from + 1, descriptor.indexOf(';', from)));
    }

    private static String dotted(String internalName) {
        return internalName.replace('/', '.').replace('$', '.');
    }
}
