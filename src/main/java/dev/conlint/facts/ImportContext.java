package dev.conlint.facts;

import java.util.List;
import java.util.Map;

/**
 * What a file's package and imports say about the simple names used in it.
 *
 * @param packageName    the file's package, "" for the default package
 * @param singleTypes    simple name to fully qualified name, from {@code import a.b.C;}
 * @param onDemand       packages (or types) imported with {@code .*}
 * @param staticMembers  member name to its declaring type, from {@code import static a.b.C.m;}
 * @param staticOnDemand types imported with {@code import static a.b.C.*;}
 */
public record ImportContext(String packageName, Map<String, String> singleTypes, List<String> onDemand,
                            Map<String, String> staticMembers, List<String> staticOnDemand) {
    public ImportContext {
        singleTypes = Map.copyOf(singleTypes);
        onDemand = List.copyOf(onDemand);
        staticMembers = Map.copyOf(staticMembers);
        staticOnDemand = List.copyOf(staticOnDemand);
    }
}
