package testdata.blocking_call_on_event_loop;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Chat room membership kept in memory. join/leave never wait for anything. */
public class ChatRoom {

    private final ConcurrentMap<String, Set<String>> membersByRoom = new ConcurrentHashMap<>();

    public boolean join(String room, String user) {
        return membersByRoom
                .computeIfAbsent(room, name -> ConcurrentHashMap.newKeySet())
                .add(user);
    }

    public boolean leave(String room, String user) {
        Set<String> members = membersByRoom.get(room); // ok: check-then-act
        return members != null && members.remove(user);
    }

    public Set<String> members(String room) {
        return Set.copyOf(membersByRoom.getOrDefault(room, Set.of()));
    }

    public int roomCount() {
        return membersByRoom.size();
    }
}
